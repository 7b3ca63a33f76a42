/**
 * Issue 18 in happy-dom: intents, focus that is never lost, each error announced once (read
 * from the live regions' content), the keyboard, and facts said once. The same behaviour is
 * checked in Chromium by the stories.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  ErrorNotice,
  type ErrorNoticeInit,
  ErrorNotificationArea,
  type ErrorNotificationAreaProps,
  formatError,
  useErrorNotices,
} from '../../src/index';
import { type ToyWords, toy, withLazyEnglish } from '../core/toy-family';
import { v } from './render';

/** The toy family with code 4 shown as a success, as a family with "delivered" outcomes has. */
const toyWithSuccess = {
  ...toy,
  id: 'toy-success',
  resolve: (
    input: Parameters<typeof toy.resolve>[0],
    context?: Parameters<typeof toy.resolve>[1],
  ) => {
    const r = toy.resolve(input, context);
    return r.code === 4 ? { ...r, intent: 'success' as const, show: true } : r;
  },
};

/** What each live region holds now, one entry per announcement. */
function announced() {
  const lines = (p: string) =>
    [...document.querySelectorAll(`[data-ucek-announcer="${p}"] > *`)].map((n) => n.textContent);
  return { polite: lines('polite'), assertive: lines('assertive') };
}

/** The area wired to the hook, with the queue out for the test to push to. */
function Conversation(
  props: Partial<ErrorNotificationAreaProps> & {
    onQueue: (push: (n: ErrorNoticeInit) => void) => void;
  },
) {
  const { onQueue, ...rest } = props;
  const { notices, push, dismiss, dismissAll } = useErrorNotices({ family: msOcer });
  onQueue(push);
  return (
    <>
      <button type="button">Mute</button>
      <ErrorNotificationArea
        notices={notices}
        onDismiss={dismiss}
        onDismissAll={dismissAll}
        {...rest}
      />
      <button type="button">Hang up</button>
    </>
  );
}

function renderConversation(props: Partial<ErrorNotificationAreaProps> = {}) {
  let push: (n: ErrorNoticeInit) => void = () => {};
  render(<Conversation onQueue={(p) => (push = p)} {...props} />);
  const area = screen.getByRole('region', { name: 'Conversation notifications' });
  return {
    area,
    push: (status: number, mode: 'Voice' | 'Sharing' | 'Conference' = 'Voice') =>
      act(() => push({ error: { sipStatus: status }, context: { mode } })),
    summaries: () => [...area.querySelectorAll('.ucek-notice__summary')].map((s) => s.textContent),
  };
}

beforeEach(() => {
  // Each test starts with no live regions; the kit makes them again on the first mount.
  for (const region of document.querySelectorAll('[data-ucek-announcer]')) region.remove();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('intent', () => {
  it('marks each notice with its intent and names it by it', () => {
    render(
      <>
        <ErrorNotice family={toy} error={{ code: 1 }} values={{ userName: 'Avery' }} />
        <ErrorNotice family={toy} error={{ code: 3 }} />
        <ErrorNotice family={toy} error={{ code: 4 }} showHidden />
        <ErrorNotice family={toyWithSuccess} error={{ code: 4 }} />
      </>,
    );
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.dataset.intent)).toEqual(['warning', 'error', 'info', 'success']);
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      `Warning: ${v('Avery')} is busy.`,
      'Error: Not allowed.',
      'Information: Synced again.',
      'Success: Synced again.',
    ]);
  });

  it('never says "Error:" for a success or information, in the name or the announcement', () => {
    vi.useFakeTimers();
    render(
      <>
        <ErrorNotice family={toyWithSuccess} error={{ code: 4 }} />
        <ErrorNotice family={toy} error={{ code: 4 }} showHidden politeness="assertive" />
      </>,
    );
    act(() => vi.advanceTimersByTime(150));
    expect(announced()).toEqual({
      polite: ['Success: Synced again.'],
      assertive: ['Information: Synced again.'],
    });
    expect(document.body.textContent).not.toContain('Error');
  });

  it('renders nothing for an outcome the family does not show, unless the host asks', () => {
    const { container, rerender } = render(<ErrorNotice family={toy} error={{ code: 4 }} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorNotice family={toy} error={{ code: 4 }} showHidden />);
    expect(screen.getByRole('group', { name: 'Information: Synced again.' })).toBeInTheDocument();
  });
});

