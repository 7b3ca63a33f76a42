/**
 * What [MS-OCER] tells support staff beyond the resolution, loaded on demand with the tables
 * it reads: the catalog's reason for the row and the server's reason for the ErrorId. Only
 * the family's entry imports this, by `import()`.
 */
import type { Fact } from '../../family';
import { parseErrorId } from './headers';
import { CATALOG_REASONS } from './reasons.generated';
import type { Resolution } from './resolve';
import { describeId } from './server-reasons/tables';

/** The catalog's diagnostic reason for the row used (Appendix D or E). */
function catalogReason(resolution: Resolution): string | undefined {
  return resolution.reasonKey === undefined ? undefined : CATALOG_REASONS[resolution.reasonKey];
}

/** The header's own reason usually is the catalog's, less a full stop: say it once. */
const same = (a: string, b: string) => a.replace(/\.\s*$/, '') === b.replace(/\.\s*$/, '');

/**
 * The catalog's reason for the row (when the server sent none of its own) and the server's
 * reason for the first ErrorId received, from Appendix B or C.
 */
async function describe(resolution: Resolution): Promise<readonly Fact[]> {
  const facts: Fact[] = [];
  const reason = catalogReason(resolution);
  if (reason !== undefined && (resolution.reason === undefined || !same(reason, resolution.reason)))
    facts.push({ label: 'fact.catalogReason', value: reason, lang: 'en' });
  const first = resolution.received.find((r) => r.category === 'ms-diagnostics');
  if (!first) return facts;
  const release = resolution.catalog === 'ocs2007' ? 'ocs2007' : 'lync2010';
  // The code is read again, as the public `describeDiagnostic` reads it: a copy of a
  // resolution may carry it as digits or a whole header.
  const id = parseErrorId(first.code);
  const found = id === undefined ? undefined : await describeId(id, release);
  // The component always; its reason only where it adds to the reason already shown.
  if (found) {
    const shown = [resolution.reason, reason].filter((r): r is string => r !== undefined);
    const repeats = shown.some((r) => same(r, found.reason));
    facts.push({
      label: 'fact.server',
      value: repeats ? found.component : `${found.component}: ${found.reason}`,
      lang: 'en',
    });
  }
  return facts;
}

export { catalogReason, describe };
