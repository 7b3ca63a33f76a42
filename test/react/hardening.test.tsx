/**
 * What a keyboard and screen-reader user, and an attacker, found in the views: each case
 * failed before its fix.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  ErrorNotice,
  type ErrorNoticeInit,
  ErrorNotificationArea,
  useErrorNotices,
} from '../../src/index';
import { isSafeHref } from '../../src/react/validate';
import { bySentence, v } from './render';

describe('help links', () => {
  const hostile = [
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'da\tta:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ];

  it.each(hostile)('refuses %j, read the way the browser reads the attribute', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it.each(['https://help.contoso.com/lync', 'http://x.test', '/help/im', 'help#1008', '?q=1008'])(
    'accepts %j',
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    },
  );

  it('puts no hostile link in the dialog and says so once', async () => {
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 599 }}
        helpHref={'java\tscript:alert(1)'}
      />,
    );
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toContain('Invalid prop `helpHref`');
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    expect(within(await screen.findByRole('dialog')).queryByRole('link')).not.toBeInTheDocument();
    error.mockRestore();
  });
});

describe('announcements', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has its live regions in the document before the first notice, and fills them after', async () => {
    function Conversation() {
      const { notices, push, dismiss } = useErrorNotices();
      return (
        <>
          <button
            type="button"
            onClick={() =>
              push({ family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } })
            }
          >
            Fail
          </button>
          <ErrorNotificationArea notices={notices} onDismiss={dismiss} />
        </>
      );
    }
    vi.useFakeTimers();
    render(<Conversation />);
    const polite = document.querySelector('[data-ucek-announcer="polite"]');
    const assertive = document.querySelector('[data-ucek-announcer="assertive"]');
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(assertive).toHaveAttribute('aria-live', 'assertive');
    // The notice itself is no live region: one announcement per insertion.
    fireEvent.click(screen.getByRole('button', { name: 'Fail' }));
    const notice = screen.getByRole('group', { name: /^Error: / });
    expect(notice).not.toHaveAttribute('aria-live');
    expect(notice.querySelector('[aria-live], [role="status"], [role="alert"], [role="log"]')).toBe(
      null,
    );
    // Written a moment after the notice renders, into a region that already existed.
    expect(polite).not.toHaveTextContent('Error: The contact is in another call.');
    act(() => vi.advanceTimersByTime(150));
    expect(polite).toHaveTextContent('Error: The contact is in another call.');
    vi.useRealTimers();
  });

  it('announces each of several notices that arrive together', () => {
    vi.useFakeTimers();
    render(
      <ErrorNotificationArea
        notices={[
          { family: msOcer, id: 'a', error: { sipStatus: 486 }, context: { mode: 'Voice' } },
          { family: msOcer, id: 'b', error: { sipStatus: 599 }, context: { mode: 'Sharing' } },
        ]}
        onDismiss={() => {}}
      />,
    );
    const polite = document.querySelector('[data-ucek-announcer="polite"]') as HTMLElement;
    act(() => vi.advanceTimersByTime(150));
    const lines = [...polite.children].map((c) => c.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Error: The contact is in another call.',
        'Error: An error occurred while sharing content.',
      ]),
    );
    vi.useRealTimers();
  });

  it('lets the host choose how urgently the bar is announced', () => {
    vi.useFakeTimers();
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        politeness="assertive"
      />,
    );
    const assertive = document.querySelector('[data-ucek-announcer="assertive"]');
    act(() => vi.advanceTimersByTime(150));
    expect(assertive).toHaveTextContent('Error: The contact is in another call.');
    vi.useRealTimers();
  });
});

describe('focus and keyboard', () => {
  it('returns focus to where it was when a standalone notice is dismissed', async () => {
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
        </>
      );
    }
    const user = userEvent.setup();
    render(<Call />);
    const call = screen.getByRole('button', { name: 'Call Avery' });
    await user.click(call);
    await user.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(call).toHaveFocus();
  });

  it('keeps Tab inside the open details dialog', async () => {
    const user = userEvent.setup();
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        helpHref="/help"
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    const dialog = await screen.findByRole('dialog');
    for (let i = 0; i < 5; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('moves focus to the notification area with F8', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Mute</button>
        <ErrorNotificationArea
          notices={[
            { family: msOcer, id: 'a', error: { sipStatus: 486 }, context: { mode: 'Voice' } },
          ]}
          onDismiss={() => {}}
        />
      </>,
    );
    screen.getByRole('button', { name: 'Mute' }).focus();
    await user.keyboard('{F8}');
    const area = screen.getByRole('region', { name: 'Conversation notifications' });
    expect(area.contains(document.activeElement)).toBe(true);
  });

  it('folds "Show N more notifications" again after Dismiss all', async () => {
    function Conversation({ initial }: { initial: ErrorNoticeInit[] }) {
      const { notices, push, dismiss, dismissAll } = useErrorNotices();
      return (
        <>
          <button
            type="button"
            onClick={() => {
              for (const n of initial) push(n);
            }}
          >
            Fail
          </button>
          <ErrorNotificationArea
            notices={notices}
            onDismiss={dismiss}
            onDismissAll={dismissAll}
            max={1}
          />
        </>
      );
    }
    const errors: ErrorNoticeInit[] = [
      { family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } },
      { family: msOcer, error: { sipStatus: 404 }, context: { mode: 'Voice' } },
      { family: msOcer, error: { sipStatus: 503 }, context: { mode: 'Voice' } },
    ];
    const user = userEvent.setup();
    render(<Conversation initial={errors} />);
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    await user.click(screen.getByRole('button', { name: 'Show 2 more notifications' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(document.querySelectorAll('.ucek-notice')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show 2 more notifications' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('offers an explicit Details button, not a sentence styled as a link', () => {
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
      />,
    );
    const summary = screen.getByText(bySentence(`${v('Avery')} is in another call.`));
    expect(summary.tagName).toBe('P');
    expect(
      screen.getByRole('button', { name: `Details: ${v('Avery')} is in another call.` }),
    ).toHaveTextContent('Details');
  });
});

describe('hostile values in the views', () => {
  it('cannot reorder the sentence with a name that ends in a right-to-left override', () => {
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery\u202e' }}
      />,
    );
    const summary = document.querySelector('.ucek-notice__summary') as HTMLElement;
    expect(summary.textContent).toBe(`${v('Avery')} is in another call.`);
  });

  it('shows a source with bidi controls as the text it really is, in the dialog', async () => {
    const user = userEvent.setup();
    render(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: '1008;reason="x";source="\u202emoc.osotnoc.pis"' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Sourcemoc.osotnoc.pis');
    expect(dialog.textContent).not.toContain('\u202e');
    act(() => {});
  });
});
