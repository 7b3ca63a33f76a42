import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { loadLanguage } from '../../src/index';
import { Explorer, type ExplorerStart, requestOf } from '../support/Explorer';
import { FAMILIES, valuesFor } from '../support/kit';
import { storyLanguage, summaryOf, wordsIn } from '../support/play';

/**
 * Any code of any family of the kit's list (src/cli/families.ts): pick a family, type a
 * code into the picker, set the context and the values, and see the sentence, its intent,
 * where it goes and the row that chose it, in the toolbar's language. The stories below are
 * named by the codes people search for; the picker finds every other one.
 */
const meta = {
  title: 'Catalog/Explorer',
  render: (args) => <Explorer key={JSON.stringify(args)} families={FAMILIES} start={args} />,
  args: { family: FAMILIES[0]?.id ?? '', find: '486 voice call', text: '', context: {} },
  argTypes: {
    family: {
      description: 'The family that reads the codes (the kit’s list)',
      control: {
        type: 'select',
        labels: Object.fromEntries(FAMILIES.map((f) => [f.id, f.title])),
      },
      options: FAMILIES.map((f) => f.id),
    },
    find: {
      description: 'Words that find the first entry shown (the picker searches the same way)',
      control: 'text',
    },
    text: {
      description: 'A code as pasted, read with the family’s `parseText`; empty for the entry',
      control: 'text',
    },
    context: {
      description: 'Context fields over the entry’s own, as text (the family’s contextFields)',
      control: 'object',
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const lng = storyLanguage(globals);
    const { family, input, context, values } = requestOf(FAMILIES, args);
    // The kit loads a language on demand; the play function waits for the same words.
    await loadLanguage(lng, [family]);
    const want = wordsIn(lng, family, input, context, values);
    const shown = canvasElement.querySelector('[data-explorer-notice]') as HTMLElement;
    await waitFor(() => expect(summaryOf(shown)).toBe(want.summary));
    await expect(shown.querySelector('.ucek-notice')).toHaveAttribute('data-intent', want.intent);
  },
} satisfies Meta<ExplorerStart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SIP 486 Busy Here while placing a call: the person called is in another call. */
export const Sip486: Story = { name: 'SIP 486 Busy Here (call)' };

/** ms-diagnostics 1008, pasted as the header arrives: reason and source become facts. */
export const MsDiagnostics1008: Story = {
  name: 'ms-diagnostics 1008 (pasted header)',
  args: {
    find: '1008 voice call',
    text: 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
  },
};

/** The same code in the IM area: a message that was not delivered. */
export const Im1008: Story = {
  name: 'ms-diagnostics 1008 in an IM',
  args: { find: '1008 im send' },
};

/** MSNP 217 as a trace shows the line, with its transaction id. */
export const Msnp217: Story = {
  name: 'MSNP 217 (pasted error line)',
  args: { family: 'msnp', find: '217', text: '217 12', context: { command: 'CAL' } },
};

/** Exchange ActiveSync Status 142: the device must update its security settings. */
export const Eas142: Story = {
  name: 'ActiveSync Status 142',
  args: { family: 'eas', find: '142', context: { command: 'Sync' } },
};

/** SMTP 550 5.1.1: the recipient's address does not exist. */
export const Smtp550: Story = {
  name: 'SMTP 550 5.1.1',
  args: { family: 'smtp', find: '550 5.1.1' },
};

/** SMTP 250: a delivered message is a success, never a red "Error:". */
export const Smtp250: Story = {
  name: 'SMTP 250 delivered (success)',
  args: { family: 'smtp', find: '250' },
  play: async (context) => {
    await meta.play(context);
    const notice = context.canvasElement.querySelector('[data-explorer-notice] .ucek-notice');
    await expect(notice).toHaveAttribute('data-intent', 'success');
  },
};

/** The picker at work: type a code, move with the arrows, Enter picks; the notice follows. */
export const SearchThePicker: Story = {
  name: 'Search the picker: “480”',
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const family = FAMILIES.find((f) => f.id === context.args.family) ?? FAMILIES[0];
    const box = canvas.getByRole('combobox', { name: /^Code/ });
    await userEvent.click(box);
    await userEvent.type(box, '480');
    const list = canvas.getByRole('listbox');
    const options = within(list).getAllByRole('option');
    await expect(options.length).toBeGreaterThan(0);
    // Every option is an entry whose search text has the code as a whole word.
    for (const option of options) {
      const entry = family?.entries().find((e) => e.id === option.dataset.entry);
      await expect(entry && family?.display.searchTextOf(entry).split(/\s+/)).toContain('480');
    }
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    const picked = options[1]?.dataset.entry ?? options[0]?.dataset.entry;
    await expect(canvasElement.querySelector('[data-picked]')).toHaveAttribute(
      'data-picked',
      picked,
    );
    const entry = family?.entries().find((e) => e.id === picked);
    if (!family || !entry) throw new Error('no entry picked');
    const want = wordsIn(
      storyLanguage(context.globals),
      family,
      entry.input,
      entry.context,
      valuesFor(family),
    );
    const shown = canvasElement.querySelector('[data-explorer-notice]') as HTMLElement;
    await waitFor(() => expect(summaryOf(shown)).toBe(want.summary));
  },
};
