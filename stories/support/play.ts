/**
 * Helpers for play functions: what the core says an error should read, in the story's
 * language, what the page shows, and what the kit's live regions said.
 */
import { i18n } from '../../.storybook/i18n';
import { lookupFor, type UiKey, type UiPluralKey, uiWords } from '../../src/core/words';
import { type AnyFamily, type FormatValues, formatError } from '../../src/index';
import { valuesFor } from './kit';

/** The story's language: its `globals.locale` (the toolbar's unless the story sets one). */
function storyLanguage(globals: Record<string, unknown>): string {
  return String(globals.locale ?? 'en');
}

/**
 * What `formatError` gives for these codes with this family, in `lng`, with these values:
 * the same call a component makes, with the stories' i18next instance.
 */
function wordsIn(
  lng: string,
  family: AnyFamily,
  input: unknown,
  context?: unknown,
  values?: FormatValues,
) {
  return formatError(family, input, context, { i18n, lng, values });
}

/** {@link wordsIn} in the story's language. */
function expectedIn(
  globals: Record<string, unknown>,
  family: AnyFamily,
  input: unknown,
  context?: unknown,
  values?: FormatValues,
) {
  return wordsIn(storyLanguage(globals), family, input, context, values);
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

/** The sentences shown under `root`, top to bottom. */
function summariesOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('.ucek-notice__summary')].map((el) => el.textContent ?? '');
}

/** Every line the kit's live region of `politeness` holds now (`[data-ucek-announcer]`). */
function announcements(politeness: 'polite' | 'assertive'): string[] {
  const region = document.querySelector(`[data-ucek-announcer="${politeness}"]`);
  return [...(region?.children ?? [])].map((line) => line.textContent ?? '');
}

/** Waits `ms`: long enough for an announcement that should not come (the kit waits 100 ms). */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Every `[data-entry]` under `root` checked against the core: the entry must be one of its
 * family's, its input and context must resolve to a row with the entry's words, the notice
 * must show the intent and placement the family gives, and its sentence must be the one
 * `formatError` gives. One line per mismatch, so a single assertion reports them all.
 */
function checkRenderedEntries(
  root: ParentNode,
  families: readonly AnyFamily[],
  globals: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('[data-entry]')) {
    const id = item.dataset.entry ?? '';
    const family = families.find((f) => f.id === item.dataset.family);
    const entry = family?.entries().find((e) => e.id === id);
    if (!family || !entry) {
      problems.push(`${id}: rendered, but not an entry of ${item.dataset.family}`);
      continue;
    }
    const want = expectedIn(globals, family, entry.input, entry.context, valuesFor(family));
    if (!want.handled) problems.push(`${id}: its input gets the generic message`);
    const key = entry.summaryKey ?? entry.detailsKey;
    if (want.summaryKey !== key) problems.push(`${id}: resolves to ${want.summaryKey}, not ${key}`);
    const notice = item.querySelector<HTMLElement>('.ucek-notice');
    if (notice?.dataset.variant !== want.placement)
      problems.push(`${id}: shown in ${notice?.dataset.variant}, not ${want.placement}`);
    if (notice?.dataset.intent !== want.intent)
      problems.push(`${id}: shown as ${notice?.dataset.intent}, not ${want.intent}`);
    const text = summaryOf(item);
    if (text !== want.summary) problems.push(`${id}: reads “${text}”, expected “${want.summary}”`);
  }
  return problems;
}

export {
  announcements,
  checkRenderedEntries,
  expectedIn,
  pause,
  storyLanguage,
  summariesOf,
  summaryOf,
  uiIn,
  wordsIn,
};
