/**
 * Helpers for play functions: what the core says an error should read, in the story's
 * language, and what the page actually shows.
 */
import { i18n } from '../../.storybook/i18n';
import {
  type AnyFamily,
  type ContextOf,
  type ErrorInput,
  type Formatted,
  type FormattedError,
  type FormatValues,
  formatError,
  type InputOf,
  type ResolutionOf,
  type ResolveContext,
} from '../../src/index';
import { lookupFor, type UiKey, type UiPluralKey, uiWords } from '../../src/core/words';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { EXAMPLE_VALUES } from './catalog';

/** The story's language: its `globals.locale` (the toolbar's unless the story sets one). */
function storyLanguage(globals: Record<string, unknown>): string {
  return String(globals.locale ?? 'en');
}

/**
 * What `formatError` gives for these codes with this family, in `lng`, with these values:
 * the same call a component makes, with the stories' i18next instance.
 */
function wordsIn<F extends AnyFamily>(
  lng: string,
  family: F,
  input: InputOf<F> | null | undefined,
  context?: ContextOf<F> | null,
  values?: FormatValues,
): Formatted<ResolutionOf<F>> {
  return formatError(family, input, context, { i18n, lng, values });
}

/** {@link wordsIn} in the story's language. */
function expectedIn<F extends AnyFamily>(
  globals: Record<string, unknown>,
  family: F,
  input: InputOf<F> | null | undefined,
  context?: ContextOf<F> | null,
  values?: FormatValues,
): Formatted<ResolutionOf<F>> {
  return wordsIn(storyLanguage(globals), family, input, context, values);
}

/** [MS-OCER]'s words for these codes, in the story's language, with the example values. */
function expected(
  globals: Record<string, unknown>,
  input: ErrorInput,
  context: ResolveContext,
  values: FormatValues = EXAMPLE_VALUES,
): FormattedError {
  return expectedIn(globals, msOcer, input, context, values);
}

/** One of the kit's interface words ("Details", "Dismiss: …") in the story's language. */
function uiIn(
  globals: Record<string, unknown>,
  key: UiKey | UiPluralKey,
  values: Record<string, string> = {},
  count?: number,
): string {
  return uiWords(key, lookupFor(i18n, storyLanguage(globals)), values, count).text;
}

/** The rendered sentence of the first notice under `root`. */
function summaryOf(root: ParentNode): string | undefined {
  return root.querySelector('.ucek-notice__summary')?.textContent ?? undefined;
}

/** The values a gallery gives a family's notices: the example values for [MS-OCER], none else. */
function valuesFor(family: AnyFamily): FormatValues | undefined {
  return family === msOcer ? EXAMPLE_VALUES : undefined;
}

/**
 * Every `[data-entry]` under `root` checked against the core: the entry's own input and
 * context must resolve to a row with the entry's words, the notice must sit in the placement
 * the family gives, and its sentence must be the one `formatError` gives with the same
 * arguments. Returns one line per mismatch, so a single assertion reports them all.
 */
function checkRenderedEntries(
  root: ParentNode,
  family: AnyFamily,
  globals: Record<string, unknown>,
): string[] {
  const byId = new Map(family.entries().map((e) => [e.id, e]));
  const values = valuesFor(family);
  const problems: string[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('[data-entry]')) {
    const id = item.dataset.entry ?? '';
    const entry = byId.get(id);
    if (!entry) {
      problems.push(`${id}: rendered, but not an entry of ${family.id}`);
      continue;
    }
    const want = expectedIn(globals, family, entry.input, entry.context, values);
    if (!want.handled) problems.push(`${id}: its input gets the generic message`);
    const key = entry.summaryKey ?? entry.detailsKey;
    if (want.summaryKey !== key) problems.push(`${id}: resolves to ${want.summaryKey}, not ${key}`);
    const notice = item.querySelector<HTMLElement>('.ucek-notice');
    if (notice?.dataset.variant !== want.placement)
      problems.push(`${id}: shown in ${notice?.dataset.variant}, not ${want.placement}`);
    const text = summaryOf(item);
    if (text !== want.summary) problems.push(`${id}: reads “${text}”, expected “${want.summary}”`);
  }
  return problems;
}

export {
  checkRenderedEntries,
  expected,
  expectedIn,
  storyLanguage,
  summaryOf,
  uiIn,
  valuesFor,
  wordsIn,
};
