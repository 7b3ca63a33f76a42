/**
 * The family contract: what every family of codes gives the generic layers.
 *
 * A family is data plus a small adapter: its generated catalog, a lenient reader of the
 * codes as an app receives them, a resolve rule, its keys and its words. Formatting, the hooks, the notice queue, the components, the CLI and the
 * stories know a family only through this interface; there is no registry and no lifecycle:
 * an app imports the families it shows from their own entries (`uc-error-kit/msnp`, ...) and
 * passes them in, so the rest tree-shakes away.
 */

/** Where a message is shown: inline in the conversation, or the bar at its top. */
type Placement = 'im-area' | 'notification-bar';

/** Every placement, for validation and stories. */
const PLACEMENTS = ['notification-bar', 'im-area'] as const satisfies readonly Placement[];

/**
 * What kind of outcome a resolution is, for the colour, icon and group name of a notice
 * (Fluent's MessageBar intents): a failure the person must know of is an `error`; one that
 * may clear by itself or needs no action now a `warning`; a fact with nothing wrong (a
 * redirect, an auto-reply) `info`; a delivered message or accepted request `success`.
 */
type Intent = 'error' | 'warning' | 'info' | 'success';

/** Every intent, for validation, stories and styles. */
const INTENTS = ['error', 'warning', 'info', 'success'] as const satisfies readonly Intent[];

/** Why no catalog row handled the input (the family's generic message shows instead). */
type UnhandledReason =
  /** Nothing readable arrived: no code at all, or only malformed ones. */
  | 'no-code'
  /** A code arrived but the catalog has no row for it (in this context). */
  | 'no-row'
  /** The code is on the family's list of codes that always get the generic message. */
  | 'never-handled';

/** Something about the input or context that the resolver worked around; never fatal. */
interface InputProblem {
  /** Which input or context field was off. */
  field: string;
  /** What was wrong, in a sentence for logs. */
  message: string;
  /**
   * Whose it is to fix: `'context'` a mistake in the context, `'call'` an input of the wrong
   * shape (both the app's: views report them), `'input'` (or absent) codes that came
   * malformed from a server (the generic message is the documented answer).
   */
  in?: 'input' | 'context' | 'call' | undefined;
}

/**
 * One labelled value for support staff (the details dialog, `explain`). The label is a key
 * in the family's namespace (`fact.<name>`), so it is translated like any other word; the
 * value is data and is shown as given (seed text verbatim, header text, codes).
 */
interface Fact {
  /** The label's key in the family namespace, e.g. `fact.hresult`. */
  label: string;
  /** The value, shown exactly as given, as plain text. */
  value: string;
  /** The value's language when it is prose (the seeds' technical texts are English). */
  lang?: string | undefined;
}

/**
 * What every family's `resolve` returns. A family's own resolution extends it with its
 * fields ([MS-OCER] adds the mode, catalog, parsed header, ...).
 */
interface BaseResolution {
  /** The id of the family that resolved it. */
  family: string;
  /** True when a catalog row handled a code; false for the family's generic message. */
  handled: boolean;
  /** Why no row handled it; undefined when handled. */
  unhandledReason: UnhandledReason | undefined;
  /** The code that won, or the highest-priority code received for a generic message. */
  code: string | number | undefined;
  /** The key (in the family namespace) of the line to show first. */
  summaryKey: string;
  /** The key of the additional information, if any. */
  detailsKey: string | undefined;
  /** Values the resolver knows for the placeholders (`errorId`, `code`, ...), as text. */
  values: Readonly<Record<string, string>>;
  /** Where to show the message. */
  placement: Placement;
  /** What the app can do about it, from the family's closed vocabulary; undefined if none. */
  behaviour: string | undefined;
  /** What kind of outcome it is: the notice's colour, icon and group name. */
  intent: Intent;
  /**
   * False when a client recovers by itself and a person never sees it (a sync key to reset,
   * a redirect to follow, a code a client only logs): the views render nothing unless the
   * host asks. The words are still there for logs and `explain`.
   */
  show: boolean;
  /** Labelled values for support staff, in display order. */
  facts: readonly Fact[];
  /**
   * What makes two notices the same error: equal keys are one notice in a queue. Built from
   * the codes as parsed and the context, never from caller values.
   */
  sameKey: string;
  /** What was wrong with the input or context, if anything. */
  problems: InputProblem[];
}

