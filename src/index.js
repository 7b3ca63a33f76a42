/**
 * uc-error-kit: the headless core (reading, resolving and wording error codes, family by
 * family) and the React hooks and views built on it. The core alone, with no React, is
 * `uc-error-kit/core`; the styles are `uc-error-kit/styles.css`.
 */
export { CATALOG_IDS, Categories, CATEGORY_FIELDS, catalogReason, DEFAULT_CATALOG, directionOf, eas, errorInputFor, FALLBACK_LANGUAGE, findWords, formatError, formatResolution, INPUT_FIELDS, isActionOf, isFamily, isLanguageLoaded, isMode, LANGUAGES, listCatalogEntries, listGenericMessages, listNotHandled, loadLanguage, lookupFor, ModeActions, MODES, msnp, msOcer, onWordsLoaded, parseDiagnosticsHeader, parseErrorId, parseSipStatus, parseWarningHeader, parseWindowsError, PLACEHOLDER_NAMES, PLACEMENT_BY_MODE, PLACEMENTS, resolveError, resolveLanguage, setWarningHandler, smtp, stripIsolates, UI_NAMESPACE, uiWords, } from './core/index';
export { ErrorNotice, ErrorNoticeQueue, ErrorNotificationArea, NOTICE_VARIANTS, registerUcErrorKit, UcErrorKitProvider, useErrorMessage, useErrorNotices, useServerReason, } from './react/index';
