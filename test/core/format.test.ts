import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de/uc-error-kit-ms-ocer.json' with { type: 'json' };
import en from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { catalogReason, msOcer } from '../../src/core/families/ms-ocer/index';
import { CATALOG_REASONS } from '../../src/core/families/ms-ocer/reasons.generated';
import { msnp } from '../../src/core/families/msnp/index';
import { smtp } from '../../src/core/families/smtp/index';
import { formatError, loadLanguage, stripIsolates } from '../../src/core/index';

const FSI = '\u2068';
const PDI = '\u2069';
const IN_ANOTHER_CALL = ' is in another call.';

describe('formatError', () => {
  it('fills the user name into the summary and details from the English words', () => {
    const f = formatError(
      msOcer,
      { sipStatus: 408 },
      { mode: 'Voice' },
      { values: { userName: 'Avery' } },
    );
    expect(f.summary).toBe(`${FSI}Avery${PDI} did not answer.`);
    expect(stripIsolates(f.details ?? '')).toBe(
      'Call was not completed because Avery did not answer at this time. Try your call again later.',
    );
  });

  it('wraps every value in Unicode isolates, and stripIsolates gives the plain text back', () => {
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { values: { userName: 'Avery' } },
    );
    expect(f.summary).toBe('\u2068Avery\u2069 is in another call.');
    expect(stripIsolates(f.summary)).toBe('Avery is in another call.');
  });

  it('quotes the winning code as the error ID of a generic message, and the product name', () => {
    const f = formatError(
      msOcer,
      { msDiagnostics: 2049 },
      { mode: 'Sharing', action: 'start' },
      { values: { productName: 'Contoso Phone' } },
    );
    expect(f.summary).toBe('Screen sharing could not start because of an error. Try again.');
    expect(f.details).toBe(
      `When contacting your support team, reference error identifier ${FSI}2049${PDI} (source ID 243).\nTroubleshooting information is available online, including best practices for using ${FSI}Contoso Phone${PDI}.`,
    );
  });

  it('lets the caller give the error ID', () => {
    const f = formatError(msOcer, {}, { mode: 'Other' }, { values: { errorId: 'E-17' } });
    expect(f.summary).toBe('An error occurred.');
    expect(stripIsolates(f.details ?? '')).toContain(
      'reference error identifier E-17 (source ID 243)',
    );
  });

  it('fills a placeholder with no value with a neutral word, capitalised at the start', () => {
    expect(formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).summary).toBe(
      'The contact is in another call.',
    );
    expect(formatError(msOcer, { msDiagnostics: 1003 }, { mode: 'Voice' }).summary).toBe(
      'Cannot locate this person.',
    );
    expect(formatError(msOcer, {}, { mode: 'Voice' }).details).toContain(
      'error identifier unknown',
    );
  });

  it('takes a blank or non-finite value as no value', () => {
    for (const userName of ['', '   ', null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { values: { userName } })
          .summary,
      ).toBe('The contact is in another call.');
    }
    expect(
      formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { values: { userName: 0 } })
        .summary,
    ).toBe(`${FSI}0${PDI} is in another call.`);
  });

  it('gives the reason the server sent, and none of its own', () => {
    expect(formatError(msOcer, { msDiagnostics: 1008 }, { mode: 'Voice' }).reason).toBeUndefined();
    const raw = formatError(
      msOcer,
      { msDiagnostics: '99999;reason="Something odd"' },
      { mode: 'Voice' },
    );
    expect(raw.reason).toBe('Something odd');
  });

  it('keeps a hostile user name as plain text, never as a placeholder or markup', () => {
    const hostile = '<img src=x onerror=alert(1)> {{errorId}} $t(errorOccurred)';
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { values: { userName: hostile } },
    );
    expect(f.summary).toBe(`${FSI}${hostile}${PDI} is in another call.`);
  });

  it('shows control characters of a value as spaces', () => {
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { values: { userName: 'Ave\nry\u0000' } },
    );
    expect(f.summary).toBe(`${FSI}Ave ry ${PDI} is in another call.`);
  });

  it('gives the same words with the family first as with the [MS-OCER] shorthand', () => {
    const options = { values: { userName: 'Avery' } };
    expect(formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, options)).toEqual(
      formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, options),
    );
  });

  it('labels the facts in words', () => {
    const f = formatError(
      msOcer,
      { msDiagnostics: '1008;reason="No DNS";source="sip.contoso.com"' },
      { mode: 'Voice' },
    );
    expect(f.facts.map((fact) => [fact.labelText, fact.value])).toEqual([
      [en['fact.errorId'], '1008'],
      [en['fact.code'], 'ms-diagnostics 1008'],
      [en['fact.reason'], 'No DNS'],
      [en['fact.source'], 'sip.contoso.com'],
    ]);
  });

  it('marks English text as English, left to right', () => {
    const f = formatError(msOcer, { sipStatus: 408 }, { mode: 'Voice' });
    expect(f.language).toBe('en');
    expect(f.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    expect(f.detailsLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    expect(formatError(msOcer, { sipStatus: 486 }, { mode: 'IM' }).detailsLanguage).toBeUndefined();
  });

  it('translates with a host i18next instance, English for a key the language lacks', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'de',
      fallbackLng: false,
      // The host's own settings must not change the kit's words.
      keySeparator: '.',
      nsSeparator: ':',
      interpolation: { prefix: '__', suffix: '__' },
      resources: {
        de: {
          [msOcer.namespace]: {
            userInAnotherCall: '{{userName}} telefoniert gerade.',
            'fallback.userName': 'der Kontakt',
          },
        },
      },
    });
    const named = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { i18n, values: { userName: 'Avery' } },
    );
    expect(named.summary).toBe(`${FSI}Avery${PDI} telefoniert gerade.`);
    expect(named.summaryLanguage).toEqual({ lang: 'de', dir: 'ltr' });
    expect(formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { i18n }).summary).toBe(
      'Der Kontakt telefoniert gerade.',
    );
    const missing = formatError(
      msOcer,
      { sipStatus: 408 },
      { mode: 'Voice' },
      { i18n, values: { userName: 'Avery' } },
    );
    expect(missing.summary).toBe(`${FSI}Avery${PDI} did not answer.`);
    expect(missing.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    expect(missing.reason).toBeUndefined();
    // The diagnostic reason is the catalog's English, whatever the language.
    const dns = formatError(msOcer, { msDiagnostics: 1008 }, { mode: 'Voice' }, { i18n });
    await expect(catalogReason(dns)).resolves.toBe(CATALOG_REASONS['reason.1008']);
  });

  it('takes the language from the options over the instance', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { fr: { [msOcer.namespace]: { errorOccurred: 'Une erreur est survenue.' } } },
    });
    const fr = formatError(msOcer, {}, { mode: 'Other' }, { i18n, lng: 'fr' });
    expect(fr.summary).toBe('Une erreur est survenue.');
    expect(fr.language).toBe('fr');
    expect(formatError(msOcer, {}, { mode: 'Other' }, { i18n }).summary).toBe('An error occurred.');
  });

  it('reads a host bundle under the regional tag, then under its language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'de-AT',
      resources: {
        'de-AT': { [msOcer.namespace]: { errorOccurred: 'Fehler (AT).' } },
        de: { [msOcer.namespace]: { userInAnotherCall: '{{userName}} telefoniert (DE).' } },
      },
    });
    expect(formatError(msOcer, {}, { mode: 'Other' }, { i18n }).summary).toBe('Fehler (AT).');
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { i18n, values: { userName: 'Avery' } },
    );
    expect(stripIsolates(f.summary)).toBe('Avery telefoniert (DE).');
    expect(f.summaryLanguage.lang).toBe('de');
    expect(f.language).toBe('de');
  });

  it('uses the words loadLanguage loaded, labels included, for a regional tag', async () => {
    await expect(loadLanguage('de-AT', [msOcer])).resolves.toBe('de');
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice' },
      { lng: 'de-AT', values: { userName: 'Avery' } },
    );
    expect(f.summary).toBe(de.userInAnotherCall.replace('{{userName}}', `${FSI}Avery${PDI}`));
    expect(f.summaryLanguage).toEqual({ lang: 'de', dir: 'ltr' });
    expect(f.language).toBe('de');
    expect(f.facts[0]?.labelText).toBe(de['fact.errorId']);
  });

  it('marks a sentence that fell back to English as English, in a right-to-left language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'he',
      resources: { he: { [msOcer.namespace]: { errorOccurred: 'אירעה שגיאה.' } } },
    });
    const translated = formatError(msOcer, {}, { mode: 'Other' }, { i18n });
    expect(translated.summary).toBe('אירעה שגיאה.');
    expect(translated.summaryLanguage).toEqual({ lang: 'he', dir: 'rtl' });
    // Hebrew lacks this key: the summary is English and marked so, left to right.
    const missing = formatError(msOcer, { sipStatus: 408 }, { mode: 'Voice' }, { i18n });
    expect(missing.language).toBe('he');
    expect(missing.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    expect(missing.detailsLanguage).toEqual({ lang: 'en', dir: 'ltr' });
    const asked = formatError(msOcer, { sipStatus: 408 }, { mode: 'Voice' }, { lng: 'he' });
    expect(asked.summaryLanguage).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('never throws, whatever the options', () => {
    for (const options of [null, 42, 'x', [], { values: 'x' }, { i18n: {} }, { lng: {} }]) {
      expect(
        formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, options as never).summary,
      ).toBe('The contact is in another call.');
    }
    const throwing = {
      language: 'en',
      getResourceBundle: () => {
        throw new Error('broken host');
      },
    };
    expect(formatError(msOcer, {}, { mode: 'Other' }, { i18n: throwing }).summary).toBe(
      'An error occurred.',
    );
  });
});

