/**
 * uc-error-kit/core: reading, resolving and wording the error codes a communications client
 * receives, with no React and no CSS, for the browser, Node and workers alike.
 */

export { eas } from './families/eas/index';
export type {
  CatalogEntry,
  GenericEntry,
  ListCatalogEntriesOptions,
} from './families/ms-ocer/catalog';
export {
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
} from './families/ms-ocer/catalog';
export type { Category, MessageKey, ReasonKey } from './families/ms-ocer/catalog-data';
export { Categories } from './families/ms-ocer/catalog-data';
export type { CatalogId } from './families/ms-ocer/catalogs/index';
export { CATALOG_IDS, DEFAULT_CATALOG } from './families/ms-ocer/catalogs/index';
export type {
  DiagnosticsParseResult,
  ParsedDiagnostics,
  WarningParseResult,
  WindowsErrorResult,
} from './families/ms-ocer/headers';
export {
  parseDiagnosticsHeader,
  parseErrorId,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './families/ms-ocer/headers';
export type { MsOcerFamily, PlaceholderName } from './families/ms-ocer/index';
export { catalogReason, msOcer, PLACEHOLDER_NAMES } from './families/ms-ocer/index';
export type { ErrorInput, HeaderValues, ReceivedCode } from './families/ms-ocer/input';
export { CATEGORY_FIELDS, errorInputFor, INPUT_FIELDS } from './families/ms-ocer/input';
export type { Action, ActionOf, CatalogMode, Mode } from './families/ms-ocer/modes';
export { isActionOf, isMode, MODES, ModeActions } from './families/ms-ocer/modes';
export { PLACEMENT_BY_MODE } from './families/ms-ocer/placement';
export type { Resolution, ResolveContext } from './families/ms-ocer/resolve';
export { msnp } from './families/msnp/index';
export { smtp } from './families/smtp/index';
export type {
  AnyFamily,
  BaseEntry,
  BaseResolution,
  ContextOf,
  EntryOf,
  Fact,
  Family,
  InputOf,
  InputProblem,
  Placement,
  ResolutionOf,
  UnhandledReason,
  Words,
  WordsLoader,
} from './family';
export { PLACEMENTS } from './family';
export type {
  FormatOptions,
  Formatted,
  FormattedError,
  FormatValues,
  LanguageMark,
  WordedFact,
} from './format';
export { formatError, formatResolution, isFamily, resolveError } from './format';
export type { Language } from './languages';
export { directionOf, FALLBACK_LANGUAGE, LANGUAGES, resolveLanguage } from './languages';
export type { ErrorNoticeQueueOptions, NoticeInit, QueuedNotice } from './queue';
export { ErrorNoticeQueue } from './queue';
export { stripIsolates } from './text';
export type { WarningCode, WarningHandler } from './warn';
export { setWarningHandler } from './warn';
export type { I18nLike, UiKey, UiPluralKey } from './words';
export {
  findWords,
  isLanguageLoaded,
  loadLanguage,
  lookupFor,
  onWordsLoaded,
  UI_NAMESPACE,
  uiWords,
} from './words';
