import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { type AnyFamily, ErrorNotice, formatError } from '../../src/index';
import { eas } from '../../src/core/families/eas/index';
import { msnp } from '../../src/core/families/msnp/index';
import { msOcer, PLACEMENT_BY_MODE } from '../../src/core/families/ms-ocer/index';
import { smtp } from '../../src/core/families/smtp/index';
import { EXAMPLE_VALUES, UNDELIVERED } from '../support/catalog';
import { expected, expectedIn, summaryOf, uiIn } from '../support/play';

/** What a front-end server sends when it cannot route a call: ErrorId, reason and source. */
const DNS_FAILURE = {
  msDiagnostics: '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
};

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour: 0 is black, 1 is white. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The text the kit's hidden live region of `politeness` holds (appended to document.body). */
function announced(politeness: 'polite' | 'assertive'): string {
  return document.querySelector(`[data-ucek-announcer="${politeness}"]`)?.textContent ?? '';
}

type NoticeArgs = ComponentProps<typeof ErrorNotice>;

/** The frame of the placement the notice is in: the top of the window, or the transcript. */
function framed(args: NoticeArgs) {
  const placement = args.variant ?? PLACEMENT_BY_MODE[args.mode as keyof typeof PLACEMENT_BY_MODE];
  return (
    <div className={placement === 'im-area' ? 'sb-im-frame' : 'sb-bar-frame'}>
      <ErrorNotice family={msOcer} {...args} />
    </div>
  );
}

const meta = {
  title: 'Components/ErrorNotice',
  component: ErrorNotice,
  args: {
    family: msOcer,
    error: DNS_FAILURE,
    values: EXAMPLE_VALUES,
    helpHref: 'https://support.contoso.com/uc-errors',
    onDismiss: fn(),
    context: { mode: 'Voice', action: 'call' },
  },
  argTypes: {
    mode: { control: 'select', options: ['IM', 'Voice', 'Conference', 'Sharing', 'Other'] },
    variant: { control: 'select', options: [undefined, 'notification-bar', 'im-area'] },
  },
  render: framed,
} satisfies Meta<typeof ErrorNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The context the shorthand props describe, for `formatError`. */
function contextOf(args: NoticeArgs) {
  return { mode: args.mode, action: args.action, catalog: args.catalog };
}

/**
 * A call that could not be routed, in the notification bar: a group named after the
 * sentence, a Details button, a dismiss button, and the sentence said through the polite
 * live region (the notice itself is no live region).
 */
export const NotificationBar: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    const label = uiIn(globals, 'notice.label');
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    // Visible once its 150 ms entrance (from transparent) has run.
    const group = canvas.getByRole('group', { name: `${label}: ${want.summary}` });
    await waitFor(() => expect(group).toBeVisible());
    await expect(canvasElement.querySelector('.ucek-notice')).toHaveAttribute(
      'data-variant',
      'notification-bar',
    );
    await expect(canvasElement.querySelector('[aria-live]')).toBeNull();
    await expect(
      canvas.getByRole('button', { name: `${uiIn(globals, 'notice.details')}: ${want.summary}` }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', {
        name: uiIn(globals, 'notice.dismiss', { summary: want.summary }),
      }),
    ).toBeVisible();
    // Polite: it never cuts off what a screen reader is saying mid-call.
    await waitFor(() => expect(announced('polite')).toBe(`${label}: ${want.summary}`));
  },
};

/** An IM that was not delivered: a line in the conversation, quoting the message. */
export const ImArea: Story = {
  name: 'IM area',
  args: { mode: 'IM', action: 'send', undeliveredMessage: UNDELIVERED, onDismiss: undefined },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    const label = uiIn(globals, 'notice.label');
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    const group = canvas.getByRole('group', { name: `${label}: ${want.summary}` });
    await waitFor(() => expect(group).toBeVisible());
    await expect(canvasElement.querySelector('blockquote')).toHaveTextContent(UNDELIVERED);
    // A line of the conversation's history has no dismiss button.
    await expect(canvasElement.querySelector('.ucek-notice__dismiss')).toBeNull();
    // Assertive: the words the user just sent did not arrive.
    await waitFor(() => expect(announced('assertive')).toBe(`${label}: ${want.summary}`));
  },
};

