/**
 * The kit's own interface words in a view: button labels, headings, counts.
 */
import { lookupFor, type UiKey, type UiPluralKey, uiWords } from '../core/words';
import type { KitWords } from './context';

/**
 * An interface word in the view's language, English when the language lacks it; a plural key
 * takes `count`. Values are the kit's own (a summary, a count), already plain text.
 */
function uiText(
  words: KitWords,
  key: UiKey | UiPluralKey,
  values: Record<string, string> = {},
  count?: number,
): string {
  return uiWords(key, lookupFor(words.i18n, words.lng), values, count).text;
}

export { uiText };
