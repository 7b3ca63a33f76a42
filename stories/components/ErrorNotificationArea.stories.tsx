import { msOcer } from '../../src/core/families/ms-ocer/index';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ErrorNoticeQueue,
  ErrorNotificationArea,
  type ErrorNotificationAreaProps,
  useErrorNotices,
} from '../../src/index';
import { expected, expectedIn, uiIn } from '../support/play';
import { BAR_SAMPLES, FAMILY_SAMPLES } from '../support/samples';

interface AreaDemoArgs {
  /** How many of the sample errors are pushed before the first render. */
  count: number;
  /** Notices shown before the rest fold behind "Show N more notifications". */
  max: ErrorNotificationAreaProps['max'];
  /** The area's accessible name; the kit's `area.label` ("Conversation notifications") when empty. */
  label: string;
}

/** The area as a host wires it: a queue, `useErrorNotices`, and the area as its view. */
function AreaDemo({ count, max, label }: AreaDemoArgs) {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue({ family: msOcer });
    for (const sample of BAR_SAMPLES.slice(0, count)) q.push(sample);
    return q;
  });
  const { notices, push, dismiss, dismissAll } = useErrorNotices({ queue });
  return (
    <div className="sb-stack">
      <div className="sb-row">
        {BAR_SAMPLES.map((sample) => (
          <button key={sample.id} type="button" className="sb-button" onClick={() => push(sample)}>
            Push “{sample.id}”
          </button>
        ))}
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
    </div>
  );
}

const meta = {
  title: 'Components/ErrorNotificationArea',
  component: AreaDemo,
  // A new queue whenever the controls change the starting set.
  render: (args) => <AreaDemo key={`${args.count}/${args.max}`} {...args} />,
  args: { count: 4, max: 3, label: '' },
  argTypes: {
    count: { control: { type: 'range', min: 0, max: BAR_SAMPLES.length, step: 1 } },
    max: { control: { type: 'number', min: 1, step: 1 } },
  },
} satisfies Meta<typeof AreaDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The rendered sentences of the area, top to bottom. */
function shownSummaries(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.ucek-area .ucek-notice__summary')].map(
    (el) => el.textContent ?? '',
  );
}

/** The samples' sentences, newest first, as the area lists them. */
function newestFirst(globals: Record<string, unknown>, count = BAR_SAMPLES.length): string[] {
  return BAR_SAMPLES.slice(0, count)
    .reverse()
    .map((s) => expected(globals, s.error ?? {}, s, s.values).summary);
}

/** Four errors with room for three: newest first, the oldest folded behind "Show 1 more". */
export const Default: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const all = newestFirst(globals);

    await step('shows the three newest, each with the words formatError gives', async () => {
      await expect(shownSummaries(canvasElement)).toEqual(all.slice(0, 3));
    });

    await step('"Show 1 more notification" unfolds the rest', async () => {
      const more = canvas.getByRole('button', {
        name: uiIn(globals, 'area.more', { count: '1' }, 1),
      });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(more);
      await expect(shownSummaries(canvasElement)).toEqual(all);
      await expect(
        canvas.getByRole('button', { name: uiIn(globals, 'area.fewer') }),
      ).toHaveAttribute('aria-expanded', 'true');
    });

    await step('dismissing one moves focus to the next dismiss button', async () => {
      await userEvent.click(
        canvas.getByRole('button', {
          name: uiIn(globals, 'notice.dismiss', { summary: all[0] ?? '' }),
        }),
      );
      await waitFor(() => expect(shownSummaries(canvasElement)).toEqual(all.slice(1)));
      await waitFor(() =>
        expect(
          canvas.getByRole('button', {
            name: uiIn(globals, 'notice.dismiss', { summary: all[1] ?? '' }),
          }),
        ).toHaveFocus(),
      );
    });
  },
};

