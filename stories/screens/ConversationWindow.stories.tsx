import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import {
  ErrorNotice,
  ErrorNoticeQueue,
  ErrorNotificationArea,
  useErrorNotices,
} from '../../src/index';
import { AFTERNOON, EXAMPLE_VALUES, noticeOf, type Sample } from '../support/kit';
import { announcements, expectedIn, pause, summariesOf } from '../support/play';

/** Call, meeting, sharing and video errors of one afternoon, oldest first. */
const BAR_SAMPLES = AFTERNOON;

/** IM errors, written in the IM area among the messages. */
const IM_SAMPLES: readonly Sample[] = [
  {
    family: 'ms-ocer',
    text: 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record"',
    context: { mode: 'IM', action: 'send' },
    undeliveredMessage: 'Are we still on for the 3 pm review?',
  },
  {
    family: 'ms-ocer',
    text: 'SIP/2.0 480 Temporarily Unavailable',
    context: { mode: 'IM', action: 'send' },
    undeliveredMessage: 'I have sent you the slides.',
  },
];

const [federation, offline] = IM_SAMPLES as [Sample, Sample];

function summariesWanted(globals: Record<string, unknown>, samples: readonly Sample[]): string[] {
  return samples.map((s) => {
    const n = noticeOf(s);
    return expectedIn(globals, n.family, n.error, n.context, n.values).summary;
  });
}

function Message({ from, time, children }: { from: string; time: string; children: string }) {
  const me = from === 'You';
  return (
    <div className={me ? 'sb-message sb-message--me' : 'sb-message'}>
      <span className="sb-message__meta">
        {from}, {time}
      </span>
      {/* dir="auto": what people type keeps its own direction, whatever the interface's. */}
      <p dir="auto">{children}</p>
    </div>
  );
}

/**
 * A conversation window as a softphone lays it out: the notification area at the top for
 * call, meeting and sharing errors, and the IM area below, where IM errors are written in
 * line with the messages ([MS-OCER] Appendix D, "Handled Error Display"). The screenshots in
 * `screenshots/` are clipped from this story.
 */
function ConversationWindow() {
  const [queue] = useState(() => {
    const q = new ErrorNoticeQueue();
    for (const sample of BAR_SAMPLES) q.push({ ...noticeOf(sample), id: sample.id });
    return q;
  });
  const { notices, dismiss, dismissAll } = useErrorNotices({ queue });
  return (
    <div className="sb-window" data-screenshot="window">
      <div className="sb-window__header">
        <span className="sb-avatar" aria-hidden="true">
          AH
        </span>
        <h1 className="sb-window__title">{EXAMPLE_VALUES.userName}</h1>
      </div>
      <div className="sb-bar-frame" data-screenshot="notification-area">
        <ErrorNotificationArea notices={notices} onDismiss={dismiss} onDismissAll={dismissAll} />
      </div>
      <div
        className="sb-im-frame"
        data-screenshot="im-area"
        role="log"
        aria-label={`Conversation with ${EXAMPLE_VALUES.userName}`}
      >
        <Message from={String(EXAMPLE_VALUES.userName)} time="14:02">
          Can you send me the agenda before the review?
        </Message>
        <Message from="You" time="14:05">
          {federation.undeliveredMessage ?? ''}
        </Message>
        <ErrorNotice {...noticeOf(federation)} />
        <Message from="You" time="14:09">
          {offline.undeliveredMessage ?? ''}
        </Message>
        <ErrorNotice {...noticeOf(offline)} />
      </div>
      <div className="sb-compose">
        <input type="text" aria-label="Type a message" placeholder="Type a message" />
        <button type="button" className="sb-button">
          Send
        </button>
      </div>
    </div>
  );
}

const meta = {
  title: 'Screens/Conversation window',
  component: ConversationWindow,
  play: async ({ canvasElement, globals }) => {
    const area = canvasElement.querySelector(
      '[data-screenshot="notification-area"]',
    ) as HTMLElement;
    const im = canvasElement.querySelector('[data-screenshot="im-area"]') as HTMLElement;
    const newest = [...BAR_SAMPLES].reverse().slice(0, 3);
    await expect(summariesOf(area)).toEqual(summariesWanted(globals, newest));
    // IM errors are lines of the transcript, a host `role="log"`: groups named after their
    // sentence, read by the log itself, so the kit's regions do not say them a second time.
    const lines = within(im).getAllByRole('group');
    await expect(lines.map((g) => g.querySelector('.ucek-notice__summary')?.textContent)).toEqual(
      summariesWanted(globals, IM_SAMPLES),
    );
    await pause(300);
    await expect(announcements('assertive')).toEqual([]);
  },
} satisfies Meta<typeof ConversationWindow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {};

export const Dark: Story = { globals: { theme: 'dark' } };

/** Right to left in the right-to-left pseudo-locale, whose direction the kit gives as `rtl`. */
export const RightToLeft: Story = {
  globals: { locale: 'ar-XB' },
  play: async (context) => {
    await meta.play(context);
    await expect(context.canvasElement.querySelector('.sb-kit')).toHaveAttribute('dir', 'rtl');
  },
};

export const DarkRightToLeft: Story = {
  globals: { theme: 'dark', locale: 'ar-XB' },
  play: RightToLeft.play,
};

/** English forced right to left: what a host's RTL page shows for an untranslated language. */
export const EnglishForcedRightToLeft: Story = {
  name: 'English, forced right to left',
  globals: { dir: 'rtl' },
};

/** The pseudo-locale's 40 % longer sentences in the real layout: nothing may be cut off. */
export const PseudoLocale: Story = { globals: { locale: 'en-XA' } };
