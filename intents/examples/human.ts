import type { IntentExamples } from './types.js';

export const human: IntentExamples = {
  intent: 'human',
  examples: [ 'mau bicara dengan petugas', 'bicara sama manusia', 'mau sama orang asli',
    'sambungkan ke petugas', 'hubungkan ke petugas', 'hubungi petugas', 'hubungi operator', 'operator', 'cs', 'customer service',
    'mau ke cs', 'minta cs', 'admin manusia', 'admin asli', 'ada admin asli', 'ini bot ya saya mau orang', 'bukan bot',
    'saya tidak mau sama bot', 'mau chat sama petugas', 'chat dengan staf', 'tanya langsung ke petugas', 'mau telepon petugas',
    'nomor telepon petugas', 'nomor whatsapp petugas', 'nomor cs berapa', 'kontak petugas', 'kontak yang bisa dihubungi', 'call center',
    'nomor call center', 'minta dihubungi petugas', 'tolong telepon saya', 'petugas tolong balas', 'saya perlu bicara dengan orang',
    'saya butuh bantuan petugas langsung', 'eskalasi ke petugas', 'minta bantuan petugas', 'oper ke manusia',
    'speak to an agent', 'human please', 'real person', 'live agent', 'customer support', 'contact staff', 'i want to talk to someone',
    'connect me to an operator', 'phone number of the office', 'can i call someone', 'agent', 'mau ngobrol dengan petugas',
    'bot nya tidak paham, mau orang saja', 'minta nomor kantor', 'telepon kantor mpp berapa',
    'mau bicara dengan admin', 'hubungkan dengan admin', 'sambungkan ke admin', 'sambungkan dengan petugas', 'bisa bicara dengan petugas', 'mau ngobrol dengan orang', 'chat dengan petugas', 'chat sama cs', 'hubungi cs', 'kontak cs', 'cs mpp', 'nomor admin', 'minta kontak admin', 'saya mau dilayani orang', 'minta dilayani petugas', 'can i talk to someone', 'talk to staff', 'speak to a person', 'i need a human', 'connect me with staff',
    'mau ngomong sama admin asli', 'sambungkan ke operator', 'mau bicara dengan orang beneran', 'minta disambungkan ke admin', 'mau bicara langsung dengan petugas', 'operator manusia',
    'ingin bicara dengan petugas', 'mau bicara dengan petugas langsung',
    'mau ngobrol sama mimin', 'admin tolong balas', 'bisa telepon petugas', 'mau bicara dengan orang', 'hubungkan ke orang',
    // handing over in other words, and impatience with the bot (issue 11, help and people)
    'alihkan ke petugas', 'alihkan ke orang', 'tolong alihkan ke admin', 'bot terus mana orangnya',
    // whether a person is there at all (session 4, dev set 4 classes)
    'ada yang jaga chat tidak', 'ada orang yang bisa balas tidak', 'adminnya ada tidak',
    // whether a real person is there (session 5)
    'ini orang asli atau bot', 'ada orang beneran yang balas tidak',
    // a person, not the machine (session 6, dev set 6 help-people)
    'mau dilayani orang bukan mesin', 'jangan mesin', 'tolong balas manual', 'minta dibantu staf saja',
    // an agent or a consultation with staff, in Indonesian (session 8, dev set 8 help-people: no example said "agen" or "konsultasi")
    'sambungkan ke agen', 'mau konsultasi langsung dengan pegawai',
  ],
};
