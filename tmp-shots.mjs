import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4500';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots = JSON.parse(process.argv[2]);
for (const [name, path, w, h, action] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  if (action) await eval(action);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
