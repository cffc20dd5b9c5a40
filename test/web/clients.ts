/**
 * What a browser does against the web pages, over plain fetch: a logged-in console's requests
 * (cookie + CSRF token) and an event-stream reader. No engine here: the load bench runs these
 * in a child process, so the server's event loop is measured alone.
 */
export interface Staff {
  readonly cookie: string;
  readonly csrf: string;
  post(action: string, body?: unknown, options?: { csrf?: string | null }): Promise<{ status: number; body: { ok: boolean; message?: string; error?: string; state?: unknown } }>;
  get(path: string): Promise<Response>;
}

/** Exchanges a one-time login token for a session, then reads the CSRF token from the console page. */
export async function loginWithToken(base: string, token: string): Promise<Staff> {
  const response = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ t: token }), redirect: 'manual' });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await (await fetch(`${base}/console`, { headers: { cookie } })).text();
  return staffClient(base, cookie, /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '');
}

export function staffClient(base: string, cookie: string, csrf: string): Staff {
  return {
    cookie,
    csrf,
    get: (path) => fetch(`${base}${path}`, { headers: { cookie } }),
    async post(action, body = {}, options = {}) {
      const token = options.csrf === undefined ? csrf : options.csrf;
      const response = await fetch(`${base}/api/console/${action}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { ok: boolean; message?: string; error?: string } };
    },
  };
}

/** Reads server-sent events one at a time from an open stream. */
export async function openEvents(url: string, cookie = '') {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ event: string; data: unknown; id?: string } | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field('data');
        if (data === undefined) continue;
        return { event: field('event') ?? 'message', data: JSON.parse(data), ...(field('id') ? { id: field('id')! } : {}) };
      }
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return null;
      buffer += chunk.value;
    }
  };
  /** The next event with this name (skipping others), or null when the stream ends. */
  const until = async (event: string) => {
    for (;;) {
      const message = await next();
      if (!message || message.event === event) return message;
    }
  };
  return { status: response.status, next, until, close: () => controller.abort() };
}
