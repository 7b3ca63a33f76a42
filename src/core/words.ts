/**
 * Where the kit's words come from, and the checks they pass before a person reads them.
 *
 * A sentence is looked up, in this order, in the host's i18next instance under the tags of
 * the language asked for (so a host can reword or translate any key with i18next's own
 * `addResourceBundle`), in the language the kit loaded for that tag, and in English: the
 * host's English first, then the family's. A family's English loads on demand like any
 * other language (an app whose people read German never downloads English at start); until
 * it has, only the few words the family bundles are there (its generic message). The kit
 * reads raw resources (`getResourceBundle`) and fills placeholders itself: i18next never
 * interpolates or nests a value or a translation, whatever the host's configuration, so a
 * name such as `{{errorId}}` or `$t(secret)` stays text and the cost stays linear.
 */
// The interface words are a namespace of their own, shared by every family.
import uiEnglish from '../../locales/en/uc-error-kit.json' with { type: 'json' };
import type { Family, Words, WordsLoader } from './family';
import { FALLBACK_LANGUAGE, type Language, lookupTags, resolveLanguage } from './languages';
import { interpolate, placeholdersOf, type TranslationFault, translationFault } from './text';
import { locales as uiLocales } from './ui-locales.generated';
import { warnOnce } from './warn';

/**
 * The part of an i18next instance the kit reads, so that the core never imports i18next.
 * Any `i18n` from `i18next.createInstance()` or react-i18next fits.
 */
interface I18nLike {
  /** The current language. */
  language?: string | undefined;
  /** i18next's raw resources of one language and namespace. */
  getResourceBundle?: ((lng: string, ns: string) => unknown) | undefined;
}

/**
 * A namespace's words: the English it bundles, and its languages loaded on demand (English
 * among them, when it does not bundle all of it).
 */
interface WordsSource {
  readonly namespace: string;
  readonly bundled: Words;
  readonly locales: Readonly<Record<string, WordsLoader>>;
  /** The placeholders its sentences may contain (a family's), checked when English is missing. */
  readonly placeholders?: readonly string[] | undefined;
}

/** Words the kit has loaded, by namespace, then by language. */
const loaded = new Map<string, Map<string, Words>>();
/** Loads under way, shared by every caller that asks before the first finishes. */
const pending = new Map<string, Promise<void>>();
/**
 * Files whose load failed (offline, a broken deploy), by `namespace\0language`: settled for the
 * views, which show what is there rather than wait, and loaded again by the next
 * `loadLanguage` or when the browser comes back online.
 */
const failed = new Map<string, { source: WordsSource; language: string }>();
const listeners = new Set<() => void>();
/** Bumped whenever words are stored: a view compares it to know it missed a load. */
let revision = 0;

/** A number that changes whenever a language finishes loading (or fails to). */
function wordsRevision(): number {
  return revision;
}

/**
 * Tells every view that something a family loads on demand (a second catalog) is in, as a
 * language's words are: they re-render with it.
 */
function noteLoaded(): void {
  revision++;
  notify();
}

/** Whether the `online` listener is set: on the first failure, never at import. */
let watchingOnline = false;

/**
 * Back online, the files that failed are loaded again (a browser's `online` event; nothing
 * happens where there is none). They stay settled meanwhile, so what is shown stays shown; a
 * file that comes in re-renders the views. (Where a browser keeps a failed `import()` failed,
 * as the HTML standard still has it, the retry fails at once and nothing changes.) Set on the
 * first failure, so that importing the kit has no side effect.
 */
function watchOnline(): void {
  if (watchingOnline) return;
  watchingOnline = true;
  (
    globalThis as { addEventListener?: (type: string, listener: () => void) => void }
  ).addEventListener?.('online', () => {
    for (const { source, language } of [...failed.values()]) void loadFile(source, language);
  });
}

/**
 * Calls `listener` whenever a language finishes loading, or something a family loads on demand
 * (a second catalog); returns the unsubscribe function.
 */
function onWordsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The words of one file the kit has loaded (English too), or undefined. */
function loadedFile(namespace: string, language: string): Words | undefined {
  return loaded.get(namespace)?.get(language);
}

/** A loaded language other than English, the reference `findWords` reads apart. */
function loadedWords(namespace: string, language: Language): Words | undefined {
  return language === FALLBACK_LANGUAGE ? undefined : loadedFile(namespace, language);
}

const fileId = (source: WordsSource, language: string) => `${source.namespace}\u0000${language}`;

