/**
 * A family made only from the contract (src/core/family.ts), for tests of the generic layers:
 * formatting, languages, the notice queue and the React views must work with a family they
 * have never seen. Three codes, two placeholders, English inline and German on demand.
 */
import type {
  BaseEntry,
  BaseResolution,
  ContextField,
  Fact,
  Family,
  FamilyDisplay,
  Intent,
  Placement,
} from '../../src/core/index';

/** The toy's codes as an app receives them. */
interface ToyInput {
  /** A toy status: 1, 2 or 3 (or its digits). */
  code: number | string;
}

/** What the user was doing. */
interface ToyContext {
  /** Where the message shows; the code decides when absent. */
  channel?: 'chat' | 'call' | undefined;
}

/** One row of the toy's table. */
interface ToyRow {
  code: 1 | 2 | 3 | 4;
  summaryKey: 'busy' | 'offline' | 'denied' | 'resynced';
  detailsKey: 'tryLater' | 'askAdmin' | undefined;
  placement: Placement;
  behaviour: 'retry' | 'reconnect' | 'give-up' | 'recovered';
  intent: Intent;
  /** False for a code the client recovers from by itself. */
  show: boolean;
}

/** The toy's resolution: the contract's, plus the row used. */
interface ToyResolution extends BaseResolution {
  family: 'toy';
  code: number | undefined;
  row: ToyRow | undefined;
}

const ROWS: readonly ToyRow[] = [
  {
    code: 1,
    summaryKey: 'busy',
    detailsKey: 'tryLater',
    placement: 'im-area',
    behaviour: 'retry',
    intent: 'warning',
    show: true,
  },
  {
    code: 2,
    summaryKey: 'offline',
    detailsKey: undefined,
    placement: 'notification-bar',
    behaviour: 'reconnect',
    intent: 'error',
    show: true,
  },
  {
    code: 3,
    summaryKey: 'denied',
    detailsKey: 'askAdmin',
    placement: 'notification-bar',
    behaviour: 'give-up',
    intent: 'error',
    show: true,
  },
  {
    code: 4,
    summaryKey: 'resynced',
    detailsKey: undefined,
    placement: 'notification-bar',
    behaviour: 'recovered',
    intent: 'info',
    show: false,
  },
];

/** The toy's English, inline. */
const toyEnglish = {
  busy: '{{userName}} is busy.',
  busy_noName: 'The contact is busy.',
  resynced: 'Synced again.',
  tryLater: 'Try again in a minute (code {{code}}).',
  offline: 'You are offline.',
  denied: 'Not allowed.',
  askAdmin: 'Ask your administrator about {{userName}}.',
  generic: 'Something went wrong (code {{code}}).',
  'fallback.userName': 'the contact',
  'fallback.code': 'unknown',
  'fact.code': 'Code',
  'fact.note': 'Note',
} as const;

/** The toy's German, loaded on demand. */
const toyGerman = {
  busy: '{{userName}} ist beschäftigt.',
  resynced: 'Wieder synchronisiert.',
  tryLater: 'Versuchen Sie es in einer Minute erneut (Code {{code}}).',
  offline: 'Sie sind offline.',
  denied: 'Nicht erlaubt.',
  askAdmin: 'Fragen Sie Ihre Administration nach {{userName}}.',
  generic: 'Etwas ist schiefgegangen (Code {{code}}).',
  'fallback.userName': 'die Person',
  'fallback.code': 'unbekannt',
  'fact.code': 'Code',
  'fact.note': 'Hinweis',
} as const;

function codeOf(input: unknown): number | undefined {
  if (input === null || typeof input !== 'object' || !Object.hasOwn(input, 'code'))
    return undefined;
  const raw = (input as { code: unknown }).code;
  const code = typeof raw === 'string' && /^\s*\d{1,6}\s*$/.test(raw) ? Number(raw) : raw;
  return typeof code === 'number' && Number.isSafeInteger(code) && code >= 0 ? code : undefined;
}