describe('focus is never lost', () => {
  it('moves focus to "Show N more" when the focused notice folds behind it', async () => {
    const user = userEvent.setup();
    const { area, push } = renderConversation({ max: 1 });
    push(486);
    const dismiss = within(area).getByRole('button', { name: /^Dismiss: The contact/ });
    await user.click(dismiss.closest('.ucek-notice') as HTMLElement);
    dismiss.focus();
    push(404);
    expect(dismiss).not.toBeInTheDocument();
    expect(within(area).getByRole('button', { name: 'Show 1 more notification' })).toHaveFocus();
  });

  it('returns focus where it was when a standalone bar is dismissed from the keyboard', async () => {
    function Call() {
      const [failed, setFailed] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setFailed(true)}>
            Call Avery
          </button>
          {failed && (
            <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 486 }} />
          )}
          <button type="button">Hang up</button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Call />);
    const call = screen.getByRole('button', { name: 'Call Avery' });
    call.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(call).toHaveFocus();
  });

  it('moves focus to the next control, never <body>, when where it was is gone', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 486 }} />
        <button type="button">Hang up</button>
      </>,
    );
    // Focus was on the page itself when the notice appeared.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Hang up' })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('returns focus where it was before the area after Dismiss all', async () => {
    const user = userEvent.setup();
    const { area, push } = renderConversation();
    push(486);
    push(404);
    const mute = screen.getByRole('button', { name: 'Mute' });
    mute.focus();
    await user.keyboard('{F8}');
    expect(area.contains(document.activeElement)).toBe(true);
    within(area).getByRole('button', { name: 'Dismiss all' }).focus();
    await user.keyboard('{Enter}');
    expect(area.querySelector('.ucek-notice')).toBeNull();
    expect(mute).toHaveFocus();
  });

  it('keeps a notice whose details dialog is open in view when new notices push it past max', async () => {
    const user = userEvent.setup();
    const { area, push, summaries } = renderConversation({ max: 1 });
    push(599, 'Sharing');
    await user.click(
      within(area).getByRole('button', {
        name: 'Details: An error occurred while sharing content.',
      }),
    );
    expect(await screen.findByRole('dialog')).toHaveAttribute('open');
    push(486);
    push(404);
    expect(summaries()).toContain('An error occurred while sharing content.');
    expect(await screen.findByRole('dialog')).toHaveAttribute('open');
    // Once closed, it folds like the rest.
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' }),
    );
    expect(summaries()).toHaveLength(1);
    expect(
      within(area).getByRole('button', { name: 'Show 2 more notifications' }),
    ).toBeInTheDocument();
  });
});

