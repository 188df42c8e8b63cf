import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A test with no assertion proves nothing.
    expect: { requireAssertions: true },
    // Reading and checking every content file takes about a second alone, several on a busy
    // machine: a ceiling, not a wait.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
