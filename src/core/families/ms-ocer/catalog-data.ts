/**
 * The shape every display catalog has: a table of codes and message keys, no words.
 *
 * A catalog is data plus this shape; the resolver reads any catalog the same way, so an
 * error family is added as one more table, never as a change to the resolver.
 */
import type en from '../../../../locales/en/uc-error-kit-ms-ocer.json';
import type { ActionOf, CatalogMode, Mode } from './modes';
import type { CATALOG_REASONS } from './reasons.generated';

/**
 * The code families, in the order the client consults them ([MS-OCER] Appendix D,
 * "Error Handling Logic": ms-diagnostic, SIP errors, SIP warning, Windows errors).
 */
const Categories = ['ms-diagnostics', 'sip', 'sip-warning', 'windows'] as const;

/** A family of codes a server or the OS reports. */
type Category = (typeof Categories)[number];

type EnglishKey = keyof typeof en;

/** The key of a sentence the client shows (a summary or its details). */
type MessageKey = Exclude<EnglishKey, `fallback.${string}` | `fact.${string}`>;

/** The key of a catalog's diagnostic reason, `reason.<ErrorId>` or `reason.ocs2007.<ErrorId>`. */
type ReasonKey = keyof typeof CATALOG_REASONS;

/** One handled row: [mode, code, action, summary key or '', details key or ''] */
type CatalogRow = {
  [M in CatalogMode]: readonly [M, number, ActionOf<M>, MessageKey | '', MessageKey | ''];
}[CatalogMode];

/** One generic message: [mode, action or '', summary key, details key or ''] */
type GenericRow = {
  [M in Mode]: readonly [M, ActionOf<M> | '', MessageKey, MessageKey | ''];
}[Mode];

/**
 * A display catalog's rows as the generator writes them, the part that loads on demand (its
 * generic messages come with the reader: catalogs/generic.generated.ts).
 */
interface CatalogData {
  readonly rows: { readonly [C in Category]: readonly CatalogRow[] };
  /** ErrorIds that always get the generic message, as `a-b` ranges and single IDs. */
  readonly notHandled: string;
  /** Prefix of the reason keys of this catalog's ms-diagnostics rows. @default 'reason.' */
  readonly reasonPrefix?: string;
}

/** How a code is named for support staff: `SIP 486`, `ms-diagnostics 1008`. */
const CATEGORY_LABELS: Record<Category, string> = {
  'ms-diagnostics': 'ms-diagnostics',
  sip: 'SIP',
  'sip-warning': 'SIP Warning',
  windows: 'Windows',
};

export type { CatalogData, CatalogRow, Category, GenericRow, MessageKey, ReasonKey };
export { CATEGORY_LABELS, Categories };
