/**
 * Turning a resolution into the words a person reads, for any family.
 *
 * The output contract: every string is plain text, to be inserted as text (React children,
 * `textContent`), never as HTML. Values are shown exactly as given, each wrapped in Unicode
 * isolates (U+2068 ... U+2069) so that no name or header text can reorder the kit's words.
 */

import type { AnyFamily, BaseResolution, ContextOf, Fact, InputOf, ResolutionOf } from './family';
import { directionOf } from './languages';
import { inert, interpolate, isolate, placeholdersOf } from './text';
import { findWords, type I18nLike, type Lookup, lookupFor } from './words';

/** Values for a family's placeholders; each is shown as plain text, never as markup. */
type FormatValues = Readonly<Record<string, string | number | null | undefined>>;

/** Options of {@link formatError}. */
interface FormatOptions {
  /** Values for the placeholders (`userName`, ...); `errorId` defaults to the winning code. */
  values?: FormatValues | undefined;
  /**
   * The app's i18next instance: its words for the kit's keys win (so it can reword any
   * sentence), and its current language is used when `lng` is not given.
   */
  i18n?: I18nLike | undefined;
  /** The language, as any BCP 47 tag (`de-AT`, `pt`, `zh-Hant-TW`); English when omitted. */
  lng?: string | undefined;
}

/** A fact with its label in words. */
interface WordedFact extends Fact {
  /** The label in the language asked for (or English). */
  labelText: string;
}

/** Text in a language, with what a renderer needs to mark it: `lang` and `dir`. */
interface LanguageMark {
  /** The language the text is in: the one asked for, or `en` when it fell back. */
  lang: string;
  /** Its direction. */
  dir: 'ltr' | 'rtl';
}

/** What {@link formatError} adds to a resolution. */
interface Wording {
  /** The line to show. */
  summary: string;
  /** The additional information, if the catalog gives any. */
  details: string | undefined;
  /** The language and direction of `summary` (English when the language lacked it). */
  summaryLanguage: LanguageMark;
  /** The language and direction of `details`. */
  detailsLanguage: LanguageMark | undefined;
  /** The kit's language for the request (`de` for `de-AT`), whether or not every word was found in it. */
  language: string;
  /** The facts for support staff, with their labels in words. */
  facts: readonly WordedFact[];
}

/** A resolution with its words. */
type Formatted<R extends BaseResolution> = Omit<R, 'facts'> & Wording;

/** What {@link formatError} returns for a family: its resolution with the words. */
type FormattedError<F extends AnyFamily> = Formatted<ResolutionOf<F>>;

/** The suffix of a sentence's no-name variant: i18next's context convention (`key_context`). */
const NO_NAME = '_noName';

/** True for an object with a family's `resolve` and `namespace`, whatever else it lacks. */
function hasFamilyShape(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AnyFamily).resolve === 'function' &&
    typeof (value as AnyFamily).namespace === 'string'
  );
}

/** True for a family object (what every shared function takes first). */
function isFamily(value: unknown): value is AnyFamily {
  return (
    hasFamilyShape(value) &&
    typeof (value as AnyFamily).bundled === 'object' &&
    (value as AnyFamily).bundled !== null &&
    typeof (value as AnyFamily).locales === 'object' &&
    (value as AnyFamily).locales !== null
  );
}

/** A caller's value, if it is one: a non-blank string or a finite number. */
function callerValue(values: FormatValues | undefined, name: string): string | undefined {
  if (values === null || typeof values !== 'object' || !Object.hasOwn(values, name))
    return undefined;
  const value = values[name];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The first letter in capitals, in the rules of `lng` (a language the kit ships). */
function capitalize(word: string, lng: string | undefined): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  let upper = head.toUpperCase();
  try {
    upper = head.toLocaleUpperCase(lng);
  } catch {
    // A tag the runtime's ICU rejects keeps the root rules.
  }
  return upper + word.slice(head.length);
}

/** The value a placeholder gets: the caller's, else the resolver's (`errorId`, `code`). */
function placeholderValue(
  name: string,
  values: FormatValues | undefined,
  resolution: BaseResolution,
): string | undefined {
  return (
    callerValue(values, name) ??
    (Object.hasOwn(resolution.values, name) ? resolution.values[name] : undefined)
  );
}

/**
 * One sentence of a family, filled. When a placeholder has no value (the app knows no name),
 * the language's own no-name sentence (`<key>_noName`, i18next's context convention) is
 * used: a whole sentence written for that case ("The contact is in another call."). Only a
 * language that lacks it gets its sentence with a neutral word in the slot, the last resort,
 * since a word dropped where a translator put a name can take the wrong case.
 */
function sentence(
  family: AnyFamily,
  key: string,
  resolution: BaseResolution,
  values: FormatValues | undefined,
  lookup: Lookup,
): { text: string; mark: LanguageMark } | undefined {
  let found = findWords(family, key, lookup);
  if (found === undefined) return undefined;
  if (
    placeholdersOf(found.text).some(
      (name) => placeholderValue(name, values, resolution) === undefined,
    )
  ) {
    const noName = findWords(family, `${key}${NO_NAME}`, lookup);
    // Never a sentence of another language (an English no-name line inside a German page
    // reads worse than the German sentence with its neutral word), nor the kit's no-name
    // line for a sentence the host has reworded: the host's words stay the host's.
    if (
      noName !== undefined &&
      noName.lng === found.lng &&
      (noName.host === true || found.host !== true)
    )
      found = noName;
  }
  const filled: Record<string, string> = {};
  const names = placeholdersOf(found.text);
  for (const name of names) {
    if (Object.hasOwn(filled, name)) continue;
    const value = placeholderValue(name, values, resolution);
    if (value !== undefined) {
      filled[name] = isolate(value);
    } else {
      // The neutral word comes in the sentence's own language, so the two never mix. It is
      // the kit's own word, so at the start of the sentence it takes a capital ("The
      // contact is in another call."); a caller's value never has its case changed.
      const neutral = findWords(family, `fallback.${name}`, lookupFor(lookup.i18n, found.lng));
      const word = neutral?.text ?? '';
      const starts = found.text.startsWith('{{') && names[0] === name;
      filled[name] = starts ? capitalize(word, neutral?.lng) : word;
    }
  }
  return {
    text: interpolate(found.text, filled),
    mark: { lang: found.lng, dir: directionOf(found.lng) },
  };
}

