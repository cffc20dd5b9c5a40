// The MPP head's dashboard: the day's figures per service, a by-hour chart (Chart.js, served by
// this server), open complaints, IKM per service, the most frequent unrecognised questions
// (masked, from the learning table), each table with its CSV export.
import { el } from './live.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let chart = null;

const SECTIONS = [
  ['services', 'Layanan hari ini'],
  ['hours', 'Per jam'],
  ['complaints', 'Pengaduan terbuka'],
  ['ikm', 'Indeks Kepuasan Masyarakat'],
  ['misses', 'Pertanyaan yang paling sering tidak dikenali'],
]; // order of the sections; each title comes with its data

function table(key, data, query) {
  const csv = el('a', { href: `/dashboard/csv/${key}?${query}`, class: 'csv', id: `csv-${key}`, text: 'Unduh CSV' });
  const body = data.rows.length
    ? el('table', { id: `table-${key}` }, el('thead', {}, el('tr', {}, ...data.columns.map((c) => el('th', { text: c })))), el('tbody', {}, ...data.rows.map((r) => el('tr', {}, ...r.map((v) => el('td', { text: v === null ? '—' : String(v) }))))))
    : el('p', { class: 'muted', id: `table-${key}`, text: 'Tidak ada data.' });
  return el('section', { class: 'card', id: `section-${key}` }, el('h2', { text: data.title }), body, csv);
}

function drawChart(hours) {
  const labels = hours.rows.map((r) => r[0]);
  const series = [1, 2, 3].map((i, n) => ({ label: hours.columns[i], data: hours.rows.map((r) => r[i]), backgroundColor: ['#94a3b8', '#2563eb', '#16a34a'][n] }));
  if (chart) chart.destroy();
  if (!window.Chart) return;
  chart = new window.Chart($('hours-chart'), { type: 'bar', data: { labels, datasets: series }, options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
}

async function load() {
  const query = new URLSearchParams();
  if (params.get('date')) query.set('date', params.get('date'));
  if (params.get('period')) query.set('period', params.get('period'));
  const response = await fetch(`/api/dashboard?${query}`, { credentials: 'same-origin' });
  if (!response.ok) {
    $('tables').replaceChildren(el('p', { class: 'error', text: response.status === 401 ? 'Perlu masuk sebagai admin.' : 'Tanggal atau periode tidak dikenal.' }));
    return;
  }
  const data = await response.json();
  $('date').value = data.date;
  $('period').value = params.get('period') ?? '';
  query.set('date', data.date);
  $('tables').replaceChildren(...SECTIONS.map(([key]) => table(key, data[key], query.toString())));
  drawChart(data.hours);
  document.body.dataset.loaded = 'yes';
}

load();
