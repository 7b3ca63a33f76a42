/**
 * The kit's own interface words (`ui.*` keys): button labels, headings, counts.
 */
import type { i18n as I18nInstance } from 'i18next';
import { englishWords } from '../core/english';
import { interpolate, tOptions } from '../core/format';
import type { UiKey } from '../core/index';

/** A key with plural forms, named without its `_one` / `_other` suffix. */
type UiPluralKey = UiKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Values interpolated into an interface word; shown as text, never as markup. */
type UiValues = Record<string, string | number>;

const englishPlurals = new Intl.PluralRules('en');

/** The English of a key, choosing the plural form English needs for `count`. */
function englishOf(key: string, values: UiValues): string {
  const english = englishWords();
  let text = english[key];
  if (text === undefined && typeof values.count === 'number') {
    text = english[`${key}_${englishPlurals.select(values.count)}`] ?? english[`${key}_other`];
  }
  return text === undefined ? key : interpolate(text, values);
}

/**
 * An interface word in the instance's language, with the English sentence when the
 * language lacks it: the same call options as the core's `formatError`, so a host's key
 * separators and escaping settings do not change what is shown.
 */
function uiText(i18n: I18nInstance, key: UiKey | UiPluralKey, values: UiValues = {}): string {
  const fallback = englishOf(key, values);
  const text = i18n.t(key, tOptions(values, fallback));
  return typeof text === 'string' && text !== '' ? text : fallback;
}

export type { UiPluralKey, UiValues };
export { uiText };
