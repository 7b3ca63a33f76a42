/**
 * uc-error-kit/core: the family contract and the generic API (wording a family's resolution,
 * languages, the notice queue, text helpers, warnings), with no React, no CSS and no family.
 * Each family has its own entry: `uc-error-kit/ms-ocer`, `uc-error-kit/msnp`,
 * `uc-error-kit/eas`, `uc-error-kit/smtp`; an app pays only for the ones it imports.
 */

export type {
  AnyFamily,
  BaseEntry,
  BaseResolution,
  ContextField,
  ContextOf,
  EntryOf,
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
} from './family';
export { INTENTS, PLACEMENTS } from './family';
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
export type { I18nLike } from './words';
export { isLanguageLoaded, loadLanguage, onWordsLoaded, UI_NAMESPACE } from './words';
