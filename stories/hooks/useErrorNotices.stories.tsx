import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useErrorNotices } from '../../src/index';
import { BAR_SAMPLES } from '../support/samples';

/** What `useErrorNotices` returns, with push / dismiss / dismissAll wired to buttons. */
function UseErrorNoticesDemo() {
  const { notices, push, dismiss, dismissAll } = useErrorNotices();
  return (
    <div className="sb-stack">
      <div className="sb-row">
        {BAR_SAMPLES.map((s) => (
          <button key={s.id} type="button" className="sb-button" onClick={() => push(s)}>
            push(“{s.id}”)
          </button>
        ))}
        <button type="button" className="sb-button" onClick={dismissAll}>
          dismissAll()
        </button>
      </div>
      <p aria-live="polite">
        <code>notices.length</code> = <span data-count>{notices.length}</span>
      </p>
      <ol data-hook="useErrorNotices">
        {notices.map((n) => (
          <li key={n.id}>
            <code>
              {n.id} · {n.mode} · {n.placement}
            </code>{' '}
            <button type="button" className="sb-button" onClick={() => dismiss(n.id)}>
              dismiss(“{n.id}”)
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

const meta = {
  title: 'Hooks/useErrorNotices',
  component: UseErrorNoticesDemo,
} satisfies Meta<typeof UseErrorNoticesDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The queue as data: a repeat is one notice, newest first, dismiss and dismiss all. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = () => canvasElement.querySelector('[data-count]')?.textContent;
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await expect(count()).toBe('1');
    await userEvent.click(canvas.getByRole('button', { name: 'push(“sharing”)' }));
    await expect(count()).toBe('2');
    const items = canvasElement.querySelectorAll('[data-hook="useErrorNotices"] li');
    await expect(items[0]).toHaveTextContent('sharing · Sharing');
    await userEvent.click(canvas.getByRole('button', { name: 'dismiss(“sharing”)' }));
    await expect(count()).toBe('1');
    await userEvent.click(canvas.getByRole('button', { name: 'dismissAll()' }));
    await expect(count()).toBe('0');
    // A dismissed error shows again when it is pushed again (and the story ends with one).
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await expect(count()).toBe('1');
  },
};
