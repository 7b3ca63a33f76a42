/**
 * What the [MS-OCER] reader (engine.ts: the resolver and the catalog index) reads from the
 * family's start: the input's fields, the modes, the catalogs' state, the placement rules.
 * They are public at start (the entry exports them), so the reader is handed them when the
 * family loads it rather than importing them, which would make bundlers split them into a
 * chunk of their own (docs/adding-a-family.md, "What loads on demand").
 */
import type { CATEGORY_LABELS, Categories } from './catalog-data';
import type * as Catalogs from './catalogs/index';
import type * as Fields from './fields';
import type * as Modes from './modes';
import type * as Placement from './placement';

/** The start's parts the reader uses. */
type StartParts = Pick<
  typeof Catalogs,
  'CATALOG_IDS' | 'DEFAULT_CATALOG' | 'catalogData' | 'isCatalogId' | 'isCatalogLoaded'
> &
  Pick<typeof Fields, 'errorInputFor'> &
  Pick<typeof Modes, 'isActionOf' | 'isMode' | 'MODES' | 'ModeActions'> &
  Pick<typeof Placement, 'placementOf'> & {
    readonly Categories: typeof Categories;
    readonly CATEGORY_LABELS: typeof CATEGORY_LABELS;
  };

let bound: StartParts | undefined;

/** Hands the reader the start's parts; the family calls it once, as the reader loads. */
function bindStart(parts: StartParts): void {
  bound = parts;
}

/** The start's parts; the reader is used only through the family, which bound them. */
function start(): StartParts {
  if (bound === undefined)
    throw new Error('The [MS-OCER] reader is used through msOcer, which hands it its parts.');
  return bound;
}

export type { StartParts };
export { bindStart, start };
