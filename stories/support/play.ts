/**
 * Helpers for play functions: what the core says an entry should read, in the story's
 * language, and what the page actually shows.
 */
import type { i18n as I18nInstance } from 'i18next';
import { i18nFor } from '../../.storybook/i18n';
import {
  type CatalogEntry,
  type ErrorInput,
  errorInputFor,
  type FormattedError,
  type FormatValues,
  formatError,
  type ResolveContext,
} from '../../src/index';
import { EXAMPLE_VALUES, entryId } from './catalog';

/** The instance the decorator gave the story (the toolbar's language). */
function storyI18n(globals: Record<string, unknown>): I18nInstance {
  return i18nFor(String(globals.locale ?? 'en'));
}

/** What `formatError` gives for these codes, in the story's language, with these values. */
function expected(
  globals: Record<string, unknown>,
  input: ErrorInput,
  context: ResolveContext,
  values: FormatValues = EXAMPLE_VALUES,
): FormattedError {
  return formatError(input, context, { i18n: storyI18n(globals), values });
}

/** The rendered sentence of the first notice under `root`. */
function summaryOf(root: ParentNode): string | undefined {
  return root.querySelector('.ucek-notice__summary')?.textContent ?? undefined;
}

/**
 * Every `[data-entry]` under `root` checked against the core: the entry's own codes must
 * resolve to that very row, the notice must sit in the row's placement, and its sentence
 * must be the one `formatError` gives. Returns one line per mismatch, so a single assertion
 * reports them all.
 */
function checkRenderedEntries(
  root: ParentNode,
  entries: readonly CatalogEntry[],
  globals: Record<string, unknown>,
): string[] {
  const byId = new Map(entries.map((e) => [entryId(e), e]));
  const problems: string[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('[data-entry]')) {
    const id = item.dataset.entry ?? '';
    const entry = byId.get(id);
    if (!entry) {
      problems.push(`${id}: rendered, but not a catalog entry`);
      continue;
    }
    const want = expected(globals, errorInputFor(entry.category, entry.code), {
      mode: entry.mode,
      action: entry.action,
      catalog: entry.catalog,
    });
    if (!want.entry || entryId(want.entry) !== id)
      problems.push(`${id}: its codes resolve to ${want.entry ? entryId(want.entry) : 'no row'}`);
    const notice = item.querySelector<HTMLElement>('.ucek-notice');
    if (notice?.dataset.variant !== entry.placement)
      problems.push(`${id}: shown in ${notice?.dataset.variant}, not ${entry.placement}`);
    const text = summaryOf(item);
    if (text !== want.summary) problems.push(`${id}: reads “${text}”, expected “${want.summary}”`);
  }
  return problems;
}

export { checkRenderedEntries, expected, storyI18n, summaryOf };
