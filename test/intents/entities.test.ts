/** The service and variant gazetteer on normalised tokens. */
import { describe, expect, it } from 'vitest';

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
    expect(find('kartu sim hilang').service).toBeNull();
    expect(find('sim telkomsel').service).toBeNull();
    expect(find('terima kasih kk').service).toBeNull();
    expect(find('syarat kk').service).toBe('kk');
  });
});
