import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ErrorNotice, formatError, INTENTS, type Intent } from '../../src/index';
import { entryOfIntent, noticeOf, type Sample, UNDELIVERED, valuesFor } from '../support/kit';
import { announcements, expectedIn, pause, summaryOf, uiIn } from '../support/play';

/** What a front-end server sends when it cannot route a call: ErrorId, reason and source. */
const DNS_FAILURE: Sample = {
  family: 'ms-ocer',
  text: 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
  context: { mode: 'Voice', action: 'call' },
};

/** An IM the server could not deliver: a line of the conversation. */
const IM_FAILURE: Sample = {
  family: 'ms-ocer',
  text: 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record"',
  context: { mode: 'IM', action: 'send' },
  undeliveredMessage: UNDELIVERED,
};

type NoticeProps = ComponentProps<typeof ErrorNotice>;

/** A story's args: the received error as text, and the notice's own props. */
type NoticeArgs = Omit<NoticeProps, 'family' | 'error' | 'context' | 'values'> & {
  sample: Sample;
};

/** The notice of the sample, in the frame of its placement. */
function Framed({ sample, ...props }: NoticeArgs) {
  const notice = noticeOf(sample);
  const r = notice.family.resolve(notice.error, notice.context);
  const im = (props.variant ?? r.placement) === 'im-area';
  return (
    <div className={im ? 'sb-im-frame' : 'sb-bar-frame'}>
      <ErrorNotice {...notice} {...props} />
    </div>
  );
}

/** What `formatError` gives for the story's sample in its language. */
function want(args: NoticeArgs, globals: Record<string, unknown>) {
  const n = noticeOf(args.sample);
  return expectedIn(globals, n.family, n.error, n.context, n.values);
}

const meta = {
  title: 'Components/ErrorNotice',
  render: (args) => <Framed {...args} />,
  args: {
    sample: DNS_FAILURE,
    helpHref: 'https://support.contoso.com/uc-errors',
    onDismiss: fn(),
  },
  argTypes: {
    sample: {
      description:
        'The received error: a family id of the kit’s list, the text as pasted, the context',
      control: 'object',
    },
    variant: { control: 'select', options: [undefined, 'notification-bar', 'im-area'] },
    politeness: { control: 'select', options: [undefined, 'polite', 'assertive', 'off'] },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A call that could not be routed, in the notification bar: a group named "Error: …", a
 * Details button, a dismiss button, and the sentence said once through the kit's polite live
 * region (the notice itself is no live region).
 */
export const NotificationBar: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const w = want(args, globals);
    const label = uiIn(globals, 'intent.error');
    await expect(summaryOf(canvasElement)).toBe(w.summary);
    await expect(canvas.getByRole('group', { name: `${label}: ${w.summary}` })).toBeVisible();
    await expect(canvasElement.querySelector('[aria-live]')).toBeNull();
    await expect(
      canvas.getByRole('button', { name: `${uiIn(globals, 'notice.details')}: ${w.summary}` }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: uiIn(globals, 'notice.dismiss', { summary: w.summary }) }),
    ).toBeVisible();
    // Polite, and once: it never cuts off what a screen reader is saying mid-call.
    await waitFor(() => expect(announcements('polite')).toEqual([`${label}: ${w.summary}`]));
    await pause(300);
    await expect(announcements('polite')).toEqual([`${label}: ${w.summary}`]);
  },
};

