import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in a real Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser under load: give polled conditions a few seconds.
    expect: { poll: { timeout: 5_000 } },
  },
});
