import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useId } from 'react';
import { expect } from 'storybook/test';
import { contentLanguage, i18n, i18nFor, LOCALES, localeTitle } from '../../.storybook/i18n';
import {
  type Action,
  CATALOG_IDS,
  type CatalogId,
  Categories,
  type Category,
  DEFAULT_CATALOG,
  ErrorNotice,
  errorInputFor,
  listCatalogEntries,
  MODES,
  type Mode,
  ModeActions,
  type NoticeVariant,
  UcErrorKitProvider,
  useErrorMessage,
} from '../../src/index';
import { EXAMPLE_VALUES, entryId, UNDELIVERED } from '../support/catalog';
import { expected, summaryOf } from '../support/play';

interface ExplorerArgs {
  /** The display catalog. */
  catalog: CatalogId;
  /** What the user was doing. */
  mode: Mode;
  /** The family of the code. */
  category: Category;
  /** The code received, in the field of its category. */
  code: number;
  /** The action within the mode; empty for the row the spec lists first. */
  action: Action | '';
  /** A language for this story only; empty for the toolbar's. */
  language: string;
  /** The `{{userName}}` value. */
  userName: string;
  /** Where to show the notice; empty for the placement the catalog gives it. */
  variant: NoticeVariant | '';
}

const ALL_ACTIONS = [...new Set(Object.values(ModeActions).flat())] as Action[];

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ExplorerBody(args: ExplorerArgs) {
  const headingId = useId();
  const input = errorInputFor(args.category, args.code);
  const values = { ...EXAMPLE_VALUES, userName: args.userName };
  const action = args.action || undefined;
  const message = useErrorMessage(
    input,
    { mode: args.mode, action, catalog: args.catalog },
    values,
  );
  const placement = args.variant || message.placement;
  const rows = listCatalogEntries({ catalog: args.catalog }).filter(
    (e) => e.category === args.category && e.code === args.code,
  );
  return (
    <div className="sb-stack">
      <div
        data-explorer-notice
        className={placement === 'im-area' ? 'sb-im-frame' : 'sb-bar-frame'}
      >
        <ErrorNotice
          error={input}
          mode={args.mode}
          action={action}
          catalog={args.catalog}
          values={values}
          variant={args.variant || undefined}
          undeliveredMessage={args.mode === 'IM' ? UNDELIVERED : undefined}
        />
      </div>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>How it resolved</h2>
        <dl className="sb-facts">
          <Fact term="Row">
            {message.entry ? <code>{entryId(message.entry)}</code> : 'none: the generic message'}
          </Fact>
          <Fact term="Summary key">
            <code>{message.summaryKey}</code>
          </Fact>
          <Fact term="Details key">
            {message.detailsKey ? <code>{message.detailsKey}</code> : '—'}
          </Fact>
          <Fact term="Reason key">
            {message.reasonKey ? <code>{message.reasonKey}</code> : '—'}
          </Fact>
          <Fact term="Placement">{message.placement}</Fact>
          <Fact term="Details">{message.details ?? '—'}</Fact>
          <Fact term="Reason">{message.reason ?? '—'}</Fact>
          <Fact term="Language">{message.language}</Fact>
          <Fact term="Input problems">
            {message.problems.length === 0
              ? 'none'
              : message.problems.map((p) => `${p.field}: ${p.message}`).join(' ')}
          </Fact>
        </dl>
      </section>
      <section aria-label={`Rows for ${args.category} ${args.code}`}>
        <h2>
          Rows for {args.category} {args.code} in <code>{args.catalog}</code>
        </h2>
        {rows.length === 0 ? (
          <p>None: in every mode this code gets the generic message.</p>
        ) : (
          <ul>
            {rows.map((e) => (
              <li key={entryId(e)}>
                {e.mode} · {e.action}
                {e.isDefault ? ' (default row)' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** With a `language` arg, the explorer gets an instance of its own in that language. */
function Explorer(args: ExplorerArgs) {
  if (!args.language) return <ExplorerBody {...args} />;
  return (
    <UcErrorKitProvider i18n={i18nFor(args.language)}>
      <div lang={contentLanguage(args.language)} dir={i18n.dir(args.language)}>
        <ExplorerBody {...args} />
      </div>
    </UcErrorKitProvider>
  );
}

/**
 * Any code of any catalog in any mode: pick them in the controls and see the sentence the
 * kit shows, where it shows it, and which catalog row (or generic message) it came from.
 */
const meta = {
  title: 'Catalog/Explorer',
  component: Explorer,
  args: {
    catalog: DEFAULT_CATALOG,
    mode: 'Voice',
    category: 'ms-diagnostics',
    code: 1008,
    action: 'call',
    language: '',
    userName: 'Avery Howard',
    variant: '',
  },
  argTypes: {
    catalog: { description: 'The display catalog', control: 'select', options: CATALOG_IDS },
    mode: { description: 'What the user was doing', control: 'select', options: MODES },
    category: {
      description: 'The family of the code: which field of the error it arrives in',
      control: 'select',
      options: Categories,
    },
    code: {
      description: 'The code received: an ErrorId, a SIP status, a warn-code or a Windows error',
      control: { type: 'number', min: 0, step: 1 },
    },
    action: {
      description: 'The action within the mode; picks among the rows of one code',
      control: { type: 'select', labels: { '': '(the default row)' } },
      options: ['', ...ALL_ACTIONS],
    },
    language: {
      description: 'A language for this story only (the toolbar sets it for all)',
      control: {
        type: 'select',
        labels: Object.fromEntries([
          ['', '(the toolbar language)'],
          ...LOCALES.map((l) => [l, localeTitle(l)]),
        ]),
      },
      options: ['', ...LOCALES],
    },
    userName: { description: 'The {{userName}} value', control: 'text' },
    variant: {
      description: 'Where to show the notice, overriding the catalog placement',
      control: { type: 'select', labels: { '': '(the catalog placement)' } },
      options: ['', 'notification-bar', 'im-area'],
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const lng = args.language || String(globals.locale ?? 'en');
    const want = expected(
      { locale: lng },
      errorInputFor(args.category, args.code),
      { mode: args.mode, action: args.action || undefined, catalog: args.catalog },
      { ...EXAMPLE_VALUES, userName: args.userName },
    );
    const shown = canvasElement.querySelector('[data-explorer-notice]');
    await expect(shown && summaryOf(shown)).toBe(want.summary);
  },
} satisfies Meta<typeof Explorer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** ms-diagnostics 1008 ("Unable to resolve DNS SRV record") while placing a call. */
export const Default: Story = {
  play: async (context) => {
    await meta.play(context);
    if (context.globals.locale === 'en') {
      await expect(summaryOf(context.canvasElement)).toBe('Cannot locate Avery Howard.');
    }
  },
};

/** A code no row lists: the mode's generic message, quoting the code as the error ID. */
export const UnhandledCode: Story = {
  args: { category: 'sip', code: 499, action: '' },
};

/** The same row in the pseudo-locale, set by the `language` arg rather than the toolbar. */
export const InPseudoLocale: Story = {
  args: { language: 'en-XA' },
  play: async (context) => {
    await meta.play(context);
    await expect(summaryOf(context.canvasElement)).toMatch(/^\[Çåññöţ ļöçåţé Avery Howard\. /);
  },
};
