/**
 * A fee taken the wrong way, told as a story (session 18, dev set 61): "diminta membayar Rp75.000 oleh petugas tanpa diberi
 * kuitansi", "katanya bayar ke rekening pribadi 'biar cepat'", "biaya Rp50.000 … padahal informasi di situs resmi menyebutkan
 * gratis". The citizen asks for an explanation, so the models read cost; but money asked without a receipt, into a private
 * account, or for what is free is what the Ombudsman files as pungli, and what the MPP must hear. All 51 dev messages
 * with one of these shapes are complaints.
 *
 * Read on the raw text, lower-cased ("kwitansi" and "rekening" survive, but the normaliser reads "gratis?" questions too).
 * A question whether something is free ("katanya gratis ya?") is no such shape: only "padahal" (although) sets the fee
 * against what it should have been.
 */
/** Money asked of the citizen ("disuruh bayar", "ditarik 50rb"). */
// The chat's -in forms too ("tadi saya dimintain 50rb sama oknum", session 36, dev set 228).
const DEMANDED = 'diminta|dimintai|dimintain|disuruh|ditarik|ditarikin|dipungut|ditagih|ditagihin|dikenai|dikenakan|kena';
/** What the citizen had been told, or knows, it should be ("katanya gratis", "bukannya gratis"). */
const TOLD_FREE = 'katanya|bukannya|bukanya|bukankah|harusnya|seharusnya|setau saya|setahu saya|infonya';

const IRREGULAR_FEE = new RegExp(
  [
    String.raw`\btanpa (?:di ?beri |dikasih |ada )?(?:kuitansi|kwitansi|bukti (?:bayar|pembayaran)|struk|nota|karcis)\b`,
    String.raw`\b(?:ke |via |lewat )?rekening pribadi\b`,
    String.raw`\bpadahal (?:[\w/]+ ){0,6}(?:gratis|free|tidak dipungut|gak dipungut|ga dipungut|tanpa biaya)\b`,
    String.raw`\b(?:no|without(?: a| any)?) receipts?\b`,
    String.raw`\bsupposed to be free\b`,
    // Money demanded, then asked whether that is official (session 21, dev set 83): "kakak saya disuruh bayar 50rb buat foto
    // ktp ulang di dalam gedung. resmi ga sih itu?", "ditawarin bikin sim tanpa tes bayar 800rb, itu resmi?". The citizen
    // doubts the demand; "biaya resmi paspor berapa" asks no such thing.
    String.raw`\b(?:diminta|dimintai|disuruh|ditarik|dipungut|ditagih|ditawari|ditawarin|nawarin|menawarkan|minta)\b.{0,80}?\b(?:bayar|uang|duit|\d+ ?(?:rb|ribu|k|jt|juta))\b.{0,80}?(?:\bresmi\b[^.?!]{0,12}\?|\b(?:ini|itu) resmi\b|\bresmi (?:ga|gak|nggak|tidak|enggak|gk|kah|nggk)\b)`,
    // Money demanded for what one was told is free, either way round (session 31, dev set 181: "kok disuruh bayar 200rb buat
    // ktp, katanya gratis??"). The question marks doubt the demand, not the fee: all 43 field messages of the shape are
    // complaints.
    // The service may stand between what one was told and "gratis" ("katanya bikin KK itu gratis, tapi tadi saya dimintain
    // 50rb sama oknum", session 36, dev set 228).
    String.raw`\b(?:${DEMANDED})\b.{0,80}?\b(?:${TOLD_FREE})\b.{0,24}\bgratis\b`,
    String.raw`\b(?:${TOLD_FREE})\b.{0,24}\bgratis\b.{0,60}?\b(?:${DEMANDED}|suruh)\b.{0,40}\b(?:bayar|uang|duit|\d+ ?(?:rb|ribu|k|jt|juta))`,
  ].join('|'),
);

/** Grievances such a fee counts (0 or 2: a complaint whatever the models say, as a broker's offer is; grievance.ts). */
export function irregularFee(raw: string): number {
  const text = raw.toLowerCase();
  // Cheap substring tests first: almost no message has any of these words.
  if (!(text.includes('tanpa') || text.includes('pribadi') || text.includes('padahal') || text.includes('receipt') || text.includes('free') || text.includes('resmi') || text.includes('gratis'))) return 0;
  return IRREGULAR_FEE.test(text) ? 2 : 0;
}
