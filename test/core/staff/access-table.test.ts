/**
 * Every scoped staff command, run by each kind of caller (issue 16 item 3, issue 13 item 8).
 * A refused command answers `not_allowed`, changes nothing, shows no citizen's name or
 * complaint, and is written to the audit log as refused; an allowed one does its job.
 */
import { describe, expect, it } from 'vitest';

import { auditLogName } from '../../../core/audit.js';
import type { Reply, UserKey } from '../../../core/types.js';
import { engineHarness } from '../../fakes/engine.js';
import { testSettings } from '../../fakes/mpp.js';

// Monday 23 Nov 2026, 07:00 WIB: the citizen books for 10:00 today, then the counters open.
const BOOKED_AT = '2026-11-23T00:00:00Z';
const NOW = '2026-11-23T03:00:00Z';

const ROLES = {
  stranger: 'tg:5',
  'staff of another service': 'tg:77', // kk only
  'staff of the service': 'tg:78', // ktp only
  'staff of all services': 'tg:900',
  admin: 'term:admin', // also the complaint handler (no handlers listed)
} as const satisfies Record<string, UserKey>;
type Role = keyof typeof ROLES;

async function counterDay() {
  const settings = testSettings({
    staff: { admins: ['term:admin'], staff: ['tg:900', 'tg:77', 'tg:78'], services: { 'tg:77': ['kk'], 'tg:78': ['ktp'] } },
  });
  const h = engineHarness({ now: BOOKED_AT, settings });
  const { app } = h.engine;
  const booking = await h.bookings.book({ user: 'tg:1', name: 'Rina Wulandari', service: 'ktp', variant: 'baru', date: '2026-11-23', time: '10:00' });
  app.store.table('users').put({ id: 'tg:1', name: 'Rina Wulandari', createdAt: BOOKED_AT, subscribedAt: BOOKED_AT, topics: ['ktp'] });
  const complaint = await app.complaints.create({ user: 'tg:1', category: 'waiting_time', service: 'ktp', text: 'Antre tiga jam di loket KTP', hasPhoto: false });
  h.clock.set(NOW);
  h.sent.length = 0;
  const say = async (from: UserKey, text: string): Promise<Reply> => (await h.engine.conversation.handle({ from, text, receivedAt: h.clock.now() }))[0]!;
  return { ...h, app, booking, complaint, say };
}

type Day = Awaited<ReturnType<typeof counterDay>>;

interface Row {
  readonly command: (day: Day) => string;
  /** Roles that may run it; every other role is refused. */
  readonly allowed: readonly Role[];
  /** Whether the command had its effect (read or write), judged from the reply and the state. */
  readonly effect: (day: Day, reply: Reply) => boolean;
}

const COUNTER_STAFF: Role[] = ['staff of the service', 'staff of all services', 'admin'];