/** "Dismiss all" empties the area and leaves focus on it; a new error then shows again. */
export const DismissAll: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: uiIn(globals, 'area.label') });

    await step('"Dismiss all" empties the area and leaves focus on it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: uiIn(globals, 'area.dismissAll') }));
      await waitFor(() => expect(shownSummaries(canvasElement)).toEqual([]));
      await waitFor(() => expect(region).toHaveFocus());
    });

    await step('the next error pushed shows in the area (the story ends with it)', async () => {
      const [busy] = BAR_SAMPLES;
      await userEvent.click(canvas.getByRole('button', { name: `Push “${busy?.id}”` }));
      await waitFor(() => expect(shownSummaries(canvasElement)).toEqual(newestFirst(globals, 1)));
    });
  },
};

/**
 * The keyboard alone: F8 moves focus into the area from anywhere on the page, Tab reaches a
 * notice's dismiss button, Enter dismisses it, and focus lands on the next notice's dismiss
 * button, never on the page's `<body>`.
 */
export const Keyboard: Story = {
  args: { count: 3 },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const [newest, middle, oldest] = newestFirst(globals, 3) as [string, string, string];
    const dismissOf = (summary: string) =>
      canvas.getByRole('button', { name: uiIn(globals, 'notice.dismiss', { summary }) });

    await step('F8 moves focus into the area, to its first button', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      const area = canvasElement.querySelector('.ucek-area') as HTMLElement;
      // The area listens for F8 from an effect, which React may run a moment after the first
      // paint (it does in the static Storybook): press again until the listener is there.
      await waitFor(async () => {
        if (!area.contains(document.activeElement)) await userEvent.keyboard('{F8}');
        await expect(area.contains(document.activeElement)).toBe(true);
      });
      await expect(document.activeElement).toBe(area.querySelector('.ucek-area__list button'));
    });

    await step('Tab to the newest notice’s dismiss button; Enter dismisses it', async () => {
      const dismiss = dismissOf(newest);
      while (document.activeElement !== dismiss && canvasElement.contains(document.activeElement))
        await userEvent.tab();
      await expect(dismiss).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(shownSummaries(canvasElement)).toEqual([middle, oldest]));
    });

    await step('focus lands on the next dismiss button, not on <body>', async () => {
      await waitFor(() => expect(dismissOf(middle)).toHaveFocus());
      await expect(document.activeElement).not.toBe(document.body);
    });
  },
};

/** The same error pushed twice is one notice; a different one is added on top. */
export const PushingRepeats: Story = {
  args: { count: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(shownSummaries(canvasElement)).toEqual([]);
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await expect(shownSummaries(canvasElement)).toHaveLength(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Push “sharing”' }));
    await expect(shownSummaries(canvasElement)).toHaveLength(2);
  },
};

/**
 * Empty at first: the labelled region is there before the first error, so focus has somewhere
 * to land and the first announcement is not lost; the first error pushed shows in it.
 */
export const Empty: Story = {
  name: 'Empty, then one error',
  args: { count: 0 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: uiIn(globals, 'area.label') });
    await expect(region).toBeEmptyDOMElement();
    // The kit's live regions exist before the first notice (made when the area mounts).
    await waitFor(() =>
      expect(document.querySelector('[data-ucek-announcer="polite"]')).not.toBeNull(),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Push “busy”' }));
    await waitFor(() => expect(shownSummaries(canvasElement)).toEqual(newestFirst(globals, 1)));
  },
};

/** One area, four families: a call error beside a sync, a mail and a Messenger error. */
function MixedArea() {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue({ family: msOcer });
    for (const sample of FAMILY_SAMPLES) q.push(sample);
    return q;
  });
  const { notices, dismiss, dismissAll } = useErrorNotices({ queue });
  return (
    <div className="sb-bar-frame">
      <ErrorNotificationArea
        notices={notices}
        onDismiss={dismiss}
        onDismissAll={dismissAll}
        max={FAMILY_SAMPLES.length}
      />
    </div>
  );
}

/** Notices of every family in one queue and one area, newest first. */
export const Families: Story = {
  render: () => <MixedArea />,
  play: async ({ canvasElement, globals }) => {
    const want = [...FAMILY_SAMPLES]
      .reverse()
      .map((s) => expectedIn(globals, s.family, s.error, s.context, s.values).summary);
    await expect(shownSummaries(canvasElement)).toEqual(want);
  },
};
