/**
 * The "adding a family" example: the toy family of the tests (test/core/toy-family.ts), made
 * from the contract alone, passed into the same Explorer and Gallery as the kit's own list.
 * Nothing in src/ knows it: a family of your own goes through the stories this way, by being
 * in the list a story gives the generic views.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { loadLanguage } from '../../src/index';
import { toy } from '../../test/core/toy-family';
import { Explorer } from '../support/Explorer';
import { FamilyGallery } from '../support/FamilyGallery';
import { FAMILIES } from '../support/kit';
import { checkRenderedEntries, storyLanguage, summaryOf, wordsIn } from '../support/play';

/** The kit's list with the toy added at the end, as a host would add its own family. */
const WITH_TOY = [...FAMILIES, toy];

interface ToyArgs {
  /** Which view the toy goes through. */
  view: 'explorer' | 'gallery';
}

const meta = {
  title: 'Catalog/Adding a family (toy example)',
  render: ({ view }) =>
    view === 'explorer' ? (
      <Explorer
        families={WITH_TOY}
        start={{ family: toy.id, find: 'toy 1', text: '', context: {} }}
      />
    ) : (
      <FamilyGallery families={WITH_TOY} family={toy.id} query="" />
    ),
  args: { view: 'gallery' },
  argTypes: { view: { control: 'inline-radio', options: ['gallery', 'explorer'] } },
  parameters: {
    docs: {
      description: {
        component:
          'A family made only from the contract in `src/core/family.ts` (the tests’ toy, `test/core/toy-family.ts`), passed in beside the kit’s list: `[...FAMILIES, toy]`. Its `display` groups and labels its codes, its `contextFields` make the Explorer’s context controls, its German loads on demand.',
      },
    },
  },
} satisfies Meta<ToyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every toy code through the generic gallery, the hidden code 4 included (and marked). */
export const Gallery: Story = {
  name: 'Toy codes in the gallery',
  play: async ({ canvasElement, globals }) => {
    await loadLanguage(storyLanguage(globals), [toy]);
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[data-family="toy"][data-entry]').length).toBe(
        toy.entries().length,
      ),
    );
    await waitFor(() => expect(checkRenderedEntries(canvasElement, WITH_TOY, globals)).toEqual([]));
    // Code 1 is a warning, code 4 information the family hides unless asked.
    const intents = [...canvasElement.querySelectorAll<HTMLElement>('.ucek-notice')].map(
      (n) => n.dataset.intent,
    );
    await expect(intents).toEqual(['warning', 'error', 'error', 'info']);
  },
};

/** The toy family in the Explorer: its context field `channel` becomes a control. */
export const InTheExplorer: Story = {
  name: 'Toy code 1 in the explorer',
  args: { view: 'explorer' },
  play: async ({ canvasElement, globals }) => {
    const lng = storyLanguage(globals);
    await loadLanguage(lng, [toy]);
    const entry = toy.entries()[0];
    const want = wordsIn(lng, toy, entry?.input, entry?.context, { userName: 'Avery Howard' });
    const shown = canvasElement.querySelector('[data-explorer-notice]') as HTMLElement;
    await waitFor(() => expect(summaryOf(shown)).toBe(want.summary));
    await expect(canvasElement.querySelector('label code')?.textContent).toBeDefined();
    await expect(canvasElement).toHaveTextContent('channel');
  },
};

/** The toy's German, loaded on demand through the family's `locales`. */
export const German: Story = {
  name: 'Toy codes in German',
  globals: { locale: 'de' },
  play: Gallery.play,
};