/** One notice of each intent, the first entry of the kit's list that has it. */
function IntentsDemo() {
  return (
    <ul className="sb-entries sb-entries--column">
      {INTENTS.map((intent) => {
        const found = entryOfIntent(intent);
        if (!found) return null;
        const { family, entry } = found;
        return (
          <li key={intent} className="sb-entry" data-intent-sample={intent}>
            <p className="sb-entry__label">
              <span className="sb-intent" data-intent={intent}>
                {intent}
              </span>{' '}
              <code>{family.display.labelOf(entry)}</code> ({family.id})
            </p>
            <div className="sb-bar-frame">
              <ErrorNotice
                family={family}
                error={entry.input}
                context={entry.context}
                values={valuesFor(family)}
                variant="notification-bar"
                politeness="off"
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The start border of a notice as painted: the intent's accent. */
function accentOf(root: HTMLElement, intent: Intent): string {
  const notice = root.querySelector(`[data-intent-sample="${intent}"] .ucek-notice`) as HTMLElement;
  return getComputedStyle(notice).borderInlineStartColor;
}

/**
 * Error, warning, information, success: each in its own colour, icon and name ("Warning:
 * …"), never a red "Error:" for a delivered message. Each is the first entry of the list
 * that resolves to that intent.
 */
export const Intents: Story = {
  name: 'Intents: error, warning, info, success',
  render: () => <IntentsDemo />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    for (const intent of INTENTS) {
      const notice = canvasElement.querySelector(
        `[data-intent-sample="${intent}"] .ucek-notice`,
      ) as HTMLElement;
      await expect(notice).toHaveAttribute('data-intent', intent);
      const name = notice.getAttribute('aria-label') ?? '';
      await expect(name.startsWith(`${uiIn(globals, `intent.${intent}`)}: `)).toBe(true);
      await expect(canvas.getAllByRole('group', { name })[0]).toBeVisible();
    }
    // Computed colours: every intent paints its own accent.
    const colours = INTENTS.map((i) => accentOf(canvasElement, i));
    await expect(accentOf(canvasElement, 'warning')).not.toBe(accentOf(canvasElement, 'error'));
    await expect(new Set(colours).size).toBe(INTENTS.length);
  },
};

/** An IM that was not delivered: a line in the conversation, quoting the message. */
export const ImArea: Story = {
  name: 'IM area',
  args: { sample: IM_FAILURE, onDismiss: undefined },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const w = want(args, globals);
    const label = uiIn(globals, 'intent.error');
    await expect(canvas.getByRole('group', { name: `${label}: ${w.summary}` })).toBeVisible();
    await expect(canvasElement.querySelector('blockquote')).toHaveTextContent(UNDELIVERED);
    // A line of the conversation's history has no dismiss button.
    await expect(canvasElement.querySelector('.ucek-notice__dismiss')).toBeNull();
    // Assertive: the words the user just sent did not arrive.
    await waitFor(() => expect(announcements('assertive')).toEqual([`${label}: ${w.summary}`]));
  },
};

/** An IM line inside a host's `role="log"`: the log announces it, so the kit stays silent. */
export const ImAreaInLog: Story = {
  name: 'IM area inside a role="log" conversation',
  args: { sample: IM_FAILURE, onDismiss: undefined },
  render: (args) => (
    <div className="sb-im-frame" role="log" aria-label="Conversation with Avery Howard">
      <div className="sb-message sb-message--me">
        <p dir="auto">{UNDELIVERED}</p>
      </div>
      <ErrorNotice {...noticeOf(args.sample)} />
    </div>
  ),
  play: async ({ canvasElement, args, globals }) => {
    const w = want(args, globals);
    const log = within(canvasElement).getByRole('log');
    await expect(summaryOf(log)).toBe(w.summary);
    await pause(400);
    // Not twice: the host's log reads the line, the kit's regions say nothing.
    await expect(announcements('assertive')).toEqual([]);
    await expect(announcements('polite')).toEqual([]);
  },
};

/** `politeness="off"`: a host that announces itself gets no announcement from the kit. */
export const PolitenessOff: Story = {
  name: 'Politeness off',
  args: { politeness: 'off' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.ucek-notice')).not.toBeNull();
    await pause(400);
    await expect(announcements('polite')).toEqual([]);
    await expect(announcements('assertive')).toEqual([]);
  },
};

/** The Details button opens the details; Escape closes them and focus goes back to it. */
export const DetailsDialog: Story = {
  name: 'Details dialog',
  play: async ({ canvasElement, args, globals, step }) => {
    const canvas = within(canvasElement);
    const w = want(args, globals);
    const opener = canvas.getByRole('button', {
      name: `${uiIn(globals, 'notice.details')}: ${w.summary}`,
    });
    await step('opens on click, with each fact once', async () => {
      await userEvent.click(opener);
      const dialog = await canvas.findByRole('dialog', { name: w.summary });
      await waitFor(() => expect(dialog).toHaveAttribute('open'));
      for (const fact of w.facts) await expect(dialog).toHaveTextContent(fact.value);
      await expect(dialog).toHaveTextContent('sip.contoso.com');
      await expect(within(dialog).getByRole('link')).toHaveAttribute('href', args.helpHref);
      // Each label once: the dialog says every fact a single time.
      const terms = [...dialog.querySelectorAll('dt')].map((dt) => dt.textContent);
      await expect(new Set(terms).size).toBe(terms.length);
    });
    await step('Escape closes it and focus returns to the Details button', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await expect(opener).toHaveFocus();
      // Escape in the dialog closes the dialog only, not the notice behind it.
      await expect(canvasElement.querySelector('.ucek-notice')).not.toBeNull();
    });
  },
};

/** The dialog left open, so that axe checks it and the screenshots show it. */
export const DetailsDialogOpen: Story = {
  name: 'Details dialog, left open',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvasElement.querySelector('.ucek-notice__details') as HTMLElement);
    const dialog = await canvas.findByRole('dialog');
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    // axe runs after the play function: let the on-demand facts (the family's `describe`,
    // here the server component of ErrorId 1008) arrive first.
    await within(dialog).findByText('SipStack', {}, { timeout: 5000 });
  },
};

/** A host page: a button before the notice, to see where focus goes back to. */
function WithFocusBefore(args: NoticeArgs) {
  const [round, setRound] = useState(0);
  return (
    <div className="sb-stack">
      <button type="button" className="sb-button" onClick={() => setRound(round + 1)}>
        Call Avery again
      </button>
      <Framed key={round} {...args} />
      <button type="button" className="sb-button">
        After the notice
      </button>
    </div>
  );
}

/**
 * Escape on the focused notice dismisses it, as Radix Toast does; focus goes back to where
 * it was when the notice appeared, never to `<body>`.
 */
export const EscapeDismisses: Story = {
  name: 'Escape dismisses, focus goes back',
  render: (args) => <WithFocusBefore {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const before = canvas.getByRole('button', { name: 'Call Avery again' });
    // The notice appears while focus is on the call button, as after pressing it.
    await userEvent.click(before);
    const notice = await waitFor(() => {
      const n = canvasElement.querySelector<HTMLElement>('.ucek-notice');
      if (!n) throw new Error('no notice yet');
      return n;
    });
    notice.focus();
    await expect(notice).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvasElement.querySelector('.ucek-notice')).toBeNull());
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(before).toHaveFocus());
    // The story ends with the notice in view again.
    await userEvent.click(before);
  },
};

