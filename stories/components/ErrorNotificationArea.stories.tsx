import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ErrorNoticeQueue,
  ErrorNotificationArea,
  type ErrorNotificationAreaProps,
  useErrorNotices,
} from '../../src/index';
import { expected } from '../support/play';
import { BAR_SAMPLES } from '../support/samples';

interface AreaDemoArgs {
  /** How many of the sample errors are pushed before the first render. */
  count: number;
  /** Notices shown before the rest fold into "+N more". */
  max: ErrorNotificationAreaProps['max'];
  /** The area's accessible name; the kit's `ui.area.label` when empty. */
  label: string;
}

/** The area as a host wires it: a queue, `useErrorNotices`, and the area as its view. */
function AreaDemo({ count, max, label }: AreaDemoArgs) {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue();
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

/** Four errors with room for three: newest first, the oldest folded into "+1 more". */
export const Default: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const newestFirst = [...BAR_SAMPLES]
      .reverse()
      .map((s) => expected(globals, s.error ?? {}, s, s.values).summary);

    await step('shows the three newest, each with the words formatError gives', async () => {
      await expect(shownSummaries(canvasElement)).toEqual(newestFirst.slice(0, 3));
    });

    await step('"+1 more" unfolds the rest', async () => {
      const more = canvas.getByRole('button', { name: '+1 more' });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(more);
      await expect(shownSummaries(canvasElement)).toEqual(newestFirst);
      await expect(canvas.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    });

    await step('dismissing one moves focus to the next dismiss button', async () => {
      await userEvent.click(canvas.getByRole('button', { name: `Dismiss: ${newestFirst[0]}` }));
      await expect(shownSummaries(canvasElement)).toEqual(newestFirst.slice(1));
      await waitFor(() =>
        expect(canvas.getByRole('button', { name: `Dismiss: ${newestFirst[1]}` })).toHaveFocus(),
      );
    });

    await step('"Dismiss all" empties the area and leaves focus on it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Dismiss all' }));
      await expect(shownSummaries(canvasElement)).toEqual([]);
      await waitFor(() =>
        expect(canvas.getByRole('region', { name: 'Conversation notifications' })).toHaveFocus(),
      );
    });
  },
};

/** The keyboard alone: Tab through a notice, Enter on its dismiss button. */
export const Keyboard: Story = {
  args: { count: 2 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const [older, newer] = BAR_SAMPLES.slice(0, 2).map(
      (s) => expected(globals, s.error ?? {}, s, s.values).summary,
    );
    const dismissNewer = canvas.getByRole('button', { name: `Dismiss: ${newer}` });
    dismissNewer.focus();
    await userEvent.keyboard('{Enter}');
    await expect(shownSummaries(canvasElement)).toEqual([older]);
    // Focus lands on what is now the first notice's dismiss button: Enter again clears it.
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: `Dismiss: ${older}` })).toHaveFocus(),
    );
    await userEvent.keyboard('{Enter}');
    await expect(shownSummaries(canvasElement)).toEqual([]);
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

/** Empty: the labelled region stays, so focus has somewhere to land. */
export const Empty: Story = {
  args: { count: 0 },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', {
      name: 'Conversation notifications',
    });
    await expect(region).toBeEmptyDOMElement();
  },
};
