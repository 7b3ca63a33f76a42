/**
 * What `explain` reads with, handed to it by `msOcer.explainer()` rather than imported by it
 * (docs/adding-a-family.md, "What loads on demand"). Only the family's entry imports this.
 */
import { CATALOG_IDS, isCatalogId } from './catalogs/index';
import { fieldOfLine } from './fields';
import { MODES, ModeActions } from './modes';
import { listCatalogEntries, load, resolve as resolveMsOcer } from './on-demand';

const EXPLAINER_PARTS = {
  listCatalogEntries,
  CATALOG_IDS,
  isCatalogId,
  fieldOfLine,
  MODES,
  ModeActions,
  load,
  resolveMsOcer,
} as const;

export { EXPLAINER_PARTS };
