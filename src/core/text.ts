/**
 * Plain text in and out: values made inert, placeholders filled in one pass, translations
 * checked before they are shown.
 */

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE (Unicode UAX #9, 2.7). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * C0 and C1 controls, DEL and the line and paragraph separators would let a value break a
 * line or hide text; the bidi embeddings, overrides and isolates (U+202A-202E,
 * U+2066-2069) would let it reorder the words around it or close the isolate the kit puts
 * it in. A value keeps every other character, exactly as given.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as it is shown inside a sentence: controls become spaces, bidi controls go, and the
 * whole is isolated so that a right-to-left name cannot reorder the kit's words (nor a
 * left-to-right address the words of a right-to-left sentence).
 */
function isolate(value: string | number): string {
  return `${FSI}${inert(value)}${PDI}`;
}

/** The same without the isolates, for a value shown on its own (a fact, a terminal line). */
function inert(value: string | number): string {
  return String(value).replace(UNSAFE_IN_VALUE, (c) => (c >= '\u202a' ? '' : ' '));
}

/** Removes the isolates {@link isolate} added, for logs and tests that compare plain text. */
function stripIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/**
 * The `{{name}}` placeholders of a sentence, in order. One left-to-right scan: a name is
 * word characters only, as i18next's default interpolation has it.
 */
const placeholderCache = new Map<string, readonly string[]>();

function placeholdersOf(template: string): readonly string[] {
  let names = placeholderCache.get(template);
  if (names === undefined) {
    names = scanPlaceholders(template);
    // Sentences are few; a flood of distinct ones (a broken host) must not grow it forever.
    if (placeholderCache.size >= 2000) placeholderCache.clear();
    placeholderCache.set(template, names);
  }
  return names;
}

function scanPlaceholders(template: string): string[] {
  const names: string[] = [];
  let i = template.indexOf('{{');
  while (i !== -1) {
    const end = template.indexOf('}}', i + 2);
    if (end === -1) break;
    const name = template.slice(i + 2, end).trim();
    if (/^\w+$/.test(name)) names.push(name);
    i = template.indexOf('{{', end + 2);
  }
  return names;
}

/**
 * Fills `{{name}}` placeholders in one pass from left to right, so that a value is never read
 * again as a placeholder or as anything else; the cost is linear in the output's length. A
 * name with no value stays as written (the caller checked there is none).
 */
function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let from = 0;
  let i = template.indexOf('{{');
  while (i !== -1) {
    const end = template.indexOf('}}', i + 2);
    if (end === -1) break;
    const name = template.slice(i + 2, end).trim();
    if (Object.hasOwn(values, name)) {
      out += template.slice(from, i) + (values[name] as string);
      from = end + 2;
    }
    i = template.indexOf('{{', end + 2);
  }
  return out + template.slice(from);
}

/** Why a translation was not shown (the English sentence was). */
type TranslationFault =
  | 'not-a-string'
  | 'empty'
  | 'nesting'
  | 'markup'
  | 'placeholders'
  | 'control-characters';

/**
 * Checks a translator's sentence against the English one: a translation must be a non-empty
 * string with exactly the English placeholders, no i18next nesting (`$t(...)`, which the kit
 * never evaluates, so a cycle or a deep chain cannot hang it), no markup (the output is text)
 * and no control characters but line breaks. Returns the fault, or undefined when it is fine.
 */
function translationFault(text: unknown, english: string): TranslationFault | undefined {
  if (typeof text !== 'string') return 'not-a-string';
  if (text.trim() === '') return 'empty';
  if (text.includes('$t(')) return 'nesting';
  if (/<[a-z/!?]/i.test(text)) return 'markup';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text))
    return 'control-characters';
  const want = [...placeholdersOf(english)].sort().join();
  if ([...placeholdersOf(text)].sort().join() !== want) return 'placeholders';
  return undefined;
}

export type { TranslationFault };
export { inert, interpolate, isolate, placeholdersOf, stripIsolates, translationFault };
