import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useId } from 'react';
import { expect, waitFor } from 'storybook/test';
import {
  contentLanguage,
  FAMILIES,
  i18n,
  LOCALES,
  localeDirection,
  localeTitle,
} from '../../.storybook/i18n';
import {
  type AnyFamily,
  type BaseEntry,
  ErrorNotice,
  type FormatValues,
  loadLanguage,
  type NoticeVariant,
  UcErrorKitProvider,
  useErrorMessage,
} from '../../src/index';
import {
  type Action,
  CATALOG_IDS,
  type CatalogId,
  Categories,
  type Category,
  DEFAULT_CATALOG,
  errorInputFor,
  MODES,
  type Mode,
  ModeActions,
  msOcer,
} from '../../src/core/families/ms-ocer/index';
import { EXAMPLE_VALUES, UNDELIVERED } from '../support/catalog';
import { storyLanguage, summaryOf, wordsIn } from '../support/play';

type FamilyId = 'ms-ocer' | 'msnp' | 'eas' | 'smtp';

const BY_ID = new Map(FAMILIES.map((f) => [f.id as FamilyId, f]));

/** A family by id; [MS-OCER] for anything else. */
function familyOf(id: string): AnyFamily {
  return BY_ID.get(id as FamilyId) ?? msOcer;
}

/** The ids of a family's entries, in its order. */
function entryIds(id: FamilyId): string[] {
  return familyOf(id)
    .entries()
    .map((e) => e.id);
}

/** A family's entry by id, else its first. */
function entryOf(family: AnyFamily, id: string): BaseEntry<unknown, unknown> | undefined {
  const entries = family.entries();
  return entries.find((e) => e.id === id) ?? entries[0];
}

interface ExplorerArgs {
  /** The family that reads the codes. */
  family: FamilyId;
  /** [MS-OCER]: a catalog row; when set it replaces catalog, category, code, mode and action. */
  msOcerEntry: string;
  /** [MS-OCER]: the display catalog. */
  catalog: CatalogId;
  /** [MS-OCER]: what the user was doing. */
  mode: Mode;
  /** [MS-OCER]: the kind of code. */
  category: Category;
  /** [MS-OCER]: the code received, in the field of its category. */
  code: number;
  /** [MS-OCER]: the action within the mode; empty for the row the spec lists first. */
  action: Action | '';
  /** MSNP: the entry whose codes are sent. */
  msnpEntry: string;
  /** Exchange ActiveSync: the entry whose codes are sent. */
  easEntry: string;
  /** SMTP: the entry whose reply is sent (its provider is the context). */
  smtpEntry: string;
  /** MSNP, ActiveSync, SMTP: a code as pasted (read with `family.parseText`); empty for the entry's. */
  text: string;
  /** A language for this story only; empty for the toolbar's. */
  language: string;
  /** [MS-OCER]: the `{{userName}}` value. */
  userName: string;
  /** Where to show the notice; empty for the placement the family gives it. */
  variant: NoticeVariant | '';
}

/** What the explorer asks the kit: the family, the codes, the context and the values. */
interface Request {
  family: AnyFamily;
  input: unknown;
  context: unknown;
  values: FormatValues | undefined;
  /** The entry the codes come from, if any. */
  entry: BaseEntry<unknown, unknown> | undefined;
  /** [MS-OCER]: the mode, for the IM quote. */
  mode: string | undefined;
}

