import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  type AnyFamily,
  ErrorNoticeQueue,
  ErrorNotificationArea,
  type ErrorNotificationAreaProps,
  useErrorNotices,
} from '../../src/index';
import { AFTERNOON, FAMILIES, noticeOf, type Sample, valuesFor } from '../support/kit';
import { announcements, expectedIn, pause, summariesOf, uiIn } from '../support/play';

/** Call, meeting, sharing and video errors of one afternoon, oldest first. */
const SAMPLES = AFTERNOON;

/** A sample as the queue takes it. */
function pushOf(sample: Sample & { id: string }) {
  return { ...noticeOf(sample), id: sample.id };
}

interface AreaDemoArgs {
  /** How many of the samples are pushed before the first render. */
  count: number;
  /** Notices shown before the rest fold behind "Show N more notifications". */
  max: ErrorNotificationAreaProps['max'];
  /**
   * The area's accessible name. Each story names its own: a docs page shows several areas,
   * and landmarks with one name would be indistinguishable.
   */
  label: string;
}

/** The area as a host wires it: a queue, `useErrorNotices`, and the area as its view. */
function AreaDemo({ count, max, label }: AreaDemoArgs) {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue();
    for (const sample of SAMPLES.slice(0, count)) q.push(pushOf(sample));
    return q;
  });
  const { notices, push, dismiss, dismissAll } = useErrorNotices({ queue });
  return (
    <div className="sb-stack">
      <div className="sb-row">
        {SAMPLES.map((sample) => (
          <button
            key={sample.id}
            type="button"
            className="sb-button"
            onClick={() => push(pushOf(sample))}
          >
            Push “{sample.id}”
          </button>
        ))}
        <button
          type="button"
          className="sb-button"
          onClick={() => {
            const last = SAMPLES.at(-1);
            if (last) setTimeout(() => push(pushOf(last)), 300);
          }}
        >
          A call fails in 0.3 s
        </button>
      </div>
      <div className="sb-bar-frame">
        <ErrorNotificationArea
          notices={notices}
          onDismiss={dismiss}
          onDismissAll={dismissAll}
          max={max}
          label={label || undefined}
        />
      </div>
      <button type="button" className="sb-button">
        Hang up
      </button>
    </div>
  );
}

const meta = {
  title: 'Components/ErrorNotificationArea',
  component: AreaDemo,
  // A new queue whenever the controls change the starting set.
  render: (args) => <AreaDemo key={`${args.count}/${args.max}`} {...args} />,
  args: { count: 4, max: 3, label: 'Call notifications' },
  argTypes: {
    count: { control: { type: 'range', min: 0, max: SAMPLES.length, step: 1 } },
    max: { control: { type: 'number', min: 1, step: 1 } },
  },
} satisfies Meta<typeof AreaDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The samples' sentences, newest first, as the area lists them. */
function newestFirst(globals: Record<string, unknown>, count = SAMPLES.length): string[] {
  return SAMPLES.slice(0, count)
    .reverse()
    .map((s) => {
      const n = noticeOf(s);
      return expectedIn(globals, n.family, n.error, n.context, n.values).summary;
    });
}

function areaOf(root: HTMLElement): HTMLElement {
  return root.querySelector('.ucek-area') as HTMLElement;
}

/**
 * Four errors with room for three: newest first, the oldest folded behind "Show 1 more";
 * unfolding announces nothing (those errors were announced when they came).
 */
export const Folding: Story = {
  name: 'Folding: Show 1 more',
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const all = newestFirst(globals);
    await step('shows the three newest, each with the words formatError gives', async () => {
      await expect(summariesOf(areaOf(canvasElement))).toEqual(all.slice(0, 3));
    });
    let said: string[] = [];
    await step('each error that came is announced once, politely', async () => {
      await waitFor(() => expect(announcements('polite').length).toBeGreaterThanOrEqual(3));
      await pause(300);
      said = announcements('polite');
      await expect(new Set(said).size).toBe(said.length);
    });
    await step('"Show 1 more" unfolds the rest and announces nothing again', async () => {
      const more = canvas.getByRole('button', {
        name: uiIn(globals, 'area.more', { count: '1' }, 1),
      });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(more);
      await expect(summariesOf(areaOf(canvasElement))).toEqual(all);
      await pause(300);
      await expect(announcements('polite')).toEqual(said);
    });
  },
};

/** The same error pushed again: one notice, "×2", announced again with "again". */
export const Repeated: Story = {
  name: 'Repeated error: ×2',
  args: { count: 0, label: 'Notifications, repeated error' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const [busy] = newestFirst(globals, 1) as [string];
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await waitFor(() => expect(announcements('polite')).toHaveLength(1));
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await expect(summariesOf(areaOf(canvasElement))).toEqual([busy]);
    const badge = canvas.getByRole('img', {
      name: uiIn(globals, 'notice.repeated', { count: '2' }, 2),
    });
    await expect(badge).toHaveTextContent('×2');
    const label = uiIn(globals, 'intent.error');
    await waitFor(() =>
      expect(announcements('polite').at(-1)).toBe(
        uiIn(globals, 'notice.again', { label, summary: busy }),
      ),
    );
    // Under reduced motion (the test runs emulate it) the pulse does not run.
    const notice = canvasElement.querySelector('.ucek-notice--again') as HTMLElement;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches)
      await expect(getComputedStyle(notice).animationName).toBe('none');
  },
};

/**
 * Focus never lost to folding: with focus on the third notice, a new error pushes it behind
 * "Show N more", and focus moves to that control.
 */
