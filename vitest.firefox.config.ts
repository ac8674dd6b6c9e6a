import { defineConfig } from 'vitest/config';

/** The built Firefox add-on in Debian's Firefox ESR (see tests/firefox). */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
