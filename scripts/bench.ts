/**
 * Lab benchmarks against the built site (run `npm run bench`; it builds first). Lighthouse with
 * its default mobile settings (simulated slow 4G, 4x CPU slow-down) on the home and lesson pages:
 * the four category scores and LCP, TBT and CLS. Figures go in notes, not in timed tests.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './serve.ts';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.ts';

const PORT = 4400;
const pages = ['/en/', '/en/lessons/posting-kindly-ks2/', '/cy/lessons/posting-kindly-ks2/', '/en/pupils/'];

const chromePath = findChromium();
if (!chromePath) {
  console.error('bench needs Chromium: install your system\'s "chromium" package.');
  process.exit(1);
}

const server = await startServer('dist', PORT, '127.0.0.1');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const rows: string[][] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => (categories[id]?.score ?? 0).toFixed(2);
    rows.push([
      path,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      `${Math.round(audits['largest-contentful-paint']?.numericValue ?? 0)} ms`,
      `${Math.round(audits['total-blocking-time']?.numericValue ?? 0)} ms`,
      (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
    ]);
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log('Lighthouse (mobile, simulated throttling)');
console.log(line(header));
for (const row of rows) console.log(line(row));
