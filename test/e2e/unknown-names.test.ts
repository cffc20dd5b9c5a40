/**
 * Unknown names with a clear frame (issue 11), through the simulator with the shipped data: the frame
 * decides the intent, the reply says the agency is not here, out-of-scope questions stay out.
 */
import { describe, expect, it } from 'vitest';

import { simulation } from './sim-harness.js';

const NOW = '2026-11-23T09:00:00+07:00';

describe('unknown names', () => {
  it('answers the hours of this MPP and says the unknown agency is not here', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'taspen buka jam berapa');
    expect(reply?.kind).toBe('answer');
    expect(reply?.text).toMatch(/^Taspen tidak ada di MPP Contoh/);
    expect(reply?.text).toContain('Jam buka MPP Contoh');
  });

  it('says it has no information for another town, then gives its own address', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'kapan mpp madiun buka');
    expect(reply?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Madiun tidak saya punya/);
  });

  it('says another town\'s office of one of our agencies is not ours, by the name the citizen wrote, before our own answer (session 18)', async () => {
    const s = await simulation({ now: NOW });
    // Monday 23 Nov 2026 09:00: "sabtu" is the 28th, closed here.
    const [where] = await s.say('tg:1', 'kantor imigrasi singkawang alamatnya di mana');
    expect(where?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Kantor Imigrasi Singkawang tidak saya punya\. 📍 MPP Contoh/s);
    expect(where?.text, 'no passport counter given as if it were theirs').not.toContain('Lantai');
    const [day] = await s.say('tg:2', 'Kantor Imigrasi Kelas I TPI Ambon buka sabtu?');
    expect(day?.text).toMatch(/info untuk Kantor Imigrasi Kelas I TPI Ambon tidak saya punya\. Di MPP Contoh .*Sabtu, 28 November 2026: tutup/s);
    const [town] = await s.say('tg:3', 'mpp kota bekasi besok buka?');
    expect(town?.text).toMatch(/info untuk Bekasi tidak saya punya\. Di MPP Contoh .*Selasa, 24 November 2026: buka/s);
    // Samsat's own name for another town's office still names the service: our Samsat counter's hours, after the note.
    const [samsat] = await s.say('tg:4', 'Kantor Samsat Tual jam berapa tutup');
    expect(samsat?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Kantor Samsat Tual tidak saya punya\. Jam layanan Samsat/s);
    // Our own: no note.
    const [ours] = await s.say('tg:5', 'besok buka?');
    expect(ours?.text).toMatch(/^Selasa, 24 November 2026: buka/);
  });

  it('says a name is not ours beside the answer to its own question only, when a message asks two (session 19)', async () => {
    const s = await simulation({ now: NOW });
    const [where, open] = await s.say('tg:1', 'kantor pos dimana dan mpp buka jam brp?');
    expect(where?.text).toMatch(/^Pos tidak ada di MPP Contoh.*📍 MPP Contoh/s);
    // The hours were asked of our MPP: no word about the post office before them (before, each reply read the whole message).
    expect(open?.text).toMatch(/^Jam buka MPP Contoh/);
  });

  it('reads a town\'s name the phone autocorrected and the citizen put right, then answers for our MPP (session 19)', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'MPP Kita Blitar buka hr Kamis? *kota maksudnya');
    expect(reply?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Blitar tidak saya punya\. Di MPP Contoh .*Kamis, 26 November 2026: buka/s);
  });

  it('answers whether another town\'s MPP is near a landmark with its own address, after saying it knows nothing of that town (session 35)', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'MPP Kota Kediri itu yang di dekat stadion ya?');
    expect(reply?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Kota Kediri tidak saya punya\. 📍 MPP Contoh/s);
  });

  it('answers whether another office\'s errand is done here with our list of services, after saying the office is not here (session 35)', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'kantor BPN bisa urus sertifikat tanah di sini?');
    expect(reply?.text).toMatch(/^Kantor BPN tidak ada di MPP Contoh.*Layanan di MPP Contoh/s);
  });

  it('keeps out-of-scope questions about a place out of scope', async () => {
    const s = await simulation({ now: NOW });
    expect((await s.say('tg:1', 'jam berapa sekarang di london'))[0]?.kind).toBe('fallback');
    expect((await s.say('tg:2', 'indomaret buka jam berapa'))[0]?.kind).toBe('fallback');
  });

  it('answers a holiday question with the opening hours, not a fallback', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'natal buka ga');
    expect(reply?.kind).toBe('answer');
    // The closure itself answers: closed, why, and when it opens again.
    expect(reply?.text).toContain('Hari Raya Natal');
    expect(reply?.text).toContain('Buka lagi');
  });
});