export const FocusWhenFolded: Story = {
  name: 'Focus when the focused notice folds',
  args: { count: 3, label: 'Notifications, folding focus' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const [, , oldest] = newestFirst(globals, 3) as [string, string, string];
    await userEvent.click(canvas.getByRole('button', { name: 'A call fails in 0.3 s' }));
    // The keyboard user is on the oldest notice when the new error arrives.
    const dismissOldest = canvas.getByRole('button', {
      name: uiIn(globals, 'notice.dismiss', { summary: oldest }),
    });
    dismissOldest.focus();
    await waitFor(() => expect(summariesOf(areaOf(canvasElement))).toHaveLength(3));
    await waitFor(() => expect(summariesOf(areaOf(canvasElement))).not.toContain(oldest));
    const more = canvas.getByRole('button', {
      name: uiIn(globals, 'area.more', { count: '1' }, 1),
    });
    await waitFor(() => expect(more).toHaveFocus());
  },
};

/** Dismissing one moves focus to the next notice's dismiss button. */
export const DismissFocus: Story = {
  name: 'Dismiss: focus to the next notice',
  args: { count: 3, label: 'Notifications, dismissal' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const [newest, middle, oldest] = newestFirst(globals, 3) as [string, string, string];
    const dismissOf = (summary: string) =>
      canvas.getByRole('button', { name: uiIn(globals, 'notice.dismiss', { summary }) });
    dismissOf(newest).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(summariesOf(areaOf(canvasElement))).toEqual([middle, oldest]));
    await waitFor(() => expect(dismissOf(middle)).toHaveFocus());
  },
};

/** Escape on a focused notice dismisses it; focus moves on within the area. */
export const EscapeDismisses: Story = {
  name: 'Escape dismisses the focused notice',
  args: { count: 2, label: 'Notifications, Escape' },
  play: async ({ canvasElement, globals }) => {
    const [newest, older] = newestFirst(globals, 2) as [string, string];
    const notice = canvasElement.querySelector('.ucek-area .ucek-notice') as HTMLElement;
    notice.focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(summariesOf(areaOf(canvasElement))).toEqual([older]));
    await expect(summariesOf(areaOf(canvasElement))).not.toContain(newest);
    await waitFor(() => expect(areaOf(canvasElement).contains(document.activeElement)).toBe(true));
  },
};

/**
 * F8 from the page moves into the area; "Dismiss all" empties it and focus goes back to
 * where it was before F8, never to the empty area or `<body>`.
 */
export const DismissAll: Story = {
  name: 'F8, then Dismiss all: focus back',
  args: { label: 'Notifications, dismiss all' },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const hangUp = canvas.getByRole('button', { name: 'Hang up' });
    const area = areaOf(canvasElement);
    await step('the area names its shortcut', async () => {
      await expect(area).toHaveAttribute('aria-keyshortcuts', 'F8');
      await expect(area).toHaveAccessibleDescription(uiIn(globals, 'area.hotkey', { key: 'F8' }));
    });
    await step('F8 moves focus into the area', async () => {
      hangUp.focus();
      await waitFor(async () => {
        if (!area.contains(document.activeElement)) await userEvent.keyboard('{F8}');
        await expect(area.contains(document.activeElement)).toBe(true);
      });
    });
    await step('"Dismiss all" empties it; focus returns to "Hang up"', async () => {
      const all = canvas.getByRole('button', { name: uiIn(globals, 'area.dismissAll') });
      all.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(summariesOf(area)).toEqual([]));
      await waitFor(() => expect(hangUp).toHaveFocus());
    });
    await step('the next error pushed shows again (the story ends with it)', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
      await waitFor(() => expect(summariesOf(area)).toEqual(newestFirst(globals, 1)));
    });
  },
};

/** Empty at first: the region and the kit's live regions exist before the first error. */
export const Empty: Story = {
  name: 'Empty, then one error',
  args: { count: 0, label: 'Notifications, empty at first' },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: args.label })).toBeInTheDocument();
    await expect(document.querySelector('[data-ucek-announcer="polite"]')).not.toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await waitFor(() =>
      expect(summariesOf(areaOf(canvasElement))).toEqual(newestFirst(globals, 1)),
    );
  },
};

/** The first shown notification-bar entry of a family, as a push. */
function firstBarEntry(family: AnyFamily) {
  const entry = family.entries().find((e) => {
    const r = family.resolve(e.input, e.context);
    return r.show && r.handled;
  });
  return (
    entry && {
      id: family.id,
      family,
      error: entry.input,
      context: entry.context,
      values: valuesFor(family),
    }
  );
}

/** One area, every family of the list: one error of each, newest first. */
function MixedArea({ label }: { label: string }) {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue();
    for (const family of FAMILIES) {
      const push = firstBarEntry(family);
      if (push) q.push(push);
    }
    return q;
  });
  const { notices, dismiss, dismissAll } = useErrorNotices({ queue });
  return (
    <div className="sb-bar-frame">
      <ErrorNotificationArea
        notices={notices}
        onDismiss={dismiss}
        onDismissAll={dismissAll}
        max={FAMILIES.length}
        label={label}
      />
    </div>
  );
}

/** Notices of every family in one queue and one area. */
export const Families: Story = {
  name: 'Every family in one area',
  args: { label: 'Notifications of every family' },
  render: (args) => <MixedArea label={args.label} />,
  play: async ({ canvasElement, globals }) => {
    const want = FAMILIES.map(firstBarEntry)
      .filter((p) => p !== undefined)
      .reverse()
      .map((p) => expectedIn(globals, p.family, p.error, p.context, p.values).summary);
    await expect(summariesOf(areaOf(canvasElement))).toEqual(want);
  },
};
