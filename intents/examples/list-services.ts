import type { IntentExamples } from './types.js';

export const listServices: IntentExamples = {
  intent: 'list_services',
  examples: [ 'ada layanan apa saja', 'daftar layanan', 'list layanan', 'layanan yang tersedia', 'jenis layanan',
    'jenis jenis layanan di mpp', 'apa saja yang bisa diurus di mpp',
    'bisa urus apa saja di sini', 'dokumen apa saja yang bisa diurus', 'instansi apa saja yang ada',
    'gerai apa saja yang ada di mpp', 'tenant mpp apa saja', 'loket apa saja yang buka', 'mpp melayani apa', 'pelayanan apa saja',
    'semua layanan', 'tampilkan semua layanan', 'lihat daftar layanan', 'katalog layanan', 'layanan apa yang bisa dibooking',
    'selain itu ada layanan apa lagi', 'ada layanan lain', 'apa saja yang dilayani', 'layanan publik apa saja',
    'what services are there', 'what services do you have', 'list of services', 'available services', 'which agencies are here',
    'what can i apply for here', 'services offered', 'show all services', 'instansi yang bergabung di mpp', 'unit layanan apa saja',
    'kantor apa saja yang ada di gedung mpp', 'bisa bikin dokumen apa saja', 'urusan apa saja yang bisa dilayani', 'daftar instansi',
    'ada berapa layanan', 'layanan perizinan apa saja', 'layanan kependudukan apa saja yang ada',
    'layanan apa yang ada', 'daftar layanan mpp', 'list semua layanan', 'ada urusan apa saja yang bisa dilayani', 'jenis pelayanan apa saja', 'mpp ada layanan apa', 'apa saja layanan yang disediakan', 'layanan yang dibuka apa saja', 'what services do you provide', 'services available here', 'what can i get done here', 'list the services', 'which services can i book', 'services list', 'layanan yang bisa diurus di sini', 'dinas apa saja yang buka di mpp', 'daftar instansi di mpp',
    // (session 8) the examples that spelled out "mal pelayanan publik" are gone: mpp-name.ts reads the name as "mpp",
    // which made them copies of the ones above, and their doubled weight took name frames ("mpp #nama di jalan apa").
    'di mpp ada #nama tidak', 'ada layanan #nama tidak', 'apa ada #nama di mpp', 'is there #nama here', 'ada loket #nama tidak', 'bisa urus #nama di mpp tidak',
    // an agency asked after by its counter (issue 11, unknown names)
    'ada gerai #nama di mpp',
    // whether a named service is served here at all (session 4, dev set 4 classes)
    '#layanan bisa diurus di sini', 'bisa urus #layanan di sini tidak', 'bayar #layanan bisa di sini', '#layanan bisa dibuat di sini tidak',
    'ada layanan #layanan tidak', 'is there #layanan service here', 'can i get #layanan here',
    // an errand asked about in English in the passive (session 7, dev set 7 english)
    'can #layanan be done here', '#layanan payment can be done here',
    // Session 13 (dev set 34): English asking whether an office is in the building.
    'full list of services', 'is the tax office in this building', 'is the #nama office in the mall too', 'do you do building permits here',
  ],
};
