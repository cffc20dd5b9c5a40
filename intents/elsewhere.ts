/**
 * Places no MPP is (issue 11, unknown names): an hours or location question about one of them is out of
 * scope, however clear its frame ("indomaret buka jam berapa", "gramedia tutup jam berapa"). Used by
 * index.ts: NOT_AN_OFFICE refuses a name frame, ELSEWHERE also vetoes the models' own place answers.
 */

/**
 * Shop, food and cinema chains every Indonesian knows by name, written as one chat token (session 4): an
 * unknown name in an hours frame is otherwise taken for an agency the catalog lacks. National chains only,
 * from the companies' own names; no agency, bank or post office (those have counters in MPPs).
 */
const CHAINS = `gramedia matahari ramayana hypermart transmart carrefour lottemart superindo hero giant informa ikea miniso uniqlo
  erafone ibox hokben solaria richeese pizzahut jco chatime mixue janjijiwa xxi cgv cinepolis alfaexpress lawson
  familymart circlek mcdonald mcdonalds burgerking wingstop`;

/**
 * Kinds of place that are never inside an MPP, and search words: with one of them the unknown name is a
 * shop, a station or a sight, and the message stays out of scope ("indomaret buka jam berapa", "stasiun
 * gambir dimana", "apotek terdekat", "buka puasa jam berapa"). An agency the catalog lacks (Taspen, BPN,
 * PDAM, a bank counter) has none of them. Hand-made from the out-of-scope questions of the dev set.
 */
export const NOT_AN_OFFICE: ReadonlySet<string> = new Set(
  `museum stasiun bandara terminal pelabuhan pantai gereja masjid mesjid pura vihara klenteng bioskop pasar plaza supermarket
  minimarket indomaret alfamart alfamidi toko warung restoran resto cafe kafe makan sakit rs klinik puskesmas apotek apotik hotel
  penginapan kebun binatang taman wisata kolam renang gym salon bengkel spbu pom bensin atm sekolah kampus universitas stadion
  mcd kfc starbucks gojek grab shopee tokopedia kereta bus kapal pesawat puasa sholat salat imsak terdekat beli jual nearest
  zoo hospital station airport beach church mosque cinema market shop store restaurant hotel park school museum mall ${CHAINS}`.split(/\s+/),
);

/**
 * The subset of NOT_AN_OFFICE that also vetoes the models' own hours / location / "is X here" answers
 * in a short message without a service ("masjid istiqlal buka jam berapa", "bioskop dimana", "jam buka
 * puskesmas"): the models know the frame and ignore the place. Transport hubs, markets, parks and "makan"
 * are left out: "dari terminal naik apa ke mpp", "mpp dekat pasar", "jam istirahat makan siang" are ours.
 */
export const ELSEWHERE: ReadonlySet<string> = new Set(
  `museum pantai gereja masjid mesjid pura vihara klenteng bioskop plaza supermarket minimarket indomaret alfamart alfamidi toko
  warung restoran resto cafe kafe rs klinik puskesmas apotek apotik hotel penginapan kebun binatang wisata kolam renang gym salon
  bengkel spbu bensin sekolah kampus universitas stadion mcd kfc starbucks sholat salat imsak zoo hospital beach church mosque
  cinema shop restaurant school museum ${CHAINS}`.split(/\s+/),
);
