import type { CatalogEntry, ErrorInput } from '../../src/core/index';

/** The input that sends an entry's code in its own field. */
export function inputFor(entry: Pick<CatalogEntry, 'category' | 'code'>): ErrorInput {
  return {
    'ms-diagnostics': { msDiagnostics: entry.code },
    sip: { sipStatus: entry.code },
    'sip-warning': { sipWarning: entry.code },
    windows: { windowsError: entry.code },
  }[entry.category];
}
