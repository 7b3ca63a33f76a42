import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  type Action,
  type Mode,
  type MsOcerInput,
  msOcer,
} from '../../src/core/families/ms-ocer/index';
import { smtp } from '../../src/core/families/smtp/index';
import { type FormatValues, useErrorMessage } from '../../src/index';
import { EXAMPLE_VALUES } from '../support/catalog';
import { expected, expectedIn } from '../support/play';

interface MessageArgs {
  error: MsOcerInput;
  mode: Mode;
  action: Action | undefined;
  values: FormatValues;
}

/** What `useErrorMessage` returns, shown as data: strings and flags, no elements. */
function UseErrorMessageDemo({ error, mode, action, values }: MessageArgs) {
  const m = useErrorMessage(msOcer, error, { mode, action }, values);
  const source = m.diagnostics?.source;
  const rows: [string, string][] = [
    ['summary', m.summary],
    ['details', m.details ?? '(none)'],
    ['reason', m.reason ?? '(none)'],
    ['source', source ?? '(none)'],
    ['handled', String(m.handled)],
    ['placement', m.placement],
    ['errorId', String(m.errorId)],
    ['category', m.category ?? '(none)'],
    ['summaryKey', m.summaryKey],
    ['language', m.language ?? '(none)'],
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
    error: {
      msDiagnostics: '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
    },
    mode: 'Voice',
    action: 'transfer',
    values: EXAMPLE_VALUES,
  },
  argTypes: {
    mode: { control: 'select', options: ['IM', 'Voice', 'Conference', 'Sharing', 'Other'] },
  },
} satisfies Meta<typeof UseErrorMessageDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The hook's result for ms-diagnostics 1008 during a transfer. */
export const Default: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const want = expected(globals, args.error, args, args.values);
    const field = (name: string) =>
      canvasElement.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('summary')).toBe(want.summary);
    await expect(field('details')).toBe(want.details);
    await expect(field('reason')).toBe(want.reason);
    await expect(field('source')).toBe('sip.contoso.com');
    await expect(field('placement')).toBe('notification-bar');
  },
};

/** The family-first form, `useErrorMessage(family, input, context)`, for any family. */
function FamilyMessageDemo({ text }: { text: string }) {
  const m = useErrorMessage(smtp, text, { provider: 'gmail' });
  const rows: [string, string][] = [
    ['family', m.family],
    ['summary', m.summary],
    ['details', m.details ?? '(none)'],
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

/** An SMTP reply through the same hook: `useErrorMessage(smtp, reply, { provider })`. */
export const OtherFamily: StoryObj<typeof FamilyMessageDemo> = {
  render: () => (
    <FamilyMessageDemo text="550 5.1.1 The email account that you tried to reach does not exist" />
  ),
  play: async ({ canvasElement, globals }) => {
    const text = '550 5.1.1 The email account that you tried to reach does not exist';
    const want = expectedIn(globals, smtp, text, { provider: 'gmail' });
    const field = (name: string) =>
      canvasElement.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('family')).toBe('smtp');
    await expect(field('summary')).toBe(want.summary);
    await expect(field('handled')).toBe('true');
    await expect(field('ready')).toBe('true');
  },
};
