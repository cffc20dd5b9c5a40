/** Opting in and out of general announcements. Opt-out is immediate and confirmed. */
import type { Basics, Turn } from '../context.js';
import { tr } from '../i18n.js';
import type { Reply } from '../types.js';

/** Opt in; naming a service ("info paspor") follows only that topic, adding to earlier ones. */
export async function subscribe(app: Basics, turn: Turn, topic: string | null): Promise<Reply> {
  const users = app.store.table('users');
  const { unreachableAt: _, ...profile } = users.get(turn.user) ?? { id: turn.user, createdAt: turn.now.toISOString() };
  const topics = topic ? [...new Set([...(profile.subscribedAt ? (profile.topics ?? []) : []), topic])] : [];
  users.put({ ...profile, lang: turn.lang, subscribedAt: turn.now.toISOString(), topics });
  await app.store.flush();
  const what = topics.length > 0 ? tr(turn.lang, ` tentang ${topics.join(', ')}`, ` about ${topics.join(', ')}`) : '';
  return {
    kind: 'answer',
    text: tr(turn.lang, `Anda sekarang menerima pengumuman ${app.settings.name}${what}. Balas "BERHENTI" kapan saja untuk berhenti.`, `You will now receive announcements from ${app.settings.name}${what}. Reply "STOP" at any time to opt out.`),
  };
}

export async function unsubscribe(app: Basics, turn: Turn): Promise<Reply> {
  const users = app.store.table('users');
  const profile = users.get(turn.user);
  if (profile?.subscribedAt) {
    const { subscribedAt: _, topics: __, ...rest } = profile;
    users.put(rest);
    await app.store.flush();
  }
  return {
    kind: 'answer',
    text: tr(turn.lang, 'Baik, Anda tidak akan menerima pengumuman lagi. Pengingat untuk booking Anda sendiri tetap dikirim.', 'Done: you will not receive announcements any more. Reminders for your own bookings still come.'),
  };
}
