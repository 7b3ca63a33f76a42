// The SIP adapter and error report tests, until the root config's `core` project includes
// test/adapters and test/report: `npx vitest run -c test/adapters/vitest.config.ts`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { englishWords } from '../../scripts/vite-english';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  plugins: [englishWords()],
  test: {
    name: 'sip',
    environment: 'node',
    include: ['test/adapters/**/*.test.ts', 'test/report/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
