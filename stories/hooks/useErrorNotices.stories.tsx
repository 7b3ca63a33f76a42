import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useErrorNotices } from '../../src/index';
import { noticeOf, type Sample } from '../support/kit';

const SAMPLES: readonly (Sample & { id: string })[] = [
  { id: 'busy', family: 'ms-ocer', text: 'SIP/2.0 486 Busy Here', context: { mode: 'Voice' } },
  { id: 'bounce', family: 'smtp', text: '550 5.1.1 No such user' },
];

/** What `useErrorNotices` returns, with push / dismiss / dismissAll wired to buttons. */
function UseErrorNoticesDemo() {
  const { notices, push, dismiss, dismissAll } = useErrorNotices();
  return (
    <div className="sb-stack">
      <div className="sb-row">
        {SAMPLES.map((s) => (
          <button
            key={s.id}
            type="button"
            className="sb-button"
            onClick={() => push({ ...noticeOf(s), id: s.id })}
          >
            push(“{s.id}”)
          </button>
        ))}
        <button type="button" className="sb-button" onClick={dismissAll}>
          dismissAll()
        </button>
      </div>
      <p>
        <code>notices.length</code> = <span data-count>{notices.length}</span>
      </p>
      <ol data-hook="useErrorNotices">
        {notices.map((n) => (
          <li key={n.id}>
            <code>
              {n.id} · {n.family?.id} · {n.intent} · {n.placement} · count {n.count}
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

/** The queue as data: a repeat is one notice with count 2, newest first, dismiss, dismiss all. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = () => canvasElement.querySelector('[data-count]')?.textContent;
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await expect(count()).toBe('1');
    await expect(canvasElement.querySelector('[data-hook] li')).toHaveTextContent('count 2');
    await userEvent.click(canvas.getByRole('button', { name: 'push(“bounce”)' }));
    await expect(count()).toBe('2');
    const items = canvasElement.querySelectorAll('[data-hook="useErrorNotices"] li');
    await expect(items[0]).toHaveTextContent('bounce · smtp');
    await userEvent.click(canvas.getByRole('button', { name: 'dismiss(“bounce”)' }));
    await expect(count()).toBe('1');
    await userEvent.click(canvas.getByRole('button', { name: 'dismissAll()' }));
    await expect(count()).toBe('0');
    await userEvent.click(canvas.getByRole('button', { name: 'push(“busy”)' }));
    await expect(count()).toBe('1');
  },
};
