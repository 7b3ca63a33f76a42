import { act, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import deUi from '../../locales/de/uc-error-kit.json';
import de from '../../locales/de/uc-error-kit-ms-ocer.json';
import fr from '../../locales/fr/uc-error-kit-ms-ocer.json';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  ErrorNotice,
  formatError,
  registerUcErrorKit,
  UcErrorKitProvider,
  UI_NAMESPACE,
} from '../../src/index';
import { i18n } from './i18n';
import { bySentence, renderWithKit, v } from './render';

const NS = msOcer.namespace;

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

/** A fresh host instance, initialised the way an app does it. */
function hostInstance(
  resources: Record<string, Record<string, Record<string, string>>> = {},
  options: Record<string, unknown> = {},
) {
  const host = i18next.createInstance();
  host.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: { hello: 'Hello' } }, ...resources },
    initAsync: false,
    ...options,
  });
  return host;
}

/** The German sentence as the kit shows it for Avery. */
const germanBusy = de.userInAnotherCall.replace('{{userName}}', v('Avery'));

describe('language switching', () => {
  it('loads the language on demand and re-renders the notices already on screen', async () => {
    renderWithKit(
      <>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
        <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 503 }} />
      </>,
    );
    expect(screen.getAllByRole('group')[0]).toHaveTextContent(`${v('Avery')} is in another call.`);

    await act(() => i18n.changeLanguage('de'));
    await waitFor(() => expect(screen.getAllByRole('group')[0]).toHaveTextContent(germanBusy));
    expect(
      screen.getByRole('button', {
        name: deUi['notice.dismiss'].replace('{{summary}}', germanBusy),
      }),
    ).toBeInTheDocument();
    // Every notice follows, not only the first; none shows a key.
    const other = formatError(msOcer, { sipStatus: 503 }, { mode: 'Voice' }, { lng: 'de' });
    expect(other.summaryLanguage.lang).toBe('de');
    expect(screen.getAllByRole('group')[1]).toHaveTextContent(other.summary);
    // The host's own namespace is untouched.
    expect(i18n.t('greeting')).toBe('Hallo');
  });

  it('takes a host word for a kit key over the kit’s own translation', async () => {
    i18n.addResourceBundle('de', NS, { userInAnotherCall: '{{userName}} telefoniert.' });
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
      />,
    );
    await act(() => i18n.changeLanguage('de'));
    await waitFor(() =>
      expect(screen.getByRole('group')).toHaveTextContent(`${v('Avery')} telefoniert.`),
    );
    i18n.removeResourceBundle('de', NS);
  });

  it('shows the kit’s French for a host whose fallback chain never reaches English', async () => {
    const host = hostInstance({ fr: { translation: {} } }, { lng: 'fr', fallbackLng: false });
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    const french = fr.userInAnotherCall.replace('{{userName}}', v('Avery'));
    await waitFor(() => expect(screen.getByRole('group')).toHaveTextContent(french));
  });

  it('shows English, marked as English, for a language the kit does not have', () => {
    const host = hostInstance({}, { lng: 'xx', fallbackLng: 'dev' });
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    const summary = screen.getByText(bySentence(`${v('Avery')} is in another call.`));
    expect(summary).toHaveAttribute('lang', 'en');
    expect(summary).toHaveAttribute('dir', 'ltr');
  });

  it('marks English shown in a right-to-left app as left-to-right English', () => {
    // Persian is written right to left and the kit has no Persian: the English sentence
    // shows, marked as English and left to right, so it is not laid out backwards.
    const host = hostInstance({}, { lng: 'fa' });
    render(
      <div dir="rtl" lang="fa">
        <UcErrorKitProvider i18n={host}>
          <ErrorNotice
            family={msOcer}
            context={{ mode: 'Voice' }}
            error={{ sipStatus: 486 }}
            values={{ userName: 'Avery' }}
          />
        </UcErrorKitProvider>
      </div>,
    );
    const summary = screen.getByText(bySentence(`${v('Avery')} is in another call.`));
    expect(summary).toHaveAttribute('lang', 'en');
    expect(summary).toHaveAttribute('dir', 'ltr');
  });

  it('follows the provider’s lng without any i18next instance', async () => {
    render(
      <UcErrorKitProvider lng="de-AT">
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    await waitFor(() => expect(screen.getByRole('group')).toHaveTextContent(germanBusy));
  });
});

