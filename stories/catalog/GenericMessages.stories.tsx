import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  CATALOG_IDS,
  type CatalogId,
  listGenericMessages,
} from '../../src/core/families/ms-ocer/index';
import { GenericGallery, genericId, unhandledInput } from '../support/Gallery';
import { expected, summaryOf } from '../support/play';

/**
 * Every generic message of every catalog, from `listGenericMessages()`: what a mode shows for
 * a code its catalog does not handle.
 */
const meta = {
  title: 'Catalog/Generic messages',
  component: GenericGallery,
  args: { catalog: 'all' },
  argTypes: { catalog: { control: 'select', options: ['all', ...CATALOG_IDS] } },
  play: async ({ canvasElement, args, globals, step }) => {
    const ids: readonly CatalogId[] = args.catalog === 'all' ? CATALOG_IDS : [args.catalog];
    for (const catalog of ids) {
      const generic = listGenericMessages({ catalog });
      await step(
        `${catalog}: every generic message, with the words formatError gives`,
        async () => {
          const items = canvasElement.querySelectorAll<HTMLElement>(
            `[data-generic][data-catalog="${catalog}"]`,
          );
          await expect(items.length).toBe(generic.length);
          const problems: string[] = [];
          for (const g of generic) {
            const item = canvasElement.querySelector(`[data-generic="${genericId(g)}"]`);
            const want = expected(globals, unhandledInput(catalog), {
              mode: g.mode,
              action: g.action,
              catalog,
            });
            if (want.handled) problems.push(`${genericId(g)}: the sample code is handled`);
            if (want.summaryKey !== (g.summaryKey ?? g.detailsKey))
              problems.push(`${genericId(g)}: resolves to ${want.summaryKey}`);
            const text = item ? summaryOf(item) : undefined;
            if (text !== want.summary)
              problems.push(`${genericId(g)}: reads “${text}”, expected “${want.summary}”`);
          }
          await expect(problems).toEqual([]);
        },
      );
    }
  },
} satisfies Meta<typeof GenericGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllCatalogs: Story = {};
