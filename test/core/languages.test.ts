import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  directionOf,
  formatError,
  isLanguageLoaded,
  LANGUAGES,
  loadLanguage,
  resolveLanguage,
} from '../../src/core/index';

const HOSTILE_TAGS: unknown[] = [
  'en_US',
  'pt_BR',
  'zh_Hans_CN',
  'de_DE.UTF-8',
  'de@euro',
  'en-',
  '-',
  '*',
  '',
  ' ',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'tostring',
  'de-!!',
  '\u0000',
  '\u202ede',
  '../../package',
  0,
  42,
  Number.NaN,
  -1,
  10n,
  true,
  null,
  undefined,
  {},
  [],
  ['de'],
  { toString: () => 'de' },
  Symbol('de'),
  () => 'de',
  Object.create(null),
];

describe('resolveLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['de', 'de'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb-NO', 'nb'],
    ['sr', 'sr-Latn'],
    ['sr-Cyrl', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['en_US', 'en'],
    ['pt_BR', 'pt-BR'],
    ['zh_Hans_CN', 'zh-CN'],
    ['DE-at', 'de'],
    ['de_DE.UTF-8', 'de'],
    ['en-', 'en'],
    ['de-', 'de'],
    ['xx', 'en'],
    ['*', 'en'],
    ['', 'en'],
  ])('reads %j as %s', (tag, language) => {
    expect(resolveLanguage(tag)).toBe(language);
  });

  it('gives one of its languages for any value, never an exception', () => {
    for (const tag of HOSTILE_TAGS) {
      expect(LANGUAGES, String(typeof tag)).toContain(resolveLanguage(tag));
      expect(['ltr', 'rtl']).toContain(directionOf(tag));
    }
  });

  it('gives one of its languages for any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (tag) => {
        expect(LANGUAGES).toContain(resolveLanguage(tag));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same language for a tag asked twice, whatever was asked between (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('de-AT', 'pt', 'zh-HK', 'no'),
        fc.array(fc.string()),
        (tag, others) => {
          const first = resolveLanguage(tag);
          for (const other of others) resolveLanguage(other);
          expect(resolveLanguage(tag)).toBe(first);
        },
      ),
    );
  });

  it('marks Arabic and Hebrew right to left, and the rest left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
    expect(directionOf('iw')).toBe('rtl');
    expect(directionOf('ar-XB')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
    expect(directionOf('zh-TW')).toBe('ltr');
  });
});

describe('any language tag, through the words', () => {
  it('formats with any tag, in English when the kit lacks the language', () => {
    for (const lng of HOSTILE_TAGS) {
      const f = formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { lng: lng as string });
      expect(typeof f.summary).toBe('string');
      expect(LANGUAGES).toContain(f.language);
    }
  });

  it('formats with any host language, never an exception', () => {
    for (const language of HOSTILE_TAGS) {
      const i18n = { language: language as string, getResourceBundle: () => undefined };
      expect(formatError(msOcer, {}, { mode: 'Other' }, { i18n }).summary).toBe(
        'An error occurred.',
      );
    }
  });

  it('loads with any tag, resolving to a language, never rejecting', async () => {
    for (const lng of HOSTILE_TAGS) {
      const language = await loadLanguage(lng, [msOcer]);
      expect(LANGUAGES).toContain(language);
      expect(isLanguageLoaded(lng, [msOcer])).toBe(true);
    }
  });
});
