/**
 * Service scope: a staff member limited to some services (mpp.json `staff.services`, or
 * `/staff add ID ktp`) reads and writes only those services' citizens (issue 13 item 8). Every
 * command that shows names, sends to citizens or changes their bookings asks here first.
 */
import type { App, Turn } from '../app.js';
import type { Reply } from '../types.js';

/** The refusal for a service outside the caller's scope; null when in scope. */
export function refuseOutOfScope(app: App, turn: Turn, service: string): Reply | null {
  return app.access.canServe(turn.user, service) ? null : notYours(app, turn, service);
}

/** Everyone's citizens at once (an announcement to all subscribers) is for staff of all services. */
export function refuseUnlessAllServices(app: App, turn: Turn): Reply | null {
  const services = app.access.services(turn.user);
  if (services === null) return null;
  return { kind: 'not_allowed', text: `Anda terdaftar untuk layanan ${services.join(', ')}: pengumuman ke semua pelanggan hanya untuk petugas semua layanan. Tulis layanannya, mis. /announce topik:${services[0] ?? 'ktp'} TEKS.` };
}

export function notYours(app: App, turn: Turn, service: string): Reply {
  return { kind: 'not_allowed', text: `Anda terdaftar untuk layanan ${(app.access.services(turn.user) ?? []).join(', ')}, bukan ${service}.` };
}
