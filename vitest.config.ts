import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic and the content check, no build needed) and `dist` (checks
 * over the built site; `npm run build` first).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/lib/**/*.test.ts',
            'tests/docs/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
    ],
  },
});
