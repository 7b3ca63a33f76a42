import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ErrorNotice, formatError, PLACEMENT_BY_MODE } from '../../src/index';
import { describeDiagnostic } from '../../src/reasons/index';
import { EXAMPLE_VALUES, UNDELIVERED } from '../support/catalog';
import { expected, summaryOf } from '../support/play';

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

const meta = {
  title: 'Components/ErrorNotice',
  component: ErrorNotice,
  args: {
    error: DNS_FAILURE,
    mode: 'Voice',
    action: 'call',
    values: EXAMPLE_VALUES,
    helpHref: 'https://support.contoso.com/uc-errors',
    onDismiss: fn(),
  },
  argTypes: {
    mode: { control: 'select', options: ['IM', 'Voice', 'Conference', 'Sharing', 'Other'] },
    variant: { control: 'select', options: [undefined, 'notification-bar', 'im-area'] },
  },
  // The frame of the placement the notice is in: the top of the window, or the transcript.
  render: (args) => {
    const placement =
      args.variant ?? PLACEMENT_BY_MODE[args.mode as keyof typeof PLACEMENT_BY_MODE];
    return (
      <div className={placement === 'im-area' ? 'sb-im-frame' : 'sb-bar-frame'}>
        <ErrorNotice {...args} />
      </div>
    );
  },
} satisfies Meta<typeof ErrorNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A call that could not be routed, in the notification bar, with its dismiss button. */
export const NotificationBar: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, { mode: 'Voice', action: 'call' });
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    // role="status": polite, so it never cuts off what a screen reader is saying mid-call.
    await expect(canvas.getByRole('status')).toHaveTextContent(want.summary);
    await expect(canvasElement.querySelector('.ucek-notice')).toHaveAttribute(
      'data-variant',
      'notification-bar',
    );
    await expect(canvas.getByRole('button', { name: `Dismiss: ${want.summary}` })).toBeVisible();
  },
};

/** An IM that was not delivered: a line in the conversation, quoting the message. */
export const ImArea: Story = {
  name: 'IM area',
  args: { mode: 'IM', action: 'send', undeliveredMessage: UNDELIVERED, onDismiss: undefined },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, { mode: 'IM', action: 'send' });
    await expect(canvas.getByRole('alert')).toHaveTextContent(want.summary);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(canvasElement.querySelector('blockquote')).toHaveTextContent(UNDELIVERED);
    // A line of the conversation's history has no dismiss button.
    await expect(canvas.queryByRole('button', { name: /^Dismiss/ })).toBeNull();
  },
};

/** Clicking the sentence opens the details; Escape closes them and focus goes back. */
export const DetailsDialog: Story = {
  play: async ({ canvasElement, args, globals, step }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, { mode: 'Voice', action: 'call' });
    const opener = canvas.getByRole('button', { name: want.summary });

    await step('opens on click, with the details, the code and the reason', async () => {
      await userEvent.click(opener);
      const dialog = await canvas.findByRole('dialog', { name: want.summary });
      await waitFor(() => expect(dialog).toHaveAttribute('open'));
      const details = within(dialog);
      for (const line of (want.details ?? '').split('\n').filter(Boolean)) {
        await expect(details.getByText(line)).toBeVisible();
      }
      await expect(dialog).toHaveTextContent(String(want.errorId));
      await expect(dialog).toHaveTextContent(want.reason ?? '');
      await expect(dialog).toHaveTextContent('sip.contoso.com');
      await expect(details.getByRole('link')).toHaveAttribute('href', args.helpHref);
      // The server's own reason for the ErrorId arrives once its table has loaded.
      const server = await describeDiagnostic(1008, { release: 'lync2010' });
      await expect(server).toBeDefined();
      await expect(
        await details.findByText(`${server?.errorId}, ${server?.component}: ${server?.reason}`),
      ).toBeVisible();
      // Focus starts on the dialog's one sure action.
      await expect(details.getByRole('button')).toHaveFocus();
    });

    await step('Escape closes it and focus returns to the sentence', async () => {
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
    await userEvent.click(canvas.getByRole('button', { name: summaryOf(canvasElement) }));
    await waitFor(() => expect(canvas.getByRole('dialog')).toHaveAttribute('open'));
    // axe runs after the play function: let the dialog reach its final content first.
    await within(canvas.getByRole('dialog')).findByText(/^1008, /);
  },
};

/** The same, dark and right to left. */
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
    const server = await within(dialog).findByText(/^1008, SipStack: /);
    await expect(getComputedStyle(server).direction).toBe('ltr');
    await expect(getComputedStyle(within(dialog).getByText('sip.contoso.com')).direction).toBe(
      'ltr',
    );
  },
};