/** The Details button opens the details; Escape closes them and focus goes back to it. */
export const DetailsDialog: Story = {
  play: async ({ canvasElement, args, globals, step }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    const opener = canvas.getByRole('button', {
      name: `${uiIn(globals, 'notice.details')}: ${want.summary}`,
    });

    await step('opens on click, with the details, the code and the reason', async () => {
      await userEvent.click(opener);
      const dialog = await canvas.findByRole('dialog', { name: want.summary });
      await waitFor(() => expect(dialog).toHaveAttribute('open'));
      const details = within(dialog);
      for (const line of (want.details ?? '').split('\n').filter(Boolean)) {
        await expect(details.getByText(line)).toBeVisible();
      }
      for (const fact of want.facts) await expect(dialog).toHaveTextContent(fact.value);
      await expect(dialog).toHaveTextContent('sip.contoso.com');
      await expect(details.getByRole('link')).toHaveAttribute('href', args.helpHref);
      // The server's own reason for the ErrorId arrives once its table has loaded: the
      // family's `describe`, loaded on demand.
      const described = (await msOcer.describe(want)).map((f) => f.value);
      await expect(described.some((value) => value.startsWith('1008, SipStack: '))).toBe(true);
      for (const value of described)
        await expect(await details.findByText(value, {}, { timeout: 5000 })).toBeVisible();
      // Focus starts on the dialog's one sure action.
      await expect(details.getByRole('button')).toHaveFocus();
    });

    await step('Escape closes it and focus returns to the Details button', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await expect(opener).toHaveFocus();
    });
  },
};

/** The dialog left open, so that axe checks it too. */
export const DetailsDialogOpen: Story = {
  name: 'Details dialog, left open',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvasElement.querySelector('.ucek-notice__details') as HTMLElement);
    await waitFor(() => expect(canvas.getByRole('dialog')).toHaveAttribute('open'));
    // axe runs after the play function: let the dialog reach its final content first.
    await within(canvas.getByRole('dialog')).findByText(/^1008, /, {}, { timeout: 5000 });
  },
};

/**
 * The same, dark, in the right-to-left pseudo-locale. The server's reason and the source are
 * never translated: each must keep its own left-to-right order inside the right-to-left
 * dialog, or "1008, SipStack: ... record." shows as "SipStack: ... record ,1008".
 */
export const DetailsDialogOpenDarkRtl: Story = {
  name: 'Details dialog, left open (dark, right to left)',
  globals: { theme: 'dark', locale: 'ar-XB' },
  play: async (context) => {
    await DetailsDialogOpen.play?.(context);
    const dialog = within(context.canvasElement).getByRole('dialog');
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
    const server = await within(dialog).findByText(/^1008, SipStack: /, {}, { timeout: 5000 });
    await expect(getComputedStyle(server).direction).toBe('ltr');
    await expect(getComputedStyle(within(dialog).getByText('sip.contoso.com')).direction).toBe(
      'ltr',
    );
  },
};

/** Tab, Enter, Escape, Space and Tab again: everything works without a pointer. */
export const Keyboard: Story = {
  args: { actions: [{ label: 'Try again', onPress: fn() }] },
  play: async ({ canvasElement, args, globals, step }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    const details = canvas.getByRole('button', {
      name: `${uiIn(globals, 'notice.details')}: ${want.summary}`,
    });

    await step('Tab reaches Details; Enter opens the dialog', async () => {
      await userEvent.tab();
      await expect(details).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const dialog = await canvas.findByRole('dialog');
      await waitFor(() => expect(within(dialog).getByRole('button')).toHaveFocus());
    });

    await step('Escape closes it, back on Details', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await expect(details).toHaveFocus();
    });

    await step('Tab reaches the action; Space presses it', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(args.actions?.[0]?.onPress).toHaveBeenCalledTimes(1);
    });

    await step('Tab reaches Dismiss (left unpressed: the story ends with the notice)', async () => {
      await userEvent.tab();
      await expect(
        canvas.getByRole('button', {
          name: uiIn(globals, 'notice.dismiss', { summary: want.summary }),
        }),
      ).toHaveFocus();
    });
  },
};

