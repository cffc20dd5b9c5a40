/** Pushing messages to citizens other than the one who is talking (alerts, reminders). */
import type { Basics } from './context.js';
import { DeliveryError } from './errors.js';
import type { Lang, Outgoing, UserKey } from './types.js';

export function langOf(app: Basics, user: UserKey): Lang {
  return app.store.table('users').get(user)?.lang ?? 'id';
}

/**
 * Sends without making the caller wait on rate limits. A blocked user is marked unreachable;
 * every other failure is logged, because an alert must never fail the staff command that caused it.
 */
export function notify(app: Basics, messages: readonly Outgoing[]): void {
  for (const message of messages) {
    app.push.send(message).catch((error: unknown) => {
      if (error instanceof DeliveryError && error.code === 'UNREACHABLE') markUnreachable(app, message.to);
      app.logger.warn('push_failed', { to: message.to, kind: message.kind, error: String(error) });
    });
  }
}

/** The user blocked the bot or the chat is gone: stop announcements to them (idempotent). */
export function markUnreachable(app: Basics, user: UserKey): void {
  const users = app.store.table('users');
  const existing = users.get(user);
  if (existing?.unreachableAt && !existing.subscribedAt) return;
  const { subscribedAt: _, topics: __, ...rest } = existing ?? { id: user, createdAt: app.clock.now().toISOString() };
  users.put({ ...rest, id: user, unreachableAt: app.clock.now().toISOString() });
}
