/**
 * Every sentence of every language, rendered as a person reads it: with a name, and with
 * none. With no name, each language shows its own no-name sentence, never a neutral word
 * dropped into the slot a translator built for a name (where Finnish, Estonian, Latvian,
 * Lithuanian, Turkish, Polish, Czech and Hungarian put a case-marked noun before it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  type BaseResolution,
  formatResolution,
  LANGUAGES,
  loadLanguage,
  stripIsolates,
} from '../../src/core/index';

// Every sentence, Office Communicator 2007's too (they load with its catalog).
await msOcer.load({ catalog: 'ocs2007' });

const root = resolve(import.meta.dirname, '../..');
const read = (lng: string) =>
  JSON.parse(
    readFileSync(join(root, 'locales', lng, `${msOcer.namespace}.json`), 'utf8'),
  ) as Record<string, string>;
const english = read('en');
const NAMED = /\{\{\s*(userName|clientName|productName|applicationName)\s*\}\}/;
const named = Object.keys(english).filter(
  (k) => !k.endsWith('_noName') && NAMED.test(english[k] as string),
);
const VALUES = {
  userName: 'Avery Chen',
  clientName: 'Contoso Phone',
  productName: 'Contoso Phone',
  applicationName: 'Contoso Whiteboard',
};

/** A resolution that shows `key` alone, as the family would for a row using it. */
function showing(key: string): BaseResolution {
  return {
    family: msOcer.id,
    handled: true,
    unhandledReason: undefined,
    code: 1008,
    summaryKey: key,
    detailsKey: undefined,
    values: { errorId: '1008' },
    placement: 'notification-bar',
    behaviour: undefined,
    intent: 'error',
    show: true,
    facts: [],
    sameKey: key,
    problems: [],
  };
}

/** Two equal words in a row ("contact contact", "için için"): a slot filled twice. */
function doubled(text: string): string | undefined {
  const words = stripIsolates(text)
    .toLocaleLowerCase()
    .split(/[\s,.;:!?()]+/u)
    .filter(Boolean);
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1]) return words[i];
  return undefined;
}

describe('every language with and without a name', () => {
  it('has sentences with a name to check', () => {
    expect(named.length).toBeGreaterThan(80);
  });

  for (const lng of LANGUAGES) {
    it(`${lng}: shows the name where given, and its own no-name sentence where not`, async () => {
      await loadLanguage(lng, [msOcer]);
      const words = read(lng);
      for (const key of named) {
        const r = showing(key);
        const withName = formatResolution(msOcer, r as never, { lng, values: VALUES });
        const without = formatResolution(msOcer, r as never, { lng });
        for (const text of [withName.summary, without.summary]) {
          expect(text, `${lng} ${key}`).not.toMatch(/\{\{|\}\}/);
          expect(doubled(text), `${lng} ${key}: ${text}`).toBeUndefined();
        }
        expect(withName.summaryLanguage.lang, `${lng} ${key}`).toBe(lng);
        expect(stripIsolates(withName.summary)).toMatch(/Avery Chen|Contoso/);
        // No name: the language's own no-name sentence, whole, never a fallback word.
        const noName = words[`${key}_noName`];
        expect(noName, `${lng} ${key}_noName`).toBeTypeOf('string');
        expect(stripIsolates(without.summary), `${lng} ${key}`).toBe(
          (noName as string).replace('{{errorId}}', '1008'),
        );
      }
    });
  }

  it('covers every language folder', () => {
    const folders = readdirSync(join(root, 'locales'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect([...LANGUAGES].sort()).toEqual(folders);
  });
});