describe("the host's own i18next instance", () => {
  it("adds the kit's English under its namespaces and leaves the host's keys alone", async () => {
    const host = hostInstance({ de: { translation: { hello: 'Hallo' } } });
    await registerUcErrorKit(host, {
      families: [msOcer],
      resources: { de: { [NS]: { errorOccurred: 'Fehler.' } } },
    });
    expect(host.t('hello')).toBe('Hello');
    expect(host.t('hello', { lng: 'de' })).toBe('Hallo');
    expect(host.getResourceBundle('en', 'translation')).toEqual({ hello: 'Hello' });
    expect(host.getResourceBundle('en', NS).errorOccurred).toBe('An error occurred.');
    // Not only the generic message the family bundles: every English sentence, once loaded.
    expect(host.getResourceBundle('en', NS).userInAnotherCall).toBe(
      '{{userName}} is in another call.',
    );
    expect(host.getResourceBundle('en', UI_NAMESPACE)['details.close']).toBe('Close');
    expect(host.getResourceBundle('de', NS).errorOccurred).toBe('Fehler.');
  });

  it('keeps a sentence the host overrode before registering', async () => {
    const host = hostInstance();
    host.addResourceBundle('en', NS, { userInAnotherCall: '{{userName}} is busy right now.' });
    await registerUcErrorKit(host, { families: [msOcer] });
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('group')).toHaveTextContent(`${v('Avery')} is busy right now.`);
  });

  it('shows a sentence the host overrides later, without a remount', () => {
    const host = hostInstance();
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('group')).toHaveTextContent(`${v('Avery')} is in another call.`);
    act(() => {
      host.addResourceBundle('en', NS, { userInAnotherCall: '{{userName}} is on the other line.' });
    });
    expect(screen.getByRole('group')).toHaveTextContent(`${v('Avery')} is on the other line.`);
  });

  it('rewords an interface word with a dotted key through a bundle, which keeps it flat', () => {
    const host = hostInstance();
    host.addResourceBundle('en', UI_NAMESPACE, { 'notice.dismiss': 'Hide: {{summary}}' });
    render(
      <UcErrorKitProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </UcErrorKitProvider>,
    );
    expect(
      screen.getByRole('button', { name: `Hide: ${v('Avery')} is in another call.` }),
    ).toBeTruthy();
  });

  it('registers an instance that is not initialised yet as soon as it is', async () => {
    const host = i18next.createInstance();
    const registered = registerUcErrorKit(host, { families: [msOcer] });
    host.init({ lng: 'en', resources: { en: { translation: {} } }, initAsync: false });
    expect(host.getResourceBundle('en', NS).errorOccurred).toBe('An error occurred.');
    expect(await registered).toBe(host);
    expect(host.getResourceBundle('en', NS).userInAnotherCall).toBe(
      '{{userName}} is in another call.',
    );
  });

  it('adds English that loads before the instance is initialised once it is', async () => {
    const host = i18next.createInstance();
    await registerUcErrorKit(host, { families: [msOcer] });
    host.init({ lng: 'en', resources: { en: { translation: {} } }, initAsync: false });
    expect(host.getResourceBundle('en', NS).userInAnotherCall).toBe(
      '{{userName}} is in another call.',
    );
  });

  it('throws with the fix when given something that is not an i18next instance', () => {
    // biome-ignore lint/suspicious/noExplicitAny: misuse on purpose
    expect(() => registerUcErrorKit({} as any, { families: [msOcer] })).toThrow(
      /expects an i18next instance/,
    );
  });

  it('never touches the global i18next instance', () => {
    render(<ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 486 }} />);
    expect(i18next.getResourceBundle?.('en', NS)).toBeUndefined();
  });
});

describe('an app on react-i18next', () => {
  it('needs no provider of the kit: the <I18nextProvider> instance is used and followed', async () => {
    const host = hostInstance();
    render(
      <I18nextProvider i18n={host}>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          values={{ userName: 'Avery' }}
        />
      </I18nextProvider>,
    );
    expect(screen.getByText(bySentence(`${v('Avery')} is in another call.`))).toBeInTheDocument();
    // The kit reads the app's instance; it writes nothing into it.
    expect(host.getResourceBundle('en', NS)).toBeUndefined();
    expect(host.t('hello')).toBe('Hello');
    await act(() => host.changeLanguage('de'));
    await waitFor(() => expect(screen.getByText(bySentence(germanBusy))).toBeInTheDocument());
  });
});