describe('announcements, read from the live regions', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  const wait = () => act(() => vi.advanceTimersByTime(150));

  it('announces a notice once, a moment after it renders', () => {
    const { push } = renderConversation();
    push(486);
    expect(announced().polite).toEqual([]);
    wait();
    expect(announced().polite).toEqual(['Error: The contact is in another call.']);
  });

  it('announces nothing when "Show N more" expands or folds, or a notice slides back into view', () => {
    const { area, push, summaries } = renderConversation({ max: 1 });
    push(486);
    wait();
    push(404);
    wait();
    push(503);
    wait();
    const before = announced();
    expect(before.polite).toHaveLength(3);
    fireEvent.click(within(area).getByRole('button', { name: 'Show 2 more notifications' }));
    wait();
    expect(summaries()).toHaveLength(3);
    fireEvent.click(within(area).getByRole('button', { name: 'Show fewer notifications' }));
    wait();
    // The newest dismissed: the one below slides into view; it is not news.
    fireEvent.click(within(area).getAllByRole('button', { name: /^Dismiss: / })[0] as HTMLElement);
    wait();
    expect(summaries()).toHaveLength(1);
    expect(announced()).toEqual(before);
  });

  it('loads the words of a folded notice’s family and announces it once they are in', async () => {
    let arrive: (words: ToyWords) => void = () => {};
    const lazyToy = withLazyEnglish(
      'uc-error-kit-toy-folded',
      () => new Promise<ToyWords>((r) => (arrive = r)),
    );
    render(
      <ErrorNotificationArea
        notices={[
          { family: msOcer, id: 'a', error: { sipStatus: 486 }, context: { mode: 'Voice' } },
          { family: lazyToy, id: 'b', error: { code: 2 } },
        ]}
        onDismiss={() => {}}
        max={1}
      />,
    );
    wait();
    expect(announced().polite).toEqual(['Error: The contact is in another call.']);
    await act(async () => arrive({ default: toy.bundled }));
    wait();
    expect(announced().polite).toEqual([
      'Error: The contact is in another call.',
      'Error: You are offline.',
    ]);
  });

  it('announces a repeated error "again" and shows "×2" on the notice', () => {
    const { area, push } = renderConversation();
    push(486);
    wait();
    push(486);
    wait();
    expect(announced().polite).toEqual([
      'Error: The contact is in another call.',
      'Error (again): The contact is in another call.',
    ]);
    const notice = within(area).getByRole('group');
    const badge = within(notice).getByRole('img', { name: 'Happened 2 times' });
    expect(badge).toHaveTextContent('×2');
    expect(notice).toHaveClass('ucek-notice--again');
    push(486);
    wait();
    expect(within(notice).getByRole('img', { name: 'Happened 3 times' })).toHaveTextContent('×3');
    expect(announced().polite).toHaveLength(3);
  });

  it('announces nothing under politeness="off", for a notice or an area', () => {
    render(
      <>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          politeness="off"
        />
        <ErrorNotificationArea
          notices={[
            { family: msOcer, id: 'a', error: { sipStatus: 404 }, context: { mode: 'Voice' } },
          ]}
          onDismiss={() => {}}
          politeness="off"
        />
      </>,
    );
    wait();
    expect(screen.getAllByRole('group')).toHaveLength(2);
    expect(announced()).toEqual({ polite: [], assertive: [] });
  });

  it('does not announce an IM notice inside the host\'s role="log", which reads it already', () => {
    render(
      <div role="log" aria-label="Conversation with Avery">
        <p>Avery: See you at 3?</p>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'IM' }}
          error={{ sipStatus: 480 }}
          values={{ userName: 'Avery' }}
        />
      </div>,
    );
    wait();
    expect(screen.getByRole('group')).toHaveTextContent('This message was not delivered');
    expect(announced()).toEqual({ polite: [], assertive: [] });
  });

  it('announces the same IM notice outside a log, assertively', () => {
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'IM' }}
        error={{ sipStatus: 480 }}
        values={{ userName: 'Avery' }}
      />,
    );
    wait();
    expect(announced().assertive).toEqual([
      `Error: ${formatError(msOcer, { sipStatus: 480 }, { mode: 'IM' }, { values: { userName: 'Avery' } }).summary}`,
    ]);
  });

  it('announces a standalone notice once under StrictMode, and again when the host shows it for a new failure', () => {
    const ui = (shown: boolean) => (
      <StrictMode>
        {shown && (
          <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 503 }} />
        )}
      </StrictMode>
    );
    const { rerender } = render(ui(true));
    wait();
    rerender(ui(true));
    wait();
    expect(announced().polite).toHaveLength(1);
    // The call is retried and fails the same way: a new notice, and news.
    rerender(ui(false));
    rerender(ui(true));
    wait();
    expect(announced().polite).toHaveLength(2);
    expect(new Set(announced().polite).size).toBe(1);
  });

  it("announces the first notice of each of two areas, whose queues' ids meet", () => {
    const notice = { family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } };
    render(
      <>
        <ErrorNotificationArea
          notices={[{ ...notice, id: 'ucek-notice-1', seq: 1 }]}
          onDismiss={() => {}}
          label="Call with Avery"
        />
        <ErrorNotificationArea
          notices={[{ ...notice, id: 'ucek-notice-1', seq: 1 }]}
          onDismiss={() => {}}
          label="Call with Blake"
        />
      </>,
    );
    wait();
    expect(announced().polite).toEqual([
      'Error: The contact is in another call.',
      'Error: The contact is in another call.',
    ]);
  });

  it('has its live regions from the first mount, before any notice', () => {
    render(<ErrorNotificationArea notices={[]} onDismiss={() => {}} />);
    expect(document.querySelector('[data-ucek-announcer="polite"]')).toBeInTheDocument();
    expect(document.querySelector('[data-ucek-announcer="assertive"]')).toBeInTheDocument();
  });
});

