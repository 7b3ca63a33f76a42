/**
 * What `explain` reads with, handed to it by `msOcer.explainer()` rather than imported by it
 * (docs/adding-a-family.md, "What loads on demand"). Only the family's entry imports this.
 */
import { listCatalogEntries } from './catalog';
import { CATALOG_IDS, isCatalogId } from './catalogs/index';
import {
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './headers';
import { fieldOfLine } from './input';
import { MODES, ModeActions } from './modes';
import { load } from './on-demand';
import { resolveMsOcer } from './resolve';

const EXPLAINER_PARTS = {
  listCatalogEntries,
  CATALOG_IDS,
  isCatalogId,
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
  fieldOfLine,
  MODES,
  ModeActions,
  load,
  resolveMsOcer,
} as const;

export { EXPLAINER_PARTS };
