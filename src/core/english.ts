/**
 * The bundled English, as a key -> sentence table built on first use.
 */
// A virtual module made by scripts/vite-english.ts from locales/en/uc-error-kit.json: the
// sentences in englishKeyOrder(), without their keys, and the `ui.*` words as they are.
import words from 'uc-error-kit:english';
import { englishKeyOrder } from './english-order';

let table: Readonly<Record<string, string>> | undefined;

/** Every English word of the kit by key, as in locales/en/uc-error-kit.json. */
function englishWords(): Readonly<Record<string, string>> {
  if (!table) {
    const out: Record<string, string> = Object.create(null);
    englishKeyOrder().forEach((key, i) => {
      out[key] = words.values[i] as string;
    });
    table = Object.assign(out, words.ui);
  }
  return table;
}

export { englishWords };
