/**
 * A family's English loads on demand like its other languages; until it has, every answer is
 * worded as the family's generic message, which the family bundles. The setup of the test
 * projects loads English up front (test/english.ts), so each test here imports the kit
 * afresh, as an app does at start.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AnyFamily } from '../../src/core/family';

/** The kit as an app has it at start, with every family of the kit: nothing loaded yet. */
async function fresh() {
  vi.resetModules();
  const core = await import('../../src/core/index');
  const { FAMILIES } = await import('../../src/cli/families');
  const { msOcer } = await import('../../src/core/families/ms-ocer/index');
  return { core, families: FAMILIES, msOcer };
}

/** An entry of the family whose sentence is not the generic one. */
function specificEntry(family: AnyFamily) {
  const generic = family.resolve(null).summaryKey;
  const entry = family.entries().find((e) => {
    const r = family.resolve(e.input, e.context);
    return r.handled && r.summaryKey !== generic;
  });
  if (entry === undefined) throw new Error(`${family.id} has no specific entry`);
  return entry;
}

describe('before a family’s English has loaded', () => {
  it('words every answer as the family’s generic message, with its error ID, never a key', async () => {
    const { core, families } = await fresh();
    for (const family of families) {
      expect(core.isLanguageLoaded('en', [family]), family.id).toBe(false);
      // The family's own data (a catalog's rows) but not its words: only the words wait.
      await family.load?.();
      const { input, context } = specificEntry(family);
      const resolution = core.resolveError(family, input as never, context as never);
      expect(resolution.handled, family.id).toBe(true);
      const generic = family.resolve(null);
      const before = core.formatError(family, input as never, context as never);
      // The family's own decision is unchanged: only the words wait.
      expect(before.summaryKey).toBe(resolution.summaryKey);
      // The generic sentence, filled with this error's values (its code, its error ID).
      const template = (family.bundled as Readonly<Record<string, string>>)[
        generic.summaryKey
      ] as string;
      expect(before.summary, family.id).toBe(
        template.replace(
          /\{\{(\w+)\}\}/g,
          (_, name: string) =>
            `\u2068${(resolution.values as Readonly<Record<string, string>>)[name]}\u2069`,
        ),
      );
      expect(before.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
      if (generic.detailsKey !== undefined) expect(before.details).toBeTruthy();
      expect(before.details ?? '').not.toMatch(/\{\{|\}\}/);
      for (const fact of before.facts) expect(fact.labelText).not.toMatch(/^fact\./);

      await core.loadLanguage('en', [family]);
      expect(core.isLanguageLoaded('en', [family])).toBe(true);
      const after = core.formatError(family, input as never, context as never);
      expect(after.summary, family.id).not.toBe(before.summary);
    }
  });

  it('bundles each family’s generic message, its neutral words and its fact labels, and little else', async () => {
    const { families } = await fresh();
    for (const family of families) {
      const generic = family.resolve(null);
      expect(Object.hasOwn(family.bundled, generic.summaryKey), family.id).toBe(true);
      if (generic.detailsKey !== undefined)
        expect(Object.hasOwn(family.bundled, generic.detailsKey), family.id).toBe(true);
      for (const key of Object.keys(family.bundled))
        expect(
          key.startsWith('fact.') ||
            key.startsWith('fallback.') ||
            key.replace(/_noName$/, '') === generic.summaryKey ||
            key.replace(/_noName$/, '') === generic.detailsKey,
          `${family.id}: ${key}`,
        ).toBe(true);
    }
  });

  it('loads English with any other language, since every language falls back to it', async () => {
    const { core, msOcer } = await fresh();
    await core.loadLanguage('de', [msOcer]);
    expect(core.isLanguageLoaded('en', [msOcer])).toBe(true);
    expect(
      core.formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de' }).summary,
    ).toBe('Der Kontakt führt gerade ein anderes Gespräch.');
  });

  it('is in, for the kit and the host alike, once registerUcErrorKit resolves', async () => {
    const { core, msOcer } = await fresh();
    const { registerUcErrorKit } = await import('../../src/react/i18n');
    const { default: i18next } = await import('i18next');
    const host = i18next.createInstance();
    await host.init({ lng: 'en', resources: {} });
    await registerUcErrorKit(host, { families: [msOcer] });
    expect(core.isLanguageLoaded('en', [msOcer])).toBe(true);
    expect(host.getResource('en', msOcer.namespace, 'userInAnotherCall_noName')).toBe(
      'The contact is in another call.',
    );
    expect(
      core.formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { i18n: host }).summary,
    ).toBe('The contact is in another call.');
  });

  it('keeps the generic message, and says so once, when the English file fails to load', async () => {
    const { core, msOcer } = await fresh();
    const warnings: string[] = [];
    const { setWarningHandler: setHandler } = await import('../../src/core/warn');
    setHandler((code) => warnings.push(code));
    const broken = {
      ...msOcer,
      locales: { ...msOcer.locales, en: () => Promise.reject(new Error('offline')) },
    };
    await core.loadLanguage('en', [broken]);
    expect(core.isLanguageLoaded('en', [broken])).toBe(true);
    expect(core.formatError(broken, { sipStatus: 486 }, { mode: 'Voice' }).summary).toBe(
      'An error occurred.',
    );
    expect(warnings).toEqual(['language-load-failed']);
  });

  it('shows the generic message, not a translation, while English is only on its way', async () => {
    const { core, msOcer } = await fresh();
    const slow = {
      ...msOcer,
      locales: { ...msOcer.locales, en: () => new Promise<never>(() => {}) },
    };
    void core.loadLanguage('de', [slow]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(core.isLanguageLoaded('de', [slow])).toBe(false);
    expect(
      core.formatError(slow, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de' }).summaryLanguage
        .lang,
    ).toBe('de');
    expect(
      core.formatError(slow, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de' }).summary,
    ).toBe('Es ist ein Fehler aufgetreten.');
  });

  it('tries a failed English file again on the next loadLanguage, and words errors once it is in', async () => {
    const { core, msOcer } = await fresh();
    let calls = 0;
    const flaky = {
      ...msOcer,
      locales: {
        ...msOcer.locales,
        en: () => (++calls === 1 ? Promise.reject(new Error('offline')) : msOcer.locales.en!()),
      },
    };
    const busy = () => core.formatError(flaky, { sipStatus: 486 }, { mode: 'Voice' }).summary;
    await core.loadLanguage('en', [flaky]);
    expect(busy()).toBe('An error occurred.');
    await core.loadLanguage('en', [flaky]);
    expect(calls).toBe(2);
    expect(busy()).toBe('The contact is in another call.');
  });

  it('shows a sound translation when only the English file failed, checked against the family’s placeholders', async () => {
    const { core, msOcer } = await fresh();
    const noEnglish = {
      ...msOcer,
      locales: { ...msOcer.locales, en: () => Promise.reject(new Error('offline')) },
    };
    await core.loadLanguage('de', [noEnglish]);
    const de = (values?: Record<string, string>) =>
      core.formatError(noEnglish, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de', values })
        .summary;
    expect(de()).toBe('Der Kontakt führt gerade ein anderes Gespräch.');
    expect(core.stripIsolates(de({ userName: 'Avery' }))).toBe(
      'Avery führt gerade ein anderes Gespräch.',
    );
    // A translation with a placeholder the family does not have is not shown.
    const { default: i18next } = await import('i18next');
    const host = i18next.createInstance();
    await host.init({ lng: 'de', resources: {} });
    host.addResourceBundle('de', msOcer.namespace, { userInAnotherCall_noName: '{{secret}}' });
    expect(
      core.formatError(noEnglish, { sipStatus: 486 }, { mode: 'Voice' }, { i18n: host }).summary,
    ).toBe('Der Kontakt führt gerade ein anderes Gespräch.');
  });
});
