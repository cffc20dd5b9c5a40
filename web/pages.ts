/**
 * The HTML shells of the pages. Each is static apart from a few escaped values; the scripts in
 * web/public/ fill them from JSON and SSE using `textContent` only, so a name with HTML in it
 * stays text. The Content-Security-Policy (server.ts) allows scripts from this server only.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

function page(title: string, body: string, options: { script?: string; csrf?: string; extraScripts?: string[]; bodyClass?: string } = {}): string {
  const classic = (options.extraScripts ?? []).map((src) => `<script src="/assets/${escapeHtml(src)}"></script>`);
  const module = options.script ? [`<script type="module" src="/assets/${escapeHtml(options.script)}"></script>`] : [];
  const scripts = [...classic, ...module].join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.csrf ? `<meta name="csrf-token" content="${escapeHtml(options.csrf)}">` : ''}
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/style.css">
${scripts}
</head>
<body class="${escapeHtml(options.bodyClass ?? '')}">
${body}
</body>
</html>`;
}

export function loginPage(mpp: string, token: string): string {
  // A button, not an automatic login: chat apps open links to build previews, which must not use up the token.
  return page(`Masuk — ${mpp}`, `<main class="narrow">
<h1>${escapeHtml(mpp)}</h1>
<p>Masuk ke konsol petugas dengan tautan sekali pakai ini.</p>
<form method="post" action="/login"><input type="hidden" name="t" value="${escapeHtml(token)}"><button id="masuk" class="big" type="submit">Masuk</button></form>
</main>`);
}

export function messagePage(title: string, text: string, status = ''): string {
  return page(title, `<main class="narrow"><h1>${escapeHtml(title)}</h1><p id="message" data-status="${escapeHtml(status)}">${escapeHtml(text)}</p></main>`);
}

export const NEED_LINK = 'Ketik /console di chat petugas Layani (atau jalankan npm run staff -- console) untuk mendapat tautan masuk baru.';

export function consolePage(mpp: string, csrf: string): string {
  return page(`Konsol loket — ${mpp}`, `<header class="bar"><strong>${escapeHtml(mpp)}</strong> · Konsol loket <span id="who"></span>
<form id="logout" method="post" action="/logout"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}"><button type="submit">Keluar</button></form></header>
<main class="console">
<section id="setup" class="card"><h2>Loket dan layanan</h2>
<label>Nomor loket <input id="counter" inputmode="numeric" maxlength="3" pattern="[0-9]{1,3}" required></label>
<fieldset id="service-choices"><legend>Layanan yang dipanggil di loket ini</legend></fieldset>
<button id="save-setup" class="big">Simpan</button></section>
<section id="serving" class="card"><h2>Sedang dilayani <span id="counter-name"></span></h2><div id="current" class="current"><p class="muted">Belum ada nomor dipanggil.</p></div>
<div class="actions">
<button id="btn-next" class="big primary" data-key="N" title="N">Panggil berikutnya <kbd>N</kbd></button>
<button id="btn-recall" class="big" data-key="U" title="U">Panggil ulang <kbd>U</kbd></button>
<button id="btn-skip" class="big" data-key="T" title="T">Tidak hadir <kbd>T</kbd></button>
<button id="btn-done" class="big" data-key="S" title="S">Selesai <kbd>S</kbd></button>
<button id="btn-walkin" class="big" data-key="W" title="W">Walk-in <kbd>W</kbd></button>
<button id="btn-transfer" class="big" data-key="A" title="A">Alihkan <kbd>A</kbd></button>
</div>
<form id="walkin-form" class="inline" hidden><select id="walkin-service"></select><input id="walkin-name" maxlength="60" placeholder="Nama (opsional)"><button type="submit">Beri nomor</button></form>
<form id="transfer-form" class="inline" hidden><select id="transfer-service"></select><input id="transfer-counter" inputmode="numeric" maxlength="3" placeholder="Loket (opsional)"><button type="submit">Alihkan</button></form>
<p id="status" role="status" aria-live="polite"></p></section>
<section class="card"><h2>Menunggu <span id="waiting-count"></span></h2><table id="waiting"><thead><tr><th>Nomor</th><th>Nama</th><th>Layanan</th><th>Jadwal</th><th>Hadir</th><th>Perkiraan</th></tr></thead><tbody></tbody></table></section>
</main>`, { script: 'console.js', csrf, bodyClass: 'console-page' });
}

export function displayPage(mpp: string): string {
  return page(`Layar antrean — ${mpp}`, `<div class="display">
<header><span id="mpp">${escapeHtml(mpp)}</span><span id="date"></span><span id="clock"></span></header>
<section id="flash" class="flash" hidden><div id="flash-label"></div><div id="flash-counter"></div></section>
<main><section class="now"><h2>Sedang dilayani</h2><ul id="counters"></ul></section>
<section class="recent"><h2>Panggilan terakhir</h2><ol id="recent"></ol></section>
<section class="next"><h2>Berikutnya</h2><ul id="next"></ul></section></main>
<footer><div id="ticker" class="ticker"><span id="ticker-text"></span></div><span id="connection" class="ok"></span></footer>
</div>`, { script: 'display.js', bodyClass: 'display-page' });
}

export function dashboardPage(mpp: string, csrf: string): string {
  return page(`Dasbor — ${mpp}`, `<header class="bar"><strong>${escapeHtml(mpp)}</strong> · Dasbor kepala MPP
<form method="get" id="filters"><label>Tanggal <input type="date" name="date" id="date"></label> <label>Periode IKM <input name="period" id="period" placeholder="bulan ini"></label> <button type="submit">Tampilkan</button></form>
<form id="logout" method="post" action="/logout"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}"><button type="submit">Keluar</button></form></header>
<main class="dashboard">
<section class="card wide"><h2>Per jam</h2><canvas id="hours-chart" height="90"></canvas></section>
<div id="tables"></div>
</main>`, { script: 'dashboard.js', extraScripts: ['chart.umd.min.js'], csrf, bodyClass: 'dashboard-page' });
}
