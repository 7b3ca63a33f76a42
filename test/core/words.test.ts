import i18next, { type i18n as I18n } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import msOcerEnglish from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { msOcer } from '../../src/core/families/ms-ocer/index';
import type { WarningCode } from '../../src/core/index';
import { formatError, stripIsolates } from '../../src/core/index';
import { resetWarnings, setWarningHandler, type WarningHandler } from '../../src/core/warn';
import { loadLanguage } from '../../src/core/words';
import { toy, toyGerman } from './toy-family';

const FSI = '\u2068';
const PDI = '\u2069';
const IN_ANOTHER_CALL = ' is in another call.';

/** Every host configuration the kit must be indifferent to. */
const HOSTS = [
  { fallbackLng: 'de', escapeValue: true },
  { fallbackLng: 'de', escapeValue: false },
  { fallbackLng: false, escapeValue: true },
  { fallbackLng: false, escapeValue: false },
  { fallbackLng: 'dev', escapeValue: true },
  { fallbackLng: 'dev', escapeValue: false },
] as const;

/** A host app's instance: its own namespace with a secret, and the kit's English registered. */
async function host(config: (typeof HOSTS)[number]): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    fallbackLng: config.fallbackLng,
    interpolation: { escapeValue: config.escapeValue },
    resources: {
      en: { app: { secret: 'THE HOST SECRET' } },
      de: { app: { secret: 'DAS GEHEIMNIS' } },
      dev: { app: { secret: 'DEV SECRET' } },
    },
  });
  instance.addResourceBundle('en', msOcer.namespace, msOcerEnglish);
  return instance;
}

const busy = (i18n: I18n, userName: string) =>
  formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { i18n, values: { userName } });

describe.each(HOSTS)(
  'the words path, with a host (fallbackLng $fallbackLng, escapeValue $escapeValue)',
  (config) => {
    it('shows a value that looks like a placeholder literally', async () => {
      const i18n = await host(config);
      expect(busy(i18n, '{{errorId}}').summary).toBe(`${FSI}{{errorId}}${PDI}${IN_ANOTHER_CALL}`);
      expect(busy(i18n, '{{userName}}').summary).toBe(`${FSI}{{userName}}${PDI}${IN_ANOTHER_CALL}`);
    });

    it("shows an i18next nesting literally, never the host's string", async () => {
      const i18n = await host(config);
      const name = '$t(secret, {"ns":"app"})';
      const { summary } = busy(i18n, name);
      expect(summary).toBe(`${FSI}${name}${PDI}${IN_ANOTHER_CALL}`);
      expect(summary).not.toMatch(/SECRET|GEHEIMNIS/);
      expect(busy(i18n, '$t(app:secret)').summary).not.toMatch(/SECRET|GEHEIMNIS/);
    });

    it('shows markup and entities as text, never escaped nor unescaped', async () => {
      const i18n = await host(config);
      const name = '<b>Avery</b> &amp; "Co"';
      expect(busy(i18n, name).summary).toBe(`${FSI}${name}${PDI}${IN_ANOTHER_CALL}`);
    });

    it('never asks i18next to translate or interpolate', async () => {
      const i18n = await host(config);
      const t = vi.spyOn(i18n, 't');
      busy(i18n, '{{errorId}} $t(secret)');
      formatError(msOcer, { msDiagnostics: 1008 }, { mode: 'Voice' }, { i18n });
      expect(t).not.toHaveBeenCalled();
    });

    it('fills a 19 kB name of placeholders once, its output as long as its input', async () => {
      const i18n = await host(config);
      const name = '{{userName}}'.repeat(1600);
      expect(name.length).toBeGreaterThan(19_000);
      const { summary } = busy(i18n, name);
      // Read once, never again: the name plus the sentence plus the two isolates.
      expect(summary.length).toBe(name.length + IN_ANOTHER_CALL.length + 2);
      expect(stripIsolates(summary)).toBe(`${name}${IN_ANOTHER_CALL}`);
    });
  },
);