/** The request the args describe: the component and the play function both use it. */
function requestOf(args: ExplorerArgs): Request {
  const family = familyOf(args.family);
  if (family === msOcer) {
    const values = { ...EXAMPLE_VALUES, userName: args.userName };
    const entry = args.msOcerEntry
      ? msOcer.entries().find((e) => e.id === args.msOcerEntry)
      : undefined;
    if (entry)
      return {
        family,
        input: entry.input,
        context: entry.context,
        values,
        entry,
        mode: entry.mode,
      };
    const context = { catalog: args.catalog, mode: args.mode, action: args.action || undefined };
    return {
      family,
      input: errorInputFor(args.category, args.code),
      context,
      values,
      entry: undefined,
      mode: args.mode,
    };
  }
  const picked = { msnp: args.msnpEntry, eas: args.easEntry, smtp: args.smtpEntry }[
    args.family as 'msnp' | 'eas' | 'smtp'
  ];
  const entry = entryOf(family, picked);
  const input = args.text.trim() ? family.parseText(args.text) : entry?.input;
  return { family, input, context: entry?.context, values: undefined, entry, mode: undefined };
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
  const { family, input, context, values, entry, mode } = requestOf(args);
  const message = useErrorMessage(family, input, context, values);
  const placement = args.variant || message.placement;
  const chosen = (message as { entry?: { id: string } }).entry;
  return (
    <div className="sb-stack">
      <div
        data-explorer-notice
        className={placement === 'im-area' ? 'sb-im-frame' : 'sb-bar-frame'}
      >
        <ErrorNotice
          family={family}
          error={input}
          context={context}
          values={values}
          variant={args.variant || undefined}
          undeliveredMessage={mode === 'IM' ? UNDELIVERED : undefined}
        />
      </div>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>How it resolved</h2>
        <dl className="sb-facts">
          <Fact term="Family">
            {family.title} (<code>{family.id}</code>, namespace <code>{family.namespace}</code>)
          </Fact>
          <Fact term="Input">
            <code>{JSON.stringify(input)}</code>
            {entry ? (
              <>
                {' '}
                (entry <code>{entry.id}</code>)
              </>
            ) : null}
          </Fact>
          <Fact term="Context">
            <code>{JSON.stringify(context ?? {})}</code>
          </Fact>
          <Fact term="Row">
            {chosen ? (
              <code>{chosen.id}</code>
            ) : (
              `none: the generic message (${message.unhandledReason})`
            )}
          </Fact>
          <Fact term="Summary key">
            <code>{message.summaryKey}</code>
          </Fact>
          <Fact term="Details key">
            {message.detailsKey ? <code>{message.detailsKey}</code> : '—'}
          </Fact>
          <Fact term="Placement">{message.placement}</Fact>
          <Fact term="Behaviour">{message.behaviour ?? '—'}</Fact>
          <Fact term="Details">{message.details ?? '—'}</Fact>
          <Fact term="Language">{message.ready ? message.language : 'loading…'}</Fact>
          <Fact term="Input problems">
            {message.problems.length === 0
              ? 'none'
              : message.problems.map((p) => `${p.field}: ${p.message}`).join(' ')}
          </Fact>
          {message.facts.map((fact, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; a label may repeat
            <Fact key={i} term={fact.labelText}>
              <bdi lang={fact.lang}>{fact.value}</bdi>
            </Fact>
          ))}
        </dl>
      </section>
    </div>
  );
}

/**
 * With a `language` arg, the explorer names its own language on a provider: the kit loads it
 * on demand (the notice renders nothing until its words are in).
 */
function Explorer(args: ExplorerArgs) {
  if (!args.language) return <ExplorerBody {...args} />;
  return (
    <UcErrorKitProvider i18n={i18n} lng={args.language}>
      <div lang={contentLanguage(args.language)} dir={localeDirection(args.language)}>
        <ExplorerBody {...args} />
      </div>
    </UcErrorKitProvider>
  );
}

const onlyFor = (family: FamilyId) => ({ arg: 'family', eq: family });

/**
 * Any code of any family: pick the family, then one of its entries (or, for [MS-OCER], any
 * catalog, mode, code and action), and see the sentence the kit shows, where it shows it, and
 * which row (or generic message) it came from.
 */
