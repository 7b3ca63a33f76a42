/**
 * The kit's own interface words in a view: button labels, headings, counts.
 */
import { lookupFor, uiWords } from '../core/index';
/**
 * An interface word in the view's language, English when the language lacks it; a plural key
 * takes `count`. Values are the kit's own (a summary, a count), already plain text.
 */
function uiText(words, key, values = {}, count) {
    return uiWords(key, lookupFor(words.i18n, words.lng), values, count).text;
}
export { uiText };
