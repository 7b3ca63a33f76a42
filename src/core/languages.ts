/**
 * Language tags as apps set them, read into the kit's languages.
 *
 * Tags arrive from URLs, browsers and configuration: `de-AT`, `pt`, `zh-Hant-TW`, `no`,
 * `en_US`, `*`, `en-`. Every one of them gives a language the kit has, never an exception.
 */

/**
 * The languages the kit ships, by folder name under `locales/` (the 34 of React Aria). A
 * language is a folder when one script and one written standard serve all its regions;
 * Portuguese and Chinese have two, so their folders carry the region, and Serbian is
 * written in the Latin script (as React Aria's `sr-SP` is).
 */
const LANGUAGES = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'he',
  'hr',
  'hu',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'nb',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr-Latn',
  'sv',
  'tr',
  'uk',
  'zh-CN',
  'zh-TW',
] as const;

/** A language the kit ships words in. */
type Language = (typeof LANGUAGES)[number];

/** The language every other one falls back to, bundled with each family. */
const FALLBACK_LANGUAGE: Language = 'en';

/**
 * Languages the folder of another stands for. Norwegian (`no`) and Nynorsk readers read
 * Bokmål; `iw` is Hebrew's old code; Serbian in any script gets the Latin text, which every
 * Serbian reader reads (the kit has no Cyrillic Serbian yet).
 */
const ALIASES: Readonly<Record<string, Language>> = {
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  sr: 'sr-Latn',
};

/** Right-to-left scripts' languages (CLDR `characterOrder` right-to-left). */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb', 'sd', 'syr']);

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

const canonicalCache = new Map<string, string | undefined>();

/** A tag written as BCP 47 would have it, or undefined when nothing of it reads as one. */
function canonical(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  if (canonicalCache.has(tag)) return canonicalCache.get(tag);
  const found = canonicalUncached(tag);
  // Tags come from URLs: bound the memo so a stream of distinct ones cannot grow it.
  if (canonicalCache.size >= 256) canonicalCache.clear();
  canonicalCache.set(tag, found);
  return found;
}

function canonicalUncached(tag: string): string | undefined {
  // `en_US` is how POSIX and Java write `en-US`; a trailing `-` or `.UTF-8` is noise.
  const cleaned = tag
    .trim()
    .slice(0, 64)
    .replace(/_/g, '-')
    .replace(/[.@].*$/, '');
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    // Keep the language subtag alone when the rest is malformed (`en-`, `de-!!`).
    const lang = /^[a-z]{2,3}(?![a-z])/i.exec(cleaned)?.[0];
    return lang?.toLowerCase();
  }
}

/** The parts of a canonical tag with the likely script and region filled in. */
function parts(tag: string): { language: string; script?: string; region?: string } {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: locale.language, script: locale.script, region: locale.region };
  } catch {
    return { language: tag.split('-')[0] as string };
  }
}

const cache = new Map<string, Language>();

/**
 * The kit's language for any tag: `de-AT` is `de`, `pt` is `pt-BR`, `pt-AO` is `pt-PT`,
 * `zh-Hant-TW` and `zh-HK` are `zh-TW`, `zh` is `zh-CN`, `no` is `nb`, `sr-Cyrl` is `sr-Latn`;
 * a language the kit lacks, or no tag at all, is English. Never throws.
 * @example resolveLanguage('de-AT') // 'de'
 */
function resolveLanguage(tag: unknown): Language {
  if (typeof tag === 'string') {
    const hit = cache.get(tag);
    if (hit) return hit;
  }
  const found = resolveUncached(tag);
  if (typeof tag === 'string') {
    // Tags come from URLs: bound the memo so a stream of distinct ones cannot grow it.
    if (cache.size >= 256) cache.clear();
    cache.set(tag, found);
  }
  return found;
}

function resolveUncached(tag: unknown): Language {
  const tagged = canonical(tag);
  if (tagged === undefined) return FALLBACK_LANGUAGE;
  if (isLanguage(tagged)) return tagged;
  const { language, script, region } = parts(tagged);
  if (language === 'pt') return region === 'BR' || region === undefined ? 'pt-BR' : 'pt-PT';
  if (language === 'zh') return script === 'Hant' ? 'zh-TW' : 'zh-CN';
  const alias = ALIASES[language];
  if (alias !== undefined && Object.hasOwn(ALIASES, language)) return alias;
  return isLanguage(language) ? language : FALLBACK_LANGUAGE;
}

/**
 * The tags to look a host's words up under, most specific first: the tag itself as the host
 * set it, its canonical form, and its language alone (`de-AT`: `de-AT`, `de`).
 */
function lookupTags(tag: string): string[] {
  const tags = [tag];
  const tagged = canonical(tag);
  if (tagged !== undefined && tagged !== tag) tags.push(tagged);
  const language = tagged?.split('-')[0];
  if (language !== undefined && !tags.includes(language)) tags.push(language);
  return tags;
}

/** `rtl` for a language written right to left, else `ltr`. */
function directionOf(tag: unknown): 'ltr' | 'rtl' {
  const tagged = canonical(tag);
  if (tagged === undefined) return 'ltr';
  return RTL.has(tagged.split('-')[0] as string) ? 'rtl' : 'ltr';
}

export type { Language };
export { directionOf, FALLBACK_LANGUAGE, LANGUAGES, lookupTags, resolveLanguage };
