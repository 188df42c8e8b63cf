import { chromium } from 'playwright-core';
const game = process.argv[2] ?? 'age-gate';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ serviceWorkers: 'block', viewport: { width: 1100, height: 900 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.addInitScript(() => localStorage.setItem('terrific-tom.player', JSON.stringify({kind:'guest'})));
await p.goto(`http://localhost:4400/en/games/${game}/`);
await p.click('[data-level=ks2]');
await p.click('[data-start]');
await p.waitForSelector('.game-box[data-phase="choosing"]');
await p.waitForTimeout(2000);
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc', 'gpu'] });
for (let i = 0; i < 6; i += 1) { await p.keyboard.press(i % 2 === 0 ? '1' : 'Enter'); await p.waitForTimeout(400); }
const buf = await b.stopTracing();
const { traceEvents } = JSON.parse(buf.toString());
const main = traceEvents.filter(e => e.ph === 'X' && e.dur);
// main thread of renderer: thread with most 'FunctionCall'
const tids = new Map(); for (const e of main) if (e.name === 'RunTask') tids.set(`${e.pid}:${e.tid}`, (tids.get(`${e.pid}:${e.tid}`)??0)+e.dur);
console.log([...tids].sort((a,b)=>b[1]-a[1]).slice(0,5));
const byThread = new Map();
for (const e of main) { const k = `${e.pid}:${e.tid}`; const m = byThread.get(k) ?? new Map(); m.set(e.name, (m.get(e.name)??0)+e.dur); byThread.set(k, m); }
for (const [k] of [...tids].sort((a,b)=>b[1]-a[1]).slice(0,3)) {
  const m = byThread.get(k);
  console.log('thread', k, [...m].sort((a,b)=>b[1]-a[1]).slice(0,18).map(([n,d])=>`${n}=${(d/1000).toFixed(0)}`).join(' '));
}
// long tasks on main
const [mk] = [...tids].sort((a,b)=>b[1]-a[1])[0];
const tasks = main.filter(e => `${e.pid}:${e.tid}` === mk && e.name === 'RunTask' && e.dur > 12000);
for (const t of tasks) {
  const inside = main.filter(e => `${e.pid}:${e.tid}` === mk && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
  const agg = new Map(); for (const e of inside) agg.set(e.name, (agg.get(e.name)??0)+e.dur);
  console.log('task', (t.dur/1000).toFixed(1), [...agg].sort((a,b)=>b[1]-a[1]).slice(0,8).map(([n,d])=>`${n}=${(d/1000).toFixed(1)}`).join(' '));
}
await b.close();
