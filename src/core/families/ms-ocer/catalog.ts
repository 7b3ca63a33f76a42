/**
 * Catalog entries as objects, and the index the resolver looks codes up in.
 */

import type { Placement } from '../../family';
import type {
  CatalogData,
  CatalogRow,
  Category,
  GenericRow,
  MessageKey,
  ReasonKey,
} from './catalog-data';
import { GENERIC_MESSAGES } from './catalogs/generic.generated';
import type { CatalogId } from './catalogs/index';
import type { ErrorInput } from './fields';
import type { Action, CatalogMode, Mode } from './modes';
import { start } from './start-parts';

/** One handled row of a display catalog. */
interface CatalogEntry {
  /** Unique within the family: catalog, category, mode, code and action. */
  id: string;
  /** The input that sends this row's code, in its category's field. */
  input: ErrorInput;
  /** The context that chooses this row: its catalog, mode and action. */
  context: { catalog: CatalogId; mode: CatalogMode; action: Action };
  /** The catalog the row comes from. */
  catalog: CatalogId;
  /** The family of the code. */
  category: Category;
  /** The mode the row applies to. */
  mode: CatalogMode;
  /** The code: an ErrorId, a SIP status, a SIP warn-code or a Windows error. */
  code: number;
  /** What the user was doing; the row listed first for its mode and code is the default. */
  action: Action;
  /** Whether the row is the first listed for its mode and code (the one used with no action). */
  isDefault: boolean;
  /** The key of the summary ("Error Message" / "Summary string"); some rows have none. */
  summaryKey: MessageKey | undefined;
  /** The key of the details ("Additional Information" / "Descriptive string"), if any. */
  detailsKey: MessageKey | undefined;
  /** The key of the server's diagnostic reason (ms-diagnostics rows that give one). */
  reasonKey: ReasonKey | undefined;
  /** Where the client shows the message. */
  placement: Placement;
}

/** A mode's generic message, shown for codes the catalog does not handle. */
interface GenericEntry {
  catalog: CatalogId;
  mode: Mode;
  action: Action | undefined;
  isDefault: boolean;
  summaryKey: MessageKey;
  detailsKey: MessageKey | undefined;
  placement: Placement;
}

interface CatalogIndex {
  /** `${category} ${mode} ${code}` -> entries in seed order. */
  readonly handled: Map<string, CatalogEntry[]>;
  /** mode -> generic entries in seed order. */
  readonly generic: Map<Mode, GenericEntry[]>;
  readonly notHandled: Set<number>;
  readonly entries: readonly CatalogEntry[];
}

const indexes = new Map<CatalogId, CatalogIndex>();

/** The `category mode code` lookup key; a string so that a Map can hold it. */
function slot(category: Category, mode: Mode, code: number): string {
  return `${category} ${mode} ${code}`;
}

function parseRanges(ranges: string): Set<number> {
  const out = new Set<number>();
  for (const part of ranges.split(',')) {
    const [lo, hi = lo] = part.split('-').map(Number) as [number, number?];
    for (let n = lo; n <= (hi as number); n++) out.add(n);
  }
  return out;
}

function toEntry(catalog: CatalogId, category: Category, row: CatalogRow, first: boolean) {
  const [mode, code, action, summaryKey, detailsKey] = row;
  const entry: CatalogEntry = {
    id: `${catalog} ${category} ${mode} ${code} ${action}`,
    input: start().errorInputFor(category, code),
    context: { catalog, mode, action },
    catalog,
    category,
    mode,
    code,
    action,
    isDefault: first,
    summaryKey: summaryKey || undefined,
    detailsKey: detailsKey || undefined,
    reasonKey: undefined,
    placement: start().placementOf(catalog, mode, summaryKey !== ''),
  };
  return entry;
}

