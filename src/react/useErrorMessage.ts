/**
 * The words of one error, in the current language, as data.
 */
import { use, useEffect, useMemo } from 'react';
import {
  type AnyFamily,
  type ContextOf,
  type Formatted,
  type FormatValues,
  formatError,
  type InputOf,
  isFamily,
  isLanguageLoaded,
  loadLanguage,
  type ResolutionOf,
  resolveLanguage,
} from '../core/index';
import { isOwnReady, loadOwn } from '../core/words';
import { useKitFamily, useKitWords } from './context';
import { warnOnce } from './warnings';

/** What {@link useErrorMessage} returns: the core's formatted error plus display flags. */
type ErrorMessage<F extends AnyFamily = AnyFamily> = Formatted<ResolutionOf<F>> & {
  /** The family object that read the codes (`family` is its id). */
  familyObject: F;
  /**
   * False while the language's words are loading; the strings are English until then (the
   * family's generic message before its English is in). A view shows nothing until it is
   * true, as react-i18next's `ready` asks.
   */
  ready: boolean;
};

/** Options of {@link useErrorMessage}. */
interface UseErrorMessageOptions {
  /**
   * Suspend (React Suspense) until the language's words have loaded, instead of returning
   * `ready: false`. @default false
   */
  suspense?: boolean | undefined;
  /**
   * Warn once about a mistake in the context or the input's shape. Views that report the
   * same mistake as a prop error turn it off. @default true
   */
  warn?: boolean | undefined;
}

/** One promise per family and language, so Suspense sees the same one on every render. */
const loading = new Map<string, Promise<unknown>>();

/**
 * What the family needs for the context: its language, and its own data on demand. Shared by
 * every view that waits (the hook, the area's folded notices), one load per family, language
 * and context.
 */
function whenLoaded(
  lng: string | undefined,
  family: AnyFamily,
  context: unknown,
): Promise<unknown> {
  const own = isOwnReady(family, context) ? 'ready' : contentKey(context);
  const id = `${family.namespace}\u0000${resolveLanguage(lng)}\u0000${own}`;
  let promise = loading.get(id);
  if (!promise) {
    promise = Promise.all([
      loadLanguage(lng, [family]),
      own === 'ready' ? undefined : loadOwn(family, context),
    ]).finally(() => loading.delete(id));
    loading.set(id, promise);
  }
  return promise;
}

/**
 * A key that is equal for equal contents: callers often build inputs inline, so a new object
 * each render must not mean new words. Linear in the size of the value; a value JSON cannot
 * write (a cycle) gets a key of its own, so it is simply not memoised.
 */
function contentKey(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `#${Math.random()}`;
  }
}

/**
 * Resolves and words an error for the current language, loading the language's words on
 * demand, and updates when the codes, the context, the values or the language change.
 * Returns strings and flags, never elements. The family comes first; `null` takes the
 * `UcErrorKitProvider`'s.
 * @example const { summary, details, intent, placement } = useErrorMessage(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { userName: 'Avery' })
 */
function useErrorMessage<F extends AnyFamily>(
  family: F | null,
  input: InputOf<F> | null | undefined,
  context?: ContextOf<F> | null,
  values?: FormatValues,
  options?: UseErrorMessageOptions,
): ErrorMessage<F> {
  const fromProvider = useKitFamily();
  const chosen = isFamily(family) ? family : fromProvider;
  if (chosen === undefined)
    throw new TypeError(
      'useErrorMessage(family, input, context?) needs a family: pass one such as `msOcer` from `uc-error-kit/ms-ocer`, or set `family` on a `UcErrorKitProvider` above.',
    );
  return useFamilyMessage(chosen, input, context, values, options) as ErrorMessage<F>;
}

/**
 * `formatError`, but a view never throws while rendering: a family whose resolver throws on
 * the app's context (a `mode` object whose `toString` throws) words the error with its
 * default context instead, and says so as a problem of the context (a prop error in a view).
 */
function formatSafely(
  family: AnyFamily,
  input: unknown,
  context: unknown,
  options: Parameters<typeof formatError>[3],
): Formatted<ResolutionOf<AnyFamily>> {
  try {
    return formatError(family, input, context, options);
  } catch (thrown) {
    if (context === undefined || context === null) throw thrown;
  }
  const formatted = formatError(family, input, undefined, options);
  return {
    ...formatted,
    problems: [
      ...formatted.problems,
      { field: 'context', in: 'call', message: 'The family could not read this context.' },
    ],
  };
}

/** {@link useErrorMessage} once the family is known. */
function useFamilyMessage(
  family: AnyFamily,
  input: unknown,
  context: unknown,
  values: FormatValues | undefined,
  options: UseErrorMessageOptions | undefined,
): ErrorMessage {
  const words = useKitWords();
  const ready = isLanguageLoaded(words.lng, [family]) && isOwnReady(family, context);
  if (!ready && options?.suspense) use(whenLoaded(words.lng, family, context));

  const inputKey = contentKey(input);
  const contextKey = contentKey(context);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `contextKey` stands for the context's contents.
  useEffect(() => {
    // Loading ends with a change the kit's subscription sees, which re-renders with the words.
    if (!ready) void whenLoaded(words.lng, family, context);
  }, [ready, words.lng, family, contextKey]);

  const valuesKey = contentKey(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the objects' contents; `revision` for the words and language.
  const message = useMemo((): ErrorMessage => {
    const formatted = formatSafely(family, input, context, {
      i18n: words.i18n,
      lng: words.lng,
      values,
    });
    // Object.assign rather than a spread: see formatResolution.
    return Object.assign({}, formatted, { familyObject: family, ready });
  }, [family, inputKey, contextKey, valuesKey, words.i18n, words.lng, words.revision, ready]);

  // While something loads, the resolution is provisional: its problems are not the app's.
  for (const problem of options?.warn === false || !ready ? [] : message.problems) {
    // Only the context is the developer's to get right; a malformed code comes from the
    // server and is the family's documented generic message, not a bug.
    if (problem.in !== 'context' && problem.in !== 'call') continue;
    warnOnce(`useErrorMessage: ${problem.message}`);
  }
  return message;
}

export type { ErrorMessage, UseErrorMessageOptions };
export { useErrorMessage, whenLoaded };
