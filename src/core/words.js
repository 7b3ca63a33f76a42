/**
 * Where the kit's words come from, and the checks they pass before a person reads them.
 *
 * A sentence is looked up, in this order, in the host's i18next instance under the tags of
 * the language asked for (so a host can reword or translate any key with i18next's own
 * `addResourceBundle`), in the language the kit loaded for that tag, and in English: the
 * host's English first, then the family's bundled English. The kit reads raw resources
 * (`getResourceBundle`) and fills placeholders itself: i18next never interpolates or nests
 * a value or a translation, whatever the host's configuration, so a name such as
 * `{{errorId}}` or `$t(secret)` stays text and the cost stays linear.
 */
// The interface words are a namespace of their own, shared by every family.
import uiEnglish from '../../locales/en/uc-error-kit.json' with { type: 'json' };
import { directionOf, FALLBACK_LANGUAGE, lookupTags, resolveLanguage, } from './languages';
import { interpolate, translationFault } from './text';
import { locales as uiLocales } from './ui-locales.generated';
import { warnOnce } from './warn';
/** Words the kit has loaded, by namespace, then by language. */
const loaded = new Map();
/** Loads under way, shared by every caller that asks before the first finishes. */
const pending = new Map();
const listeners = new Set();
/** Calls `listener` whenever a language finishes loading; returns the unsubscribe function. */
function onWordsLoaded(listener) {
    listeners.add(listener);
    return () => {
        listeners.delete(listener);
    };
}
function loadedWords(namespace, language) {
    if (language === FALLBACK_LANGUAGE)
        return undefined;
    return loaded.get(namespace)?.get(language);
}
/** True when `source` needs nothing loaded to be shown in `language`. */
function isLoaded(source, language) {
    return (language === FALLBACK_LANGUAGE ||
        !Object.hasOwn(source.locales, language) ||
        loaded.get(source.namespace)?.has(language) === true);
}
function loadOne(source, language) {
    if (isLoaded(source, language))
        return Promise.resolve();
    const id = `${source.namespace}\u0000${language}`;
    let load = pending.get(id);
    if (!load) {
        load = source.locales[language]()
            .then((module) => {
            const words = module?.default;
            if (typeof words !== 'object' || words === null)
                throw new TypeError('not an object');
            let byLanguage = loaded.get(source.namespace);
            if (!byLanguage)
                loaded.set(source.namespace, (byLanguage = new Map()));
            byLanguage.set(language, words);
            for (const listener of [...listeners])
                listener();
        })
            .catch((error) => {
            // A chunk that fails to load (offline, a broken deploy) leaves English showing.
            warnOnce('language-load-failed', `${source.namespace}/${language}`, `Could not load the ${language} words of ${source.namespace} (${String(error)}); showing English.`);
        })
            .finally(() => pending.delete(id));
        pending.set(id, load);
    }
    return load;
}
/**
 * Loads what `lng` needs for the given families and the kit's interface words: one file per
 * namespace, each a chunk of its own. Resolves with the language used (see
 * {@link resolveLanguage}); never rejects: a file that fails to load leaves English.
 * @example await loadLanguage('de-AT', [msOcer]) // 'de'
 */
