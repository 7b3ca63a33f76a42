/**
 * The words of one error, in the current language, as data.
 */
import { use, useEffect, useMemo } from 'react';
import { formatError, isFamily, isLanguageLoaded, loadLanguage, msOcer, resolveLanguage, } from '../core/index';
import { useKitWords } from './context';
import { warnOnce } from './warnings';
/** One promise per family and language, so Suspense sees the same one on every render. */
const loading = new Map();
function whenLoaded(lng, family) {
    const id = `${family.namespace}\u0000${resolveLanguage(lng)}`;
    let promise = loading.get(id);
    if (!promise) {
        promise = loadLanguage(lng, [family]);
        loading.set(id, promise);
    }
    return promise;
}
/**
 * A key that is equal for equal contents: callers often build inputs inline, so a new object
 * each render must not mean new words. Linear in the size of the value; a value JSON cannot
 * write (a cycle) gets a key of its own, so it is simply not memoised.
 */
function contentKey(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return `#${Math.random()}`;
    }
}
function useErrorMessage(...args) {
    const explicit = isFamily(args[0]);
    const family = (explicit ? args[0] : msOcer);
    const [input, context, values, options] = (explicit ? args.slice(1) : args);
    const words = useKitWords();
    const ready = isLanguageLoaded(words.lng, [family]);
    if (!ready && options?.suspense)
        use(whenLoaded(words.lng, family));
    useEffect(() => {
        // Loading ends with a change the kit's subscription sees, which re-renders with the words.
        if (!ready)
            void whenLoaded(words.lng, family);
    }, [ready, words.lng, family]);
    const inputKey = contentKey(input);
    const contextKey = contentKey(context);
    const valuesKey = contentKey(values);
    // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the objects' contents; `revision` for the words and language.
    const message = useMemo(() => {
        const formatted = formatError(family, input, context, {
            i18n: words.i18n,
            lng: words.lng,
            values,
        });
        const diagnostics = formatted.diagnostics;
        return { ...formatted, familyObject: family, ready, source: diagnostics?.source };
    }, [family, inputKey, contextKey, valuesKey, words.i18n, words.lng, words.revision, ready]);
    for (const problem of options?.warn === false ? [] : message.problems) {
        // Only the context is the developer's to get right; a malformed code comes from the
        // server and is the family's documented generic message, not a bug.
        if (problem.in !== 'context' && problem.in !== 'call')
            continue;
        warnOnce('unknown-context', `useErrorMessage: ${problem.message}`);
    }
    return message;
}
export { useErrorMessage };
