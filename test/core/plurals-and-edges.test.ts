/**
 * Plural forms English does not have, and edges a review found: each failed before its fix.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar/uc-error-kit.json';
import pl from '../../locales/pl/uc-error-kit.json';
import ru from '../../locales/ru/uc-error-kit.json';
import { main } from '../../src/cli/explain';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  ErrorNoticeQueue,
  formatError,
  loadLanguage,
  onWordsLoaded,
  setWarningHandler,
} from '../../src/core/index';
import { lookupFor, uiWords } from '../../src/core/words';

const more = (words: Record<string, string>, form: string, n: number) =>
  (words[`area.more_${form}`] as string).replace('{{count}}', String(n));

describe('plural forms', () => {
  it.each([
    ['ru', ru, 5, 'many'],
    ['ru', ru, 3, 'few'],
    ['ru', ru, 21, 'one'],
    ['pl', pl, 5, 'many'],
    ['pl', pl, 2, 'few'],
    ['ar', ar, 2, 'two'],
    ['ar', ar, 0, 'zero'],
    ['ar', ar, 11, 'many'],
  ] as const)('%s takes its own form for %i', async (lng, words, n, form) => {
    await loadLanguage(lng);
    const found = uiWords('area.more', lookupFor(undefined, lng), { count: String(n) }, n);
    expect(found).toEqual({ text: more(words, form, n), lng });
  });
});

describe('edges', () => {
  it('capitalizes the neutral word at the start of a sentence written with spaces', () => {
    const host = i18next.createInstance();
    host.init({ lng: 'en', resources: {}, initAsync: false });
    host.addResourceBundle('en', msOcer.namespace, {
      userInAnotherCall: '{{ userName }} is on the phone.',
    });
    expect(formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { i18n: host }).summary).toBe(
      'The contact is on the phone.',
    );
  });

  it('refuses a translation with a line or paragraph separator', () => {
    const warnings: string[] = [];
    const previous = setWarningHandler((_code, message) => warnings.push(message));
    const host = i18next.createInstance();
    host.init({ lng: 'fr', resources: {}, initAsync: false });
    host.addResourceBundle('fr', msOcer.namespace, { errorOccurred: 'Une\u2028erreur.' });
    const f = formatError(msOcer, {}, { mode: 'Other' }, { i18n: host, lng: 'fr-CA' });
    setWarningHandler(previous);
    expect(f.summary).not.toContain('\u2028');
    expect(warnings.some((w) => w.includes('control-characters'))).toBe(true);
  });

  it('keeps loading when a listener throws', async () => {
    const stop = onWordsLoaded(() => {
      throw new Error('an app bug');
    });
    const failures: unknown[] = [];
    const onError = (error: unknown) => failures.push(error);
    process.on('uncaughtException', onError);
    try {
      await expect(loadLanguage('it', [msOcer])).resolves.toBe('it');
      const f = formatError(msOcer, {}, { mode: 'Other' }, { lng: 'it' });
      expect(f.summaryLanguage.lang).toBe('it');
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      stop();
      process.off('uncaughtException', onError);
    }
  });

  it('reads a notice with a family that is not one as [MS-OCER], and context null as absent', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    // biome-ignore lint/suspicious/noExplicitAny: a wrong family on purpose
    expect(() => queue.push({ family: 'eas' as any, error: { sipStatus: 486 } })).not.toThrow();
    queue.push({
      family: msOcer,
      error: { sipStatus: 480 },
      context: { mode: 'IM' },
    });
    expect(queue.getSnapshot()[0]?.placement).toBe('im-area');
  });

  it('gives --user only to a family whose sentences name a person', async () => {
    let out = '';
    const code = await main(['explain', '--family', 'msnp', '--user', 'Avery', '999', '--json'], {
      stdout: (s) => {
        out += s;
      },
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).runs[0].summary).not.toContain('Avery');
  });
});
