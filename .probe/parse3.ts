import fs from 'node:fs';
const t2 = fs.readFileSync('/tmp/storebench/seed-v2/snapshot.json', 'utf8');
const t3 = fs.readFileSync('/tmp/storebench/seed/snapshot.json', 'utf8');
const start = t3.indexOf('\n', t3.indexOf('\n') + 1) + 1;
const flat = `[${t3.slice(start, -1).replaceAll('\n', ',')}]`;
void flat.charCodeAt(5);
const rowsOf2 = t2.slice(t2.indexOf('"bookings":[') + 11, -2);
const variants: Record<string, () => unknown> = {
  v2: () => JSON.parse(t2),
  v2rows: () => JSON.parse(rowsOf2),
  flatPrebuilt: () => JSON.parse(flat),
};
const r: Record<string, number[]> = {};
for (let i = 0; i < 5; i++) for (const [k, f] of Object.entries(variants)) { globalThis.gc?.(); const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); (r[k] ??= []).push(Math.round((u.user + u.system) / 1000)); }
console.log(r, rowsOf2.slice(0, 30), rowsOf2.slice(-30));
const a = JSON.parse(rowsOf2)[5], b = JSON.parse(flat)[5]; console.log(JSON.stringify(a) === JSON.stringify(b), JSON.stringify(a).length);
