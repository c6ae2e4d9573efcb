import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Crawler and pipeline tests start local servers; keep them from starving each other on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
