import { lync2010 } from './lync2010.generated';
import { ocs2007 } from './ocs2007.generated';
const CATALOGS = {
    /** [MS-OCER] Appendix D: Lync 2010, Lync 2013 and Skype for Business 2015-2019 clients. */
    lync2010,
    /** [MS-OCER] Appendix E: Office Communicator 2007 and 2007 R2 clients. */
    ocs2007,
};
/** The catalog used when none is named. */
const DEFAULT_CATALOG = 'lync2010';
/** Every catalog name, in the order they are listed. */
const CATALOG_IDS = Object.keys(CATALOGS);
/** True when `value` names a catalog the kit ships. */
function isCatalogId(value) {
    return typeof value === 'string' && Object.hasOwn(CATALOGS, value);
}
export { CATALOG_IDS, CATALOGS, DEFAULT_CATALOG, isCatalogId };
