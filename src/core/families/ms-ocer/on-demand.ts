/**
 * What [MS-OCER] loads on demand beyond its words: its reader (engine.ts: the resolver and
 * the catalog index) and the rows of a display catalog, Lync 2010 and later (Appendix D) with
 * the family's words (`loadLanguage` and the views ask for them), Office Communicator 2007
 * (Appendix E) when a context first asks for `catalog: 'ocs2007'`. Their sentences are in the
 * family's language files with the rest.
 */
import { onDemand } from '../../on-demand';
import { warnOnce } from '../../warn';
import { noteLoaded } from '../../words';
import type { CatalogEntry, GenericEntry, ListCatalogEntriesOptions } from './catalog';
import { CATEGORY_LABELS, Categories } from './catalog-data';
import {
  CATALOG_IDS,
  type CatalogId,
  catalogData,
  DEFAULT_CATALOG,
  isCatalogId,
  isCatalogLoaded,
  loadCatalog,
} from './catalogs/index';
import { type ErrorInput, errorInputFor } from './fields';
import { isActionOf, isMode, MODES, ModeActions } from './modes';
import { PLACEMENT_BY_MODE, placementOf } from './placement';
import type { Resolution, ResolveContext } from './resolve';
import type { StartParts } from './start-parts';

/** What the reader reads from this start (start-parts.ts says why it is handed in). */
const START_PARTS: StartParts = {
  CATALOG_IDS,
  DEFAULT_CATALOG,
  catalogData,
  isCatalogId,
  isCatalogLoaded,
  CATEGORY_LABELS,
  errorInputFor,
  isActionOf,
  isMode,
  MODES,
  ModeActions,
  placementOf,
  Categories,
};

/** The reader, handed the start's parts as it loads. */
const reader = onDemand('the [MS-OCER] reader', () =>
  import('./engine').then((engine) => {
    engine.bindStart(START_PARTS);
    return engine;
  }),
);

/** A context's own property, if it has it. */
function own(context: unknown, name: string): unknown {
  return context !== null && typeof context === 'object' && Object.hasOwn(context, name)
    ? (context as Record<string, unknown>)[name]
    : undefined;
}

/** The catalog a context asks for; the default for anything else (the resolver says why). */
function catalogOf(context: unknown): CatalogId {
  const asked = own(context, 'catalog');
  return isCatalogId(asked) ? asked : DEFAULT_CATALOG;
}

/** True when the reader and the rows of the catalog the context asks for are in. */
function isReady(context?: ResolveContext | null): boolean {
  return reader.isSettled() && isCatalogLoaded(catalogOf(context));
}

/** Loads a catalog's rows; never rejects: a chunk that fails to load leaves its generic messages. */
async function loadRows(catalog: CatalogId): Promise<void> {
  if (isCatalogLoaded(catalog)) return;
  try {
    await loadCatalog(catalog);
  } catch (error) {
    // Offline or a broken deploy: the catalog counts as settled and the resolver answers with
    // its generic messages (its problems say so), so views show them rather than wait for good.
    warnOnce(
      'language-load-failed',
      `ms-ocer/${catalog}`,
      `Could not load the ${catalog} catalog (${String(error)}); showing its generic messages.`,
    );
  }
  noteLoaded();
}

/**
 * Loads the reader and the rows of the catalog the context asks for (Lync 2010 when none);
 * never rejects: a chunk that fails to load leaves the generic message.
 * @example await msOcer.load({ catalog: 'ocs2007' })
 */
async function load(context?: ResolveContext | null): Promise<void> {
  await Promise.all([reader.load(), loadRows(catalogOf(context))]);
}

/**
 * The answer before the reader is in (or when its chunk failed to load): the family's generic
 * message where the mode puts its messages, with a problem that says how to load it. Views
 * never show it: they wait for `msOcer.load()` as for the words, and a queue holds a push
 * until then.
 */
function beforeReader(context?: ResolveContext | null): Resolution {
  const asked = own(context, 'mode');
  const mode = isMode(asked) ? asked : 'Other';
  const catalog = catalogOf(context);
  return {
    family: 'ms-ocer',
    handled: false,
    unhandledReason: 'no-row',
    catalog,
    mode,
    action: undefined,
    placement: PLACEMENT_BY_MODE[mode],
    category: undefined,
    code: undefined,
    errorId: undefined,
    summaryKey: 'errorOccurred',
    detailsKey: 'quoteErrorIdToSupport',
    reasonKey: undefined,
    reason: undefined,
    values: {},
    behaviour: undefined,
    intent: 'error',
    show: true,
    facts: [],
    // No reader, no codes to tell errors apart: one notice per catalog and mode, so a message
    // for the IM area never merges with one for the bar.
    sameKey: `${catalog}\u0000${mode}\u0000no-reader`,
    diagnostics: undefined,
    received: [],
    problems: [reader.problem('msOcer')],
    entry: undefined,
  };
}

/**
 * Chooses the message for the codes received, by the spec's priority: ms-diagnostics, then
 * the SIP status, then SIP warnings, then the Windows error; the first code with a row for
 * the mode wins, and with none the mode's generic message applies. Never throws. Before the
 * reader is in, the generic message answers (see {@link beforeReader}).
 * @example await msOcer.load(); msOcer.resolve({ msDiagnostics: '1008;reason="Unable to resolve DNS SRV record"' }, { mode: 'Voice' })
 */
function resolve(
  input: ErrorInput | null | undefined,
  context?: ResolveContext | null,
): Resolution {
  const loaded = reader.loaded();
  return loaded === undefined ? beforeReader(context) : loaded.resolveMsOcer(input, context);
}

/**
 * Every handled row of the loaded display catalogs, in the spec's order, for tooling, stories
 * and tests; empty until `msOcer.load()` (Office Communicator 2007's once
 * `msOcer.load({ catalog: 'ocs2007' })` resolved).
 * @example listCatalogEntries({ catalog: 'lync2010' }).filter((e) => e.code === 1008)
 */
function listCatalogEntries(options: ListCatalogEntriesOptions = {}): CatalogEntry[] {
  return reader.loaded()?.listCatalogEntries(options) ?? [];
}

/** Every generic message of a loaded catalog (or of all loaded catalogs), in the spec's order. */
function listGenericMessages(options: ListCatalogEntriesOptions = {}): GenericEntry[] {
  return reader.loaded()?.listGenericMessages(options) ?? [];
}

/** The ErrorIds a loaded catalog never handles, ascending. */
function listNotHandled(catalog: CatalogId): number[] {
  return reader.loaded()?.listNotHandled(catalog) ?? [];
}

export { isReady, listCatalogEntries, listGenericMessages, listNotHandled, load, resolve };
