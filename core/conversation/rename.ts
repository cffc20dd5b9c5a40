/**
 * "ganti nama": the name on bookings is the citizen's to change, at the confirm step or later
 * (issue 10, class 6). A name is stored only after the citizen says yes to it.
 */
import type { App, Turn } from '../app.js';
import { BOOKING_CODE } from '../booking/booking-code.js';
import { tr } from '../i18n.js';
import type { Pending } from '../session.js';
import type { Reply } from '../types.js';
import { yesNo } from './yes-no.js';

export const RENAME = /^(saya |sy |aku |mau |tolong |minta |bisa )*(ganti|ubah|ganti|koreksi|perbaiki|betulkan|change|edit|fix|update)\s+(nama|name)\b|^(nama(nya| saya)?|my name is) (salah|keliru|wrong)\b/i;

type RenamePending = Extract<Pending, { kind: 'rename' }>;

export function startRename(app: App, turn: Turn, pending: Pending | undefined): Reply {
  // At the booking confirm step, the new name goes into the draft and is confirmed with it.
  // "ganti nama LY-HE4N7": that booking's name only (a child's, among a family's bookings on one phone). Every booking under the
  // chat's name had been renamed with it, and the parent could not correct one child's (session 48, a field test).
  const one = ownBookingCoded(app, turn);
  if (pending?.kind === 'booking' && !pending.draft.moving) {
    turn.session.pending = { ...pending, awaiting: 'name', choices: [] };
  } else {
    turn.session.pending = { kind: 'rename', awaiting: 'name', choices: [], ...(one ? { bookingId: one.id } : {}) };
  }
  if (one && turn.session.pending.kind === 'rename') {
    return { kind: 'clarify', text: tr(turn.lang, `Tulis nama yang benar untuk booking ${one.code} (sekarang: ${one.name}), sesuai KTP, cukup nama saja.`, `Type the correct name for booking ${one.code} (now: ${one.name}), as on the ID, name only.`) };
  }
  const current = app.store.table('users').get(turn.user)?.name;
  const now = current ? tr(turn.lang, ` (sekarang: ${current})`, ` (now: ${current})`) : '';
  // At a booking's confirm step under the profile's name, the name may be someone else's (a mother's baby): the confirm says to
  // type "ganti nama" for it. A name typed in this dialog is only being corrected.
  if (pending?.kind === 'booking' && !pending.draft.moving && pending.draft.name === undefined) {
    return { kind: 'clarify', text: tr(turn.lang, `Tulis nama orang yang akan dilayani${now}, sesuai KTP-nya, cukup nama saja.`, `Type the name of the person to be served${now}, as on their ID, name only.`) };
  }
  return { kind: 'clarify', text: tr(turn.lang, `Tulis nama yang benar${now}, sesuai KTP, cukup nama saja.`, `Type the correct name${now}, as on your ID, name only.`) };
}

/** The chat's own active booking whose code the message names, if any. */
function ownBookingCoded(app: App, turn: Turn) {
  const code = BOOKING_CODE.exec(turn.text);
  if (!code) return undefined;
  return app.bookings.activeFor(turn.user).find((b) => b.code === `LY-${code[1]!.toUpperCase()}`);
}

/** A new name typed after "ganti nama" (outside a booking): asked back before it is stored. */
export function askRenameConfirm(turn: Turn, name: string, bookingCode?: string): Reply {
  const choices = yesNo(turn.lang, { intent: 'confirm' }, { intent: 'decline' });
  const previous = turn.session.pending?.kind === 'rename' ? turn.session.pending.bookingId : undefined;
  turn.session.pending = { kind: 'rename', awaiting: 'confirm', name, choices, ...(previous ? { bookingId: previous } : {}) };
  const which = bookingCode ? tr(turn.lang, ` pada booking ${bookingCode}`, ` on booking ${bookingCode}`) : '';
  return { kind: 'clarify', text: tr(turn.lang, `Ganti nama${which} menjadi "${name}"?`, `Change the name${which} to "${name}"?`), options: choices };
}

export async function commitRename(app: App, turn: Turn, pending: RenamePending): Promise<Reply> {
  if (!pending.name) return { kind: 'answer', text: tr(turn.lang, 'Baik.', 'OK.') };
  const one = pending.bookingId ? app.bookings.get(pending.bookingId) : undefined;
  if (one && one.user === turn.user) {
    app.bookings.patch(one, { name: pending.name });
    await app.store.flush();
    return { kind: 'answer', text: tr(turn.lang, `Nama pada booking ${one.code} sudah diganti menjadi ${pending.name}. Booking lain tidak diubah.`, `The name on booking ${one.code} is now ${pending.name}. Other bookings are unchanged.`) };
  }
  const users = app.store.table('users');
  const existing = users.get(turn.user);
  users.put({ ...existing, id: turn.user, name: pending.name, createdAt: existing?.createdAt ?? turn.now.toISOString() });
  // Only the bookings under the citizen's own name: one made for a parent or a child keeps that person's (booked-for.ts).
  const active = app.bookings.activeFor(turn.user);
  const own = active.filter((b) => !existing?.name || b.name === existing.name);
  for (const booking of own) app.bookings.patch(booking, { name: pending.name });
  await app.store.flush();
  const kept = active.length - own.length;
  const others = kept > 0 ? tr(turn.lang, ` Booking atas nama orang lain (${kept}) tidak diubah.`, ` Bookings under someone else's name (${kept}) are unchanged.`) : '';
  return { kind: 'answer', text: tr(turn.lang, `Nama sudah diganti menjadi ${pending.name}, juga pada booking aktif Anda.`, `Your name is now ${pending.name}, on your active bookings too.`) + others };
}
