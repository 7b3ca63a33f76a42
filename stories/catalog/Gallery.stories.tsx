import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { FamilyGallery, type FamilyGalleryProps, selectedEntries } from '../support/FamilyGallery';
import { FAMILIES } from '../support/kit';
import { checkRenderedEntries } from '../support/play';

type GalleryArgs = Omit<FamilyGalleryProps, 'families'>;

/**
 * Every entry of every family of the kit's list, from `family.entries()`: no story is
 * written per code or per family. Grouped by each family's `display.groupOf`, labelled by
 * `display.labelOf`, each the real `<ErrorNotice>` in its placement and intent, in the
 * toolbar's language. Type a code into `query` to find it.
 */
const meta = {
  title: 'Catalog/Gallery',
  render: (args) => <FamilyGallery families={FAMILIES} {...args} />,
  args: { family: 'all', query: '' },
  argTypes: {
    family: {
      description: 'One family, or all',
      control: {
        type: 'select',
        labels: Object.fromEntries([
          ['all', 'All families'],
          ...FAMILIES.map((f) => [f.id, f.title]),
        ]),
      },
      options: ['all', ...FAMILIES.map((f) => f.id)],
    },
    query: {
      description: 'A code (matched whole: 486 never finds 1486) and/or words of the entry',
      control: 'text',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each item carries `data-family` and `data-entry`; the play function counts them against `family.entries()` and checks every sentence and intent against `formatError(family, entry.input, entry.context)` in the story’s language.',
      },
    },
  },
  play: async ({ canvasElement, args, globals, step }) => {
    const shown = args.family === 'all' ? FAMILIES : FAMILIES.filter((f) => f.id === args.family);
    for (const family of shown) {
      await step(`renders the selected entries of ${family.id}`, async () => {
        const rendered = canvasElement.querySelectorAll(
          `[data-entry][data-family="${family.id}"]`,
        ).length;
        // With no query the count is checked against the family itself: every entry of it
        // is reachable from this story.
        const want = args.query.trim()
          ? selectedEntries(family, args.query).length
          : family.entries().length;
        await expect(rendered).toBe(want);
      });
    }
    await step('each entry reads what formatError gives, in its placement and intent', async () => {
      await expect(checkRenderedEntries(canvasElement, FAMILIES, globals)).toEqual([]);
    });
  },
} satisfies Meta<GalleryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every family, every entry: the story whose counts prove every code is reachable. */
export const AllFamilies: Story = { name: 'All families, every code' };

/** The search at work: 486 in every family, and nothing that merely contains it. */
export const Search486: Story = {
  name: 'Search: 486',
  args: { query: '486' },
  play: async (context) => {
    await meta.play(context);
    const items = context.canvasElement.querySelectorAll('[data-entry]');
    await expect(items.length).toBeGreaterThan(0);
  },
};

/** SMTP reply code 550 in German: the words loaded on demand, as any app's. */
export const Search550German: Story = {
  name: 'Search: 550, in German',
  args: { query: '550' },
  globals: { locale: 'de' },
};