/** The dismiss button from the keyboard: focus lands on a control, never on `<body>`. */
export const DismissFromKeyboard: Story = {
  name: 'Dismiss from the keyboard, focus kept',
  render: (args) => <WithFocusBefore {...args} />,
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const w = want(args, globals);
    const dismiss = canvas.getByRole('button', {
      name: uiIn(globals, 'notice.dismiss', { summary: w.summary }),
    });
    dismiss.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('.ucek-notice')).toBeNull());
    await expect(document.activeElement).not.toBe(document.body);
    await expect(canvasElement.contains(document.activeElement)).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Call Avery again' }));
  },
};

/** An outcome the family marks `show: false` renders nothing unless the host asks. */
export const HiddenOutcome: Story = {
  name: 'show: false, hidden unless asked',
  args: { sample: { family: 'msnp', text: '218' } },
  render: (args) => (
    <div className="sb-stack">
      <div data-default>
        <Framed {...args} />
      </div>
      <div data-asked>
        <Framed {...args} showHidden />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-default] .ucek-notice')).toBeNull();
    await expect(canvasElement.querySelector('[data-asked] .ucek-notice')).not.toBeNull();
  },
};

/** Buttons at 320 px, a phone's width: the actions wrap under the sentence. */
export const Narrow320: Story = {
  name: 'Actions at 320 px',
  args: {
    actions: [
      { label: 'Try again', onPress: fn() },
      { label: 'Call their mobile', onPress: fn() },
    ],
  },
  render: (args) => (
    <div style={{ inlineSize: 320, boxSizing: 'border-box' }}>
      <Framed {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    const body = canvasElement.querySelector('.ucek-notice__body') as HTMLElement;
    const actions = canvasElement.querySelector('.ucek-notice__actions') as HTMLElement;
    await expect(notice.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(actions.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      body.getBoundingClientRect().bottom - 1,
    );
    await expect(body.getBoundingClientRect().width).toBeGreaterThan(180);
  },
};

/** A remote display name of 2,000 characters: a value in the bar keeps the verb in view. */
const LONG_NAME = `Avery ${'Cordelia-Montgomery '.repeat(100)}Chen`;

/**
 * A very long display name from a remote peer: the bar shows the start of the name, an
 * ellipsis and the rest of the sentence; the whole name is in the notice's accessible name,
 * the value's tooltip and the details dialog. The buttons sit on the sentence's first line.
 */
export const LongDisplayName: Story = {
  name: 'Long display name',
  args: {
    sample: { family: 'ms-ocer', text: 'SIP/2.0 486 Busy Here', context: { mode: 'Voice' } },
  },
  render: ({ sample, ...props }) => (
    <div className="sb-bar-frame">
      <ErrorNotice {...noticeOf(sample)} {...props} values={{ userName: LONG_NAME }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('.ucek-notice__summary') as HTMLElement;
    const value = summary.querySelector('.ucek-value') as HTMLElement;
    // The verb is on screen, on the first line, after the cut name.
    await expect(summary.getBoundingClientRect().height).toBeLessThan(60);
    await expect(value.scrollWidth).toBeGreaterThan(value.clientWidth);
    await expect(value.title).toBe(LONG_NAME);
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    await expect(notice.getAttribute('aria-label')).toContain(LONG_NAME);
    // Where the Details button stands beside the sentence (not wrapped under it, as at
    // 320 px), its label shares the sentence's first line.
    const button = canvasElement.querySelector('.ucek-notice__details') as HTMLElement;
    const line = summary.getBoundingClientRect();
    const label = button.getBoundingClientRect();
    if (label.top < line.bottom)
      await expect(Math.abs(label.top + label.height / 2 - (line.top + 10))).toBeLessThan(12);
  },
};

/** The same check for a right-to-left language: the page and the sentence are right to left. */
async function checkRightToLeft({
  canvasElement,
  args,
  globals,
}: {
  canvasElement: HTMLElement;
  args: NoticeArgs;
  globals: Record<string, unknown>;
}) {
  const w = want(args, globals);
  await expect(summaryOf(canvasElement)).toBe(w.summary);
  await expect(
    canvasElement.querySelector('.sb-kit') ?? canvasElement.closest('.sb-kit'),
  ).toHaveAttribute('dir', 'rtl');
  const summary = canvasElement.querySelector('.ucek-notice__summary');
  await expect(summary).toHaveAttribute('lang', w.summaryLanguage.lang);
  await expect(summary).toHaveAttribute('dir', w.summaryLanguage.dir);
  // The icon leads on the right, the dismiss button ends on the left.
  const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
  const icon = notice.querySelector('.ucek-notice__icon')?.getBoundingClientRect();
  const dismiss = notice.querySelector('.ucek-notice__dismiss')?.getBoundingClientRect();
  await expect(icon && dismiss && icon.left > dismiss.left).toBe(true);
}

/** Arabic, loaded on demand, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, play: checkRightToLeft };

/** Hebrew, loaded on demand, right to left. */
export const Hebrew: Story = { globals: { locale: 'he' }, play: checkRightToLeft };

/** An IM line in Arabic: the quoted message keeps its stripe on the start side (right). */
export const ImAreaArabic: Story = {
  name: 'IM area, Arabic',
  args: { sample: IM_FAILURE, onDismiss: undefined },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const quote = canvasElement.querySelector('blockquote') as HTMLElement;
    const style = getComputedStyle(quote);
    await expect(style.borderRightWidth).not.toBe('0px');
  },
};

/** German, loaded on demand: the words come from `locales/de/*.json`. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement, args, globals }) => {
    const w = want(args, globals);
    const n = noticeOf(args.sample);
    const english = formatError(n.family, n.error, n.context, { values: n.values });
    await expect(summaryOf(canvasElement)).toBe(w.summary);
    await expect(w.summary).not.toBe(english.summary);
  },
};

/** Under the pseudo-locale every word the kit shows is looked up: none stays plain. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  play: async ({ canvasElement, args, globals }) => {
    await expect(summaryOf(canvasElement)).toBe(want(args, globals).summary);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /^\[Ðîšɱîšš: / })).toBeInTheDocument();
  },
};

/** A language with no words at all shows the English sentence, never a key. */
export const MissingTranslation: Story = {
  globals: { locale: 'zz' },
  play: async ({ canvasElement, args }) => {
    const n = noticeOf(args.sample);
    const english = formatError(n.family, n.error, n.context, { values: n.values });
    await expect(summaryOf(canvasElement)).toBe(english.summary);
  },
};

/** Dark theme, through the `data-theme` hook of the kit's CSS. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    const rgb = getComputedStyle(notice).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    // A dark fill: every channel low.
    await expect(Math.max(...rgb.slice(0, 3))).toBeLessThan(90);
  },
};
