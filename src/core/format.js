import { msOcer } from './families/ms-ocer/index';
import { directionOf } from './languages';
import { inert, interpolate, isolate, placeholdersOf } from './text';
import { findWords, lookupFor } from './words';
function isFamily(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.resolve === 'function' &&
        typeof value.namespace === 'string');
}
/** A caller's value, if it is one: a non-blank string or a finite number. */
function given(values, name) {
    if (values === null || typeof values !== 'object' || !Object.hasOwn(values, name))
        return undefined;
    const value = values[name];
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value;
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}
/** The first letter in capitals, in the rules of `lng` (a language the kit ships). */
function capitalize(word, lng) {
    const first = word.codePointAt(0);
    if (first === undefined)
        return word;
    const head = String.fromCodePoint(first);
    let upper = head.toUpperCase();
    try {
        upper = head.toLocaleUpperCase(lng);
    }
    catch {
        // A tag the runtime's ICU rejects keeps the root rules.
    }
    return upper + word.slice(head.length);
}
/** One sentence of a family, filled: the caller's values, the resolver's, else neutral words. */
function sentence(family, key, resolution, values, lookup) {
    const found = findWords(family, key, lookup) ?? { text: key, lng: 'en' };
    const filled = {};
    // Only the placeholders this sentence has: a neutral word is looked up only when shown.
    for (const name of placeholdersOf(found.text)) {
        if (Object.hasOwn(filled, name))
            continue;
        const value = given(values, name) ??
            (Object.hasOwn(resolution.values, name) ? resolution.values[name] : undefined);
        if (value !== undefined) {
            filled[name] = isolate(value);
        }
        else {
            // The neutral word comes in the sentence's own language, so the two never mix. It is
            // the kit's own word, so at the start of the sentence it takes a capital ("The
            // contact is in another call."); a caller's value never has its case changed.
            const neutral = findWords(family, `fallback.${name}`, lookupFor(lookup.i18n, found.lng));
            const word = neutral?.text ?? '';
            filled[name] = found.text.startsWith(`{{${name}}}`) ? capitalize(word, neutral?.lng) : word;
        }
    }
    return {
        text: interpolate(found.text, filled),
        mark: { lang: found.lng, dir: directionOf(found.lng) },
    };
}
/** Adds the words to a resolution already made (see {@link formatError}). */
function formatResolution(family, resolution, options = {}) {
    const opts = options !== null && typeof options === 'object' ? options : {};
    const lookup = lookupFor(opts.i18n, opts.lng);
    const r = resolution;
    const summary = sentence(family, r.summaryKey, r, opts.values, lookup);
    const details = r.detailsKey === undefined ? undefined : sentence(family, r.detailsKey, r, opts.values, lookup);
    // A fact's value is data from a server or a seed, shown on its own: controls and bidi
    // controls go, so header text cannot reorder or hide what is around it.
    const facts = r.facts.map((fact) => ({
        ...fact,
        value: inert(fact.value),
        labelText: findWords(family, fact.label, lookup)?.text ?? fact.label,
    }));
    return {
        ...resolution,
        summary: summary.text,
        details: details?.text,
        summaryLanguage: summary.mark,
        detailsLanguage: details?.mark,
        language: lookup.language,
        facts,
    };
}
function formatError(...args) {
    if (isFamily(args[0])) {
        const [family, input, context, options] = args;
        return formatResolution(family, family.resolve(input, context), options);
    }
    const [input, context, options] = args;
    return formatResolution(msOcer, msOcer.resolve(input, context), options);
}
function resolveError(...args) {
    if (isFamily(args[0]))
        return args[0].resolve(args[1], args[2]);
    return msOcer.resolve(args[0], args[1]);
}
export { formatError, formatResolution, isFamily, resolveError };
