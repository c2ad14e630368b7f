import { defineConfig } from 'vitest/config';

// Fixed zone and locale so formatted dates and numbers, and so the snapshots, are the same everywhere.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