describe('keyboard', () => {
  it('dismisses a focused notice with Escape and gives focus back', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(
      <>
        <button type="button">Mute</button>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ sipStatus: 486 }}
          onDismiss={onDismiss}
        />
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Details/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('dismisses the focused notice of an area with Escape and moves to the next one', async () => {
    const user = userEvent.setup();
    const { area, push, summaries } = renderConversation();
    push(486);
    push(404);
    within(area).getAllByRole('group')[0]?.focus();
    await user.keyboard('{Escape}');
    expect(summaries()).toEqual(['The contact is in another call.']);
    expect(document.activeElement).toHaveAccessibleName('Dismiss: The contact is in another call.');
  });

  it('closes an open details dialog with Escape without dismissing its notice', async () => {
    const user = userEvent.setup();
    render(<ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 486 }} />);
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('group')).toBeInTheDocument();
  });

  it('exposes F8 on the area with aria-keyshortcuts and a hint as its description', () => {
    render(<ErrorNotificationArea notices={[]} onDismiss={() => {}} />);
    const area = screen.getByRole('region', { name: 'Conversation notifications' });
    expect(area).toHaveAttribute('aria-keyshortcuts', 'F8');
    expect(area).toHaveAccessibleDescription('Press F8 to move to these notifications.');
  });

  it('has neither for an area whose shortcut is turned off', () => {
    render(<ErrorNotificationArea notices={[]} onDismiss={() => {}} hotkey={false} />);
    const area = screen.getByRole('region', { name: 'Conversation notifications' });
    expect(area).not.toHaveAttribute('aria-keyshortcuts');
    expect(area).not.toHaveAttribute('aria-describedby');
    expect(area).toHaveTextContent('');
  });
});

describe('the details dialog', () => {
  /** Each fact's label and value, in order. */
  const factsOf = (dialog: HTMLElement) =>
    [...dialog.querySelectorAll('.ucek-dialog__fact')].map((f) => [
      f.querySelector('dt')?.textContent,
      f.querySelector('dd')?.textContent,
    ]);

  it('shows each fact once, with one label each', async () => {
    const user = userEvent.setup();
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{
          sipStatus: 404,
          msDiagnostics: '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Server component');
    const facts = factsOf(dialog);
    const labels = facts.map(([label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(['Error ID', 'Code', "Server's reason", 'Source', 'Server component']);
    // Every code on one line.
    expect(facts[1]?.[1]).toMatch(/ms-diagnostics 1008.*SIP 404|SIP 404.*ms-diagnostics 1008/);
    expect(dialog.textContent?.match(/Unable to resolve DNS SRV record/g)).toHaveLength(1);
  });

  it("labels the client catalog's reason apart from the server's", async () => {
    const user = userEvent.setup();
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: '1008;reason="Something else entirely"' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText("Client catalog's reason");
    const labels = factsOf(dialog).map(([label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(expect.arrayContaining(["Server's reason", "Client catalog's reason"]));
  });
});