function resolve(input: ToyInput | null | undefined, context?: ToyContext | null): ToyResolution {
  const code = codeOf(input);
  const row = ROWS.find((r) => r.code === code);
  const channel =
    context !== null && typeof context === 'object' && Object.hasOwn(context, 'channel')
      ? context.channel
      : undefined;
  const problems =
    channel === undefined || channel === 'chat' || channel === 'call'
      ? []
      : [{ field: 'channel', in: 'context' as const, message: 'Unknown channel.' }];
  const facts: Fact[] = code === undefined ? [] : [{ label: 'fact.code', value: String(code) }];
  // Frozen, as a family that caches its results may hand them out: no layer may write to it.
  const resolution: ToyResolution = {
    family: 'toy',
    handled: row !== undefined,
    unhandledReason: row ? undefined : code === undefined ? 'no-code' : 'no-row',
    code,
    summaryKey: row?.summaryKey ?? 'generic',
    detailsKey: row?.detailsKey,
    values: code === undefined ? {} : { code: String(code) },
    placement:
      channel === 'chat'
        ? 'im-area'
        : channel === 'call'
          ? 'notification-bar'
          : (row?.placement ?? 'im-area'),
    behaviour: row?.behaviour,
    intent: row?.intent ?? 'error',
    show: row?.show ?? true,
    facts,
    sameKey: `${code ?? ''}\u0000${channel ?? ''}`,
    problems,
    row,
  };
  return Object.freeze(resolution);
}

function entries(): readonly BaseEntry<ToyInput, ToyContext>[] {
  return ROWS.map((r) => ({
    id: `toy ${r.code}`,
    input: { code: r.code },
    context: {},
    summaryKey: r.summaryKey,
    detailsKey: r.detailsKey,
  }));
}

/** Reads the first number of a pasted line: `toy 3` is code 3. */
function parseText(text: string): ToyInput {
  const digits = typeof text === 'string' ? /\d{1,6}/.exec(text)?.[0] : undefined;
  return { code: digits === undefined ? '' : Number(digits) };
}

/** One more fact for support staff, as a family with a large table would load it. */
async function describe(resolution: ToyResolution): Promise<readonly Fact[]> {
  return resolution.row ? [{ label: 'fact.note', value: `Toy row ${resolution.row.code}` }] : [];
}

/** Toy codes grouped by what they say about the connection. */
const display: FamilyDisplay<BaseEntry<ToyInput, ToyContext>> = {
  groupOf: (e) => (Number(e.input.code) <= 2 ? 'People' : 'Service'),
  labelOf: (e) => `Toy ${e.input.code}`,
  searchTextOf: (e) => `toy ${e.input.code} ${e.summaryKey ?? ''}`,
};

const contextFields: readonly ContextField[] = [
  {
    name: 'channel',
    type: 'string',
    values: ['chat', 'call'],
    description: 'Where the message shows; the code decides when absent.',
  },
];

/**
 * The toy family: id `toy`, namespace `uc-error-kit-toy`, three codes.
 * @example formatError(toy, { code: 1 }, { channel: 'chat' }, { values: { userName: 'Avery' } })
 */
const toy = {
  id: 'toy',
  title: 'Toy codes for tests',
  namespace: 'uc-error-kit-toy',
  // Small enough to bundle all its English: no `en` file to load, German on demand.
  bundled: toyEnglish,
  locales: { de: () => Promise.resolve({ default: toyGerman }) },
  placeholders: ['userName', 'code'],
  contextFields,
  display,
  resolve,
  entries,
  parseText,
  describe,
} as const satisfies Family<ToyInput, ToyContext, ToyResolution>;

/** A toy's English as its loader hands it over. */
type ToyWords = { default: Readonly<Record<string, string>> };

/**
 * The toy as a family that bundles only its generic message (and a fact label) and loads its
 * English with `en`, under a namespace of its own so that no other test's loads are shared.
 * @example withLazyEnglish('uc-error-kit-toy-lazy', () => Promise.resolve({ default: toyEnglish }))
 */
function withLazyEnglish(namespace: string, en: () => Promise<ToyWords>) {
  return {
    ...toy,
    namespace,
    bundled: { generic: toyEnglish.generic, 'fact.code': toyEnglish['fact.code'] },
    locales: { en },
  } satisfies Family<ToyInput, ToyContext, ToyResolution>;
}

export type { ToyContext, ToyInput, ToyResolution, ToyRow, ToyWords };
export { toy, toyEnglish, toyGerman, withLazyEnglish };
