import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Site components rendered through Astro's container API: needs Astro's Vite config (tests/site/).
      './vitest.site.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
