import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorNotice,
  formatError,
  NAMESPACE,
  registerUcErrorKit,
  UcErrorKitProvider,
} from '../../src/index';
import { getBundledI18n } from '../../src/react/i18n';
import { i18n } from './i18n';
import { renderWithKit } from './render';

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

/** A fresh host instance, initialised the way an app does it. */
function hostInstance(resources: Record<string, Record<string, Record<string, string>>> = {}) {
  const host = i18next.createInstance();
  host.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: { hello: 'Hello' } }, ...resources },
    initAsync: false,
  });
  return host;
}

describe('language switching', () => {
  it('shows the German words it has and English for the rest, never a key', async () => {
    // A small fake German bundle: two of the kit's keys, nothing else.
    i18n.addResourceBundle('de', NAMESPACE, {
      userAnotherCall: '{{userName}} führt ein anderes Gespräch.',
      'ui.notice.dismiss': 'Schließen: {{summary}}',
    });
    renderWithKit(
      <>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
        <ErrorNotice error={{ sipStatus: 503 }} mode="Voice" />
      </>,
    );
    expect(screen.getByText('Avery is in another call.')).toBeInTheDocument();

    await act(() => i18n.changeLanguage('de'));
    expect(screen.getByText('Avery führt ein anderes Gespräch.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Schließen: Avery führt ein anderes Gespräch.' }),
    ).toBeInTheDocument();
    // No German for the 503 sentence: the English one, not its key.
    const english = formatError({ sipStatus: 503 }, { mode: 'Voice' });
    expect(english.summary).not.toBe(english.summaryKey);
    expect(screen.getAllByRole('status')[1]).toHaveTextContent(english.summary);
    // The host's own namespace is untouched.
    expect(i18n.t('greeting')).toBe('Hallo');
  });

  it('falls back to English when the host has no fallback language', async () => {
    const host = i18next.createInstance();
    host.init({
      lng: 'fr',
      fallbackLng: false,
      resources: { fr: { translation: {} } },
      initAsync: false,
    });
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Avery is in another call.');
    expect(screen.getByRole('button', { name: 'Dismiss: Avery is in another call.' })).toBeTruthy();
  });
});

describe("the host's own i18next instance", () => {
  it("adds the kit's words under its namespace and leaves the host's keys alone", () => {
    const host = hostInstance({ de: { translation: { hello: 'Hallo' } } });
    registerUcErrorKit(host, {
      resources: { de: { errorOccurred: 'Ein Fehler ist aufgetreten.' } },
    });
    expect(host.t('hello')).toBe('Hello');
    expect(host.t('hello', { lng: 'de' })).toBe('Hallo');
    expect(host.getResourceBundle('en', 'translation')).toEqual({ hello: 'Hello' });
    expect(host.getResource('en', NAMESPACE, 'errorOccurred')).toBe('An error occurred.');
    expect(host.getResource('de', NAMESPACE, 'errorOccurred')).toBe('Ein Fehler ist aufgetreten.');
  });

  it('keeps a sentence the host overrode before registering', () => {
    const host = hostInstance();
    host.addResource('en', NAMESPACE, 'userAnotherCall', '{{userName}} is busy right now.');
    registerUcErrorKit(host);
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Avery is busy right now.');
  });

  it('shows a sentence the host overrides after registering, without a remount', () => {
    const host = hostInstance();
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Avery is in another call.');
    act(() => {
      host.addResource('en', NAMESPACE, 'userAnotherCall', '{{userName}} is on the other line.');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Avery is on the other line.');
  });

  it('overrides a key with dots through a bundle, which keeps it flat', () => {
    const host = hostInstance();
    registerUcErrorKit(host);
    host.addResourceBundle(
      'en',
      NAMESPACE,
      { 'ui.notice.dismiss': 'Hide: {{summary}}' },
      true,
      true,
    );
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Hide: Avery is in another call.' })).toBeTruthy();
  });

  it("is registered by the provider, so the host's fallback finds the kit's English", () => {
    const host = hostInstance();
    render(<UcErrorKitProvider i18n={host} />);
    expect(host.getResource('en', NAMESPACE, 'errorOccurred')).toBe('An error occurred.');
  });

  it('registers an instance that is not initialised yet as soon as it is', () => {
    const host = i18next.createInstance();
    registerUcErrorKit(host);
    host.init({ lng: 'en', resources: { en: { translation: {} } }, initAsync: false });
    expect(host.getResource('en', NAMESPACE, 'errorOccurred')).toBe('An error occurred.');
  });

  it('throws with the fix when given something that is not an i18next instance', () => {
    // biome-ignore lint/suspicious/noExplicitAny: misuse on purpose
    expect(() => registerUcErrorKit({} as any)).toThrow(/expects an i18next instance/);
  });
});

describe('the bundled English instance', () => {
  it('is its own instance, not the global i18next, and holds only the kit', () => {
    const bundled = getBundledI18n();
    expect(bundled).not.toBe(i18next);
    expect(bundled.language).toBe('en');
    expect(i18next.getResourceBundle?.('en', NAMESPACE)).toBeUndefined();
  });
});

describe('an app on react-i18next', () => {
  it('needs no provider of the kit: the <I18nextProvider> instance is used and followed', async () => {
    const host = hostInstance({
      de: { [NAMESPACE]: { userAnotherCall: '{{userName}} führt ein anderes Gespräch.' } },
    });
    render(
      <I18nextProvider i18n={host}>
        <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" values={{ userName: 'Avery' }} />
      </I18nextProvider>,
    );
    expect(screen.getByText('Avery is in another call.')).toBeInTheDocument();
    // The kit's English went into its own namespace of the app's instance; the app's stayed.
    expect(host.getResource('en', NAMESPACE, 'userAnotherCall')).toBe(
      '{{userName}} is in another call.',
    );
    expect(host.t('hello')).toBe('Hello');
    await act(() => host.changeLanguage('de'));
    expect(screen.getByText('Avery führt ein anderes Gespräch.')).toBeInTheDocument();
  });
});
