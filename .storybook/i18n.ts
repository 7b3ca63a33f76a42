/**
 * The i18next instance the stories translate with, set up the way a host app sets up its own:
 * `i18next.createInstance()` and nothing of the kit's words in it. The kit loads every
 * language itself, English too, on demand (`loadLanguage`), one file per namespace;
 * it reads the host's resources only for words the host sets, which is how the pseudo-locales
 * get in here.
 *
 * Languages in the toolbar:
 * - the kit's 34 languages (`LANGUAGES`), whether or not translators have filled their
 *   `locales/<lng>/` folder yet: a language without its files shows English, exactly as an
 *   app would;
 * - `en-XA` and `ar-XB`, pseudo-locales generated from the English of every namespace (the
 *   interface words `uc-error-kit` and each family's `family.namespace`, see pseudo-locale.ts),
 *   added as host resources with `addResourceBundle`;
 * - `zz`, a language with no words at all, to show that every missing key falls back to the
 *   English sentence rather than to the key.
 */
import i18next, { type i18n as I18nInstance } from 'i18next';
import uiEnglish from '../locales/en/uc-error-kit.json';
import { FAMILIES } from '../src/cli/families';
import { directionOf, LANGUAGES, loadLanguage, UI_NAMESPACE } from '../src/index';
import { BIDI_PSEUDO_LOCALE, bidiLocalize, PSEUDO_LOCALE, pseudoBundle } from './pseudo-locale';

/** The language with no words: everything shown in it is the English fallback. */
const MISSING_LOCALE = 'zz';

/** Every language the toolbar offers, in its order: the kit's, then the tools. */
const LOCALES: readonly string[] = [
  ...LANGUAGES,
  PSEUDO_LOCALE,
  BIDI_PSEUDO_LOCALE,
  MISSING_LOCALE,
];

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The toolbar's name for a language. */
function localeTitle(lng: string): string {
  if (lng === PSEUDO_LOCALE) return `Pseudo-locale (${lng}): accented, 40 % longer`;
  if (lng === BIDI_PSEUDO_LOCALE) return `Pseudo-locale (${lng}): right to left`;
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

/** The direction of `lng`, as the kit decides it: `rtl` for ar, he and ar-XB. */
function localeDirection(lng: string): 'ltr' | 'rtl' {
  return directionOf(lng);
}

const i18n: I18nInstance = i18next.createInstance({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: false,
  // No backend and inline resources: `changeLanguage` switches synchronously.
  initAsync: false,
  interpolation: { escapeValue: false },
  resources: {},
});
i18n.init();

/**
 * Every namespace's English, read from the files translators edit: the interface words, then
 * each family's (which an app loads on demand; the showcase reads them whole to make the
 * pseudo-locales and its tables).
 */
const ENGLISH_FILES = import.meta.glob<Readonly<Record<string, string>>>('../locales/en/*.json', {
  eager: true,
  import: 'default',
});
const ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [UI_NAMESPACE]: uiEnglish,
  ...Object.fromEntries(
    FAMILIES.map((f) => [f.namespace, ENGLISH_FILES[`../locales/en/${f.namespace}.json`] ?? {}]),
  ),
};

for (const [namespace, words] of Object.entries(ENGLISH)) {
  i18n.addResourceBundle(PSEUDO_LOCALE, namespace, pseudoBundle(words));
  i18n.addResourceBundle(BIDI_PSEUDO_LOCALE, namespace, pseudoBundle(words, bidiLocalize));
}

/**
 * Switches the host instance to `lng` and waits for the kit to load that language's words of
 * every family, so that a story renders its final words on the first paint and a play
 * function can read them at once. The components would load them on their own (rendering
 * nothing until then); waiting here only makes the first frame the final one.
 */
async function switchLanguage(lng: string): Promise<void> {
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
  await Promise.all([loadLanguage(lng, FAMILIES), everyContext]);
}

/**
 * What each family loads on demand for any value of its context (a second catalog), so the
 * galleries list every entry: one `load` per value of each context field, with no code per
 * family.
 */
const everyContext = Promise.all(
  FAMILIES.flatMap((family) =>
    family.contextFields.flatMap((field) =>
      (field.values ?? []).map((value) => family.load?.({ [field.name]: value })),
    ),
  ),
);

export {
  contentLanguage,
  ENGLISH,
  FAMILIES,
  i18n,
  LOCALES,
  localeDirection,
  localeTitle,
  MISSING_LOCALE,
  switchLanguage,
};
