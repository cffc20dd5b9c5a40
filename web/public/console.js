// The counter console: one click per citizen (Panggil berikutnya finishes the one at the
// counter), keyboard shortcuts, live queue. Everything from the server goes in as text.
import { el, postJson, subscribe } from './live.js';

const $ = (id) => document.getElementById(id);
const csrf = document.querySelector('meta[name="csrf-token"]').content;
let state = null;

function option(value, text) {
  return el('option', { value, text });
}

function renderSetup(s) {
  if (document.activeElement !== $('counter')) $('counter').value = s.counter ?? '';
  $('service-choices').replaceChildren(
    el('legend', { text: 'Layanan yang dipanggil di loket ini' }),
    ...s.services.map((svc) => {
      const box = el('input', { type: 'checkbox', value: svc.id, name: 'service' });
      box.checked = svc.chosen;
      return el('label', { class: 'choice' }, box, ` ${svc.name}`);
    }),
  );
  const chosen = s.services.filter((svc) => svc.chosen);
  $('walkin-service').replaceChildren(...(chosen.length ? chosen : s.services).map((svc) => option(svc.id, svc.name)));
  $('transfer-service').replaceChildren(option('', '(layanan sama)'), ...s.transferTargets.map((svc) => option(svc.id, svc.name)));
}

function renderCurrent(c) {
  if (!c) {
    $('current').replaceChildren(el('p', { class: 'muted', text: 'Belum ada nomor dipanggil.' }));
    return;
  }
  const facts = [
    `${c.service} · ${c.variant}`,
    c.walkIn ? 'Walk-in' : `Kode booking ${c.code} · jadwal ${c.time}`,
    c.checkedIn ? 'Sudah check-in' : 'Belum check-in',
  ];
  $('current').replaceChildren(
    el('div', { class: 'now-label', id: 'current-label', text: c.label }),
    el('div', { class: 'now-name', id: 'current-name', text: c.name }),
    el('ul', { class: 'facts' }, ...facts.map((f) => el('li', { text: f }))),
    el('h3', { text: 'Periksa dokumen' }),
    el('ul', { class: 'checklist' }, ...c.checklist.map((item) => el('li', {}, el('input', { type: 'checkbox' }), ` ${item}`))),
  );
}

function renderWaiting(list, count) {
  $('waiting-count').textContent = `(${count})`;
  $('waiting').tBodies[0].replaceChildren(
    ...list.map((w) =>
      el(
        'tr',
        { class: w.absent ? 'absent' : '' },
        el('td', { class: 'label', text: w.label }),
        el('td', { class: 'name', text: w.name }),
        el('td', { text: w.service }),
        el('td', { text: w.walkIn ? `walk-in ${w.time}` : w.time }),
        el('td', { text: w.absent ? 'tidak hadir' : w.checkedIn ? 'ya' : '—' }),
        el('td', { text: w.absent ? '' : `± ${w.waitMinutes} menit${w.reservedFor ? ` · ${w.reservedFor}` : ''}` }),
      ),
    ),
  );
}

function render(s) {
  state = s;
  $('who').textContent = `· ${s.user}`;
  $('counter-name').textContent = s.counterName ? `— ${s.counterName}` : '';
  document.body.dataset.ready = s.counter && s.services.some((svc) => svc.chosen) ? 'yes' : 'no';
  renderSetup(s);
  renderCurrent(s.current);
  renderWaiting(s.waiting, s.waitingCount);
  $('btn-next').firstChild.textContent = s.current ? 'Selesai & panggil berikutnya ' : 'Panggil berikutnya ';
  for (const id of ['btn-recall', 'btn-skip', 'btn-done', 'btn-transfer']) $(id).disabled = !s.current;
}

async function send(action, body) {
  const result = await postJson(`/api/console/${action}`, body, csrf);
  $('status').textContent = result.message ?? '';
  $('status').className = result.ok ? 'ok' : 'error';
  if (result.state) render(result.state);
  if (result.status === 401) location.reload();
  return result;
}

$('save-setup').addEventListener('click', () => {
  const services = [...document.querySelectorAll('#service-choices input:checked')].map((b) => b.value);
  send('setup', { counter: $('counter').value.trim(), services });
});
$('btn-next').addEventListener('click', () => send('next'));
$('btn-recall').addEventListener('click', () => send('recall'));
$('btn-skip').addEventListener('click', () => send('skip'));
$('btn-done').addEventListener('click', () => send('done'));
$('btn-walkin').addEventListener('click', () => {
  $('walkin-form').hidden = !$('walkin-form').hidden;
  if (!$('walkin-form').hidden) $('walkin-name').focus();
});
$('btn-transfer').addEventListener('click', () => ($('transfer-form').hidden = !$('transfer-form').hidden));
$('walkin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const result = await send('walkin', { service: $('walkin-service').value, name: $('walkin-name').value });
  if (result.ok) {
    $('walkin-name').value = '';
    $('walkin-name').blur();
    $('walkin-form').hidden = true;
  }
});
$('transfer-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const result = await send('transfer', { service: $('transfer-service').value, counter: $('transfer-counter').value.trim() });
  if (result.ok) {
    document.activeElement?.blur();
    $('transfer-form').hidden = true;
  }
});
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName)) return;
  const button = document.querySelector(`.actions button[data-key="${e.key.toUpperCase()}"]`);
  if (button && !button.disabled) {
    e.preventDefault();
    button.click();
  }
});

fetch('/api/console/state', { credentials: 'same-origin' })
  .then((r) => (r.status === 401 ? location.reload() : r.json()))
  .then((s) => s && render(s))
  .catch(() => {});
subscribe('/api/console/events', { state: render, ended: () => location.reload() });
export { state };