/** Every catalog row a family lists: how to reproduce it, and its message keys. */
interface BaseEntry<Input, Context> {
  /** An id unique within the family, stable across regenerations (`'lync2010 sip Voice 486 call'`). */
  id: string;
  /**
   * The input that makes `resolve` choose this entry, or an earlier entry the source prints
   * with the same code and the same text (which no input can tell apart; the family's docs
   * list them).
   */
  input: Input;
  /** The context that makes `resolve` choose this entry. */
  context: Context;
  /** The key of the summary (family namespace); undefined for a row with only details. */
  summaryKey: string | undefined;
  /** The key of the details, if any. */
  detailsKey: string | undefined;
}

/** A field of a family's context, described for generic tools (the CLI's flags, story controls). */
interface ContextField {
  /** The context property (`mode`, `protocolVersion`, `provider`). */
  readonly name: string;
  /** One line for people: what it says and its default. */
  readonly description: string;
  /** The values it takes; a free value when absent. */
  readonly values?: readonly string[] | undefined;
  /** How a value given as text (a CLI flag) becomes the context's value. */
  readonly type: 'string' | 'number' | 'boolean';
}

/**
 * How generic tools present a family's entries (the Storybook Explorer and galleries, the
 * CLI's listings): one function each, so no tool has code per family.
 */
interface FamilyDisplay<E> {
  /** The group an entry is listed under (`'Voice'`, `'Sync'`, `'Gmail'`). */
  groupOf(entry: E): string;
  /** A short label for pickers and story names: `'486 Busy Here, call'`. */
  labelOf(entry: E): string;
  /** What a search for the entry matches: its codes, names and group. */
  searchTextOf(entry: E): string;
}

/** An option of the command line that a family adds (`--sip`, `--mode`, `--provider`). */
interface ExplainOption {
  /** `string` takes a value; `boolean` is a switch. */
  readonly type: 'string' | 'boolean';
  /** Whether it may be given more than once (each value is kept). */
  readonly multiple?: boolean | undefined;
  /** One line of help: `<header|id>  an ms-diagnostics header, or its ErrorId`. */
  readonly help: string;
}

/** One resolution the command prints: an input in a context, under a title. */
interface ExplainRun {
  /** What this run shows, e.g. `'lync2010: Lync 2010 and later clients (Appendix D)'`. */
  readonly title?: string | undefined;
  /** The input to resolve. */
  readonly input: unknown;
  /** The context to resolve it in. */
  readonly context?: unknown;
}

/** Labelled lines the command prints before the runs (a parsed header, a server's reason). */
interface ExplainSection {
  /** The label, in English (the command's own language). */
  readonly label: string;
  /** The lines, plain text. */
  readonly lines: readonly string[];
}

/**
 * A family's part of `uc-error-kit explain`, loaded only by the command: how to read what a
 * support engineer pastes and which runs to show (a family with several display catalogs
 * shows each). The generic command does the rest: arguments, words, output.
 */
interface Explainer {
  /** Options of its own, by name without `--`. */
  readonly options: Readonly<Record<string, ExplainOption>>;
  /** More help text: what a pasted line may be, an example. */
  readonly usage: string;
  /**
   * Reads the pasted lines (header lines, a whole bounce message from a file) and the
   * options into runs; the options hold the family's own options and its context fields as
   * given on the command line (`--mode Voice`). Throws an `Error` whose message says what to fix for input it cannot
   * read; `exitCode` 1 on it marks a code that could not be read (the default is a usage error).
   */
  read(
    text: readonly string[],
    options: Readonly<Record<string, unknown>>,
  ): ExplainRun[] | Promise<ExplainRun[]>;
  /** Sections to print before the runs, from the first run's resolution; none by default. */
  sections?(resolution: BaseResolution): Promise<readonly ExplainSection[]>;
}

/** A language's words for one namespace, as its JSON module default-exports them. */
type Words = Readonly<Record<string, string>>;

/** Loads one language's words of one namespace; each is a literal `import()`, so bundlers split it. */
type WordsLoader = () => Promise<{ default: Words }>;

/**
 * A family of codes.
 * @typeParam Input - the codes as an app receives them
 * @typeParam Context - what the user was doing (a mode, a provider, ...); `{}` when none
 * @typeParam R - the family's resolution
 * @typeParam E - the family's catalog entry
 */
