/**
 * uc-error-kit/core: parsing, resolving and wording UC error codes, with no React and no
 * CSS, for the browser, Node and workers alike.
 */

export type { CatalogEntry, GenericEntry, ListCatalogEntriesOptions } from './catalog';
export { listCatalogEntries, listGenericMessages, listNotHandled } from './catalog';
export type { Category, MessageKey, ReasonKey, UiKey } from './catalog-data';
export { Categories } from './catalog-data';
export type { CatalogId } from './catalogs/index';
export { CATALOG_IDS, DEFAULT_CATALOG } from './catalogs/index';
export type {
  FormatOptions,
  FormattedError,
  FormatValues,
  PlaceholderName,
  TranslateLike,
} from './format';
export { formatError, formatResolution, NAMESPACE, PLACEHOLDER_NAMES } from './format';
export type {
  DiagnosticsParseResult,
  ParsedDiagnostics,
  WarningParseResult,
  WindowsErrorResult,
} from './headers';
export {
  parseDiagnosticsHeader,
  parseErrorId,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './headers';
export type { Action, ActionOf, CatalogMode, Mode } from './modes';
export { isActionOf, isMode, MODES, ModeActions } from './modes';
export type { Placement } from './placement';
export { PLACEMENT_BY_MODE } from './placement';
export type {
  ErrorInput,
  InputProblem,
  ReceivedCode,
  Resolution,
  ResolveContext,
} from './resolve';
export { CATEGORY_FIELDS, errorInputFor, resolveError } from './resolve';
