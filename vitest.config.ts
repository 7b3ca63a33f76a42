import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          // One line when the seeds are absent; a run count and time budget for properties.
          globalSetup: ['test/seeds-note.ts'],
          setupFiles: ['test/property-budget.ts', 'test/english.ts'],
          include: [
            'test/core/**/*.test.ts',
            'test/adapters/**/*.test.ts',
            'test/report/**/*.test.ts',
          ],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'happy-dom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/english.ts', 'test/react/setup.ts'],
        },
      },
      // The stories run in Chromium once, from the static build: scripts/static-stories.mjs
      // (`npm run test:browser`), not as a Vitest project.
    ],
  },
});
