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

/** Voices load asynchronously; wait briefly for them once. None at all (no speech engine): stay silent. */
function voices() {
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices()), { once: true });
    setTimeout(() => resolve(speechSynthesis.getVoices()), 1000);
  });
}

async function speak(text) {
  if (!('speechSynthesis' in window)) return;
  const available = await voices();
  if (available.length === 0) return;
  await new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'id-ID';
    utterance.rate = 0.9;
    const voice = available.find((v) => v.lang.replace('_', '-').startsWith('id'));
    if (voice) utterance.voice = voice;
    utterance.onend = utterance.onerror = () => resolve();
    // A speech engine that never answers must not block the next call.
    setTimeout(resolve, 8000);
    try {
      speechSynthesis.speak(utterance);
    } catch {
      resolve();
    }
  });
}

async function announceNext() {
  if (speaking) return;
  const call = pending.shift();
  if (!call) return;
  speaking = true;
  const text = spokenCall(call.label, call.counter);
  // What was said, newest last: lets a test (or a technician) see that no call was dropped.
  document.body.dataset.spoken = [...(document.body.dataset.spoken ?? '').split('|').filter(Boolean).slice(-19), text].join('|');
  $('flash-label').textContent = call.label;
  $('flash-counter').textContent = call.counter;
  $('flash').hidden = false;
  try {
    chime();
    await new Promise((r) => setTimeout(r, 900));
    await speak(text);
    await new Promise((r) => setTimeout(r, 1500));
  } finally {
    $('flash').hidden = true;
    speaking = false;
    announceNext();
  }
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