/** A host that removes the notice on dismiss and offers to bring it back. */
function DismissDemo(args: NoticeArgs) {
  const [round, setRound] = useState(0);
  const [hidden, setHidden] = useState(false);
  return (
    <div className="sb-bar-frame">
      {hidden ? (
        <button
          type="button"
          className="sb-button"
          onClick={() => {
            setHidden(false);
            setRound(round + 1);
          }}
        >
          Show the error again
        </button>
      ) : (
        <ErrorNotice
          family={msOcer}
          key={round}
          {...args}
          onDismiss={() => {
            args.onDismiss?.();
            setHidden(true);
          }}
        />
      )}
    </div>
  );
}

/** Clicking dismiss hides the notice and tells the host; the host can show it again. */
export const Dismiss: Story = {
  render: (args) => <DismissDemo {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvasElement.querySelector('.ucek-notice__dismiss') as HTMLElement);
    await waitFor(() => expect(args.onDismiss).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(canvasElement.querySelector('.ucek-notice')).toBeNull());
    // The story ends with the notice in view, not with an empty frame.
    await userEvent.click(canvas.getByRole('button', { name: 'Show the error again' }));
    await expect(canvasElement.querySelector('.ucek-notice')).not.toBeNull();
  },
};

/** A SIP status no row lists: the mode's generic message, quoting it as the error ID. */
export const UnhandledCode: Story = {
  args: { error: { sipStatus: 499 } },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, { sipStatus: 499 }, contextOf(args), args.values);
    await expect(want.handled).toBe(false);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(canvasElement.querySelector('.ucek-notice')).toHaveAttribute(
      'data-handled',
      'false',
    );
  },
};

/**
 * Buttons at 320 px, a phone's width: the actions wrap under the sentence instead of
 * squeezing it into a column a word wide.
 */
export const NarrowWithActions: Story = {
  name: 'Actions at 320 px',
  args: {
    actions: [
      { label: 'Try again', onPress: fn() },
      { label: 'Call their mobile', onPress: fn() },
    ],
  },
  render: (args) => (
    <div className="sb-bar-frame" style={{ inlineSize: 320, boxSizing: 'border-box' }}>
      <ErrorNotice family={msOcer} {...args} />
    </div>
  ),
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    const body = canvasElement.querySelector('.ucek-notice__body') as HTMLElement;
    const actions = canvasElement.querySelector('.ucek-notice__actions') as HTMLElement;
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    await expect(notice.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    // Under the text: the actions start below the sentence's last line...
    await expect(actions.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      body.getBoundingClientRect().bottom - 1,
    );
    // ...and the sentence keeps most of the width.
    await expect(body.getBoundingClientRect().width).toBeGreaterThan(200);
  },
};

/** The same component for any family: one notice each from MSNP, ActiveSync and SMTP. */
function OtherFamilies() {
  const samples: [AnyFamily, unknown, unknown][] = [
    [msnp, '217 12', { command: 'CAL' }],
    [eas, { status: 142 }, { command: 'Sync' }],
    [
      smtp,
      '550 5.1.1 The email account that you tried to reach does not exist',
      { provider: 'gmail' },
    ],
  ];
  return (
    <ul className="sb-entries">
      {samples.map(([family, input, context]) => (
        <li key={family.id} className="sb-entry" data-family={family.id}>
          <p className="sb-entry__label">
            <code>{family.id}</code>: <code>{JSON.stringify(input)}</code>
          </p>
          <ErrorNotice family={family} error={input} context={context} />
        </li>
      ))}
    </ul>
  );
}

