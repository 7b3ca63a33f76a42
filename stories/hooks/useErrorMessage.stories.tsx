import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useErrorMessage } from '../../src/index';
import { noticeOf, type Sample } from '../support/kit';
import { expectedIn } from '../support/play';

/** What `useErrorMessage(family, input, context, values)` returns, shown as data. */
function UseErrorMessageDemo({ sample }: { sample: Sample }) {
  const n = noticeOf(sample);
  const m = useErrorMessage(n.family, n.error, n.context, n.values);
  const rows: [string, string][] = [
    ['family', m.family],
    ['summary', m.summary],
    ['details', m.details ?? '(none)'],
    ['intent', m.intent],
    ['show', String(m.show)],
    ['handled', String(m.handled)],
    ['placement', m.placement],
    ['behaviour', m.behaviour ?? '(none)'],
    ['summaryKey', m.summaryKey],
    ['ready', String(m.ready)],
  ];
  return (
    <dl className="sb-facts" data-hook="useErrorMessage">
      {rows.map(([name, value]) => (
        <div key={name} style={{ display: 'contents' }}>
          <dt>
            <code>{name}</code>
          </dt>
          <dd data-field={name}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const meta = {
  title: 'Hooks/useErrorMessage',
  component: UseErrorMessageDemo,
  args: {
    sample: {
      family: 'ms-ocer',
      text: 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
      context: { mode: 'Voice', action: 'transfer' },
    },
  },
  argTypes: { sample: { control: 'object' } },
  play: async ({ canvasElement, args, globals }) => {
    const n = noticeOf(args.sample);
    const want = expectedIn(globals, n.family, n.error, n.context, n.values);
    const field = (name: string) =>
      canvasElement.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('family')).toBe(n.family.id);
    await expect(field('summary')).toBe(want.summary);
    await expect(field('intent')).toBe(want.intent);
    await expect(field('placement')).toBe(want.placement);
    await expect(field('ready')).toBe('true');
  },
} satisfies Meta<typeof UseErrorMessageDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** ms-diagnostics 1008 during a transfer. */
export const Default: Story = { name: 'ms-diagnostics 1008 (transfer)' };

/** The same hook for another family: an SMTP reply. */
export const OtherFamily: Story = {
  name: 'SMTP 550 5.1.1',
  args: {
    sample: {
      family: 'smtp',
      text: '550 5.1.1 The email account that you tried to reach does not exist',
      context: { provider: 'gmail' },
    },
  },
};
