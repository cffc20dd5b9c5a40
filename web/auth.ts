/**
 * Who is at the console: single-use login links (issued from a staff chat with `/console`)
 * exchanged for a session cookie that lasts a shift. Tokens are random 256-bit strings; the
 * store keeps only their SHA-256, so a copied data file opens no session. Tokens and sessions
 * live in the store so a bot restart does not log the counters out.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import type { Clock, LoginLinks, Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import type { UserKey } from '../core/types.js';

interface LoginToken {
  readonly id: string;
  readonly user: UserKey;
  readonly expiresAt: string;
}

export interface WebSession {
  /** SHA-256 of the cookie value. */
  readonly id: string;
  readonly user: UserKey;
  /** Sent back in the X-CSRF-Token header of every POST. */
  readonly csrf: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** The counter this console stands for ("2" → "Loket 2") and the services it calls. */
  readonly counter?: string;
  readonly services?: readonly string[];
}

type WebTables = LayaniTables & { web_login_tokens: LoginToken; web_sessions: WebSession };

export interface WebAuthOptions {
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  /** Where staff open the pages, e.g. https://antrean.mpp.example. */
  readonly publicUrl: string;
  readonly linkMinutes?: number;
  readonly sessionHours?: number;
  /** Links one person may request per `linkMinutes` (a leaked chat cannot mint links endlessly). */
  readonly linksPerWindow?: number;
}

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

export class WebAuth implements LoginLinks {
  readonly #store: Store<WebTables>;
  readonly #issued = new Map<UserKey, number[]>();
  readonly #linkMs: number;
  readonly #sessionMs: number;
  readonly #perWindow: number;

  constructor(private readonly options: WebAuthOptions) {
    this.#store = options.store as unknown as Store<WebTables>;
    this.#linkMs = (options.linkMinutes ?? 10) * 60_000;
    this.#sessionMs = (options.sessionHours ?? 12) * 3_600_000;
    this.#perWindow = options.linksPerWindow ?? 5;
  }

  get #now(): number {
    return this.options.clock.now().getTime();
  }

  issue(user: UserKey): ReturnType<LoginLinks['issue']> {
    const recent = (this.#issued.get(user) ?? []).filter((t) => t > this.#now - this.#linkMs);
    if (recent.length >= this.#perWindow) return { ok: false, reason: 'rate_limited' };
    this.#issued.set(user, [...recent, this.#now]);
    const token = newToken();
    this.#store.table('web_login_tokens').put({ id: hash(token), user, expiresAt: new Date(this.#now + this.#linkMs).toISOString() });
    return { ok: true, url: `${this.options.publicUrl}/login?t=${token}`, expiresInMinutes: Math.round(this.#linkMs / 60_000) };
  }

  /** The user a login token was issued to, once: the token is gone afterwards, used or expired. */
  consume(token: string): UserKey | null {
    const tokens = this.#store.table('web_login_tokens');
    const row = tokens.get(hash(token));
    if (!row) return null;
    tokens.delete(row.id);
    return Date.parse(row.expiresAt) > this.#now ? row.user : null;
  }

  /** Opens a session; the returned cookie value is never stored. */
  async start(user: UserKey): Promise<{ readonly cookie: string; readonly session: WebSession }> {
    const cookie = newToken();
    const session: WebSession = {
      id: hash(cookie),
      user,
      csrf: newToken(),
      createdAt: new Date(this.#now).toISOString(),
      expiresAt: new Date(this.#now + this.#sessionMs).toISOString(),
    };
    this.#store.table('web_sessions').put(session);
    this.#sweep();
    await this.#store.flush();
    return { cookie, session };
  }

  session(cookie: string | undefined): WebSession | undefined {
    if (!cookie) return undefined;
    const sessions = this.#store.table('web_sessions');
    const session = sessions.get(hash(cookie));
    if (session && Date.parse(session.expiresAt) <= this.#now) {
      sessions.delete(session.id);
      return undefined;
    }
    return session;
  }

  /** A session by its id, while it lasts (the live stream checks before each push). */
  byId(id: string): WebSession | undefined {
    const session = this.#store.table('web_sessions').get(id);
    return session && Date.parse(session.expiresAt) > this.#now ? session : undefined;
  }

  async update(session: WebSession, patch: Pick<WebSession, 'counter' | 'services'>): Promise<WebSession> {
    const updated = { ...session, ...patch };
    this.#store.table('web_sessions').put(updated);
    await this.#store.flush();
    return updated;
  }

  async end(session: WebSession): Promise<void> {
    this.#store.table('web_sessions').delete(session.id);
    await this.#store.flush();
  }

  /** Ends every session of a person (`/staff remove`); returns the ended session ids. */
  endAll(user: UserKey): string[] {
    const sessions = this.#store.table('web_sessions');
    const ended = [...sessions.values()].filter((s) => s.user === user).map((s) => s.id);
    for (const id of ended) sessions.delete(id);
    void this.#store.flush();
    return ended;
  }

  /** Constant-time comparison of the CSRF header with the session's token. */
  static csrfMatches(session: WebSession, header: string | undefined): boolean {
    if (!header) return false;
    const a = Buffer.from(session.csrf);
    const b = Buffer.from(header);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Drops expired tokens and sessions, so the tables stay small. */
  #sweep(): void {
    for (const name of ['web_login_tokens', 'web_sessions'] as const) {
      const table = this.#store.table(name);
      for (const row of [...table.values()]) if (Date.parse(row.expiresAt) <= this.#now) table.delete(row.id);
    }
  }
}