/** True when one file of `source` is in (or `source` has no such file). */
function hasFile(source: WordsSource, language: string): boolean {
  return (
    !Object.hasOwn(source.locales, language) || loaded.get(source.namespace)?.has(language) === true
  );
}

/** True when one file of `source` needs no waiting: it is in, or its load failed. */
function isSettled(source: WordsSource, language: string): boolean {
  return hasFile(source, language) || failed.has(fileId(source, language));
}

/**
 * True when `source` needs nothing loaded to be shown in `language`: that language and
 * English, the reference its sentences are checked against and fall back to.
 */
function isLoaded(source: WordsSource, language: Language): boolean {
  return isSettled(source, FALLBACK_LANGUAGE) && isSettled(source, language);
}

/** A key's English: the family's loaded English, else the few words it bundles. */
function englishText(source: WordsSource, key: string): string | undefined {
  const english = loadedFile(source.namespace, FALLBACK_LANGUAGE);
  if (english !== undefined && Object.hasOwn(english, key)) return english[key];
  const bundled: unknown = source.bundled;
  if (typeof bundled !== 'object' || bundled === null || !Object.hasOwn(bundled, key))
    return undefined;
  const text = (bundled as Record<string, unknown>)[key];
  return typeof text === 'string' ? text : undefined;
}

/**
 * A translation checked with no English to compare it with (the English file failed to
 * load): sound text whose placeholders are all the family's.
 */
function faultWithoutEnglish(source: WordsSource, text: unknown): TranslationFault | undefined {
  const fault = translationFault(text, typeof text === 'string' ? text : '');
  if (fault !== undefined) return fault;
  const known = source.placeholders;
  if (!Array.isArray(known)) return 'placeholders';
  return placeholdersOf(text as string).every((name) => known.includes(name))
    ? undefined
    : 'placeholders';
}