const meta = {
  title: 'Catalog/Explorer',
  component: Explorer,
  args: {
    family: 'ms-ocer',
    msOcerEntry: '',
    catalog: DEFAULT_CATALOG,
    mode: 'Voice',
    category: 'ms-diagnostics',
    code: 1008,
    action: 'call',
    msnpEntry: 'msnp 217',
    easEntry: 'eas 142',
    smtpEntry: 'gmail 550 5.1.1 #1',
    text: '',
    language: '',
    userName: 'Avery Howard',
    variant: '',
  },
  argTypes: {
    family: {
      description: 'The family that reads the codes',
      control: {
        type: 'select',
        labels: Object.fromEntries(FAMILIES.map((f) => [f.id, f.title])),
      },
      options: FAMILIES.map((f) => f.id),
    },
    msOcerEntry: {
      description:
        'A catalog row of either catalog; when set, its codes, catalog, mode and action replace the controls below',
      control: {
        type: 'select',
        labels: { '': '(catalog, category, code, mode and action below)' },
      },
      options: ['', ...entryIds('ms-ocer')],
      if: onlyFor('ms-ocer'),
    },
    catalog: {
      description: 'The display catalog',
      control: 'select',
      options: CATALOG_IDS,
      if: onlyFor('ms-ocer'),
    },
    mode: {
      description: 'What the user was doing',
      control: 'select',
      options: MODES,
      if: onlyFor('ms-ocer'),
    },
    category: {
      description: 'The kind of code: which field of the error it arrives in',
      control: 'select',
      options: Categories,
      if: onlyFor('ms-ocer'),
    },
    code: {
      description: 'The code received: an ErrorId, a SIP status, a warn-code or a Windows error',
      control: { type: 'number', min: 0, step: 1 },
      if: onlyFor('ms-ocer'),
    },
    action: {
      description: 'The action within the mode; picks among the rows of one code',
      control: { type: 'select', labels: { '': '(the default row)' } },
      options: ['', ...ALL_ACTIONS],
      if: onlyFor('ms-ocer'),
    },
    msnpEntry: {
      description: 'An MSNP entry',
      control: 'select',
      options: entryIds('msnp'),
      if: onlyFor('msnp'),
    },
    easEntry: {
      description: 'An Exchange ActiveSync entry',
      control: 'select',
      options: entryIds('eas'),
      if: onlyFor('eas'),
    },
    smtpEntry: {
      description: 'An SMTP entry (its provider is the context)',
      control: 'select',
      options: entryIds('smtp'),
      if: onlyFor('smtp'),
    },
    text: {
      description:
        'A code as pasted (`217 12`, `<Status>142</Status>`, `550 5.1.1 …`), read with the family’s `parseText`; empty for the entry’s own',
      control: 'text',
      if: { arg: 'family', neq: 'ms-ocer' },
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
    userName: {
      description: 'The {{userName}} value',
      control: 'text',
      if: onlyFor('ms-ocer'),
    },
    variant: {
      description: 'Where to show the notice, overriding the family’s placement',
      control: { type: 'select', labels: { '': '(the family’s placement)' } },
      options: ['', 'notification-bar', 'im-area'],
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const lng = args.language || storyLanguage(globals);
    const { family, input, context, values } = requestOf(args);
    // The kit loads a language on demand; the play function waits for the same words.
    await loadLanguage(lng, [family]);
    const want = wordsIn(lng, family, input, context, values);
    const shown = canvasElement.querySelector('[data-explorer-notice]') as HTMLElement;
    await waitFor(() => expect(summaryOf(shown)).toBe(want.summary));
  },
} satisfies Meta<typeof Explorer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** ms-diagnostics 1008 ("Unable to resolve DNS SRV record") while placing a call. */
export const Default: Story = {};

/** A code no row lists: the mode's generic message, quoting the code as the error ID. */
export const UnhandledCode: Story = {
  args: { category: 'sip', code: 499, action: '' },
};

/** A catalog row picked from the list: its codes, catalog, mode and action. */
export const MsOcerEntry: Story = {
  name: '[MS-OCER] entry',
  args: { msOcerEntry: 'ocs2007 ms-diagnostics IM 1008 send' },
};

/** MSNP: the server's error line for a contact who cannot be reached. */
export const Msnp: Story = { name: 'MSNP', args: { family: 'msnp' } };

/** MSNP, pasted: an error line as a trace shows it, with its transaction id. */
export const MsnpPasted: Story = {
  name: 'MSNP, pasted error line',
  args: { family: 'msnp', text: '911 4' },
};

/** Exchange ActiveSync: the server asks for the security settings again. */
export const Eas: Story = { name: 'Exchange ActiveSync', args: { family: 'eas' } };

/** SMTP: Gmail's reply for a mailbox that does not exist. */
export const Smtp: Story = { name: 'SMTP', args: { family: 'smtp' } };

/** The same row in the pseudo-locale, set by the `language` arg rather than the toolbar. */
export const InPseudoLocale: Story = {
  args: { language: 'en-XA' },
  play: async (context) => {
    await meta.play(context);
    await expect(summaryOf(context.canvasElement)).toMatch(
      /^\[Çåññöţ ļöçåţé \u2068Avery Howard\u2069\. /,
    );
  },
};

/** A real language named by the `language` arg: loaded on demand by the kit. */
export const InFrench: Story = {
  args: { language: 'fr' },
};
