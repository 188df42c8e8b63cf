import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.ts';

/** The port the built site is served on for the tests; choose another to run two checkouts at once. */
const PORT = Number(process.env.E2E_PORT ?? 4322);
const executablePath = findChromium();

/** End-to-end tests against the real built site (dist/), served as a school would serve it. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  // One retry in CI, and a test that passes only on retry is reported as flaky, not hidden. (The
  // game keys that once advanced twice were Phaser's key queue: games/shared/turn-scene.ts.)
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Tests wait for what a pupil or teacher would see, never for a fixed time. The ceilings are
  // generous so a busy machine (two checkouts testing at once on two cores) is slow, not red.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/serve.ts',
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
