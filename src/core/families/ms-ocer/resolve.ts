/**
 * Choosing the message: which received code wins, and which row of the catalog applies.
 */
import type { BaseResolution, Fact, InputProblem } from '../../family';
import {
  type CatalogEntry,
  type CatalogIndex,
  catalogIndex,
  type GenericEntry,
  genericIndex,
  slot,
} from './catalog';
import type { Category, MessageKey, ReasonKey } from './catalog-data';
import type { CatalogId } from './catalogs/index';
import type { ErrorInput } from './fields';
import type { ParsedDiagnostics } from './headers';
import { collect, type ReceivedCode } from './input';
import type { Action, Mode } from './modes';
import { start } from './start-parts';

/** What the user was doing when the error arrived. */
interface ResolveContext {
  /**
   * The mode; a missing one resolves as `'Other'`. Typed strictly, so a misspelt mode is a
   * type error; one that arrives from outside the types anyway is reported and read as Other.
   */
  mode?: Mode | undefined;
  /** The action; with none, or one the mode lacks, the row the spec lists first applies. */
  action?: Action | undefined;
  /** The display catalog: which client's strings. @default 'lync2010' */
  catalog?: CatalogId | undefined;
}

/** The message to show for a failure, as keys and values; `formatError` adds the words. */
interface Resolution extends BaseResolution {
  family: 'ms-ocer';
  /** The catalog used. */
  catalog: CatalogId;
  /** The mode used (`'Other'` when the given mode was unknown). */
  mode: Mode;
  /** The action of the row used; undefined for a generic message that has none. */
  action: Action | undefined;
  /** The family of the code that won, or of the highest-priority code for a generic message. */
  category: Category | undefined;
  /** The code that won, or the highest-priority code received for a generic message. */
  code: number | undefined;
  /** The error identifier to quote to support staff (`[error ID]` in the spec). */
  errorId: number | undefined;
  /** The key of the line to show first. */
  summaryKey: MessageKey;
  /** The key of the additional information, if any. */
  detailsKey: MessageKey | undefined;
  /** The key of the catalog's diagnostic reason, if it gives one. */
  reasonKey: ReasonKey | undefined;
  /**
   * The `reason` the server sent in the diagnostics header, if any (English, data). The
   * catalog's own reason for the row (`reasonKey`) comes with `msOcer.describe`, loaded on
   * demand with the server tables, or from `catalogReason()`.
   */
  reason: string | undefined;
  /** Values the keys need that the resolver knows (`errorId`). */
  values: { errorId?: string };
  /** The parsed ms-diagnostics header (reason, source, other parameters) for a details view. */
  diagnostics: ParsedDiagnostics | undefined;
  /** Every code received, in priority order. */
  received: ReceivedCode[];
  /** The catalog row used, when handled. */
  entry: CatalogEntry | undefined;
}

/** The context as the resolver uses it, and what was wrong with the one given. */
interface ReadContext {
  catalog: CatalogId;
  mode: Mode;
  action: Action | undefined;
}

/**
 * Reads a context: the one place modes, actions and catalogs are checked, so the resolver,
 * the components' prop checks and the CLI say the same thing in the same words.
 */
function readContext(context: unknown, problems: InputProblem[]): ReadContext {
  const ctx = (context !== null && typeof context === 'object' ? context : {}) as Record<
    string,
    unknown
  >;
  const get = (name: string) => (Object.hasOwn(ctx, name) ? ctx[name] : undefined);
  const { CATALOG_IDS, DEFAULT_CATALOG, isActionOf, isCatalogId, isMode, MODES, ModeActions } =
    start();
  let catalog: CatalogId = DEFAULT_CATALOG;
  const givenCatalog = get('catalog');
  if (givenCatalog !== undefined) {
    if (isCatalogId(givenCatalog)) catalog = givenCatalog;
    else
      problems.push({
        field: 'catalog',
        in: 'context',
        message: `Unknown catalog ${preview(givenCatalog)}; expected one of ${CATALOG_IDS.join(', ')}.`,
      });
  }
  let mode: Mode = 'Other';
  const givenMode = get('mode');
  if (isMode(givenMode)) mode = givenMode;
  else if (givenMode !== undefined)
    problems.push({
      field: 'mode',
      in: 'context',
      message: `Unknown mode ${preview(givenMode)}; expected one of ${MODES.join(', ')}.`,
    });
  let action: Action | undefined;
  const givenAction = get('action');
  if (givenAction !== undefined) {
    if (isActionOf(mode, givenAction)) action = givenAction;
    else {
      const actions = ModeActions[mode] as readonly string[];
      problems.push({
        field: 'action',
        in: 'context',
        message: `${preview(givenAction)} is not an action of mode ${mode}; ${
          actions.length > 0 ? `expected one of ${actions.join(', ')}` : `${mode} has none`
        }.`,
      });
    }
  }
  return { catalog, mode, action };
}

/** Up to 40 characters of a value, quoted, for a message about it. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    // An object whose toString throws (or a Symbol's conversion) is still only a wrong value.
    text = Object.prototype.toString.call(value);
  }
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

/** A code as support staff name it: `SIP 486`, `ms-diagnostics 1008`. */
function codeLabel(r: ReceivedCode): string {
  return `${start().CATEGORY_LABELS[r.category]} ${r.code}`;
}

/** The row for the action, else the row listed first. */
function pick<E extends { action: Action | undefined }>(list: readonly E[], action?: Action) {
  return list.find((e) => e.action === action) ?? list[0];
}

