/**
 * The i18next instance the stories translate with, set up the way a host app sets up its own:
 * `i18next.createInstance()`, then `registerUcErrorKit(i18n, { resources })`.
 *
 * Languages come from three places, so the toolbar always lists what the kit really has:
 * - every folder `locales/<lng>/uc-error-kit.json` (today only `en`); adding a language is
 *   adding that one file, and it shows up in the toolbar with no change here;
 * - `en-XA` and `ar-XB`, pseudo-locales generated from the English (see pseudo-locale.ts);
 * - `zz`, a language with no words at all, to show that every missing key falls back to the
 *   English sentence rather than to the key.
 */
import i18next, { type i18n as I18nInstance } from 'i18next';
import en from '../locales/en/uc-error-kit.json';
import { NAMESPACE, registerUcErrorKit } from '../src/index';
import { BIDI_PSEUDO_LOCALE, bidiLocalize, PSEUDO_LOCALE, pseudoBundle } from './pseudo-locale';

/** The language with no words: everything shown in it is the English fallback. */
const MISSING_LOCALE = 'zz';

const bundles = import.meta.glob<Record<string, string>>('../locales/*/uc-error-kit.json', {
  eager: true,
  import: 'default',
});

/** `locales/<lng>/uc-error-kit.json` files by language, English included. */
const shipped: Record<string, Record<string, string>> = {};
for (const [file, words] of Object.entries(bundles)) {
  const lng = /locales\/([^/]+)\/uc-error-kit\.json$/.exec(file)?.[1];
  if (lng) shipped[lng] = words;
}

/** Every language the toolbar offers, in its order: the shipped ones, then the tools. */
const LOCALES: readonly string[] = [
  'en',
  ...Object.keys(shipped)
    .filter((lng) => lng !== 'en')
    .sort(),
  PSEUDO_LOCALE,
  BIDI_PSEUDO_LOCALE,
  MISSING_LOCALE,
];

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The toolbar's name for a language. */
function localeTitle(lng: string): string {
  if (lng === PSEUDO_LOCALE) return `Pseudo-locale (${lng}): accented, 40 % longer`;
  if (lng === BIDI_PSEUDO_LOCALE) return `Pseudo-locale (${lng}): mirrored, right to left`;
  if (lng === MISSING_LOCALE) return `No translation (${lng}): English fallback`;
  return `${names.of(lng) ?? lng} (${lng})`;
}

/**
 * The `lang` attribute of text shown in `lng`: `zz` shows English, so it is marked English
 * (and `zz` is not a language a screen reader or axe would accept).
 */
function contentLanguage(lng: string): string {
  return lng === MISSING_LOCALE ? 'en' : lng;
}

const i18n: I18nInstance = i18next.createInstance({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: false,
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  // The resources are inline: initialise and switch languages synchronously, so a story
  // renders its final words on the first paint and a play function can read them at once.
  initAsync: false,
  interpolation: { escapeValue: false },
});
i18n.init();

const resources: Record<string, Record<string, string>> = {
  ...shipped,
  [PSEUDO_LOCALE]: pseudoBundle(en as Record<string, string>),
  [BIDI_PSEUDO_LOCALE]: pseudoBundle(en as Record<string, string>, bidiLocalize),
};
registerUcErrorKit(i18n, { resources });

const clones = new Map<string, I18nInstance>();

/**
 * An instance fixed to one language that shares the words of the main one: for a story
 * whose `language` arg differs from the toolbar's, without switching every other story.
 */
function i18nFor(lng: string): I18nInstance {
  let clone = clones.get(lng);
  if (!clone) {
    clone = i18n.cloneInstance({ lng, initAsync: false });
    clones.set(lng, clone);
  }
  return clone;
}

export { contentLanguage, i18n, i18nFor, LOCALES, localeTitle, MISSING_LOCALE };
