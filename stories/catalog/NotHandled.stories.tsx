import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  CATALOG_IDS,
  DEFAULT_CATALOG,
  listNotHandled,
  MODES,
} from '../../src/core/families/ms-ocer/index';
import { NotHandledList } from '../support/Gallery';
import { expected, summaryOf } from '../support/play';

/**
 * The ms-diagnostics ErrorIds a catalog never handles, from `listNotHandled()`, and what one
 * of them shows: type any ErrorId into `errorId`.
 */
const meta = {
  title: 'Catalog/Not handled IDs',
  component: NotHandledList,
  args: {
    catalog: DEFAULT_CATALOG,
    errorId: listNotHandled(DEFAULT_CATALOG)[0] ?? 1000,
    mode: 'Voice',
  },
  argTypes: {
    catalog: { control: 'select', options: CATALOG_IDS },
    mode: { control: 'select', options: MODES },
    errorId: { control: { type: 'number', min: 0, step: 1 } },
  },
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(
      globals,
      { msDiagnostics: args.errorId },
      { mode: args.mode, catalog: args.catalog },
    );
    const shown = canvasElement.querySelector('[data-not-handled]');
    await expect(shown && summaryOf(shown)).toBe(want.summary);
    if (listNotHandled(args.catalog).includes(args.errorId)) {
      await expect(want.handled).toBe(false);
      await expect(shown?.querySelector('.ucek-notice')).toHaveAttribute('data-handled', 'false');
    }
  },
} satisfies Meta<typeof NotHandledList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Voice: Story = {};

/** The same ErrorId in the IM area: the IM generic message, quoting what was not sent. */
export const InIm: Story = { name: 'IM', args: { mode: 'IM' } };
