/** Opting in and out of general announcements. Opt-out is immediate and confirmed. */
import type { App, Turn } from './app.js';
import { tr } from './i18n.js';
import type { Reply } from './types.js';

export async function subscribe(app: App, turn: Turn): Promise<Reply> {
  const users = app.store.table('users');
  const profile = users.get(turn.user);
  users.put({ ...profile, id: turn.user, lang: turn.lang, createdAt: profile?.createdAt ?? turn.now.toISOString(), subscribedAt: turn.now.toISOString() });
  await app.store.flush();
  return {
    kind: 'answer',
    text: tr(turn.lang, `Anda sekarang menerima pengumuman ${app.settings.name}. Balas "BERHENTI" kapan saja untuk berhenti.`, `You will now receive announcements from ${app.settings.name}. Reply "STOP" at any time to opt out.`),
  };
}

export async function unsubscribe(app: App, turn: Turn): Promise<Reply> {
  const users = app.store.table('users');
  const profile = users.get(turn.user);
  if (profile?.subscribedAt) {
    const { subscribedAt: _, ...rest } = profile;
    users.put(rest);
    await app.store.flush();
  }
  return {
    kind: 'answer',
    text: tr(turn.lang, 'Baik, Anda tidak akan menerima pengumuman lagi. Pengingat untuk booking Anda sendiri tetap dikirim.', 'Done: you will not receive announcements any more. Reminders for your own bookings still come.'),
  };
}
