/**
 * Putting the kit's words into the app's i18next instance, for apps that manage every
 * string there (translation tools, `i18n.t` lookups of the kit's keys).
 *
 * The kit does not need it: it reads the host's resources for its namespaces and falls back
 * to its own words. Registering never overwrites a word the host has set: the words go in
 * with `deep = true, overwrite = false`.
 */
import type { i18n as I18nInstance, ResourceKey } from 'i18next';
import uiEnglish from '../../locales/en/uc-error-kit.json' with { type: 'json' };
import { type AnyFamily, isFamily, loadLanguage, UI_NAMESPACE } from '../core/index';
import { loadedFile } from '../core/words';

/** Words by language, then namespace: `{ de: { 'uc-error-kit-ms-ocer': { ... } } }`. */
type UcErrorKitResources = Record<string, Record<string, Record<string, string>>>;

/** Options of {@link registerUcErrorKit}. */
interface RegisterOptions {
  /** More words, by language and namespace; a key the host already set is kept. */
  resources?: UcErrorKitResources | undefined;
  /** The families whose English to add: the ones the app shows. */
  families: readonly AnyFamily[];
}

function addAll(i18n: I18nInstance, resources: UcErrorKitResources) {
  for (const [lng, namespaces] of Object.entries(resources)) {
    for (const [ns, words] of Object.entries(namespaces ?? {})) {
      i18n.addResourceBundle(lng, ns, words as ResourceKey, true, false);
    }
  }
}

/**
 * Adds the kit's English (and any `resources` given) to the app's i18next instance, one
 * namespace per family plus `uc-error-kit` for the interface words, never overwriting a key
 * the host has set. The interface words and `resources` go in at once; a family's English
 * loads on demand like its other languages, and the promise resolves with the instance once
 * it is in (a file that fails to load leaves the family's generic message, which it bundles).
 * Throws a `TypeError` naming the fix for a value that is not an i18next instance or a list
 * of families.
 * @example await registerUcErrorKit(i18n, { families: [msOcer], resources: { de: { 'uc-error-kit-ms-ocer': { errorOccurred: 'Ein Fehler ist aufgetreten.' } } } })
 */
function registerUcErrorKit(i18n: I18nInstance, options: RegisterOptions): Promise<I18nInstance> {
  if (typeof i18n?.addResourceBundle !== 'function' && typeof i18n?.on !== 'function') {
    throw new TypeError(
      'registerUcErrorKit(i18n) expects an i18next instance, such as the one `i18next.createInstance()` returns or the `i18n` your app passes to react-i18next.',
    );
  }
  const families = options?.families;
  if (!Array.isArray(families) || !families.every(isFamily)) {
    throw new TypeError(
      'registerUcErrorKit(i18n, { families }) needs the families the app shows, such as `{ families: [msOcer] }` with `msOcer` from `uc-error-kit/ms-ocer`.',
    );
  }
  // The host's own resources first, so a host's `resources.en` is added first and kept.
  const first: UcErrorKitResources = { ...options.resources };
  const english: Record<string, Record<string, string>> = { [UI_NAMESPACE]: uiEnglish };
  for (const family of families) english[family.namespace] = { ...family.bundled };
  const add = () => {
    addAll(i18n, first);
    addAll(i18n, { en: english });
  };
  // i18next adds its store methods in `init()`: an instance not yet initialised gets the
  // words as soon as it is.
  const initialised = () => typeof i18n.addResourceBundle === 'function';
  if (initialised()) add();
  else {
    const onInitialized = () => {
      i18n.off('initialized', onInitialized);
      add();
    };
    i18n.on('initialized', onInitialized);
  }
  // Through the kit's own loader, so the kit's words are in as well as the host's.
  return loadLanguage('en', families).then(() => {
    for (const family of families) {
      const words = loadedFile(family.namespace, 'en');
      if (words === undefined) continue;
      english[family.namespace] = { ...words };
      if (initialised()) addAll(i18n, { en: { [family.namespace]: words } });
    }
    return i18n;
  });
}

export type { RegisterOptions, UcErrorKitResources };
export { registerUcErrorKit };
