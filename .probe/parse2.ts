import fs from 'node:fs';
const t2 = fs.readFileSync('/tmp/storebench/seed-v2/snapshot.json', 'utf8');
const t3 = fs.readFileSync('/tmp/storebench/seed/snapshot.json', 'utf8');
const start = t3.indexOf('\n', t3.indexOf('\n') + 1) + 1;
const body = t3.slice(start);
const variants: Record<string, () => unknown> = {
  v2: () => JSON.parse(t2),
  whole: () => JSON.parse(`[${body.slice(0, -1).replaceAll('\n', ',')}]`),
  chunk1m: () => { const out: unknown[] = []; let s = 0; while (s < body.length) { const e = body.indexOf('\n', Math.min(s + (1 << 20), body.length - 1)) + 1; const a = JSON.parse(`[${body.slice(s, e - 1).replaceAll('\n', ',')}]`) as unknown[]; for (const x of a) out.push(x); s = e; } return out; },
  chunk1mNoPush: () => { const out: unknown[][] = []; let s = 0; while (s < body.length) { const e = body.indexOf('\n', Math.min(s + (1 << 20), body.length - 1)) + 1; out.push(JSON.parse(`[${body.slice(s, e - 1).replaceAll('\n', ',')}]`) as unknown[]); s = e; } return out.flat(); },
};
const r: Record<string, number[]> = {};
for (let i = 0; i < 5; i++) for (const [k, f] of Object.entries(variants)) { globalThis.gc?.(); const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); (r[k] ??= []).push(Math.round((u.user + u.system) / 1000)); }
console.log(r);
