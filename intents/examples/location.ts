import type { IntentExamples } from './types.js';

export const location: IntentExamples = {
  intent: 'location',
  examples: [
    'lokasi', 'lokasinya dimana', 'dimana lokasinya', 'lokasi mpp', 'alamat', 'alamatnya dimana', 'alamat mpp', 'alamat lengkap',
    'mpp dimana', 'mpp letaknya di mana', 'letaknya dimana', 'kantornya dimana', 'gedungnya dimana', 'di jalan apa', 'jalan apa',
    'posisinya dimana', 'share lokasi', 'kirim lokasi', 'minta lokasi', 'minta alamat', 'peta',
    'link google maps', 'google maps', 'maps nya', 'titik lokasi', 'patokan lokasinya apa', 'dekat apa', 'arah ke mpp',
    'cara ke mpp', 'naik apa ke sana', 'rute ke mpp', 'ke sana naik angkot turun di mana', 'parkirnya di mana', 'lantai berapa',
    'loket #layanan di lantai berapa', 'gerai #layanan di mana', 'loket #layanan di sebelah mana', 'ruangan #layanan di mana',
    'kantor #layanan dimana', 'di gedung mana', 'masuk lewat pintu mana', 'where are you', 'where is it', 'where is the mpp',
    'address please', 'location', 'directions', 'send me the map', 'which floor',
    'where is the #layanan counter', 'lokasi tepatnya', 'di mall mana', 'alamat kantornya', 'lokasi gedung mpp',
    'lokasi mpp di mana', 'alamat kantor mpp', 'alamat gedung mpp', 'mpp ada di mana', 'di mana letak mpp', 'minta share lokasi', 'link maps', 'minta link google maps', 'lokasinya di jalan apa', 'mpp di gedung apa', 'what is your address', 'where exactly', 'location please', 'send location', 'share your location', 'map please',
    // (session 8) "alamat mal pelayanan publik", "mal pelayanan publik ada di mana" left: mpp-name.ts reads them as the two above.
    'where can i find the mpp', 'where do i find the #layanan office',
    '#nama dimana', 'loket #nama dimana', 'alamat #nama', 'lokasi #nama', '#nama di lantai berapa', 'where is #nama', 'kantor #nama di mpp sebelah mana', 'gerai #nama dimana', 'loket #nama lantai berapa',
    // a town's MPP and which building or street it is in (issue 11, unknown names)
    'mpp #nama letaknya di jalan apa', 'mpp #nama di gedung mana',
    // where the errand for a service is done: the verb is the errand, "where" the question (session 4, dev set 4 classes)
    'perpanjang #layanan dimana', 'ambil #layanan yang sudah jadi dimana',
    'urus #layanan di loket mana', 'where do i pay #layanan',
    // the way there, in English (session 9, english: "how do i get to the mpp by bus" read as procedure)
    'how do i get to the mpp',
    // Session 13 (dev set 34): English questions about getting there and moving around inside.
    'is there parking for cars', 'is there motorbike parking', 'is parking free', 'is the building wheelchair accessible', 'is there a lift',
    'how do i get there by taxi', 'can i take a bus there', 'what is the nearest landmark', 'which floor is the #layanan counter', 'which level is it on',
  ],
};