/** Tells every listener; one that throws is the app's bug, and must not fail the load. */
function notify(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function store(namespace: string, language: string, words: Words): void {
  const byLanguage = loaded.get(namespace) ?? new Map<string, Words>();
  byLanguage.set(language, words);
  loaded.set(namespace, byLanguage);
  revision++;
}

/** Loads what `language` needs of `source`: its file and English's (a failed one again). */
function loadOne(source: WordsSource, language: Language): Promise<unknown> {
  return language === FALLBACK_LANGUAGE
    ? loadFile(source, language)
    : Promise.all([loadFile(source, FALLBACK_LANGUAGE), loadFile(source, language)]);
}

/** Calls a loader now (a chunk request starts at once); one that throws is a failed load. */
function startLoad(loader: WordsLoader): Promise<{ default: Words }> {
  try {
    return Promise.resolve(loader());
  } catch (error) {
    return Promise.reject(error);
  }
}

function loadFile(source: WordsSource, language: string): Promise<void> {
  if (hasFile(source, language)) return Promise.resolve();
  const id = fileId(source, language);
  let load = pending.get(id);
  if (!load) {
    load = startLoad(source.locales[language] as WordsLoader)
      .then((module) => {
        const words = module?.default;
        if (typeof words !== 'object' || words === null) throw new TypeError('not an object');
        failed.delete(id);
        store(source.namespace, language, words);
        notify();
      })
      .catch((error: unknown) => {
        // A chunk that fails to load (offline, a broken deploy) settles the file, so views
        // show what is there rather than wait: English for another language, the generic
        // message (or a sound translation) when English itself failed. It is tried again by
        // the next `loadLanguage`, or when the browser is back online.
        failed.set(id, { source, language });
        watchOnline();
        revision++;
        notify();
        warnOnce(
          'language-load-failed',
          `${source.namespace}/${language}`,
          `Could not load the ${language} words of ${source.namespace} (${String(error)}); showing ${language === FALLBACK_LANGUAGE ? 'the generic message' : 'English'}.`,
        );
      })
      .finally(() => pending.delete(id));
    pending.set(id, load);
  }
  return load;
}

/**
 * Loads what `lng` needs for the given families and the kit's interface words: one file per
 * namespace and language, each a chunk of its own, each family's English, which every
 * language falls back to, and each family's own data for its default context (its catalog's
 * rows: `family.load()`). Resolves with the language used (see {@link resolveLanguage});
 * never rejects: a file that fails to load leaves English (or, for English, the generic
 * message).
 * @example await loadLanguage('de-AT', [msOcer]) // 'de'
 */
async function loadLanguage(
  lng: unknown,
  families: readonly LoadableSource[] = [],
): Promise<Language> {
  const language = resolveLanguage(lng);
  await Promise.all([
    ...[uiSource, ...families].map((source) => loadOne(source, language)),
    ...families.map((family) => loadOwn(family)),
  ]);
  return language;
}

/** What {@link loadLanguage} takes of a family: its words, and its own data if it has any. */
type LoadableSource = Pick<Family, 'namespace' | 'bundled' | 'locales'> &
  Partial<Pick<Family, 'isReady' | 'load'>>;

/**
 * Starts a family's own load for a context (its default one when none); one that throws or
 * rejects leaves what is in.
 */
function loadOwn(family: LoadableSource, context?: unknown): Promise<unknown> {
  try {
    return Promise.resolve(family.load?.(context)).catch(() => {});
  } catch {
    return Promise.resolve();
  }
}

/** True when the family's own data for a context (its default one when none) is in, or it has none. */
function isOwnReady(family: LoadableSource, context?: unknown): boolean {
  try {
    return typeof family.isReady !== 'function' || family.isReady(context) !== false;
  } catch {
    return true;
  }
}

/** True when {@link loadLanguage} has nothing left to load for `lng` and these families. */
function isLanguageLoaded(lng: unknown, families: readonly LoadableSource[] = []): boolean {
  const language = resolveLanguage(lng);
  return (
    [uiSource, ...families].every((source) => isLoaded(source, language)) &&
    families.every((family) => isOwnReady(family))
  );
}

/** A sentence found, and the language it is in (English when it fell back). */
interface Found {
  text: string;
  lng: string;
  /** True when the host's i18next instance gave it (a host's rewording), false for the kit's. */
  host?: boolean | undefined;
}

/** Per words object, the checks already made: key -> [raw text, its fault]. */
const checked = new WeakMap<object, Map<string, [unknown, TranslationFault | undefined]>>();

function faultOf(words: object, key: string, text: unknown, english: string) {
  let byKey = checked.get(words);
  if (byKey === undefined) {
    byKey = new Map();
    checked.set(words, byKey);
  }
  const seen = byKey.get(key);
  // The same object may be changed in place (`addResource`): check again when the text did.
  if (seen && seen[0] === text) return seen[1];
  const fault = translationFault(text, english);
  byKey.set(key, [text, fault]);
  return fault;
}

function hostBundle(i18n: I18nLike | undefined, tag: string, ns: string): object | undefined {
  if (i18n === undefined || i18n === null) return undefined;
  // i18next keeps its resources as `store.data[lng][ns]`: read them there, with no call and
  // no allocation (this runs for every sentence); anything else goes through the method.
  const data = (i18n as { store?: { data?: unknown } }).store?.data;
  if (typeof data === 'object' && data !== null) {
    const byNs = Object.hasOwn(data, tag) ? (data as Record<string, unknown>)[tag] : undefined;
    if (typeof byNs !== 'object' || byNs === null) return undefined;
    const bundle = Object.hasOwn(byNs, ns) ? (byNs as Record<string, unknown>)[ns] : undefined;
    return typeof bundle === 'object' && bundle !== null ? bundle : undefined;
  }
  if (typeof i18n.getResourceBundle !== 'function') return undefined;
  try {
    const bundle = i18n.getResourceBundle(tag, ns);
    return typeof bundle === 'object' && bundle !== null ? bundle : undefined;
  } catch {
    return undefined;
  }
}

/** The words of one request: a language, a host instance, the tags to try. */
interface Lookup {
  readonly i18n: I18nLike | undefined;
  /** The language asked for, as the kit resolved it. */
  readonly language: Language;
  /** The tags to try in the host's resources, most specific first. */
  readonly tags: readonly string[];
}

/** The language and tags of each tag asked for, computed once (bounded: tags come from URLs). */
const tagsCache = new Map<string, { language: Language; tags: readonly string[] }>();

function tagsOf(asked: string | undefined) {
  const id = asked ?? '';
  let hit = tagsCache.get(id);
  if (!hit) {
    const language = resolveLanguage(asked);
    const tags = asked !== undefined && asked !== '' ? lookupTags(asked) : [];
    if (!tags.includes(language)) tags.push(language);
    hit = { language, tags };
    if (tagsCache.size >= 256) tagsCache.clear();
    tagsCache.set(id, hit);
  }
  return hit;
}

/** Prepares lookups for `lng` (or the instance's language). */
function lookupFor(i18n: I18nLike | undefined, lng: unknown): Lookup {
  const asked = typeof lng === 'string' && lng !== '' ? lng : i18n?.language;
  const { language, tags } = tagsOf(typeof asked === 'string' ? asked : undefined);
  return { i18n, language, tags };
}

/**
 * A key's sentence in the language of `lookup`, checked; English when no language has a
 * sound one. `undefined` for a key English lacks: one whose English has not loaded yet (the
 * caller words the generic message instead), or a programming error upstream.
 */
function findWords(
  source: WordsSource,
  key: string,
  lookup: Lookup,
  /** The English key to check against and fall back to, when English has no such key (a plural form English lacks). */
  englishKey: string = key,
): Found | undefined {
  const english = englishText(source, englishKey);
  // Without its English because that file failed to load, a sound translation still serves;
  // while English is only on its way, the generic message shows, as the views wait.
  if (english === undefined && !failed.has(fileId(source, FALLBACK_LANGUAGE))) return undefined;
  const { tags } = lookup;
  // The host's words under each tag asked for, then the kit's words for the language, then
  // the host's English: the first sound sentence wins.
  for (let i = 0; i <= tags.length + 1; i++) {
    let tag: string;
    let words: object | undefined;
    const host = i !== tags.length;
    if (i < tags.length) {
      tag = tags[i] as string;
      if (tag === FALLBACK_LANGUAGE) continue;
      words = hostBundle(lookup.i18n, tag, source.namespace);
    } else if (i === tags.length) {
      tag = lookup.language;
      words = loadedWords(source.namespace, lookup.language);
    } else {
      tag = FALLBACK_LANGUAGE;
      words = hostBundle(lookup.i18n, FALLBACK_LANGUAGE, source.namespace);
    }
    if (!words || !Object.hasOwn(words, key)) continue;
    const text = (words as Record<string, unknown>)[key];
    if (english !== undefined && text === english) return { text: english, lng: tag, host };
    const fault =
      english === undefined
        ? faultWithoutEnglish(source, text)
        : faultOf(words, key, text, english);
    if (fault === undefined) return { text: text as string, lng: tag, host };
    warnOnce(
      'bad-translation',
      `${source.namespace}/${tag}/${key}`,
      `The ${tag} words of ${source.namespace} have an unusable "${key}" (${fault}); it is not shown.`,
    );
  }
  return english === undefined ? undefined : { text: english, lng: FALLBACK_LANGUAGE };
}

/** The i18next namespace of the kit's interface words (buttons, labels, counts). */
const UI_NAMESPACE = 'uc-error-kit';

const uiSource: WordsSource = { namespace: UI_NAMESPACE, bundled: uiEnglish, locales: uiLocales };

/** The key of one of the kit's interface words. */
type UiKey = keyof typeof uiEnglish;

/** A key with plural forms, named without its `_one` / `_other` suffix. */
type UiPluralKey = UiKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * One of the kit's interface words in the language of `lookup`, with its `{{placeholders}}`
 * filled from `values` (already made inert by the caller). A plural key takes `count` and
 * the form the language's CLDR rules choose.
 */
function uiWords(
  key: UiKey | UiPluralKey,
  lookup: Lookup,
  values: Readonly<Record<string, string>> = {},
  count?: number,
): Found {
  let found: Found | undefined;
  if (count !== undefined) {
    // The language's own form for the count (Arabic has six, Polish four), checked against
    // English's `other`; English itself picks from its two.
    found = findWords(
      uiSource,
      `${key}_${pluralCategory(lookup.language, count)}`,
      lookup,
      `${key}_other`,
    );
    if (found?.lng === FALLBACK_LANGUAGE)
      found = findWords(uiSource, `${key}_${pluralCategory('en', count)}`, lookup) ?? found;
  } else {
    found = findWords(uiSource, key, lookup);
  }
  const text = found?.text ?? key;
  return { text: interpolate(text, values), lng: found?.lng ?? FALLBACK_LANGUAGE };
}

export type { Found, I18nLike, Lookup, UiKey, UiPluralKey, WordsSource };
export {
  findWords,
  isLanguageLoaded,
  isOwnReady,
  loadedFile,
  loadLanguage,
  loadOwn,
  lookupFor,
  noteLoaded,
  onWordsLoaded,
  UI_NAMESPACE,
  uiWords,
  wordsRevision,
};