/** `family={msnp}`, `family={eas}`, `family={smtp}`: each with its own input and context. */
export const Families: Story = {
  render: () => <OtherFamilies />,
  play: async ({ canvasElement, globals }) => {
    for (const [family, input, context] of [
      [msnp, '217 12', { command: 'CAL' }],
      [eas, { status: 142 }, { command: 'Sync' }],
      [
        smtp,
        '550 5.1.1 The email account that you tried to reach does not exist',
        { provider: 'gmail' },
      ],
    ] as [AnyFamily, unknown, unknown][]) {
      const item = canvasElement.querySelector(`[data-family="${family.id}"]`) as HTMLElement;
      const want = expectedIn(globals, family, input, context);
      await expect(want.handled).toBe(true);
      await expect(summaryOf(item)).toBe(want.summary);
    }
  },
};

/** German, loaded on demand: the words come from `locales/de/*.json`, fetched when asked for. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    const english = formatError(msOcer, args.error ?? {}, contextOf(args), { values: args.values });
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(want.summary).not.toBe(english.summary);
    await expect(canvasElement.querySelector('.ucek-notice__summary')).toHaveAttribute(
      'lang',
      'de',
    );
  },
};

/**
 * Arabic, loaded on demand: the page is right to left, and the sentence carries its own
 * `lang` and `dir` (`en` and `ltr` where the translation lacks a sentence, so that English
 * never reads as Arabic).
 */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(canvasElement.querySelector('.sb-kit')).toHaveAttribute('dir', 'rtl');
    const summary = canvasElement.querySelector('.ucek-notice__summary');
    await expect(summary).toHaveAttribute('lang', want.summaryLanguage.lang);
    await expect(summary).toHaveAttribute('dir', want.summaryLanguage.dir);
  },
};

/** Under the pseudo-locale every word the kit shows is looked up: none stays plain. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(want.summary).toMatch(/^\[Çåññöţ ļöçåţé \u2068Avery Howard\u2069\. .+\]$/);
    // The kit's own words too: the buttons' names come from the `uc-error-kit` namespace.
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /^\[Ðîšɱîšš: / })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: /^\[Ðéţåîļš / })).toBeInTheDocument();
  },
};

/**
 * The right-to-left pseudo-locale: every word followed by a right-to-left mark, so the
 * English words run right to left as an Arabic sentence's would, in a `dir="rtl"` root.
 */
export const MirroredPseudoLocale: Story = {
  globals: { locale: 'ar-XB' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, contextOf(args), args.values);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(want.summary).toContain('\u200fCannot\u200f locate\u200f');
    await expect(canvasElement.querySelector('.sb-kit')).toHaveAttribute('dir', 'rtl');
    // The first word sits to the right of the second: the words run right to left.
    const summary = canvasElement.querySelector('.ucek-notice__summary') as HTMLElement;
    const text = summary.firstChild as Text;
    const rectOf = (word: string) => {
      const range = document.createRange();
      const at = text.data.indexOf(word);
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      return range.getBoundingClientRect();
    };
    await expect(rectOf('Cannot').left).toBeGreaterThan(rectOf('locate').right);
  },
};

/** A language with no words at all shows the English sentence, never a key. */
export const MissingTranslation: Story = {
  globals: { locale: 'zz' },
  play: async ({ canvasElement, args }) => {
    const english = formatError(msOcer, args.error ?? {}, contextOf(args), { values: args.values });
    await expect(summaryOf(canvasElement)).toBe(english.summary);
    await expect(english.summary).toBe('Cannot locate \u2068Avery Howard\u2069.');
  },
};

/**
 * English forced right to left (what a host's RTL page shows for a language the kit lacks):
 * the icon leads on the right, the dismiss button ends on the left.
 */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    await expect(notice.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const icon = notice.querySelector('.ucek-notice__icon')?.getBoundingClientRect();
    const dismiss = notice.querySelector('.ucek-notice__dismiss')?.getBoundingClientRect();
    await expect(icon && dismiss && icon.left > dismiss.left).toBe(true);
  },
};

/** Dark theme, through the `data-theme` hook of the kit's CSS. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('.ucek-notice') as HTMLElement;
    // The bar's background and text come from the dark palette: a dark fill, light words.
    await expect(luminance(getComputedStyle(notice).backgroundColor)).toBeLessThan(0.1);
    await expect(luminance(getComputedStyle(notice).color)).toBeGreaterThan(0.6);
  },
};
