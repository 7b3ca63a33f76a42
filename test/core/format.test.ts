import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/uc-error-kit.json';
import { formatError, NAMESPACE } from '../../src/core/index';

describe('formatError', () => {
  it('fills the user name into the summary and details from the bundled English', () => {
    const f = formatError({ sipStatus: 408 }, { mode: 'Voice' }, { values: { userName: 'Avery' } });
    expect(f.summary).toBe('Avery did not answer.');
    expect(f.details).toBe(
      'Call was not completed because Avery did not answer at this time. Try your call again later.',
    );
  });

  it('quotes the winning code as the error ID of a generic message, and the product name', () => {
    const f = formatError(
      { msDiagnostics: 2049 },
      { mode: 'Sharing', action: 'start' },
      { values: { productName: 'Contoso Phone' } },
    );
    expect(f.summary).toBe('Screen sharing could not start because of an error. Try again.');
    expect(f.details).toBe(
      'When contacting your support team, reference error identifier 2049 (source ID 243).\nTroubleshooting information is available online, including best practices for using Contoso Phone.',
    );
  });

  it('lets the caller give the error ID', () => {
    const f = formatError({}, { mode: 'Other' }, { values: { errorId: 'E-17' } });
    expect(f.summary).toBe('An error occurred.');
    expect(f.details).toContain('reference error identifier E-17 (source ID 243)');
  });

  it('fills a placeholder with no value with a neutral word, capitalised at the start', () => {
    expect(formatError({ sipStatus: 486 }, { mode: 'Voice' }).summary).toBe(
      'The contact is in another call.',
    );
    expect(formatError({ msDiagnostics: 1003 }, { mode: 'Voice' }).summary).toBe(
      'Cannot locate the contact.',
    );
    expect(formatError({}, { mode: 'Voice' }).details).toContain('error identifier unknown');
  });

  it('gives the server reason: the catalog one for a handled ErrorId, else the header one', () => {
    expect(formatError({ msDiagnostics: 1008 }, { mode: 'Voice' }).reason).toBe(
      'Unable to resolve DNS SRV record.',
    );
    const raw = formatError({ msDiagnostics: '99999;reason="Something odd"' }, { mode: 'Voice' });
    expect(raw.reason).toBe('Something odd');
  });

  it('keeps a hostile user name as plain text, never as a placeholder or markup', () => {
    const hostile = '<img src=x onerror=alert(1)> {{errorId}} $t(errorOccurred)';
    const f = formatError({ sipStatus: 486 }, { mode: 'Voice' }, { values: { userName: hostile } });
    expect(f.summary).toBe(`${hostile} is in another call.`);
  });

  it('shows control characters of a value as spaces', () => {
    const f = formatError(
      { sipStatus: 486 },
      { mode: 'Voice' },
      { values: { userName: 'Ave\nry\u0000' } },
    );
    expect(f.summary).toBe('Ave ry  is in another call.');
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
          [NAMESPACE]: {
            userAnotherCall: '{{userName}} telefoniert gerade.',
            'ui.fallback.userName': 'der Kontakt',
          },
        },
      },
    });
    expect(
      formatError({ sipStatus: 486 }, { mode: 'Voice' }, { i18n, values: { userName: 'Avery' } })
        .summary,
    ).toBe('Avery telefoniert gerade.');
    expect(formatError({ sipStatus: 486 }, { mode: 'Voice' }, { i18n }).summary).toBe(
      'Der Kontakt telefoniert gerade.',
    );
    const missing = formatError(
      { sipStatus: 408 },
      { mode: 'Voice' },
      { i18n, values: { userName: 'Avery' } },
    );
    expect(missing.summary).toBe('Avery did not answer.');
    expect(missing.reason).toBeUndefined();
    expect(formatError({ msDiagnostics: 1008 }, { mode: 'Voice' }, { i18n }).reason).toBe(
      en['reason.1008'],
    );
  });

  it('takes the language from the options over the instance', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { fr: { [NAMESPACE]: { errorOccurred: 'Une erreur est survenue.' } } },
    });
    expect(formatError({}, { mode: 'Other' }, { i18n, lng: 'fr' }).summary).toBe(
      'Une erreur est survenue.',
    );
    expect(formatError({}, { mode: 'Other' }, { i18n }).summary).toBe('An error occurred.');
  });
});