/** Tab, Enter, Escape and Tab again: everything works without a pointer. */
export const Keyboard: Story = {
  args: { actions: [{ label: 'Try again', onPress: fn() }] },
  play: async ({ canvasElement, args, globals, step }) => {
    const canvas = within(canvasElement);
    const want = expected(globals, args.error ?? {}, { mode: 'Voice', action: 'call' });
    const opener = canvas.getByRole('button', { name: want.summary });

    await step('Tab reaches the sentence; Enter opens the details', async () => {
      await userEvent.tab();
      await expect(opener).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const dialog = await canvas.findByRole('dialog');
      await waitFor(() => expect(within(dialog).getByRole('button')).toHaveFocus());
    });

    await step('Escape closes them, back on the sentence', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
      await expect(opener).toHaveFocus();
    });

    await step('Tab reaches the action; Space presses it', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(args.actions?.[0]?.onPress).toHaveBeenCalledTimes(1);
    });

    await step('Tab reaches dismiss; Enter dismisses', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: `Dismiss: ${want.summary}` })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onDismiss).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(canvasElement.querySelector('.ucek-notice')).toBeNull());
    });
  },
};

/** Clicking dismiss hides the notice and tells the host. */
export const Dismiss: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Dismiss/ }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvasElement.querySelector('.ucek-notice')).toBeNull();
  },
};

/** A SIP status no row lists: the mode's generic message, quoting it as the error ID. */
export const UnhandledCode: Story = {
  args: { error: { sipStatus: 499 } },
  play: async ({ canvasElement, globals }) => {
    const want = expected(globals, { sipStatus: 499 }, { mode: 'Voice', action: 'call' });
    await expect(want.handled).toBe(false);
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(canvasElement.querySelector('.ucek-notice')).toHaveAttribute(
      'data-handled',
      'false',
    );
  },
};

/** Under the pseudo-locale every word the kit shows is looked up: none stays plain. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, { mode: 'Voice', action: 'call' });
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(want.summary).toMatch(/^\[Çåññöţ ļöçåţé Avery Howard\. .+\]$/);
    // The kit's own words too: the dismiss button's name comes from `ui.notice.dismiss`.
    await expect(
      within(canvasElement).getByRole('button', { name: /^\[Ðîšɱîšš: / }),
    ).toBeInTheDocument();
  },
};

/** The mirrored pseudo-locale: right-to-left text, and i18next gives the root `dir="rtl"`. */
export const MirroredPseudoLocale: Story = {
  globals: { locale: 'ar-XB' },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error ?? {}, { mode: 'Voice', action: 'call' });
    await expect(summaryOf(canvasElement)).toBe(want.summary);
    await expect(want.summary).toContain('\u202eCannot locate \u202c\u200fAvery Howard');
    await expect(canvasElement.querySelector('.ucek-notice')?.closest('[dir]')).toHaveAttribute(
      'dir',
      'rtl',
    );
  },
};

/** A language with no words at all shows the English sentence, never a key. */
export const MissingTranslation: Story = {
  globals: { locale: 'zz' },
  play: async ({ canvasElement, args }) => {
    const english = formatError(
      args.error,
      { mode: 'Voice', action: 'call' },
      { values: EXAMPLE_VALUES },
    );
    await expect(summaryOf(canvasElement)).toBe(english.summary);
    await expect(english.summary).toBe('Cannot locate Avery Howard.');
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