/** A catalog's index: its rows when given, its generic messages always (they are bundled). */
function build(catalog: CatalogId, data: CatalogData | undefined): CatalogIndex {
  const handled = new Map<string, CatalogEntry[]>();
  const entries: CatalogEntry[] = [];
  for (const category of start().Categories) {
    for (const row of data?.rows[category] ?? []) {
      const key = slot(category, row[0], row[1]);
      const list = handled.get(key) ?? [];
      const entry = toEntry(catalog, category, row, list.length === 0);
      // Every ms-diagnostics row gives the server's reason, one per ErrorId (the generator
      // checks both), so the key is derived rather than stored.
      if (category === 'ms-diagnostics')
        entry.reasonKey = `${data?.reasonPrefix ?? 'reason.'}${entry.code}` as ReasonKey;
      list.push(entry);
      handled.set(key, list);
      entries.push(entry);
    }
  }
  const generic = new Map<Mode, GenericEntry[]>();
  for (const [mode, action, summaryKey, detailsKey] of GENERIC_MESSAGES[
    catalog
  ] as readonly GenericRow[]) {
    const list = generic.get(mode) ?? [];
    list.push({
      catalog,
      mode,
      action: action || undefined,
      isDefault: list.length === 0,
      summaryKey,
      detailsKey: detailsKey || undefined,
      placement: start().placementOf(catalog, mode),
    });
    generic.set(mode, list);
  }
  return { handled, generic, notHandled: data ? parseRanges(data.notHandled) : new Set(), entries };
}

/** Each catalog's index before its rows load: its generic messages alone. */
const unloaded = new Map<CatalogId, CatalogIndex>();

/** The index of one catalog, built on first use; undefined while its rows are not loaded. */
function catalogIndex(catalog: CatalogId): CatalogIndex | undefined {
  let index = indexes.get(catalog);
  if (!index) {
    const data = start().catalogData(catalog);
    if (!data) return undefined;
    index = build(catalog, data);
    indexes.set(catalog, index);
  }
  return index;
}

/** A catalog's generic messages, for an answer before (or without) its rows. */
function genericIndex(catalog: CatalogId): CatalogIndex {
  let index = unloaded.get(catalog);
  if (!index) {
    index = build(catalog, undefined);
    unloaded.set(catalog, index);
  }
  return index;
}

/** Options of {@link listCatalogEntries}. */
interface ListCatalogEntriesOptions {
  /** Only this catalog; every catalog when omitted. */
  catalog?: CatalogId;
}

/** The loaded catalogs among those asked for (every catalog when none is named). */
function indexesOf(options: ListCatalogEntriesOptions): CatalogIndex[] {
  const ids = options?.catalog === undefined ? start().CATALOG_IDS : [options.catalog];
  return ids.flatMap((id) => {
    const index = start().CATALOG_IDS.includes(id) ? catalogIndex(id) : undefined;
    return index ? [index] : [];
  });
}

/**
 * Every handled row of the loaded display catalogs, in the spec's order, for tooling, stories
 * and tests (Office Communicator 2007's once `msOcer.load({ catalog: 'ocs2007' })` resolved).
 * @example listCatalogEntries({ catalog: 'lync2010' }).filter((e) => e.code === 1008)
 */
function listCatalogEntries(options: ListCatalogEntriesOptions = {}): CatalogEntry[] {
  return indexesOf(options).flatMap((index) => index.entries);
}

/** Every generic message of a loaded catalog (or of all loaded catalogs), in the spec's order. */
function listGenericMessages(options: ListCatalogEntriesOptions = {}): GenericEntry[] {
  return indexesOf(options).flatMap((index) => [...index.generic.values()].flat());
}

/** The ErrorIds a loaded catalog never handles, ascending. */
function listNotHandled(catalog: CatalogId): number[] {
  const [index] = indexesOf({ catalog });
  return index ? [...index.notHandled].sort((a, b) => a - b) : [];
}

export type { CatalogEntry, CatalogIndex, GenericEntry, ListCatalogEntriesOptions };
export {
  build as buildCatalogIndex,
  catalogIndex,
  genericIndex,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
  slot,
};
