import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A test with no assertion proves nothing.
    expect: { requireAssertions: true },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
