import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { FAMILY_VIEWS, FamilyGallery, selectedEntries } from '../support/FamilyGallery';
import { checkRenderedEntries } from '../support/play';

interface FamilyGalleryArgs {
  /** The family whose entries are shown. */
  family: keyof typeof FAMILY_VIEWS;
  /** Words every shown entry must contain (a number matches a whole code). */
  query: string;
}

/**
 * Every entry of the MSNP, Exchange ActiveSync and SMTP families, generated from
 * `family.entries()`: `<ErrorNotice family={f} error={e.input} context={e.context} />` for each,
 * in the placement the family gives it. The toolbar's language shows any code in any language.
 * [MS-OCER]'s two catalogs are in **Catalog → Gallery**.
 */
const meta = {
  title: 'Catalog/Families',
  render: ({ family, query }) => <FamilyGallery view={FAMILY_VIEWS[family]} query={query} />,
  args: { family: 'msnp', query: '' },
  argTypes: {
    family: {
      description: 'The family (`msnp`, `eas`, `smtp`)',
      control: 'select',
      options: Object.keys(FAMILY_VIEWS),
    },
    query: {
      description: 'A code (matched whole) and/or words of the entry: id, name, key',
      control: 'text',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each item carries `data-entry="<entry id>"`; the play function counts them against `family.entries().length` and checks every sentence against `formatError(family, entry.input, entry.context)` in the story’s language.',
      },
    },
  },
  play: async ({ canvasElement, args, globals, step }) => {
    const view = FAMILY_VIEWS[args.family];
    const rendered = canvasElement.querySelectorAll('[data-entry]').length;
    await step(`renders every entry of ${view.family.id}`, async () => {
      // With no query, the count is checked against the family itself, not against the
      // filter: every entry is reachable from this story.
      const want = args.query.trim()
        ? selectedEntries(view, args.query).length
        : view.family.entries().length;
      await expect(rendered).toBe(want);
    });
    await step('each entry reads what formatError gives, in its placement', async () => {
      await expect(checkRenderedEntries(canvasElement, view.family, globals)).toEqual([]);
    });
  },
} satisfies Meta<FamilyGalleryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The MSN / Windows Live Messenger error codes (102 entries, from two seeds merged by code). */
export const Msnp: Story = { name: 'MSNP', args: { family: 'msnp' } };

/** The Exchange ActiveSync Status values common to all commands ([MS-ASCMD] 2.2.2). */
export const Eas: Story = { name: 'Exchange ActiveSync', args: { family: 'eas' } };

/** The SMTP error tables of Mailgun, Gmail / Google Workspace, Outlook and SendGrid. */
export const Smtp: Story = { name: 'SMTP', args: { family: 'smtp' } };

/** The search at work: SMTP's rows of reply code 550 and nothing else. */
export const SearchSmtp550: Story = {
  name: 'SMTP, search “550”',
  args: { family: 'smtp', query: '550' },
  play: async (context) => {
    await meta.play(context);
    const items = [...context.canvasElement.querySelectorAll<HTMLElement>('[data-entry]')];
    await expect(items.length).toBeGreaterThan(0);
    await expect(items.every((el) => el.dataset.entry?.split(' ').includes('550'))).toBe(true);
  },
};
