/**
 * A family the kit has never seen, defined in the test tree, through every layer above the
 * core: the hook, the queue, <ErrorNotice>, <ErrorNotificationArea>, the details dialog, a
 * language loaded on demand, and `uc-error-kit explain`. Nothing in src/ knows it.
 */
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { main } from '../../src/cli/explain';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  ErrorNotice,
  ErrorNoticeQueue,
  ErrorNotificationArea,
  formatError,
  registerUcErrorKit,
  UcErrorKitProvider,
  useErrorMessage,
  useErrorNotices,
} from '../../src/index';
import {
  type ToyResolution,
  type ToyWords,
  toy,
  toyGerman,
  withLazyEnglish,
} from '../core/toy-family';
import { v } from './render';

describe('a toy family through every layer', () => {
  it('is worded by the hook, with its own placeholders and behaviour', () => {
    const { result } = renderHook(() =>
      useErrorMessage(toy, { code: 1 }, { channel: 'chat' }, { userName: 'Avery' }),
    );
    expectTypeOf(result.current.row).toEqualTypeOf<ToyResolution['row']>();
    expect(result.current.summary).toBe(`${v('Avery')} is busy.`);
    expect(result.current.details).toBe(`Try again in a minute (code ${v('1')}).`);
    expect(result.current.behaviour).toBe('retry');
    expect(result.current.placement).toBe('im-area');
  });

  it('renders in <ErrorNotice family={toy}> with its placement and opens its details with its facts', async () => {
    const user = userEvent.setup();
    render(<ErrorNotice family={toy} error={{ code: 3 }} values={{ userName: 'Avery' }} />);
    const notice = screen.getByRole('group', { name: 'Error: Not allowed.' });
    expect(notice).toHaveAttribute('data-variant', 'notification-bar');
    await user.click(within(notice).getByRole('button', { name: 'Details: Not allowed.' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Ask your administrator about ${v('Avery')}.`);
    expect(dialog).toHaveTextContent('Code3');
    // The family's `describe`, loaded when the dialog opens.
    await waitFor(() => expect(dialog).toHaveTextContent('NoteToy row 3'));
  });

  it('loads its German on demand and re-renders when the language changes', async () => {
    const { rerender } = render(
      <UcErrorKitProvider lng="en">
        <ErrorNotice family={toy} error={{ code: 2 }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('group')).toHaveTextContent('You are offline.');
    rerender(
      <UcErrorKitProvider lng="de-CH">
        <ErrorNotice family={toy} error={{ code: 2 }} />
      </UcErrorKitProvider>,
    );
    await waitFor(() => expect(screen.getByRole('group')).toHaveTextContent(toyGerman.offline));
  });

  it('renders nothing until a family’s English has loaded on demand, then its sentence', async () => {
    let arrive: (words: ToyWords) => void = () => {};
    const lazyToy = withLazyEnglish(
      'uc-error-kit-toy-lazy',
      () => new Promise<ToyWords>((r) => (arrive = r)),
    );
    render(<ErrorNotice family={lazyToy} error={{ code: 2 }} />);
    expect(screen.queryByRole('group')).toBeNull();
    // Meanwhile the core words it as the generic message, never a key.
    expect(formatError(lazyToy, { code: 2 }).summary).toBe(
      `Something went wrong (code ${v('2')}).`,
    );
    await act(async () => arrive({ default: toy.bundled }));
    await waitFor(() => expect(screen.getByRole('group')).toHaveTextContent('You are offline.'));
  });

  it('shows the generic message when its English failed to load, and the sentence once back online', async () => {
    let calls = 0;
    let arrive: (words: ToyWords) => void = () => {};
    const flakyToy = withLazyEnglish('uc-error-kit-toy-flaky', () =>
      ++calls === 1
        ? Promise.reject(new Error('offline'))
        : new Promise<ToyWords>((r) => (arrive = r)),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ErrorNotice family={flakyToy} error={{ code: 2 }} />);
    await waitFor(() =>
      expect(screen.getByRole('group')).toHaveTextContent(`Something went wrong (code ${v('2')}).`),
    );
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    // Tried again at once; what is shown stays shown while the file comes.
    expect(calls).toBe(2);
    expect(screen.getByRole('group')).toHaveTextContent(`Something went wrong (code ${v('2')}).`);
    await act(async () => arrive({ default: toy.bundled }));
    await waitFor(() => expect(screen.getByRole('group')).toHaveTextContent('You are offline.'));
    warn.mockRestore();
  });

  it('starts loading its provider family’s words when the provider mounts, before any error', () => {
    const asked: string[] = [];
    const lazyToy = withLazyEnglish('uc-error-kit-toy-preload', () => {
      asked.push('en');
      return new Promise<ToyWords>(() => {});
    });
    render(
      <UcErrorKitProvider family={lazyToy}>
        <p>No error yet</p>
      </UcErrorKitProvider>,
    );
    expect(asked).toEqual(['en']);
  });

  it('shares a queue and a notification area with [MS-OCER] notices, one per same error', async () => {
    const { result } = renderHook(() => useErrorNotices());
    act(() => {
      result.current.push({ family: toy, error: { code: 2 } });
      result.current.push({ family: toy, error: { code: '2' } });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
      result.current.push({ family: toy, error: { code: 3 } });
    });
    // '2' and 2 are the same toy error; the [MS-OCER] 486 is another family's.
    expect(result.current.notices).toHaveLength(3);
    render(
      <ErrorNotificationArea
        notices={result.current.notices}
        onDismiss={result.current.dismiss}
        max={5}
      />,
    );
    expect(
      [...document.querySelectorAll('.ucek-notice__summary')].map((s) => s.textContent),
    ).toEqual([
      'Not allowed.',
      formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).summary,
      'You are offline.',
    ]);
  });

  it('reports its own context mistakes as prop errors, in its own words', () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      // biome-ignore lint/suspicious/noExplicitAny: an invalid context on purpose
      render(<ErrorNotice family={toy} error={{ code: 1 }} context={{ channel: 'fax' } as any} />);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([expect.stringContaining('`context.channel`')]);
    expect(errors[0]).toContain('Unknown channel.');
  });

  it('works from results the family froze: no layer writes into them', async () => {
    const user = userEvent.setup();
    const resolution = toy.resolve({ code: 3 });
    expect(Object.isFrozen(resolution)).toBe(true);
    const { result } = renderHook(() => useErrorMessage(toy, { code: 3 }));
    expect(result.current.summary).toBe('Not allowed.');
    expect(Object.isFrozen(toy.resolve({ code: 3 }))).toBe(true);
    const queue = new ErrorNoticeQueue({ family: toy });
    act(() => {
      queue.push({ error: { code: 3 } });
      queue.push({ error: { code: 2 } });
    });
    const notices = renderHook(() => useErrorNotices({ queue })).result.current.notices;
    render(<ErrorNotificationArea notices={notices} onDismiss={queue.dismiss} />);
    const area = screen.getByRole('region');
    await user.click(within(area).getByRole('button', { name: 'Details: Not allowed.' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent('NoteToy row 3'));
    expect(dialog).toHaveTextContent('Ask your administrator about the contact.');
  });

  it('renders nothing for a show: false code in the hook’s views, the queue or the area, unless showHidden', () => {
    const { result } = renderHook(() => useErrorMessage(toy, { code: 4 }));
    expect(result.current).toMatchObject({ show: false, intent: 'info', summary: 'Synced again.' });
    const queue = new ErrorNoticeQueue({ family: toy });
    expect(queue.push({ error: { code: 4 } })).toBeUndefined();
    expect(queue.getSnapshot()).toEqual([]);
    const { container, rerender } = render(
      <>
        <ErrorNotice family={toy} error={{ code: 4 }} />
        <ErrorNotificationArea
          notices={[{ family: toy, id: 'hidden', error: { code: 4 } }]}
          onDismiss={() => {}}
        />
      </>,
    );
    expect(container.querySelector('.ucek-notice')).toBeNull();
    rerender(
      <>
        <ErrorNotice family={toy} error={{ code: 4 }} showHidden />
        <ErrorNotificationArea notices={[]} onDismiss={() => {}} />
      </>,
    );
    expect(screen.getByRole('group', { name: 'Information: Synced again.' })).toHaveAttribute(
      'data-intent',
      'info',
    );
  });

  it('uses its no-name sentence when the name is missing, and the neutral word elsewhere', () => {
    render(
      <>
        <ErrorNotice family={toy} error={{ code: 1 }} />
        <ErrorNotice family={toy} error={{ code: 1 }} values={{ userName: 'Avery' }} />
      </>,
    );
    const groups = screen.getAllByRole('group');
    expect(groups[0]).toHaveAccessibleName('Warning: The contact is busy.');
    expect(groups[0]).toHaveAttribute('data-intent', 'warning');
    expect(groups[1]).toHaveAccessibleName(`Warning: ${v('Avery')} is busy.`);
  });

  it('is registered into an app’s i18next instance with the families listed', async () => {
    const host = i18next.createInstance();
    host.init({ lng: 'en', resources: { en: { translation: {} } }, initAsync: false });
    await registerUcErrorKit(host, { families: [toy] });
    expect(host.getResourceBundle('en', toy.namespace)).toMatchObject({
      busy: toy.bundled.busy,
      busy_noName: toy.bundled.busy_noName,
    });
    expect(host.hasResourceBundle('en', msOcer.namespace)).toBe(false);
    // biome-ignore lint/suspicious/noExplicitAny: a missing option on purpose
    expect(() => registerUcErrorKit(host, {} as any)).toThrow(/families.*uc-error-kit\/ms-ocer/);
  });

  it('is explained by `uc-error-kit explain --family toy`', async () => {
    let out = '';
    const code = await main(
      ['explain', '--family', 'toy', 'toy 3', '--lng', 'de', '--json'],
      { stdout: (s) => (out += s), stderr: () => {} },
      { families: [toy] },
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ family: 'toy', lng: 'de' });
    expect(json.runs).toHaveLength(1);
    expect(json.runs[0]).toMatchObject({
      handled: true,
      behaviour: 'give-up',
      intent: 'error',
      summary: toyGerman.denied,
    });
    // Each fact once, labelled once, in the language asked for.
    expect(json.runs[0].facts).toEqual([
      { key: 'fact.code', label: 'Code', value: '3' },
      { key: 'fact.note', label: toyGerman['fact.note'], value: 'Toy row 3' },
    ]);
  });
});
