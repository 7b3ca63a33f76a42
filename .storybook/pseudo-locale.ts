/**
 * Pseudo-locales for translators and reviewers, generated from the English JSON at runtime.
 *
 * `en-XA` is the name Android and Chromium give the accented pseudo-locale: every letter is
 * swapped for an accented look-alike, so a sentence that stays plain ASCII on screen was
 * never looked up (a hard-coded word, or a key missing from the namespace); every sentence
 * is bracketed, so a cut-off end shows; and every sentence grows by about 40 %, which is
 * what German or Finnish tend to need, so a layout that breaks under expansion breaks here
 * first. Placeholders (`{{userName}}`) and line breaks are kept as they are.
 *
 * `ar-XB` is their right-to-left pseudo-locale: the English runs inside a right-to-left
 * override, so it reads mirrored as an RTL language would, and i18next gives `ar-*` the
 * direction `rtl`. It shows the layout of a right-to-left language with real right-to-left
 * text, where English in a `dir="rtl"` page would only move its full stops about.
 */

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Words appended to make room, as Android's en-XA does; counted, so the growth is visible. */
const FILLER = 'one two three four five six seven eight nine ten'.split(' ');

/** How much longer a pseudo sentence is than its English. */
const EXPANSION = 0.4;

/** The code of the accented, expanded pseudo-locale. */
const PSEUDO_LOCALE = 'en-XA';

/** The code of the right-to-left pseudo-locale. */
const BIDI_PSEUDO_LOCALE = 'ar-XB';

/** Right-to-left override, pop directional formatting, right-to-left mark. */
const RLO = '\u202e';
const PDF = '\u202c';
const RLM = '\u200f';

function accent(text: string): string {
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  return out;
}

function filler(length: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const word = FILLER[i % FILLER.length] as string;
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

/**
 * One English sentence in pseudo-locale form: `Cannot reach {{userName}}.` becomes
 * `[Çåññöţ ŕéåçĥ {{userName}}. one two three]`.
 */
function pseudoLocalize(english: string): string {
  // Split on placeholders so that their names stay exactly as i18next expects them.
  const parts = english.split(/(\{\{\w+\}\})/);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : accent(part))).join('');
  const visible = english.replace(/\{\{\w+\}\}/g, '').length;
  const grow = Math.max(3, Math.round(visible * EXPANSION));
  return `[${body} ${filler(grow)}]`;
}

/**
 * One English sentence in right-to-left pseudo form. Placeholders and line breaks stay outside
 * the override, so a user name still reads left to right, as it would in Arabic text. Each
 * overridden run is fenced by right-to-left marks, as Android's ar-XB does: without them a
 * Latin name or a digit between two runs joins them into one embedding, and the bidi
 * algorithm puts the runs back in left-to-right order.
 */
function bidiLocalize(english: string): string {
  const parts = english.split(/(\{\{\w+\}\}|\n)/);
  return parts
    .map((part, i) => (i % 2 === 1 || part === '' ? part : RLM + RLO + part + PDF + RLM))
    .join('');
}

/** Every key of an English bundle in pseudo-locale form. */
function pseudoBundle(
  english: Readonly<Record<string, string>>,
  transform: (text: string) => string = pseudoLocalize,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(english)) out[key] = transform(value);
  return out;
}

export { BIDI_PSEUDO_LOCALE, bidiLocalize, PSEUDO_LOCALE, pseudoBundle, pseudoLocalize };
