/**
 * The way to an office asked from where the citizen arrives (session 31: "arah ke kantor Dinas Pendidikan dari terminal
 * gimana", "ke MPP Kota Kendari naik angkot apa dari terminal"). A terminal, a port or a station is where most of the field's
 * out-of-scope travel questions start ("dari terminal ke jogja naik apa"), so the models read the whole as travel and reject
 * it, though they were trained on these very messages. With a way asked and an office as the destination, all 40 field
 * messages are location (this MPP's, or an office's we do not know, which the reply names); the office is what keeps a bus to
 * another town out.
 */
const ARRIVED_FROM = /\bdari (?:terminal|bandara|pelabuhan|stasiun|airport|bus station)\b/;
const WAY_ASKED = /\b(?:naik (?:\w+ )?apa|rute|arah|cara ke|jalan ke|lewat mana|bagaimana ke|how do i get|how to get)\b/;
const OFFICE = /\b(?:kantor|mpp|mal pelayanan|dinas|pengadilan|gedung|kejaksaan|bupati|walikota|kelurahan|kecamatan|polres|samsat|imigrasi|dukcapil|office|service mall)\b/;

/** Whether `normalized` asks the way from an arrival point to an office (see above). */
export function routeAsked(normalized: string): boolean {
  return ARRIVED_FROM.test(normalized) && WAY_ASKED.test(normalized) && OFFICE.test(normalized);
}
