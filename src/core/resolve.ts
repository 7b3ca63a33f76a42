/**
 * Choosing the message: which received code wins, and which row of the catalog applies.
 */
import {
  type CatalogEntry,
  type CatalogIndex,
  catalogIndex,
  type GenericEntry,
  slot,
} from './catalog';
import type { Category, MessageKey, ReasonKey } from './catalog-data';
import { type CatalogId, DEFAULT_CATALOG, isCatalogId } from './catalogs/index';
import {
  type ParsedDiagnostics,
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './headers';
import { type Action, isActionOf, isMode, type Mode } from './modes';
import { type Placement, placementOf } from './placement';

/** One header value as received, or every header of that name in the order received. */
type HeaderValues =
  | string
  | number
  | null
  | undefined
  | readonly (string | number | null | undefined)[];

/** The codes received with one failure; any subset, each as the server sent it. */
interface ErrorInput {
  /**
   * The `ms-diagnostics` header (with or without its name) or its ErrorId; a list when the
   * message carried several (a Mediation Server 404 carries 1034 then 10003). Never join two
   * headers with a comma: their parameters would merge.
   */
  msDiagnostics?: HeaderValues;
  /** The `ms-diagnostics-public` header(s) (with or without the name) or an ErrorId. */
  msDiagnosticsPublic?: HeaderValues;
  /** The SIP response status: `486`, `'486'` or a status line `'SIP/2.0 486 Busy Here'`. */
  sipStatus?: string | number | null | undefined;
  /** A SIP warn-code (`370`) or whole `Warning` header value(s), each possibly several. */
  sipWarning?: HeaderValues;
  /** A Windows error (`10053`) or an HRESULT of the Win32 facility (`0x80072745`). */
  windowsError?: string | number | null | undefined;
}

/** What the user was doing when the error arrived. */
interface ResolveContext {
  /** The mode; an unknown mode resolves as `'Other'`. */
  mode: Mode | (string & {});
  /** The action; with none, or one the code lacks, the row the spec lists first applies. */
  action?: Action | (string & {}) | undefined;
  /** The display catalog. @default 'lync2010' */
  catalog?: CatalogId | (string & {}) | undefined;
}

/** A code as received, once parsed. */
interface ReceivedCode {
  category: Category;
  code: number;
}

/** Something about the input that the resolver worked around; never fatal. */
interface InputProblem {
  /** Which input field was off. */
  field: keyof ErrorInput | keyof ResolveContext;
  /** What was wrong, in a sentence for logs. */
  message: string;
}

/** The message to show for a failure, as keys and values; {@link formatError} adds the words. */
interface Resolution {
  /** True when a catalog row handled a code; false for the mode's generic message. */
  handled: boolean;
  /** The catalog used. */
  catalog: CatalogId;
  /** The mode used (`'Other'` when the given mode was unknown). */
  mode: Mode;
  /** The action of the row used; undefined for a generic message that has none. */
  action: Action | undefined;
  /** Where to show the message. */
  placement: Placement;
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
  /** The key of the server's diagnostic reason from the catalog, if it gives one. */
  reasonKey: ReasonKey | undefined;
  /** Values the keys need that the resolver knows (`errorId`). */
  values: { errorId?: string };
  /** The parsed ms-diagnostics header (reason, source, other parameters) for a details view. */
  diagnostics: ParsedDiagnostics | undefined;
  /** Every code received, in priority order. */
  received: ReceivedCode[];
  /** What was wrong with the input, if anything. */
  problems: InputProblem[];
  /** The catalog row used, when handled. */
  entry: CatalogEntry | undefined;
}

/** The present values of a field that may hold one header or a list of them. */
function listOf(value: HeaderValues): (string | number)[] {
  const all = Array.isArray(value) ? value : [value];
  return all.filter(
    (v): v is string | number =>
      (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
  );
}

function collect(input: ErrorInput, problems: InputProblem[]) {
  const received: ReceivedCode[] = [];
  let diagnostics: ParsedDiagnostics | undefined;
  for (const field of ['msDiagnostics', 'msDiagnosticsPublic'] as const) {
    for (const value of listOf(input[field])) {
      const parsed = parseDiagnosticsHeader(typeof value === 'number' ? String(value) : value);
      if (parsed.ok) {
        received.push({ category: 'ms-diagnostics', code: parsed.errorId });
        diagnostics ??= parsed;
      } else {
        problems.push({ field, message: parsed.message });
      }
    }
  }
  if (input.sipStatus !== undefined && input.sipStatus !== null && input.sipStatus !== '') {
    const status = parseSipStatus(input.sipStatus);
    if (status === undefined) {
      problems.push({ field: 'sipStatus', message: 'Not a SIP status code (100-699).' });
    } else {
      received.push({ category: 'sip', code: status });
    }
  }
  for (const value of listOf(input.sipWarning)) {
    const parsed = parseWarningHeader(value);
    if (parsed.ok) {
      for (const w of parsed.warnings) received.push({ category: 'sip-warning', code: w.code });
    } else {
      problems.push({ field: 'sipWarning', message: parsed.message });
    }
  }
  const win = input.windowsError;
  if (win !== undefined && win !== null && win !== '') {
    const parsed = parseWindowsError(win);
    if (parsed.ok) received.push({ category: 'windows', code: parsed.code });
    else problems.push({ field: 'windowsError', message: parsed.message });
  }
  return { received, diagnostics };
}

/** The `ErrorInput` field each category of code arrives in. */
const CATEGORY_FIELDS = {
  'ms-diagnostics': 'msDiagnostics',
  sip: 'sipStatus',
  'sip-warning': 'sipWarning',
  windows: 'windowsError',
} as const satisfies Record<Category, keyof ErrorInput>;

/**
 * An input that carries one code in the field of its category, for tooling and previews.
 * @example errorInputFor('sip', 486) // { sipStatus: 486 }
 */
function errorInputFor(category: Category, code: number): ErrorInput {
  return { [CATEGORY_FIELDS[category]]: code };
}

/** The row for the action, else the row listed first. */
function pick<E extends { action: Action | undefined }>(list: readonly E[], action?: Action) {
  return list.find((e) => e.action === action) ?? list[0];
}

/**
 * Chooses the message for the codes received, by the spec's priority: ms-diagnostics, then
 * the SIP status, then SIP warnings, then the Windows error; the first code with a row for
 * the mode wins, and with none the mode's generic message applies. Never throws.
 * @example resolveError({ msDiagnostics: '1008;reason="Unable to resolve DNS SRV record"' }, { mode: 'Voice' })
 */
function resolveError(input: ErrorInput | null | undefined, context: ResolveContext): Resolution {
  return resolveIn(undefined, input, context);
}

/**
 * {@link resolveError} against a given index instead of the shipped catalog the context
 * names; the benchmark uses it to measure a catalog ten times the size.
 */
function resolveIn(
  given: CatalogIndex | undefined,
  input: ErrorInput | null | undefined,
  context: ResolveContext,
): Resolution {
  const problems: InputProblem[] = [];
  const ctx = (context ?? {}) as Partial<ResolveContext>;
  let catalog: CatalogId = DEFAULT_CATALOG;
  if (ctx.catalog !== undefined) {
    if (isCatalogId(ctx.catalog)) catalog = ctx.catalog;
    else problems.push({ field: 'catalog', message: `Unknown catalog "${String(ctx.catalog)}".` });
  }
  let mode: Mode = 'Other';
  if (isMode(ctx.mode)) mode = ctx.mode;
  else problems.push({ field: 'mode', message: `Unknown mode "${String(ctx.mode)}".` });
  let action: Action | undefined;
  if (ctx.action !== undefined) {
    if (isActionOf(mode, ctx.action)) action = ctx.action;
    else
      problems.push({
        field: 'action',
        message: `"${String(ctx.action)}" is not a ${mode} action.`,
      });
  }

  const { received, diagnostics } = collect(
    input !== null && typeof input === 'object' ? input : {},
    problems,
  );
  const index = given ?? catalogIndex(catalog);
  let entry: CatalogEntry | undefined;
  for (const r of received) {
    // [MS-OCER] Appendix D and E, "Ms-Diagnostic Errors Not Handled": always the generic
    // message.
    if (r.category === 'ms-diagnostics' && index.notHandled.has(r.code)) continue;
    const rows = index.handled.get(slot(r.category, mode, r.code));
    if (rows) {
      entry = pick(rows, action);
      break;
    }
  }
  const top = received[0];
  const generic: GenericEntry | undefined = entry
    ? undefined
    : pick(index.generic.get(mode) ?? index.generic.get('Other') ?? [], action);
  const chosen = entry ?? generic!;
  const errorId = entry ? entry.code : top?.code;
  // A row with only a descriptive string shows it as its one line.
  const summaryKey = (chosen.summaryKey ?? chosen.detailsKey) as MessageKey;
  const detailsKey = chosen.summaryKey ? chosen.detailsKey : undefined;
  return {
    handled: entry !== undefined,
    catalog,
    mode,
    action: chosen.action,
    // Not the generic entry's own placement: a catalog whose one generic message serves
    // every mode (ocs2007) shows it where the user's mode shows its messages.
    placement: entry ? entry.placement : placementOf(catalog, mode),
    category: entry ? entry.category : top?.category,
    code: errorId,
    errorId,
    summaryKey,
    detailsKey,
    reasonKey: entry?.reasonKey,
    values: errorId === undefined ? {} : { errorId: String(errorId) },
    diagnostics,
    received,
    problems,
    entry,
  };
}

export type { ErrorInput, HeaderValues, InputProblem, ReceivedCode, Resolution, ResolveContext };
export { CATEGORY_FIELDS, errorInputFor, resolveError, resolveIn };
