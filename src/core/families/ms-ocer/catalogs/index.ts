/**
 * The display catalogs the kit ships, by the name a caller selects them with. Each one's rows
 * load on demand ({@link loadCatalog}): Lync 2010 and later (Appendix D) with the family's
 * words, Office Communicator 2007 (Appendix E) when a context first asks for it. Resolving
 * stays synchronous once they are in; until then a catalog answers with its generic messages,
 * which come with the family's reader. The rows are much of the family's weight (3.2 kB gzip
 * of Lync 2010), and no view shows a sentence before the words, which load with them, are in.
 */
import type { CatalogData } from '../catalog-data';

/** Every catalog name, in the order they are listed. */
const CATALOG_IDS = [
  /** [MS-OCER] Appendix D: Lync 2010, Lync 2013 and Skype for Business 2015-2019 clients. */
  'lync2010',
  /** [MS-OCER] Appendix E: Office Communicator 2007 and 2007 R2 clients. */
  'ocs2007',
] as const;

/** The name of a display catalog. */
type CatalogId = (typeof CATALOG_IDS)[number];

/** The catalog used when none is named. */
const DEFAULT_CATALOG: CatalogId = 'lync2010';

/** True when `value` names a catalog the kit ships. */
function isCatalogId(value: unknown): value is CatalogId {
  return typeof value === 'string' && (CATALOG_IDS as readonly string[]).includes(value);
}

/** The catalogs whose rows are in memory. */
const loaded = new Map<CatalogId, CatalogData>();
/** Loads under way, shared by every caller that asks before the first finishes. */
const pending = new Map<CatalogId, Promise<void>>();
/** Catalogs whose chunk failed to load: their generic messages answer from then on. */
const failed = new Set<CatalogId>();

/** Each catalog's rows, as a literal `import()`. */
const LOADERS: Record<CatalogId, () => Promise<CatalogData>> = {
  lync2010: () => import('./lync2010.generated').then((module) => module.lync2010),
  ocs2007: () => import('./ocs2007.generated').then((module) => module.ocs2007),
};

/** A catalog's data, or undefined while it is not loaded. */
function catalogData(id: CatalogId): CatalogData | undefined {
  return loaded.get(id);
}

/**
 * True when `id` needs nothing more: it is in memory, or its chunk failed to load (offline,
 * a broken deploy) and its generic messages answer instead, so views never wait for good.
 */
function isCatalogLoaded(id: CatalogId): boolean {
  return loaded.has(id) || failed.has(id);
}

/**
 * Loads a catalog's rows; resolves at once for a loaded one. Each is a literal `import()`,
 * so bundlers split it.
 */
function loadCatalog(id: CatalogId): Promise<void> {
  if (isCatalogLoaded(id)) return Promise.resolve();
  let load = pending.get(id);
  if (!load) {
    load = LOADERS[id]()
      .then((data) => {
        loaded.set(id, data);
      })
      .catch((error: unknown) => {
        failed.add(id);
        throw error;
      })
      .finally(() => pending.delete(id));
    pending.set(id, load);
  }
  return load;
}

export type { CatalogId };
export { CATALOG_IDS, catalogData, DEFAULT_CATALOG, isCatalogId, isCatalogLoaded, loadCatalog };
