/**
 * What [MS-OCER] loads on demand beyond its words: the Office Communicator 2007 catalog
 * (Appendix E), when a context first asks for `catalog: 'ocs2007'`. Most apps target Lync
 * 2010 and later, which is bundled. Its sentences are in the family's language files with
 * the rest.
 */
import { warnOnce } from '../../warn';
import { noteLoaded } from '../../words';
import {
  type CatalogId,
  DEFAULT_CATALOG,
  isCatalogId,
  isCatalogLoaded,
  loadCatalog,
} from './catalogs/index';
import type { ResolveContext } from './resolve';

/** The catalog a context asks for; the default for anything else (the resolver says why). */
function catalogOf(context: unknown): CatalogId {
  const asked =
    context !== null && typeof context === 'object' && Object.hasOwn(context, 'catalog')
      ? (context as { catalog?: unknown }).catalog
      : undefined;
  return isCatalogId(asked) ? asked : DEFAULT_CATALOG;
}

/** True when the catalog the context asks for is loaded. */
function isReady(context?: ResolveContext | null): boolean {
  return isCatalogLoaded(catalogOf(context));
}

/**
 * Loads the catalog the context asks for (Office Communicator 2007) when it is not bundled;
 * never rejects: a chunk that fails to load leaves the bundled catalog.
 * @example await msOcer.load({ catalog: 'ocs2007' })
 */
async function load(context?: ResolveContext | null): Promise<void> {
  const catalog = catalogOf(context);
  if (isCatalogLoaded(catalog)) return;
  try {
    await loadCatalog(catalog);
  } catch (error) {
    // Offline or a broken deploy: the catalog counts as settled and the resolver answers from
    // the bundled one (its problems say so), so views show that rather than wait for good.
    warnOnce(
      'language-load-failed',
      `ms-ocer/${catalog}`,
      `Could not load the ${catalog} catalog (${String(error)}); showing the ${DEFAULT_CATALOG} catalog's messages.`,
    );
  }
  noteLoaded();
}

export { isReady, load };
