/**
 * uc-error-kit/core: reading, resolving and wording the error codes a communications client
 * receives, with no React and no CSS, for the browser, Node and workers alike.
 */
export { eas } from './families/eas/index';
export { listCatalogEntries, listGenericMessages, listNotHandled, } from './families/ms-ocer/catalog';
export { Categories } from './families/ms-ocer/catalog-data';
export { CATALOG_IDS, DEFAULT_CATALOG } from './families/ms-ocer/catalogs/index';
export { parseDiagnosticsHeader, parseErrorId, parseSipStatus, parseWarningHeader, parseWindowsError, } from './families/ms-ocer/headers';
export { catalogReason, msOcer, PLACEHOLDER_NAMES } from './families/ms-ocer/index';
export { CATEGORY_FIELDS, errorInputFor, INPUT_FIELDS } from './families/ms-ocer/input';
export { isActionOf, isMode, MODES, ModeActions } from './families/ms-ocer/modes';
export { PLACEMENT_BY_MODE } from './families/ms-ocer/placement';
export { msnp } from './families/msnp/index';
export { smtp } from './families/smtp/index';
export { PLACEMENTS } from './family';
export { formatError, formatResolution, isFamily, resolveError } from './format';
export { directionOf, FALLBACK_LANGUAGE, LANGUAGES, resolveLanguage } from './languages';
export { ErrorNoticeQueue } from './queue';
export { stripIsolates } from './text';
export { setWarningHandler } from './warn';
export { findWords, isLanguageLoaded, loadLanguage, lookupFor, onWordsLoaded, UI_NAMESPACE, uiWords, } from './words';
