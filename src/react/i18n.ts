/**
 * The kit's words in an i18next instance: the host app's own, or a bundled English one.
 *
 * The kit never touches the global `i18next` instance and never overwrites a word the host
 * has set: its English goes under its own namespace with `deep = true, overwrite = false`,
 * so a host override made before registration survives it, and one made after replaces ours.
 */
import i18next, { type i18n as I18nInstance, type Resource, type ResourceKey } from 'i18next';
import { englishWords } from '../core/english';
import { NAMESPACE } from '../core/index';

/** Translations of the kit's keys, by language: `{ de: { callDisconnected: '...' } }`. */
type UcErrorKitResources = Record<string, Record<string, string>>;

/** Options of {@link registerUcErrorKit}. */
interface RegisterOptions {
  /** The kit's words in more languages; a key the host already set is kept. */
  resources?: UcErrorKitResources | undefined;
}

/** Instances the provider has registered, so that a re-render does not register again. */
const registered = new WeakSet<object>();

function addBundles(i18n: I18nInstance, resources: UcErrorKitResources, silent: boolean) {
  for (const [lng, words] of Object.entries(resources)) {
    // deep = true, overwrite = false: the host's own words for our keys win. `silent` keeps
    // the provider's first registration, made while rendering, from waking subscribers
    // mid-render; the words it adds equal the English defaults they already show.
    i18n.addResourceBundle(lng, NAMESPACE, words as ResourceKey, true, false, { silent });
  }
}

function register(i18n: I18nInstance, options: RegisterOptions, silent: boolean): I18nInstance {
  const resources: UcErrorKitResources = { ...options.resources };
  // English last, so a host's `resources.en` is added first and kept.
  resources.en = { ...englishWords(), ...resources.en };
  if (typeof i18n?.addResourceBundle === 'function') {
    addBundles(i18n, resources, silent);
  } else if (typeof i18n?.on === 'function') {
    // i18next adds its store methods in `init()`; an instance not yet initialised gets our
    // words as soon as it is. Until then the core's English defaults show.
    const onInitialized = () => {
      i18n.off('initialized', onInitialized);
      addBundles(i18n, resources, false);
    };
    i18n.on('initialized', onInitialized);
  } else {
    throw new TypeError(
      'registerUcErrorKit(i18n) expects an i18next instance, such as the one `i18next.createInstance()` returns or the `i18n` your app passes to react-i18next.',
    );
  }
  registered.add(i18n);
  return i18n;
}

/**
 * Adds the kit's English (and any `resources` given) to the host's i18next instance under
 * the `uc-error-kit` namespace, never overwriting a key the host has set. Returns the instance.
 * To reword one sentence, set it on the namespace before or after this call:
 * `i18n.addResource('en', 'uc-error-kit', 'callDisconnected', 'The call dropped.')`; a key
 * with dots (`reason.1008`, `ui.*`) goes in a bundle, which keeps it flat:
 * `i18n.addResourceBundle('en', 'uc-error-kit', { 'ui.details.close': 'Done' }, true, true)`.
 * @example registerUcErrorKit(i18n, { resources: { de: { errorOccurred: 'Ein Fehler ist aufgetreten.' } } })
 */
function registerUcErrorKit(i18n: I18nInstance, options: RegisterOptions = {}): I18nInstance {
  return register(i18n, options, false);
}

/** Registers once per instance, quietly; the provider calls it while rendering. */
function ensureRegistered(i18n: I18nInstance): I18nInstance {
  return registered.has(i18n) ? i18n : register(i18n, {}, true);
}

let bundled: I18nInstance | undefined;

/**
 * The English-only instance used when the app provides none; created on first use, never
 * at import, and never the global `i18next` instance, whose configuration is the app's.
 */
function getBundledI18n(): I18nInstance {
  if (!bundled) {
    const instance = i18next.createInstance({
      lng: 'en',
      fallbackLng: 'en',
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      resources: { en: { [NAMESPACE]: { ...englishWords() } } } as Resource,
      // Synchronous: the resources are inline, and a render must not wait for a timer.
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    instance.init();
    registered.add(instance);
    bundled = instance;
  }
  return bundled;
}

export type { RegisterOptions, UcErrorKitResources };
export { ensureRegistered, getBundledI18n, registerUcErrorKit };
