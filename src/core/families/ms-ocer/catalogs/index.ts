/**
 * The display catalogs the kit ships, by the name a caller selects them with.
 */
import type { CatalogData } from '../catalog-data';
import { lync2010 } from './lync2010.generated';
import { ocs2007 } from './ocs2007.generated';

const CATALOGS = {
  /** [MS-OCER] Appendix D: Lync 2010, Lync 2013 and Skype for Business 2015-2019 clients. */
  lync2010,
  /** [MS-OCER] Appendix E: Office Communicator 2007 and 2007 R2 clients. */
  ocs2007,
} as const satisfies Record<string, CatalogData>;

/** The name of a display catalog. */
type CatalogId = keyof typeof CATALOGS;

/** The catalog used when none is named. */
const DEFAULT_CATALOG: CatalogId = 'lync2010';

/** Every catalog name, in the order they are listed. */
const CATALOG_IDS = Object.keys(CATALOGS) as readonly CatalogId[];

/** True when `value` names a catalog the kit ships. */
function isCatalogId(value: unknown): value is CatalogId {
  return typeof value === 'string' && Object.hasOwn(CATALOGS, value);
}

export type { CatalogId };
export { CATALOG_IDS, CATALOGS, DEFAULT_CATALOG, isCatalogId };
