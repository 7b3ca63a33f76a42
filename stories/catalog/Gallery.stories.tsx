import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CATALOG_IDS, msOcer } from '../../src/core/families/ms-ocer/index';
import { type EntryFilter, FILTER_OPTIONS, isUnfiltered, matches } from '../support/catalog';
import { EntryGallery } from '../support/Gallery';
import { checkRenderedEntries } from '../support/play';

/**
 * Every entry of both [MS-OCER] catalogs, generated from `msOcer.entries()`: no story is
 * written per code. Each is `<ErrorNotice family={msOcer} error={e.input} context={e.context} />`.
 * Type a code into `query` (or open `?path=/story/catalog-gallery--all-entries&args=query:1008`)
 * to find it in seconds; the toolbar's language shows it in any language.
 */
const meta = {
  title: 'Catalog/Gallery',
  render: (args) => <EntryGallery filter={args} />,
  args: { catalog: 'all', mode: 'all', category: 'all', query: '' },
  argTypes: {
    catalog: { control: 'select', options: FILTER_OPTIONS.catalog },
    mode: { control: 'select', options: FILTER_OPTIONS.mode },
    category: { control: 'select', options: FILTER_OPTIONS.category },
    query: {
      control: 'text',
      description:
        'A code (matched whole: 1008 never finds 21008) and/or words the entry must contain: mode, action, category, message key',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each entry is rendered by `<ErrorNotice family={msOcer}>` in the placement its catalog gives it, with the example values, and carries `data-entry="<entry id>"` (`<catalog> <category> <mode> <code> <action>`).',
      },
    },
  },
  play: async ({ canvasElement, args, globals, step }) => {
    const all = msOcer.entries();
    const selected = all.filter((e) => matches(e, args));
    await step('renders exactly the selected entries of each catalog', async () => {
      for (const catalog of CATALOG_IDS) {
        const rendered = canvasElement.querySelectorAll(
          `[data-entry][data-catalog="${catalog}"]`,
        ).length;
        const want = selected.filter((e) => e.catalog === catalog).length;
        await expect(rendered, `entries of ${catalog}`).toBe(want);
      }
      // With no filter, the count is checked against the family itself, not against the
      // filter: every entry of both catalogs is reachable from this story.
      if (isUnfiltered(args)) {
        await expect(canvasElement.querySelectorAll('[data-entry]').length).toBe(all.length);
      }
    });
    await step('each entry reads what formatError gives, in its placement', async () => {
      await expect(checkRenderedEntries(canvasElement, msOcer, globals)).toEqual([]);
    });
  },
} satisfies Meta<EntryFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both catalogs, all modes: the story whose count proves every entry is reachable. */
export const AllEntries: Story = {};

export const IM: Story = { args: { mode: 'IM' } };

export const Voice: Story = { args: { mode: 'Voice' } };

export const Conference: Story = { args: { mode: 'Conference' } };

export const Sharing: Story = { args: { mode: 'Sharing' } };

/** The search at work: every row of ErrorId / status 1008 and nothing else. */
export const SearchByCode: Story = {
  args: { query: '1008' },
  play: async (context) => {
    await meta.play(context);
    const items = [...context.canvasElement.querySelectorAll<HTMLElement>('[data-entry]')];
    await expect(items.length).toBeGreaterThan(0);
    await expect(items.every((el) => el.dataset.entry?.split(' ').includes('1008'))).toBe(true);
  },
};

/** Every entry in German: the language is loaded on demand, like any app's. */
export const InGerman: Story = {
  args: { catalog: 'lync2010', mode: 'Voice' },
  globals: { locale: 'de' },
};
