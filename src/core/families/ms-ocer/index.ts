/**
 * uc-error-kit/ms-ocer: [MS-OCER], the Client Error Reporting Protocol, as a family of the
 * kit: the codes a Lync / Skype for Business client receives (ms-diagnostics ErrorIds, SIP
 * status, SIP Warning, Windows errors), and what Appendix D (Lync 2010 and later) and
 * Appendix E (Office Communicator 2007 / 2007 R2) say the client shows for each, by mode and
 * action.
 */
import type { ContextField, Fact, Family, FamilyDisplay } from '../../family';
import bundled from './bundled.generated.json' with { type: 'json' };
import type { CatalogEntry, GenericEntry, ListCatalogEntriesOptions } from './catalog';
import {
  CATEGORY_LABELS,
  Categories,
  type Category,
  type MessageKey,
  type ReasonKey,
} from './catalog-data';
import { CATALOG_IDS, type CatalogId, DEFAULT_CATALOG } from './catalogs/index';
import { EXPLAINER_PARTS } from './explainer-parts';
import {
  CATEGORY_FIELDS,
  type ErrorInput,
  errorInputFor,
  type HeaderValues,
  INPUT_FIELDS,
  parseText,
} from './fields';
import type {
  DiagnosticsParseResult,
  ParsedDiagnostics,
  WarningParseResult,
  WindowsErrorResult,
} from './headers';
import type { ReceivedCode } from './input';
import { locales } from './locales.generated';
import {
  type Action,
  type ActionOf,
  type CatalogMode,
  isActionOf,
  isMode,
  MODES,
  type Mode,
  ModeActions,
} from './modes';
import {
  isReady,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
  load,
  resolve,
} from './on-demand';
import { PLACEMENT_BY_MODE } from './placement';
import type { Resolution, ResolveContext } from './resolve';

/**
 * The placeholders of the spec's sentences, by their i18next name: `[user name]` is
 * `userName`, `[error ID]` `errorId`, `[client name]` `clientName`, `<product name>`
 * `productName`, and Appendix E's bare `%3` (the application that failed to start, which the
 * spec leaves undefined) `applicationName`.
 */
const PLACEHOLDER_NAMES = [
  'userName',
  'errorId',
  'clientName',
  'productName',
  'applicationName',
] as const;

/** A placeholder a sentence may contain. */
type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/**
 * The catalog's diagnostic reason for the row used (Appendix D or E), loaded on demand:
 * English data for support staff, wanted only when a details view opens.
 */
async function catalogReason(resolution: Resolution): Promise<string | undefined> {
  return (await import('./describe')).catalogReason(resolution);
}

/**
 * More for support staff, on demand: the catalog's reason for the row (when the server sent
 * none of its own) and the server's reason for the first ErrorId received, from Appendix B
 * or C. They come with their tables, in chunks of their own: the tables are 40 kB gzip.
 */
async function describe(resolution: Resolution): Promise<readonly Fact[]> {
  return (await import('./describe')).describe(resolution);
}

/** Entries grouped by catalog and mode, as Appendix D and E print them. */
const display: FamilyDisplay<CatalogEntry> = {
  groupOf: (e) => `${e.catalog === 'ocs2007' ? 'OC 2007' : 'Lync 2010'} · ${e.mode}`,
  labelOf: (e) => `${CATEGORY_LABELS[e.category]} ${e.code}, ${e.mode}, ${e.action}`,
  searchTextOf: (e) =>
    [e.code, CATEGORY_LABELS[e.category], e.mode, e.action, e.catalog, e.summaryKey, e.detailsKey]
      .filter((part) => part !== undefined)
      .join(' '),
};

/** The context fields, for the CLI's flags and story controls. */
const contextFields: readonly ContextField[] = [
  {
    name: 'mode',
    type: 'string',
    values: MODES,
    description: 'What the user was doing; an unknown or missing mode resolves as Other.',
  },
  {
    name: 'action',
    type: 'string',
    values: [...new Set(Object.values(ModeActions).flat())] as string[],
    description: 'The action within the mode; with none, the row listed first applies.',
  },
  {
    name: 'catalog',
    type: 'string',
    values: CATALOG_IDS,
    description: `The display catalog (Appendix D lync2010, Appendix E ocs2007); default ${DEFAULT_CATALOG}.`,
  },
];

/**
 * The [MS-OCER] family: pass it to `formatError`, `<ErrorNotice family>` and the rest. Its
 * context is `{ mode, action, catalog }`.
 * @example await loadLanguage('en', [msOcer]); formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).summary // 'The contact is in another call.'
 * @example <ErrorNotice family={msOcer} error={{ msDiagnostics: '1008' }} context={{ mode: 'Voice' }} />
 */
const msOcer = {
  id: 'ms-ocer',
  title: '[MS-OCER] client error codes (Lync, Skype for Business, Office Communicator)',
  namespace: 'uc-error-kit-ms-ocer',
  bundled,
  locales,
  placeholders: PLACEHOLDER_NAMES,
  contextFields,
  display,
  isReady,
  load,
  resolve,
  entries: (): readonly CatalogEntry[] => listCatalogEntries(),
  parseText,
  describe,
  explainer: () => import('./explainer').then((m) => m.explainerWith(EXPLAINER_PARTS)),
} as const satisfies Family<ErrorInput, ResolveContext, Resolution, CatalogEntry>;

/** The [MS-OCER] family's type. */
type MsOcerFamily = typeof msOcer;

/** The codes as an app receives them: header values, a SIP status, a Windows error. */
type MsOcerInput = ErrorInput;
/** What the user was doing: `{ mode, action, catalog }`. */
type MsOcerContext = ResolveContext;
/** What `msOcer.resolve` answers. */
type MsOcerResolution = Resolution;
/** One row of a display catalog. */
type MsOcerEntry = CatalogEntry;

export type {
  Action,
  ActionOf,
  CatalogId,
  CatalogMode,
  Category,
  DiagnosticsParseResult,
  GenericEntry,
  HeaderValues,
  ListCatalogEntriesOptions,
  MessageKey,
  Mode,
  MsOcerContext,
  MsOcerEntry,
  MsOcerFamily,
  MsOcerInput,
  MsOcerResolution,
  ParsedDiagnostics,
  PlaceholderName,
  ReasonKey,
  ReceivedCode,
  WarningParseResult,
  WindowsErrorResult,
};
export {
  CATALOG_IDS,
  CATEGORY_FIELDS,
  Categories,
  catalogReason,
  DEFAULT_CATALOG,
  EXPLAINER_PARTS,
  errorInputFor,
  INPUT_FIELDS,
  isActionOf,
  isMode,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
  MODES,
  ModeActions,
  msOcer,
  PLACEHOLDER_NAMES,
  PLACEMENT_BY_MODE,
};
