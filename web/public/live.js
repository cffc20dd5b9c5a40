// Shared by the pages: JSON requests, the live event stream and safe DOM building
// (text only: nothing from the server is ever parsed as HTML).

/** An element with text content and attributes; children appended in order. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/**
 * Subscribes to an event stream. EventSource reconnects by itself (the server sets retry: 2 s);
 * `onStatus` tells the page whether it is live, so it can show "menghubungkan ulang".
 */
export function subscribe(url, handlers, onStatus = () => {}) {
  const source = new EventSource(url);
  source.addEventListener('open', () => onStatus(true));
  source.addEventListener('error', () => onStatus(false));
  for (const [event, handler] of Object.entries(handlers)) {
    source.addEventListener(event, (e) => handler(JSON.parse(e.data), e.lastEventId));
  }
  return source;
}

export async function postJson(url, body, csrf) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify(body ?? {}),
    credentials: 'same-origin',
  });
  const data = await response.json().catch(() => ({ ok: false, message: 'Gagal menghubungi server.' }));
  return { status: response.status, ...data };
}
