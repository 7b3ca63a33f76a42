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
 * `ar-XB` is their right-to-left pseudo-locale, rebuilt for a kit that refuses bidi controls
 * in a translation (a translated sentence with U+202A-202E or U+2066-2069 is shown in English
 * instead, so that no translation can reorder a value). Android's ar-XB wraps the English in
 * a right-to-left override; here every word is followed by a right-to-left mark (U+200F,
 * which the kit accepts): each word keeps its letters, but the marks are strong right-to-left
 * characters, so the words, the punctuation and the isolated values are laid out right to
 * left as in an Arabic sentence. It shows the layout of a right-to-left language with text
 * that really runs right to left, where English in a `dir="rtl"` page would only move its
 * full stops about. The kit gives `ar-XB` the direction `rtl`.
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

/** Right-to-left mark: a strong right-to-left character with no glyph. */
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
 * One English sentence in right-to-left pseudo form: `Cannot locate {{userName}}.` becomes
 * `\u200fCannot\u200f locate\u200f {{userName}}.\u200f` (a mark at the start and after every word). Placeholders and
 * line breaks are kept as they are; a value stays left to right inside the isolate the kit
 * puts it in, as a Latin name does in Arabic text.
 */
function bidiLocalize(english: string): string {
  return english
    .split('\n')
    .map((line) => (line === '' ? line : `${RLM}${line.replace(/(\S)(?=\s|$)/g, `$1${RLM}`)}`))
    .join('\n');
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
