/**
 * Turning a resolution into the words a person reads.
 */
import type { UiKey } from './catalog-data';
import { englishWords } from './english';
import { type ErrorInput, type Resolution, type ResolveContext, resolveError } from './resolve';

/** The i18next namespace the kit's words live in. */
const NAMESPACE = 'uc-error-kit';

/**
 * The placeholders of the spec's sentences, by their i18next name. `applicationName` is
 * Appendix E's bare `%3` (the application that failed to start), which the spec leaves
 * undefined.
 */
const PLACEHOLDER_NAMES = [
  'userName',
  'errorId',
  'clientName',
  'productName',
  'applicationName',
] as const;

/** A placeholder a sentence may contain: `[user name]` is `userName`, `%3` is `applicationName`. */
type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** Values for the placeholders; each is shown as plain text, never as markup. */
type FormatValues = Partial<Record<PlaceholderName, string | number>>;

/**
 * The part of an i18next instance the kit calls, so that the core never imports i18next.
 * Any `i18n` from `i18next.createInstance()` or react-i18next fits.
 */
interface TranslateLike {
  t: (key: string, options: Record<string, unknown>) => unknown;
  language?: string | undefined;
}

/** Options of {@link formatError}. */
interface FormatOptions {
  /** Values for the placeholders; `errorId` defaults to the winning code. */
  values?: FormatValues | undefined;
  /** The i18next instance to translate with; the bundled English when omitted. */
  i18n?: TranslateLike | undefined;
  /** The language; the instance's current language when omitted. */
  lng?: string | undefined;
}

/** A resolution with its words. */
interface FormattedError extends Resolution {
  /** The line to show. */
  summary: string;
  /** The additional information, if the catalog gives any. */
  details: string | undefined;
  /** The diagnostic reason: the catalog's, else the `reason` the server sent, if any. */
  reason: string | undefined;
}

/** `{{name}}` placeholders filled in one pass, so a value is never read as a placeholder. */
function interpolate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function upperFirst(text: string, lng: string | undefined): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(lng) + text.slice(head.length);
}

/** Control characters would let a value break a line or hide text; they show as spaces. */
function plain(value: string | number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match them
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/**
 * The options the kit passes to i18next's `t`, so that a host's separators, delimiters and
 * escaping settings never change the kit's words.
 */
function tOptions(values: Record<string, string | number>, fallback: string, lng?: string) {
  return {
    ...values,
    ns: NAMESPACE,
    lng,
    // Keys are flat and may contain dots (`reason.1008`), whatever the host's separators.
    keySeparator: false,
    nsSeparator: false,
    // A key missing in the host's language shows the English sentence, never the key.
    defaultValue: fallback,
    // The result is plain text: the renderer escapes it, so i18next must not. The
    // delimiters are the ones our JSON uses, whatever the host configured.
    interpolation: { escapeValue: false, prefix: '{{', suffix: '}}', skipOnVariables: true },
  };
}

/** The words of one key, in the instance's language with English as the fallback. */
function translator(i18n: TranslateLike | undefined, lng: string | undefined) {
  const language = lng ?? i18n?.language;
  return (key: string, values: Record<string, string> = {}): string => {
    const english = englishWords()[key];
    const fallback = english === undefined ? key : interpolate(english, values);
    if (!i18n) return fallback;
    const text = i18n.t(key, tOptions(values, fallback, language));
    return typeof text === 'string' && text !== '' ? text : fallback;
  };
}

/**
 * Resolves the codes and returns the summary and details in words, from the given i18next
 * instance or the bundled English. Caller values fill the placeholders as plain text;
 * a placeholder with no value gets a neutral word ("the contact"). Never throws.
 * @example formatError({ sipStatus: 486 }, { mode: 'Voice' }, { values: { userName: 'Avery' } }).summary
 * // 'Avery is in another call.'
 */
function formatError(
  input: ErrorInput | null | undefined,
  context: ResolveContext,
  options: FormatOptions = {},
): FormattedError {
  const resolution = resolveError(input, context);
  return formatResolution(resolution, options);
}

/** Adds the words to a resolution already made (see {@link formatError}). */
function formatResolution(resolution: Resolution, options: FormatOptions = {}): FormattedError {
  const t = translator(options.i18n, options.lng);
  const given = options.values ?? {};
  const values: Record<string, string> = {};
  for (const name of PLACEHOLDER_NAMES) {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    const known = name === 'errorId' ? resolution.values.errorId : undefined;
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
      values[name] = plain(value);
    } else if (known !== undefined) {
      values[name] = known;
    } else {
      values[name] = t(`ui.fallback.${name}` satisfies UiKey);
    }
  }
  const lng = options.lng ?? options.i18n?.language;
  const reason = resolution.reasonKey ? t(resolution.reasonKey) : resolution.diagnostics?.reason;
  return {
    ...resolution,
    summary: upperFirst(t(resolution.summaryKey, values), lng),
    details: resolution.detailsKey ? upperFirst(t(resolution.detailsKey, values), lng) : undefined,
    reason,
  };
}

export type { FormatOptions, FormattedError, FormatValues, PlaceholderName, TranslateLike };
export { formatError, formatResolution, interpolate, NAMESPACE, PLACEHOLDER_NAMES, tOptions };
