import { chromium } from '@playwright/test';
const [,, url, out, w = '1024', h = '768', action = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.waitForTimeout(800);
for (const step of action.split(';').filter(Boolean)) {
  if (step.startsWith('click:')) { await page.locator(step.slice(6)).first().click(); await page.waitForTimeout(400); }
  if (step.startsWith('goto:')) { await page.goto(step.slice(5)); await page.waitForTimeout(900); }
  if (step === 'print') { await page.emulateMedia({ media: 'print' }); await page.waitForTimeout(300); }
  if (step.startsWith('eval:')) { await page.evaluate(step.slice(5)); await page.waitForTimeout(300); }
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