/**
 * Chooses the message for the codes received, by the spec's priority: ms-diagnostics, then
 * the SIP status, then SIP warnings, then the Windows error; the first code with a row for
 * the mode wins, and with none the mode's generic message applies. Never throws.
 * @example resolveMsOcer({ msDiagnostics: '1008;reason="Unable to resolve DNS SRV record"' }, { mode: 'Voice' })
 */
function resolveMsOcer(
  input: ErrorInput | null | undefined,
  context?: ResolveContext | null,
): Resolution {
  return resolveIn(undefined, input, context);
}

/**
 * {@link resolveMsOcer} against a given index instead of the shipped catalog the context
 * names; the benchmark uses it to measure a catalog ten times the size.
 */
function resolveIn(
  given: CatalogIndex | undefined,
  input: ErrorInput | null | undefined,
  context: ResolveContext | null | undefined,
): Resolution {
  const problems: InputProblem[] = [];
  const read = readContext(context, problems);
  const { mode, action, catalog } = read;
  const { received, diagnostics } = collect(input, problems);
  let index = given ?? catalogIndex(catalog);
  if (index === undefined) {
    // The catalog's rows have not loaded yet (or their chunk failed to load): its generic
    // message answers, and says so. Placement, intent and `show` do not depend on the rows,
    // so a queue decides the same before and after. Views wait for `msOcer.load(context)`.
    const failed = start().isCatalogLoaded(catalog);
    const load = catalog === start().DEFAULT_CATALOG ? '' : `{ catalog: '${catalog}' }`;
    problems.push({
      field: 'catalog',
      in: failed ? 'input' : 'call',
      message: failed
        ? `The ${catalog} catalog could not be loaded; its generic message answered.`
        : `The ${catalog} catalog loads on demand: await msOcer.load(${load}) first, or loadLanguage(lng, [msOcer]) (the views do it themselves); its generic message answered.`,
    });
    index = genericIndex(catalog);
  }
  let entry: CatalogEntry | undefined;
  let neverHandled = false;
  for (const r of received) {
    // [MS-OCER] Appendix D and E, "Ms-Diagnostic Errors Not Handled": always the generic
    // message.
    if (r.category === 'ms-diagnostics' && index.notHandled.has(r.code)) {
      neverHandled = true;
      continue;
    }
    const rows = index.handled.get(slot(r.category, mode, r.code));
    if (rows) {
      entry = pick(rows, action);
      break;
    }
  }
  // A provisional or success response (a 101 Progress Report carrying ms-diagnostics, a 200)
  // is no failure: the client shows nothing, as the SIP adapters decide (`why: 'progress'`).
  const notFailure = received.find((r) => r.category === 'sip' && r.code < 300);
  if (notFailure !== undefined)
    problems.push({
      field: 'sipStatus',
      in: 'call',
      message: `SIP ${notFailure.code} is not a failure: a provisional or success response has nothing to show.`,
    });
  const top = received[0];
  const generic: GenericEntry | undefined = entry
    ? undefined
    : pick(index.generic.get(mode) ?? index.generic.get('Other') ?? [], action);
  const chosen = entry ?? generic!;
  const errorId = entry ? entry.code : top?.code;
  // A row with only a descriptive string shows it as its one line.
  const summaryKey = (chosen.summaryKey ?? chosen.detailsKey) as MessageKey;
  const detailsKey = chosen.summaryKey ? chosen.detailsKey : undefined;
  const reasonKey = entry?.reasonKey;
  const reason = diagnostics?.reason;
  const winner = entry ? { category: entry.category, code: entry.code } : top;
  const facts: Fact[] = [];
  if (errorId !== undefined) facts.push({ label: 'fact.errorId', value: String(errorId) });
  // One line for every code received, in priority order: "ms-diagnostics 1008, SIP 404".
  if (received.length > 0)
    facts.push({ label: 'fact.code', value: received.map(codeLabel).join(', ') });
  if (reason) facts.push({ label: 'fact.reason', value: reason, lang: 'en' });
  if (diagnostics?.source) facts.push({ label: 'fact.source', value: diagnostics.source });
  return {
    family: 'ms-ocer',
    handled: entry !== undefined,
    unhandledReason: entry
      ? undefined
      : received.length === 0
        ? 'no-code'
        : neverHandled
          ? 'never-handled'
          : 'no-row',
    catalog,
    mode,
    action: chosen.action,
    // Not the generic entry's own placement: a catalog whose one generic message serves
    // every mode (ocs2007) shows it where the user's mode shows its messages.
    placement: entry ? entry.placement : start().placementOf(catalog, mode),
    category: winner?.category,
    code: errorId,
    errorId,
    summaryKey,
    detailsKey,
    reasonKey,
    reason,
    values: errorId === undefined ? {} : { errorId: String(errorId) },
    behaviour: undefined,
    // Every row of Appendix D and E is a failure the client shows; none recovers by itself.
    intent: notFailure ? 'info' : 'error',
    show: notFailure === undefined,
    facts,
    // The codes as parsed, so `486` and `'SIP/2.0 486 Busy Here'` are one error; U+0000
    // cannot occur in a catalog, mode or action name, so the fields cannot run together.
    sameKey: [catalog, mode, action ?? '', received.map(codeLabel).join(',')].join('\u0000'),
    diagnostics,
    received,
    problems,
    entry,
  };
}

export type { Resolution, ResolveContext };
export { resolveIn, resolveMsOcer };
