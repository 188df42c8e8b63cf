/**
 * Before the browser tests: make sure there is a Chromium. As root on Debian, install Debian's
 * `chromium` package (saying so); anywhere else, stop with one line saying what to install.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';

const found = findChromium();
if (found) {
  console.log(`browser tests: using Chromium at ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('browser tests: no Chromium found; installing Debian\'s "chromium" package (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
  const installed = findChromium();
  if (installed) {
    console.log(`browser tests: using Chromium at ${installed}`);
    process.exit(0);
  }
}
console.error('browser tests need Chromium: install your system\'s "chromium" package, or run "npx playwright install chromium".');
process.exit(1);