describe('translator files', () => {
  let warnings: [WarningCode, string][];
  let previous: WarningHandler;

  beforeEach(() => {
    warnings = [];
    resetWarnings();
    previous = setWarningHandler((code, message) => {
      warnings.push([code, message]);
    });
  });

  afterEach(() => {
    setWarningHandler(previous);
  });

  /** Developer text i18next would put in place of a sentence it could not make. */
  const DEVELOPER_TEXT = /\$t\(|\[object Object\]|<b>|\{\{|missingKey|interpolation|nesting/i;

  /** A copy of the toy family with its German replaced, in a namespace of its own. */
  function withGerman(name: string, german: Record<string, unknown>) {
    return {
      ...toy,
      namespace: `uc-error-kit-toy-${name}`,
      locales: {
        de: () =>
          Promise.resolve({ default: { ...toyGerman, ...german } as Record<string, string> }),
      },
    };
  }

  const cases: [string, Record<string, unknown>][] = [
    ['a three-key $t() cycle', { busy: '$t(offline)', offline: '$t(denied)', denied: '$t(busy)' }],
    [
      'a deep $t() nesting',
      Object.fromEntries([
        ['busy', '$t(n0)'],
        ...Array.from({ length: 200 }, (_, i) => [`n${i}`, `$t(n${i + 1})`]),
      ]),
    ],
    ['an object-typed key', { busy: { one: '{{userName}} ist beschäftigt.' } }],
    ['markup', { busy: '<b>{{userName}}</b> ist beschäftigt.' }],
    ['an extra placeholder', { busy: '{{userName}} ist beschäftigt ({{errorId}}).' }],
    ['a missing placeholder', { busy: 'Die Person ist beschäftigt.' }],
    ['an empty string', { busy: '' }],
    ['a blank string', { busy: '   ' }],
    ['a control character', { busy: '{{userName}} ist\u001b[2J beschäftigt.' }],
    ['a number', { busy: 42 }],
    ['null', { busy: null }],
  ];

  it.each(cases)(
    'shows English for %s in a loaded file, with exactly one warning',
    async (name, german) => {
      const family = withGerman(name.replace(/\W+/g, '-'), german);
      await loadLanguage('de', [family]);
      const format = () =>
        formatError(family, { code: 1 }, {}, { lng: 'de', values: { userName: 'Avery' } });
      const first = format();
      expect(first.summary).toBe(`${FSI}Avery${PDI} is busy.`);
      expect(first.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
      expect(first.summary).not.toMatch(DEVELOPER_TEXT);
      // The same fault again is not said again.
      expect(format().summary).toBe(first.summary);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.[0]).toBe('bad-translation');
      expect(warnings[0]?.[1]).toContain('"busy"');
      // The sound German of the other keys still shows.
      if (!Object.hasOwn(german, 'denied')) {
        expect(formatError(family, { code: 3 }, {}, { lng: 'de' }).summary).toBe(toyGerman.denied);
      }
    },
  );

  it.each(cases)(
    "shows English for %s in a host's bundle, with exactly one warning",
    async (name, german) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: 'de', resources: {} });
      // i18next itself refuses nothing: the bundle holds the translator's file as it is.
      i18n.addResourceBundle('de', msOcer.namespace, {
        ...german,
        userInAnotherCall: german.busy,
      });
      const format = () =>
        formatError(
          msOcer,
          { sipStatus: 486 },
          { mode: 'Voice' },
          { i18n, values: { userName: 'Avery' } },
        );
      expect(() => format()).not.toThrow();
      const first = format();
      expect(first.summary, name).toBe(`${FSI}Avery${PDI}${IN_ANOTHER_CALL}`);
      expect(first.summary).not.toMatch(DEVELOPER_TEXT);
      format();
      expect(
        warnings.filter(([, message]) => message.includes('"userInAnotherCall"')),
      ).toHaveLength(1);
    },
  );

  it('shows a sound translation with no warning', async () => {
    const family = withGerman('sound', { busy: '{{userName}} ist beschäftigt.' });
    await loadLanguage('de', [family]);
    const f = formatError(family, { code: 1 }, {}, { lng: 'de', values: { userName: 'Avery' } });
    expect(f.summary).toBe(`${FSI}Avery${PDI} ist beschäftigt.`);
    expect(f.summaryLanguage).toEqual({ lang: 'de', dir: 'ltr' });
    expect(warnings).toEqual([]);
  });

  it('warns once and shows English when a language file fails to load', async () => {
    const family = {
      ...toy,
      namespace: 'uc-error-kit-toy-broken',
      locales: { de: () => Promise.reject(new Error('offline')) },
    };
    await expect(loadLanguage('de', [family])).resolves.toBe('de');
    expect(warnings.map(([code]) => code)).toEqual(['language-load-failed']);
    expect(formatError(family, { code: 2 }, {}, { lng: 'de' }).summary).toBe('You are offline.');
  });
});