/** Controls, DEL, C1 and the bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('values, shown exactly as given', () => {
  const busy = (userName: string) =>
    formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { values: { userName } }).summary;

  it.each(['sip:avery@contoso.com', 'danah boyd', 'ßtraße', 'iPhone', 'ǆemal'])(
    'keeps the case of %j at the start of a sentence',
    (name) => {
      expect(busy(name)).toBe(`${FSI}${name}${PDI}${IN_ANOTHER_CALL}`);
    },
  );

  it('isolates a right-to-left name so it cannot reorder the words around it', () => {
    expect(busy('אבי כהן')).toBe(`${FSI}אבי כהן${PDI}${IN_ANOTHER_CALL}`);
  });

  it('removes a bidi override that would reorder the words after the name', () => {
    for (const control of ['\u202e', '\u202d', '\u202b', '\u2067', '\u2069', '\u2066']) {
      const summary = busy(`Avery${control}`);
      expect(summary).toBe(`${FSI}Avery${PDI}${IN_ANOTHER_CALL}`);
      // One isolate opened, one closed, and the value wholly inside them.
      expect(summary.match(/[\u2066-\u2069]/g)).toEqual([FSI, PDI]);
    }
    expect(busy('\u202eyrevA\u202c')).toBe(`${FSI}yrevA${PDI}${IN_ANOTHER_CALL}`);
  });

  it('shows the values of facts from a header without bidi or control characters', () => {
    const f = formatError(
      msOcer,
      {
        msDiagnostics:
          '1008;reason="Unable\u202e to resolve";source="sip.\u202econtoso.com\u2066";x="y"',
      },
      { mode: 'Voice' },
    );
    const source = f.facts.find((fact) => fact.label === 'fact.source');
    expect(source?.value).toBe('sip.contoso.com');
    for (const fact of f.facts) expect(fact.value, fact.label).not.toMatch(UNSAFE);
  });

  it.each([
    ['msnp', msnp, '217 12\u001b[2J\u202e'],
    ['smtp', smtp, '550 5.1.1 No such user \u001b]0;t\u0007\u202e\u0085'],
  ] as const)(
    'shows the facts of a %s line without bidi or control characters',
    (_, family, line) => {
      const f = formatError(family, family.parseText(line));
      expect(f.facts.length).toBeGreaterThan(0);
      for (const fact of f.facts) expect(fact.value, fact.label).not.toMatch(UNSAFE);
    },
  );
});

describe('a warning handler that throws', () => {
  it('never turns the kit’s answer into an exception', async () => {
    const { setWarningHandler } = await import('../../src/core/index');
    const previous = setWarningHandler(() => {
      throw new Error('the logger is down');
    });
    try {
      const words = { en: { [msOcer.namespace]: { userInAnotherCall: '<b>{{userName}}</b>' } } };
      const i18n = {
        language: 'en',
        getResourceBundle: (l: string, ns: string) =>
          (words as Record<string, Record<string, unknown>>)[l]?.[ns],
      };
      expect(() =>
        formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { i18n }),
      ).not.toThrow();
    } finally {
      setWarningHandler(previous);
    }
  });
});