async function loadLanguage(lng, families = []) {
    const language = resolveLanguage(lng);
    await Promise.all([uiSource, ...families].map((source) => loadOne(source, language)));
    return language;
}
/** True when {@link loadLanguage} has nothing left to load for `lng` and these families. */
function isLanguageLoaded(lng, families = []) {
    const language = resolveLanguage(lng);
    return [uiSource, ...families].every((source) => isLoaded(source, language));
}
/** Per words object, the checks already made: key -> [raw text, its fault]. */
const checked = new WeakMap();
function faultOf(words, key, text, english) {
    let byKey = checked.get(words);
    if (!byKey)
        checked.set(words, (byKey = new Map()));
    const seen = byKey.get(key);
    // The same object may be changed in place (`addResource`): check again when the text did.
    if (seen && seen[0] === text)
        return seen[1];
    const fault = translationFault(text, english);
    byKey.set(key, [text, fault]);
    return fault;
}
function hostBundle(i18n, tag, ns) {
    if (typeof i18n?.getResourceBundle !== 'function')
        return undefined;
    try {
        const bundle = i18n.getResourceBundle(tag, ns);
        return typeof bundle === 'object' && bundle !== null ? bundle : undefined;
    }
    catch {
        return undefined;
    }
}
/** The language and tags of each tag asked for, computed once (bounded: tags come from URLs). */
const tagsCache = new Map();
function tagsOf(asked) {
    const id = asked ?? '';
    let hit = tagsCache.get(id);
    if (!hit) {
        const language = resolveLanguage(asked);
        const tags = asked !== undefined && asked !== '' ? lookupTags(asked) : [];
        if (!tags.includes(language))
            tags.push(language);
        hit = { language, tags };
        if (tagsCache.size >= 256)
            tagsCache.clear();
        tagsCache.set(id, hit);
    }
    return hit;
}
/** Prepares lookups for `lng` (or the instance's language). */
function lookupFor(i18n, lng) {
    const asked = typeof lng === 'string' && lng !== '' ? lng : i18n?.language;
    const { language, tags } = tagsOf(typeof asked === 'string' ? asked : undefined);
    return { i18n, language, tags };
}
/**
 * A key's sentence in the language of `lookup`, checked; English when no language has a
 * sound one. `undefined` only for a key English lacks (a programming error upstream).
 */
function findWords(source, key, lookup) {
    const english = Object.hasOwn(source.english, key) ? source.english[key] : undefined;
    if (english === undefined)
        return undefined;
    const candidates = [];
    for (const tag of lookup.tags) {
        if (tag === FALLBACK_LANGUAGE)
            break;
        candidates.push([hostBundle(lookup.i18n, tag, source.namespace), tag]);
    }
    candidates.push([loadedWords(source.namespace, lookup.language), lookup.language]);
    candidates.push([hostBundle(lookup.i18n, FALLBACK_LANGUAGE, source.namespace), 'en']);
    for (const [words, tag] of candidates) {
        if (!words || !Object.hasOwn(words, key))
            continue;
        const text = words[key];
        const fault = faultOf(words, key, text, english);
        if (fault === undefined)
            return { text: text, lng: tag };
        warnOnce('bad-translation', `${source.namespace}/${tag}/${key}`, `The ${tag} words of ${source.namespace} have an unusable "${key}" (${fault}); showing English instead.`);
    }
    return { text: english, lng: FALLBACK_LANGUAGE };
}
/** `{ lang, dir }` for text found in `lng`, to mark text that fell back to another language. */
function languageOf(lng) {
    return { lang: lng, dir: directionOf(lng) };
}
/** The i18next namespace of the kit's interface words (buttons, labels, counts). */
const UI_NAMESPACE = 'uc-error-kit';
const uiSource = { namespace: UI_NAMESPACE, english: uiEnglish, locales: uiLocales };
const pluralRules = new Map();
function pluralCategory(language, count) {
    let rules = pluralRules.get(language);
    if (!rules)
        pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    return rules.select(count);
}
/**
 * One of the kit's interface words in the language of `lookup`, with its `{{placeholders}}`
 * filled from `values` (already made inert by the caller). A plural key takes `count` and
 * the form the language's CLDR rules choose.
 */
function uiWords(key, lookup, values = {}, count) {
    let found;
    if (count !== undefined) {
        const category = pluralCategory(lookup.language, count);
        found = findWords(uiSource, `${key}_${category}`, lookup);
        // English has only `one` and `other`: a form English lacks is looked up as `other`
        // in the language itself before English is used.
        if (found === undefined || (found.lng === FALLBACK_LANGUAGE && category !== 'other')) {
            const other = findWords(uiSource, `${key}_other`, lookup);
            if (other && (found === undefined || other.lng !== FALLBACK_LANGUAGE))
                found = other;
        }
        if (found?.lng === FALLBACK_LANGUAGE) {
            found = findWords(uiSource, `${key}_${pluralCategory('en', count)}`, lookup) ?? found;
        }
    }
    else {
        found = findWords(uiSource, key, lookup);
    }
    const text = found?.text ?? key;
    return {
        text: interpolate(text, values),
        lng: found?.lng ?? FALLBACK_LANGUAGE,
    };
}
export { findWords, isLanguageLoaded, languageOf, loadLanguage, lookupFor, onWordsLoaded, UI_NAMESPACE, uiSource, uiWords, };
