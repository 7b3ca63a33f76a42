/**
 * A Vite plugin that serves `uc-error-kit:english`: the English of
 * locales/en/uc-error-kit.json with the sentence keys left out.
 *
 * Why: the keys say what a sentence means, which translators need, but they cost a third of
 * the file's gzip size, and the catalogs in the core already hold every one of them. So the
 * bundle lists the sentences in the order the catalogs give (englishKeyOrder) and the core
 * puts the keys back. The build fails if the file holds a key that order does not know.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { englishKeyOrder } from '../src/core/english-order';

const ID = 'uc-error-kit:english';
const RESOLVED = `\0${ID}`;
const FILE = fileURLToPath(new URL('../locales/en/uc-error-kit.json', import.meta.url));

/** Serves the bundled English to `src/core/english.ts`. */
export function englishWords(): Plugin {
  return {
    name: 'uc-error-kit:english',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(FILE);
      const en: Record<string, string> = JSON.parse(readFileSync(FILE, 'utf8'));
      const order = englishKeyOrder();
      const ui = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('ui.')));
      const known = new Set([...order, ...Object.keys(ui)]);
      const stray = Object.keys(en).filter((key) => !known.has(key));
      const missing = order.filter((key) => en[key] === undefined);
      if (stray.length > 0 || missing.length > 0) {
        throw new Error(
          `locales/en/uc-error-kit.json does not match the catalogs: ${[
            ...stray.map((k) => `${k} is used by no catalog`),
            ...missing.map((k) => `${k} is missing`),
          ].join('; ')}`,
        );
      }
      const values = order.map((key) => en[key]);
      return `export default ${JSON.stringify({ values, ui })};`;
    },
  };
}
