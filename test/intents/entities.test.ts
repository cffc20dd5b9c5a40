/** The service and variant gazetteer on normalised tokens. */
import { describe, expect, it } from 'vitest';

import { loadRealCatalog } from '../../bench/nlu.js';
import { Gazetteer } from '../../intents/entities.js';
import { StemmerId } from '../../intents/natural.js';
import { fixtureCatalog } from './fixture-catalog.js';

const gazetteer = new Gazetteer(fixtureCatalog, (t) => StemmerId.stem(t));
const find = (text: string) => {
  const tokens = text.split(' ');
  return gazetteer.find(tokens, tokens.map((t) => StemmerId.stem(t)));
};

describe('Gazetteer', () => {
  it('matches the longest phrase', () => {
    expect(find('syarat akta kematian')).toMatchObject({ service: 'akta_kematian', spans: [{ start: 1, end: 3 }] });
    expect(find('ktp anak')).toMatchObject({ service: 'kia' });
  });

  it('matches inflected multi-word phrases on stems', () => {
    expect(find('pembuatan akta kelahiran')).toMatchObject({ service: 'akta_lahir' });
  });

  it('knows slang and English from service-aliases.ts', () => {
    expect(find('surat kelakuan baik').service).toBe('skck');
    expect(find('stnk').service).toBe('samsat');
    expect(find('imb').service).toBe('pbg');
    expect(find('birth certificate').service).toBe('akta_lahir');
    expect(find('kantor imigrasi').service).toBe('paspor');
  });

  it('reads the variant anywhere in the message, on stems', () => {
    expect(find('perpanjangan sim')).toMatchObject({ service: 'sim', variant: 'perpanjang' });
    expect(find('ktp saya kehilangan')).toMatchObject({ service: 'ktp', variant: 'hilang' });
    expect(find('tambah anggota kk karena anak baru lahir')).toMatchObject({ service: 'kk', variant: 'tambah_anggota' });
  });

  it('leaves the variant null when the message does not say', () => {
    expect(find('syarat paspor').variant).toBeNull();
  });

  it('prefers the service a request is for', () => {
    expect(find('perlu fotokopi kk tidak buat skck').service).toBe('skck');
    expect(find('kk sama ktp').service).toBe('kk');
  });

  it('takes the longer name that starts inside a shorter one (session 8)', () => {
    // The shipped catalog has "kartu bpjs" (BPJS Kesehatan); the fixture catalog does not.
    const shipped = new Gazetteer(loadRealCatalog() ?? fixtureCatalog, (t) => StemmerId.stem(t));
    const findShipped = (text: string) => shipped.find(text.split(' '), text.split(' ').map((t) => StemmerId.stem(t)));
    expect(findShipped('kartu bpjs tk saya hilang').service).toBe('bpjs_ketenagakerjaan');
    expect(findShipped('kartu bpjs hilang').service).toBe('bpjs_kesehatan');
  });

  it('takes the service asked about over an office named beside it (session 8)', () => {
    expect(find('layanan kepolisian imigrasi dan pajak sudah satu gedung apa bpjs ketenagakerjaan juga ada').service).toBe('bpjs_ketenagakerjaan');
    expect(find('kantor imigrasi buka jam berapa').service).toBe('paspor');
  });

  it('reads "ktp anak saya" as my child\'s KTP, "ktp anak" as the child\'s card (session 8)', () => {
    expect(find('ktp anak saya sudah 6 bulan belum jadi').service).toBe('ktp');
    expect(find('perekaman ktp anak saya').service).toBe('ktp');
    expect(find('syarat ktp anak').service).toBe('kia');
  });

  it('knows the names of session 8 (dev sets 8 and 9)', () => {
    expect(find('berapa lama buat akta maot').service).toBe('akta_kematian');
    expect(find('syarat pindah faskes bpjs').service).toBe('bpjs_kesehatan');
    expect(find('syarat mutasi kendaraan').service).toBe('samsat');
    expect(find('syarat bayar pajak 5 tahunan').service).toBe('samsat');
    expect(find('syarat cek fisik kendaraan').service).toBe('samsat');
    expect(find('klaim jaminan pensiun').service).toBe('bpjs_ketenagakerjaan');
    expect(find('syarat bpjs mandiri').service).toBe('bpjs_kesehatan');
    expect(find('berapa njop rumah saya').service).toBe('pbb');
    expect(find('renew my driver licence').service).toBe('sim');
    expect(find('certificate of good conduct').service).toBe('skck');
    expect(find('tax identification number').service).toBe('npwp');
    expect(find('land and building tax').service).toBe('pbb');
  });

  it('skips false friends', () => {
    expect(find('pindah jadwal ke kamis').service).toBeNull();
    expect(find('mau pindah ke besok').service).toBeNull();
    expect(find('surat pindah').service).toBe('pindah');
    // a move already made is the citizen's story; a move wanted is the service
    expect(find('saya baru pindah ke kota ini').service).toBeNull();
    expect(find('mau pindah ke kota lain').service).toBe('pindah');
    // moving a booking away from a day (session 8); moving house from a town is the letter
    expect(find('pindah dari senin ke jumat').service).toBeNull();
    expect(find('mau pindah dari jakarta ke sini').service).toBe('pindah');
    // a move already made, from anywhere, and where someone or something moved to (session 17)
    expect(find('saya baru pindah dari medan, kelurahan oebufu di mana').service).toBeNull();
    expect(find('mpp palangka raya sudah pindah ya').service).toBeNull();
    expect(find('disnaker medan pindah ke mana sekarang').service).toBeNull();
    expect(find('kanwil bpn pindah kemana').service).toBeNull();
    expect(find('saya baru pindah dari medan, mau urus surat pindah datang').service).toBe('pindah');
    expect(find('syarat pindah ke kota lain apa saja').service).toBe('pindah');
    // a move that is not of one's home (session 8)
    expect(find('kpu buat pindah tips di mpp bisa').service).toBeNull();
    expect(find('mau pindah sekolah anak').service).toBeNull();
    // other deeds than a birth (session 8)
    expect(find('syarat akta cerai').service).toBeNull();
    expect(find('akta perkawinan non muslim').service).toBe('nikah');
    expect(find('kalau yang akta').service).toBe('akta_lahir');
    // "kk" addressed, not the family card (session 8)
    expect(find('kk aku mau nanya jam buka').service).toBeNull();
    expect(find('halo kk mpp buka jam berapa').service).toBeNull();
    expect(find('kak kk boleh tanya').service).toBeNull();
    expect(find('kk saya hilang').service).toBe('kk');
    expect(find('kk mau bikin baru').service).toBe('kk');
    // a wedding party, and "sim di" (the slang map reads "sim d" so) after a phone word (session 8)
    expect(find('undangan nikah teman saya besok').service).toBeNull();
    expect(find('syarat daftar nikah').service).toBe('nikah');
    expect(find('beli kartu sim di mana').service).toBeNull();
    expect(find('bikin sim di mana').service).toBe('sim');
    expect(find('kartu sim hilang').service).toBeNull();
    expect(find('sim telkomsel').service).toBeNull();
    expect(find('terima kasih kk').service).toBeNull();
    // closing particles and a last question word (session 17)
    expect(find('mksh y kk').service).toBeNull();
    expect(find('jam buka mpp berapa kk').service).toBeNull();
    expect(find('bikin kk').service).toBe('kk');
    expect(find('syarat kk').service).toBe('kk');
  });

  it('reads a name with a clitic joined on, and a marriage already made as the story (session 17)', () => {
    expect(find('batal deh antrian paspornya').service).toBe('paspor');
    expect(find('aktanya belum jadi').service).toBe('akta_lahir');
    // with the name's own false friends
    expect(find('jadwal pindahnya ke kamis').service).toBeNull();
    expect(find('kartu simnya hilang').service).toBeNull();
    expect(find('habis nikah mau pisah kk dari ortu').service).toBe('kk');
    expect(find('kami baru menikah dan ingin memperbarui kartu keluarga').service).toBe('kk');
    expect(find('baru nikah siri mau diresmikan').service).toBe('nikah');
    expect(find('syarat daftar nikah').service).toBe('nikah');
  });

  it('names no service of ours for the agency\'s office in another place (session 17)', () => {
    expect(find('kantor imigrasi kelas i tpi ambon buka sabtu')).toMatchObject({ service: 'paspor', elsewhere: 'kantor imigrasi kelas i tpi ambon' });
    expect(find('kantor imigrasi singkawang buka jam berapa')).toMatchObject({ service: 'paspor', elsewhere: 'kantor imigrasi singkawang' });
    expect(find('kua kecamatan praya alamatnya di mana')).toMatchObject({ service: 'nikah', elsewhere: 'kua kecamatan praya' });
    expect(find('kantor imigrasi di lantai berapa').elsewhere).toBeUndefined();
    expect(find('loket imigrasi buka jam berapa').elsewhere).toBeUndefined();
    expect(find('kua di mpp buka sabtu').elsewhere).toBeUndefined();
  });

  it('names the other place\'s office up to the words of the question; Samsat\'s keeps its service (session 18)', () => {
    expect(find('kua kecamatan lembah hijau bukanya jam brp').elsewhere).toBe('kua kecamatan lembah hijau');
    expect(find('kantor samsat tual jam berapa tutup')).toMatchObject({ service: 'samsat', elsewhere: 'kantor samsat tual', elsewhereKeepsService: true });
    expect(find('samsat cabang kaliurang jaya jumat buka')).toMatchObject({ service: 'samsat', elsewhere: 'samsat cabang kaliurang jaya' });
    expect(find('kantor samsat di lantai berapa').elsewhere).toBeUndefined();
    // An office with no place after it names none.
    expect(find('does this mall have an immigration office id like to ask').elsewhere).toBe('');
  });

  it('reads a child of KTP age, a posting and the service after a letter\'s purpose word (session 9)', () => {
    // the KIA is for children under 17
    expect(find('ktp anak umur 17 pertama kali bagaimana caranya').service).toBe('ktp');
    expect(find('ktp anak usia 18 tahun').service).toBe('ktp');
    expect(find('ktp anak umur 5 tahun').service).toBe('kia');
    // "pindah tugas" is a civil servant's posting, not the moving letter
    expect(find('saya baru pindah tugas ke kota ini').service).toBeNull();
    expect(find('surat pindah tugas ke kota ini').service).toBe('pindah');
    // the service after "membuat", not the story's marriage before it
    expect(find('anak saya baru menikah dan ingin membuat kartu keluarga sendiri').service).toBe('kk');
    expect(find('anak saya baru menikah minggu lalu').service).toBe('nikah');
  });

  it('takes the service asked about over a document said to be done already (session 9)', () => {
    expect(find('akta kelahirannya sudah jadi bagaimana menambahkan nama anak ke dalam kartu keluarga').service).toBe('kk');
    expect(find('ktp saya sudah jadi belum').service).toBe('ktp');
    expect(find('akta kelahiran dan kartu keluarga syaratnya apa').service).toBe('akta_lahir');
  });

  it('knows the vehicle tax said in full (session 9)', () => {
    const shipped = new Gazetteer(loadRealCatalog() ?? fixtureCatalog, (t) => StemmerId.stem(t));
    const tokens = 'pajak sepeda motor saya terlambat dibayar'.split(' ');
    expect(shipped.find(tokens, tokens.map((t) => StemmerId.stem(t))).service).toBe('samsat');
  });
});
