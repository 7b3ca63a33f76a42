import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import {
  type ErrorNoticeInit,
  ErrorNotificationArea,
  type ErrorNotificationAreaProps,
  useErrorNotices,
} from '../../src/index';
import { renderWithKit, v } from './render';

/** The area wired to the hook, as an app does it, with buttons to make errors happen. */
function Conversation({
  initial,
  ...props
}: { initial: ErrorNoticeInit[] } & Partial<ErrorNotificationAreaProps>) {
  const { notices, push, dismiss, dismissAll } = useErrorNotices();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          for (const n of initial) push(n);
        }}
      >
        Receive errors
      </button>
      <ErrorNotificationArea
        notices={notices}
        onDismiss={dismiss}
        onDismissAll={dismissAll}
        {...props}
      />
    </>
  );
}

const errors: ErrorNoticeInit[] = [
  {
    family: msOcer,
    error: { sipStatus: 486 },
    values: { userName: 'Avery' },
    context: { mode: 'Voice' },
  },
  { family: msOcer, error: { sipStatus: 599 }, context: { mode: 'Sharing' } },
  { family: msOcer, error: { sipStatus: 599 }, context: { mode: 'Conference' } },
  {
    family: msOcer,
    error: { sipStatus: 480 },
    values: { userName: 'Blake' },
    context: { mode: 'Voice' },
  },
  { family: msOcer, error: {}, context: { mode: 'Other' } },
];

async function setup(
  props: Partial<ErrorNotificationAreaProps> & { initial?: ErrorNoticeInit[] } = {},
) {
  const user = userEvent.setup();
  renderWithKit(<Conversation initial={errors} {...props} />);
  await user.click(screen.getByRole('button', { name: 'Receive errors' }));
  const area = screen.getByRole('region', { name: 'Conversation notifications' });
  const lines = () => [...area.querySelectorAll('.ucek-notice__summary')].map((s) => s.textContent);
  return { user, area, lines };
}

describe('ErrorNotificationArea', () => {
  it('shows the newest first and folds the rest behind "+N more"', async () => {
    const { user, area, lines } = await setup();
    expect(lines()).toEqual([
      'An error occurred.',
      expect.stringContaining('Blake'),
      'An error occurred during the online meeting.',
    ]);
    const more = within(area).getByRole('button', { name: 'Show 2 more notifications' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(lines()).toHaveLength(5);
    expect(lines()[4]).toBe(`${v('Avery')} is in another call.`);
    const fewer = within(area).getByRole('button', { name: 'Show fewer notifications' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    expect(fewer).toHaveFocus();
    await user.click(fewer);
    expect(lines()).toHaveLength(3);
  });

  it('honours max', async () => {
    const { area, lines } = await setup({ max: 2 });
    expect(lines()).toHaveLength(2);
    expect(
      within(area).getByRole('button', { name: 'Show 3 more notifications' }),
    ).toBeInTheDocument();
  });

  it('dismisses one notice and moves focus to the next dismiss button', async () => {
    const { user, area, lines } = await setup();
    const first = within(area).getByRole('button', { name: 'Dismiss: An error occurred.' });
    first.focus();
    await user.keyboard('{Enter}');
    expect(lines()).toHaveLength(3);
    expect(lines()[0]).toContain('Blake');
    expect(document.activeElement).toHaveAccessibleName(expect.stringMatching(/^Dismiss: .*Blake/));
    expect(
      within(area).getByRole('button', { name: 'Show 1 more notification' }),
    ).toBeInTheDocument();
  });

  it('dismisses all and returns focus to where it was before the area (issue 18: no longer the empty area)', async () => {
    const { user, area, lines } = await setup();
    await user.click(within(area).getByRole('button', { name: 'Dismiss all' }));
    expect(lines()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Receive errors' })).toHaveFocus();
    expect(within(area).queryByRole('button')).not.toBeInTheDocument();
  });

  it('dismisses all and leaves focus on the area when it came from nowhere it can return to', async () => {
    const { user, area, lines } = await setup();
    // F8 from the page itself: nothing to go back to.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{F8}');
    expect(area.contains(document.activeElement)).toBe(true);
    await user.click(within(area).getByRole('button', { name: 'Dismiss all' }));
    expect(lines()).toEqual([]);
    expect(area).toHaveFocus();
  });

  it('shows an error again when it happens again after it was dismissed', async () => {
    const { user, area, lines } = await setup({ max: 10 });
    await user.click(
      within(area).getByRole('button', { name: `Dismiss: ${v('Avery')} is in another call.` }),
    );
    expect(lines()).not.toContain(`${v('Avery')} is in another call.`);
    await user.click(screen.getByRole('button', { name: 'Receive errors' }));
    expect(lines()).toContain(`${v('Avery')} is in another call.`);
    expect(lines()).toHaveLength(5);
  });

  it('calls onDismiss for each when no onDismissAll is given', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const notices = [
      { family: msOcer, id: 'a', error: { sipStatus: 486 }, context: { mode: 'Voice' } },
      { family: msOcer, id: 'b', error: { sipStatus: 404 }, context: { mode: 'Voice' } },
    ];
    renderWithKit(<ErrorNotificationArea notices={notices} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(onDismiss.mock.calls).toEqual([['a'], ['b']]);
  });

  it('is operable by keyboard: Tab reaches every button in order, Enter presses', async () => {
    const { user, area, lines } = await setup({ max: 1 });
    area.focus();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      const el = document.activeElement as HTMLElement;
      names.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
    }
    expect(names).toEqual([
      'Details: An error occurred.',
      'Dismiss: An error occurred.',
      'Show 4 more notifications',
      'Dismiss all',
    ]);
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(lines()).toHaveLength(5);
  });

  it('gives each notice the help link of the area unless it has its own', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotificationArea
        notices={[
          { family: msOcer, id: 'a', error: { sipStatus: 599 }, context: { mode: 'Voice' } },
          {
            family: msOcer,
            id: 'b',
            error: { sipStatus: 599 },
            helpHref: '/help/sharing',
            context: { mode: 'Sharing' },
          },
        ]}
        onDismiss={() => {}}
        helpHref="/help"
      />,
    );
    await user.click(
      screen.getByRole('button', { name: 'Details: An error occurred while sharing content.' }),
    );
    expect(within(await screen.findByRole('dialog')).getByRole('link')).toHaveAttribute(
      'href',
      '/help/sharing',
    );
    await user.keyboard('{Escape}');
    await user.click(
      screen.getByRole('button', { name: 'Details: Call was not completed or has ended.' }),
    );
    expect(within(await screen.findByRole('dialog')).getByRole('link')).toHaveAttribute(
      'href',
      '/help',
    );
  });

  it('takes its label from the prop', () => {
    renderWithKit(<ErrorNotificationArea notices={[]} onDismiss={() => {}} label="Call alerts" />);
    expect(screen.getByRole('region', { name: 'Call alerts' })).toBeInTheDocument();
  });
});
