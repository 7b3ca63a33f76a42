/**
 * What the [MS-OCER] stories share: the example values, the catalog modes, and the filter the
 * gallery's controls drive. Entries come from the family itself (`msOcer.entries()`), and an
 * entry's name is its own `id`: `lync2010 ms-diagnostics Voice 1008 call`.
 */
import { type CatalogEntry, type FormatValues } from '../../src/index';
import {
  CATALOG_IDS,
  type CatalogId,
  type CatalogMode,
  Categories,
  type Category,
  MODES,
  msOcer,
  PLACEHOLDER_NAMES,
} from '../../src/core/families/ms-ocer/index';

/**
 * The values every [MS-OCER] story fills the placeholders with. Only names the family knows
 * are kept, so the set follows `PLACEHOLDER_NAMES` if the core adds or drops one.
 */
const EXAMPLE_VALUES: FormatValues = Object.fromEntries(
  Object.entries({
    userName: 'Avery Howard',
    productName: 'Contoso Phone',
    clientName: 'Contoso Phone',
    applicationName: 'Contoso Whiteboard',
  }).filter(([name]) => (PLACEHOLDER_NAMES as readonly string[]).includes(name)),
);

/** The message an IM error quotes as not delivered. */
const UNDELIVERED = 'Are we still on for the 3 pm review?';

/** The catalog modes (every mode but `Other`), in the core's order. */
const CATALOG_MODES = MODES.filter((m): m is CatalogMode => m !== 'Other');

/** Every [MS-OCER] entry, both catalogs, in the spec's order. */
function msOcerEntries(): readonly CatalogEntry[] {
  return msOcer.entries();
}

/** What the gallery's controls select; `'all'` or an empty query selects everything. */
interface EntryFilter {
  catalog: CatalogId | 'all';
  mode: CatalogMode | 'all';
  category: Category | 'all';
  /**
   * Words that must all occur in the entry's id or message keys, e.g. `1008` or
   * `voice transfer`; a number must be the entry's whole code.
   */
  query: string;
}

const ALL: EntryFilter = { catalog: 'all', mode: 'all', category: 'all', query: '' };

/** True when the entry passes the filter. */
function matches(entry: CatalogEntry, filter: Partial<EntryFilter>): boolean {
  const f = { ...ALL, ...filter };
  if (f.catalog !== 'all' && entry.catalog !== f.catalog) return false;
  if (f.mode !== 'all' && entry.mode !== f.mode) return false;
  if (f.category !== 'all' && entry.category !== f.category) return false;
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.id, entry.summaryKey, entry.detailsKey, entry.reasonKey]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  // A number is a code and must be the whole code: `1008` finds 1008, never 21008.
  return words.every((w) => (/^\d+$/.test(w) ? entry.code === Number(w) : haystack.includes(w)));
}

/** True when the filter selects everything, so a gallery must show every entry. */
function isUnfiltered(filter: Partial<EntryFilter>): boolean {
  const f = { ...ALL, ...filter };
  return f.catalog === 'all' && f.mode === 'all' && f.category === 'all' && f.query.trim() === '';
}

/** Select options for the filter controls. */
const FILTER_OPTIONS = {
  catalog: ['all', ...CATALOG_IDS],
  mode: ['all', ...CATALOG_MODES],
  category: ['all', ...Categories],
} as const;

export type { EntryFilter };
export {
  CATALOG_MODES,
  EXAMPLE_VALUES,
  FILTER_OPTIONS,
  isUnfiltered,
  matches,
  msOcerEntries,
  UNDELIVERED,
};
