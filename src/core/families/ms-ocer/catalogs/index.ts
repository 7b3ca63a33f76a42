/**
 * The display catalogs the kit ships, by the name a caller selects them with. Lync 2010 and
 * later (Appendix D) is bundled: most apps target it. Office Communicator 2007 (Appendix E)
 * loads when a context first asks for it ({@link loadCatalog}); resolving stays synchronous
 * once it is in.
 */
import type { CatalogData } from '../catalog-data';
import { lync2010 } from './lync2010.generated';

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

/** The catalogs in memory: the bundled one, and the others once loaded. */
const loaded = new Map<CatalogId, CatalogData>([['lync2010', lync2010]]);
/** Loads under way, shared by every caller that asks before the first finishes. */
const pending = new Map<CatalogId, Promise<void>>();
/** Catalogs whose chunk failed to load: the bundled catalog answers for them from then on. */
const failed = new Set<CatalogId>();

/** The catalogs that load on demand. */
type OnDemand = Exclude<CatalogId, 'lync2010'>;

/** Each on-demand catalog's data, as a literal `import()`. */
const LOADERS: Record<OnDemand, () => Promise<CatalogData>> = {
  ocs2007: () => import('./ocs2007.generated').then((module) => module.ocs2007),
};

/** A catalog's data, or undefined while it is not loaded. */
function catalogData(id: CatalogId): CatalogData | undefined {
  return loaded.get(id);
}

/**
 * True when `id` needs nothing more: it is in memory, or its chunk failed to load (offline,
 * a broken deploy) and the bundled catalog answers instead, so views never wait for good.
 */
function isCatalogLoaded(id: CatalogId): boolean {
  return loaded.has(id) || failed.has(id);
}

/**
 * Loads a catalog that is not bundled; resolves at once for a loaded one. Each is a literal
 * `import()`, so bundlers split it.
 */
function loadCatalog(id: CatalogId): Promise<void> {
  if (isCatalogLoaded(id)) return Promise.resolve();
  let load = pending.get(id);
  if (!load) {
    load = LOADERS[id as OnDemand]()
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