interface Family<
  Input = unknown,
  Context = unknown,
  R extends BaseResolution = BaseResolution,
  E extends BaseEntry<Input, Context> = BaseEntry<Input, Context>,
> {
  /** The family's id: `'ms-ocer'`, `'msnp'`, `'eas'`, `'smtp'`. */
  readonly id: string;
  /** A short name for people: `'[MS-OCER] client error codes'`. */
  readonly title: string;
  /** The i18next namespace of its words: `locales/<lng>/<namespace>.json`. */
  readonly namespace: string;
  /**
   * The little English the family bundles, so that an answer never waits for a file: its
   * generic message (what `resolve(null)` answers), its neutral words (`fallback.*`) and its
   * fact labels (`fact.*`). Until the family's English has loaded, every answer is worded
   * with these.
   */
  readonly bundled: Words;
  /**
   * Every language's words, English too, by folder name (`en`, `de`, `pt-BR`), each loaded
   * on demand: English is the reference every other language is checked against and falls
   * back to, so it loads with any of them.
   */
  readonly locales: Readonly<Record<string, WordsLoader>>;
  /**
   * The placeholders its sentences may contain; a placeholder with no value shows the
   * neutral word under `fallback.<name>` in the family namespace.
   */
  readonly placeholders: readonly string[];
  /** The fields of its context, for generic tools; empty when it takes none. */
  readonly contextFields: readonly ContextField[];
  /** How generic tools list and label its entries. */
  readonly display: FamilyDisplay<E>;
  /**
   * Whether the family's reader (its catalog, rules and parsers, which load on demand with its
   * words) and what `context` needs beyond it (a second catalog) are in memory, or failed to
   * load; true when absent. Views show nothing until it is, as with a language, and a queue
   * holds a push until then.
   */
  isReady?(context?: Context | null): boolean;
  /**
   * Loads the reader and what `context` needs; `loadLanguage` calls it with no context.
   * Resolves when `resolve` answers with them, synchronously as ever. Never rejects.
   */
  load?(context?: Context | null): Promise<void>;
  /**
   * Chooses the message; never throws, whatever it is given. Before `load()` resolved, a
   * family with a reader on demand answers with its generic message and a problem that says so.
   */
  resolve(input: Input | null | undefined, context?: Context | null): R;
  /**
   * Every catalog row in memory, in the source's order (a catalog that loads on demand is
   * listed once `load` brought it in).
   */
  entries(): readonly E[];
  /** Reads a code as pasted by a person (a header line, a reply, a status); never throws. */
  parseText(text: string): Input;
  /**
   * More about a code for support staff, loaded on demand (a table too large to bundle).
   * Resolves to facts to add, or none.
   */
  describe?(resolution: R): Promise<readonly Fact[]>;
  /**
   * The family's part of the `uc-error-kit explain` command, as a module loaded on demand,
   * so an app's bundle carries only this one `import()`. Families without it are read with
   * `parseText` and their `contextFields`.
   */
  explainer?(): Promise<Explainer>;
}

/** The input type of a family. */
type InputOf<F> = F extends { resolve(input: infer I, ...rest: never[]): unknown }
  ? NonNullable<I>
  : never;
/** The context type of a family. */
type ContextOf<F> = F extends { resolve(input: never, context?: infer C): unknown }
  ? NonNullable<C>
  : never;
/** The resolution type of a family. */
type ResolutionOf<F> = F extends { resolve(...args: never[]): infer R } ? R : never;
/** The entry type of a family. */
type EntryOf<F> = F extends { entries(): readonly (infer E)[] } ? E : never;

/**
 * Any family, for the generic layers, which hand it input they have not checked: every
 * family's `resolve` takes `unknown` safely (it never throws), and methods compare
 * bivariantly, so each family is one of these.
 */
type AnyFamily = Family<unknown, unknown, BaseResolution, BaseEntry<unknown, unknown>>;

export type {
  AnyFamily,
  BaseEntry,
  BaseResolution,
  ContextField,
  ContextOf,
  EntryOf,
  Explainer,
  ExplainOption,
  ExplainRun,
  ExplainSection,
  Fact,
  Family,
  FamilyDisplay,
  InputOf,
  InputProblem,
  Intent,
  Placement,
  ResolutionOf,
  UnhandledReason,
  Words,
  WordsLoader,
};
export { INTENTS, PLACEMENTS };