const TABLE: Record<string, Row> = {
  '/batalkan': {
    command: (d) => `/batalkan ${d.booking.code} atas permintaan warga`,
    allowed: COUNTER_STAFF,
    // A preview naming whose booking it is; nothing is cancelled before "ya" (session 47).
    effect: (d, reply) => reply.text.startsWith('Batalkan booking ini?') && reply.text.includes('Rina Wulandari') && d.bookings.get(d.booking.id)?.status === 'booked',
  },
  '/walkin': {
    command: () => '/walkin ktp Pak Budi',
    allowed: COUNTER_STAFF,
    effect: (d) => d.bookings.day('ktp', '2026-11-23').some((b) => b.walkIn && b.name === 'Pak Budi'),
  },
  '/queue': {
    command: () => '/queue ktp',
    allowed: COUNTER_STAFF,
    effect: (_, reply) => reply.text.includes('Rina Wulandari') && reply.text.includes('KTP-001'),
  },
  '/next': {
    command: () => '/next ktp 2',
    allowed: COUNTER_STAFF,
    effect: (d) => d.bookings.get(d.booking.id)?.status === 'called' && d.sent.some((m) => m.to === 'tg:1' && m.kind === 'turn_now'),
  },
  '/announce SERVICE DATE (booked citizens)': {
    command: () => '/announce ktp 2026-11-23 Layanan KTP tutup karena gangguan jaringan',
    allowed: COUNTER_STAFF,
    effect: (d, reply) => d.app.store.table('announcements').size === 1 && reply.text.includes('1 penerima'),
  },
  '/announce topik:SERVICE (followers)': {
    command: () => '/announce topik:ktp Blangko KTP sudah tersedia',
    allowed: COUNTER_STAFF,
    effect: (d, reply) => d.app.store.table('announcements').size === 1 && reply.text.includes('1 penerima'),
  },
  '/announce (everyone)': {
    command: () => '/announce MPP tutup pukul 12.00 hari Jumat',
    allowed: ['staff of all services', 'admin'],
    effect: (d, reply) => d.app.store.table('announcements').size === 1 && reply.text.includes('Pratinjau'),
  },
  '/tutuplayanan SERVICE DATE': {
    command: () => '/tutuplayanan ktp 2026-11-23 server Dukcapil gangguan',
    allowed: COUNTER_STAFF,
    effect: (_, reply) => reply.text.includes('Pratinjau') && reply.text.includes('1 warga yang sudah booking'),
  },
  '/tutuplayanan semua DATE (the whole MPP)': {
    command: () => '/tutuplayanan semua 2026-11-23 banjir',
    allowed: ['staff of all services', 'admin'],
    effect: (_, reply) => reply.text.includes('Pratinjau') && reply.text.includes('1 warga yang sudah booking'),
  },
  '/bukalayanan SERVICE DATE': {
    command: () => '/bukalayanan ktp 2026-11-23',
    allowed: COUNTER_STAFF,
    effect: (_, reply) => reply.text.includes('tidak sedang ditutup petugas pada Senin, 23 November 2026'),
  },
  '/announce semua DATE (everyone booked that day)': {
    command: () => '/announce semua 2026-11-23 Parkir depan ditutup, masuk lewat gerbang timur',
    allowed: ['staff of all services', 'admin'],
    effect: (d, reply) => d.app.store.table('announcements').size === 1 && reply.text.includes('1 penerima'),
  },
  '/pengaduan': {
    command: () => '/pengaduan',
    allowed: ['admin'],
    effect: (d, reply) => reply.text.includes(d.complaint.id) && reply.text.includes('Antre tiga jam'),
  },
  '/jawab': {
    command: (d) => `/jawab ${d.complaint.id} Mohon maaf, loket KTP kami tambah`,
    allowed: ['admin'],
    effect: (d) => d.app.complaints.get(d.complaint.id)?.status === 'answered' && d.sent.some((m) => m.to === 'tg:1'),
  },
  '/tutup': {
    command: (d) => `/tutup ${d.complaint.id}`,
    allowed: ['admin'],
    effect: (d) => d.app.complaints.get(d.complaint.id)?.status === 'closed',
  },
  '/staff': {
    command: () => '/staff add tg:555 ktp',
    allowed: ['admin'],
    effect: (d) => d.app.access.isStaff('tg:555'),
  },
};

const cells = Object.entries(TABLE).flatMap(([name, row]) =>
  (Object.keys(ROLES) as Role[]).map((role) => ({ name, role, row, verdict: row.allowed.includes(role) ? 'allowed' : 'refused' })),
);

describe('who may run each scoped staff command', () => {
  it.each(cells)('$name as $role: $verdict', async ({ role, row, verdict }) => {
    const day = await counterDay();
    const user = ROLES[role];
    const reply = await day.say(user, row.command(day));
    // The command's own audit line (a complaint answer adds one of its own after it).
    const last = day.store.logEntries(auditLogName(day.clock.now())).filter((e) => 'allowed' in e).at(-1);
    if (verdict === 'allowed') {
      expect(reply.kind).toBe('staff');
      expect(row.effect(day, reply)).toBe(true);
      expect(last).toMatchObject({ who: user, allowed: true });
      return;
    }
    expect(reply.kind).toBe('not_allowed');
    expect(row.effect(day, reply)).toBe(false);
    expect(reply.text).not.toContain('Rina');
    expect(reply.text).not.toContain('Antre tiga jam');
    expect(day.sent.filter((m) => m.to !== user)).toEqual([]);
    expect(day.bookings.get(day.booking.id)?.status).toBe('booked');
    expect(day.app.store.table('announcements').size).toBe(0);
    expect(last).toMatchObject({ who: user, allowed: false });
  });

  it('lists every staff command that names a service or a citizen', async () => {
    const { STAFF_COMMANDS } = await import('../../../core/staff/staff-commands.js');
    // Commands left out of the table act only on the caller's own work or show no personal data:
    // /skip /done (the number this staff member called), /today and /ikm (counts only),
    // /balas /selesai (a handoff the citizen opened to all staff), /alihkan (hands on the number this
    // staff member called; any service may receive it), /console (a login link), and the English aliases.
    const covered = new Set(Object.keys(TABLE).map((name) => name.split(' ')[0]!.slice(1)));
    // /belajar shows masked misses (no names, NIKs or phone numbers) and teaches the bot: for every staff member.
    const exempt = new Set(['skip', 'done', 'today', 'ikm', 'balas', 'selesai', 'umumkan', 'reply', 'close', 'complaints', 'belajar', 'alihkan', 'transfer', 'console', 'konsol', 'console-link']);
    expect([...STAFF_COMMANDS].filter((c) => !covered.has(c) && !exempt.has(c))).toEqual([]);
  });
});
