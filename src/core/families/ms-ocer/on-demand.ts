/**
 * What [MS-OCER] loads on demand beyond its words: the rows of a display catalog, Lync 2010
 * and later (Appendix D) with the family's words (`loadLanguage` asks for it), Office
 * Communicator 2007 (Appendix E) when a context first asks for `catalog: 'ocs2007'`. Their
 * sentences are in the family's language files with the rest.
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
 * Loads the rows of the catalog the context asks for (Lync 2010 when none); never rejects: a
 * chunk that fails to load leaves the catalog's generic messages.
 * @example await msOcer.load({ catalog: 'ocs2007' })
 */
async function load(context?: ResolveContext | null): Promise<void> {
  const catalog = catalogOf(context);
  if (isCatalogLoaded(catalog)) return;
  try {
    await loadCatalog(catalog);
  } catch (error) {
    // Offline or a broken deploy: the catalog counts as settled and the resolver answers with
    // its generic messages (its problems say so), so views show them rather than wait for good.
    warnOnce(
      'language-load-failed',
      `ms-ocer/${catalog}`,
      `Could not load the ${catalog} catalog (${String(error)}); showing its generic messages.`,
    );
  }
  noteLoaded();
}

export { isReady, load };