/**
 * Adds the words to a resolution already made (see {@link formatError}). The resolution is
 * not changed: a family may freeze or cache what it returns.
 */
function formatResolution<F extends AnyFamily>(
  family: F,
  resolution: ResolutionOf<F>,
  options: FormatOptions = {},
): Formatted<ResolutionOf<F>> {
  // Object.assign, not a spread: V8 copies a resolution's two dozen fields into an object
  // literal with a spread several times slower (9 µs against 1 µs measured), and this runs
  // for every notice shown.
  return Object.assign({}, resolution, wordingOf(family, resolution, options)) as Formatted<
    ResolutionOf<F>
  >;
}

/** Each family's generic message: what it answers for no input, the same every time. */
const generics = new WeakMap<AnyFamily, BaseResolution>();

function genericOf(family: AnyFamily): BaseResolution {
  let generic = generics.get(family);
  if (generic === undefined) {
    generic = family.resolve(null);
    generics.set(family, generic);
  }
  return generic;
}

/** The words of a resolution: what {@link formatResolution} adds to it. */
function wordingOf(family: AnyFamily, resolution: BaseResolution, options: FormatOptions): Wording {
  const opts = options !== null && typeof options === 'object' ? options : {};
  const lookup = lookupFor(opts.i18n, opts.lng);
  const r = resolution;
  let summary = sentence(family, r.summaryKey, r, opts.values, lookup);
  let detailsKey = r.detailsKey;
  if (summary === undefined) {
    // The family's English has not loaded yet (`loadLanguage`): the generic message it
    // bundles, with this error's values (its error ID), until it has.
    const generic = genericOf(family);
    summary = sentence(family, generic.summaryKey, r, opts.values, lookup) ?? {
      // Unreachable for a family whose bundled words hold its generic message (a test checks
      // every family): the key, rather than nothing.
      text: generic.summaryKey,
      mark: { lang: 'en', dir: 'ltr' },
    };
    detailsKey = generic.detailsKey;
  }
  const details =
    detailsKey === undefined ? undefined : sentence(family, detailsKey, r, opts.values, lookup);
  // A fact's value is data from a server or a seed, shown on its own: controls and bidi
  // controls go, so header text cannot reorder or hide what is around it.
  const facts = r.facts.map(
    (fact): WordedFact => ({
      label: fact.label,
      value: inert(fact.value),
      lang: fact.lang,
      labelText: findWords(family, fact.label, lookup)?.text ?? fact.label,
    }),
  );
  return {
    summary: summary.text,
    details: details?.text,
    summaryLanguage: summary.mark,
    detailsLanguage: details?.mark,
    language: lookup.language,
    facts,
  };
}

/** The error a call without a family gets: a programming mistake, so the fix is in the message. */
function noFamily(fn: string, value: unknown): TypeError {
  if (hasFamilyShape(value))
    return new TypeError(
      `${fn}: the family \`${(value as AnyFamily).namespace}\` lacks its \`bundled\` words or its \`locales\`; see docs/adding-a-family.md.`,
    );
  return new TypeError(
    `${fn}(family, input, context?) needs a family first: import one from its entry, e.g. \`import { msOcer } from 'uc-error-kit/ms-ocer'\`, and pass it.`,
  );
}

/**
 * Resolves the codes with a family and returns the summary and details in words, from the
 * app's i18next instance or the language loaded with `loadLanguage` (English when that
 * language lacks a sentence). Until the family's words have loaded, the answer is worded as
 * the family's generic message, which it bundles: `await loadLanguage(lng, [family])` once
 * before, as for any language.
 * Caller values fill the placeholders as plain text; with no name, the sentence written for
 * that case is used. Never throws for any input or context; throws a `TypeError` naming the
 * fix when `family` is not a family (a programming mistake).
 * @example await loadLanguage('en', [msOcer]); formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { values: { userName: 'Avery' } }).summary
 * // '\u2068Avery\u2069 is in another call.'
 */
function formatError<F extends AnyFamily>(
  family: F,
  input: InputOf<F> | null | undefined,
  context?: ContextOf<F> | null,
  options?: FormatOptions,
): Formatted<ResolutionOf<F>> {
  if (!isFamily(family)) throw noFamily('formatError', family);
  return formatResolution(family, family.resolve(input, context) as ResolutionOf<F>, options);
}

/**
 * Chooses the message for the codes received, with a family; never throws for any input.
 * @example resolveError(msOcer, { msDiagnostics: '1008;reason="Unable to resolve DNS SRV record"' }, { mode: 'Voice' })
 */
function resolveError<F extends AnyFamily>(
  family: F,
  input: InputOf<F> | null | undefined,
  context?: ContextOf<F> | null,
): ResolutionOf<F> {
  if (!isFamily(family)) throw noFamily('resolveError', family);
  return family.resolve(input, context) as ResolutionOf<F>;
}

export type { FormatOptions, Formatted, FormattedError, FormatValues, LanguageMark, WordedFact };
export { formatError, formatResolution, isFamily, resolveError };
