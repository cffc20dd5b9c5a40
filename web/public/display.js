// The hall TV: numbers at each counter, the last five calls, who is next, a clock and the
// announcement ticker. A new call flashes and is spoken (chime, then id-ID speech), one at a time.
import { el, subscribe } from './live.js';
import { spokenCall } from './speech.js';

const $ = (id) => document.getElementById(id);
let timeZone = 'Asia/Jakarta';
const pending = [];
let speaking = false;

function render(state) {
  timeZone = state.timeZone;
  $('mpp').textContent = state.mpp;
  $('counters').replaceChildren(
    ...(state.counters.length ? state.counters.map((c) => el('li', {}, el('span', { class: 'label', text: c.label }), el('span', { class: 'counter', text: c.counter }))) : [el('li', { class: 'muted', text: 'Belum ada panggilan' })]),
  );
  $('recent').replaceChildren(...state.recent.map((c) => el('li', {}, el('span', { class: 'label', text: c.label }), el('span', { class: 'counter', text: c.counter }))));
  $('next').replaceChildren(...state.next.map((n) => el('li', {}, el('span', { class: 'service', text: n.service }), el('span', { class: 'labels', text: n.labels.join('  ') }))));
  $('ticker-text').textContent = state.announcement ?? `Selamat datang di ${state.mpp}. Siapkan dokumen Anda sebelum dipanggil.`;
}

function tick() {
  const now = new Date();
  $('clock').textContent = new Intl.DateTimeFormat('id-ID', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(now);
  $('date').textContent = new Intl.DateTimeFormat('id-ID', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now);
}

/** A two-note chime through Web Audio (no sound file to ship). */
function chime() {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((freq, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.3, audio.currentTime + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + i * 0.35);
      osc.stop(audio.currentTime + i * 0.35 + 0.6);
    });
  } catch {
    // No audio device: the flash still shows the call.
  }
}

function speak(text) {
  return new Promise((resolve) => {
    if (!('speechSynthesis' in window)) return resolve();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'id-ID';
    utterance.rate = 0.9;
    const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith('id'));
    if (voice) utterance.voice = voice;
    utterance.onend = utterance.onerror = () => resolve();
    // A speech engine that never answers must not block the next call.
    setTimeout(resolve, 8000);
    speechSynthesis.speak(utterance);
  });
}

async function announceNext() {
  if (speaking) return;
  const call = pending.shift();
  if (!call) return;
  speaking = true;
  const text = spokenCall(call.label, call.counter);
  document.body.dataset.lastSpoken = text;
  $('flash-label').textContent = call.label;
  $('flash-counter').textContent = call.counter;
  $('flash').hidden = false;
  chime();
  await new Promise((r) => setTimeout(r, 900));
  await speak(text);
  await new Promise((r) => setTimeout(r, 1500));
  $('flash').hidden = true;
  speaking = false;
  announceNext();
}

let lastId = 0;
function onCall(call, id) {
  const log = (document.body.dataset.calls ?? '').split(' ').filter(Boolean);
  document.body.dataset.calls = [...log.slice(-49), call.label].join(' ');
  lastId = Number(id) || lastId;
  pending.push(call);
  announceNext();
}

fetch('/api/display/state').then((r) => r.json()).then(render).catch(() => {});
subscribe('/api/display/events', { state: render, call: onCall }, (live) => {
  $('connection').className = live ? 'ok' : 'down';
  $('connection').textContent = live ? '' : 'Menghubungkan ulang…';
});
tick();
setInterval(tick, 1000);
