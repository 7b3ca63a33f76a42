/**
 * What a server's ms-diagnostics ErrorId means: the component that sent it and the spec's
 * reason string ([MS-OCER] Appendix B and C; the tables and their loading are in
 * `./tables`). The functions here take an ErrorId in any form a person or server gives it:
 * a number, digits or a whole diagnostics header.
 */
import { parseErrorId } from '../headers';
import {
  DEFAULT_RELEASE,
  type DescribeDiagnosticOptions,
  type DiagnosticDescription,
  describeId,
  isServerRelease,
  loadTable,
  releaseOf,
  type ServerRelease,
  tables,
} from './tables';

/** The ErrorId of a number, digits or a whole diagnostics header: the one reader the kit has. */
const toErrorId = parseErrorId;

/**
 * Describes a server ErrorId: its component, range, reason string and header. Loads the
 * release's table on first use. Resolves to undefined for an id the table does not list,
 * for anything that is not an id (NaN, negative, fractional, above 2^32 - 1, non-numeric
 * strings), for an unknown release, or if the table fails to load; never rejects.
 * @example
 * await describeDiagnostic(1008);
 * // { errorId: 1008, release: 'lync2010', component: 'SipStack', range: [1000, 1999],
 * //   reason: 'Unable to resolve DNS SRV record.', header: 'ms-diagnostics', sipMessage: 'response' }
 */
async function describeDiagnostic(
  errorId: unknown,
  options?: DescribeDiagnosticOptions,
): Promise<DiagnosticDescription | undefined> {
  const release = releaseOf(options);
  const id = toErrorId(errorId);
  if (release === undefined || id === undefined) return undefined;
  return describeId(id, release);
}

/**
 * Like `describeDiagnostic`, but answers only from a table already loaded (by an earlier
 * call or `preloadDiagnostics`); undefined otherwise. For render paths that cannot await.
 */
function describeDiagnosticSync(
  errorId: unknown,
  options?: DescribeDiagnosticOptions,
): DiagnosticDescription | undefined {
  const release = releaseOf(options);
  const id = toErrorId(errorId);
  if (release === undefined || id === undefined) return undefined;
  return tables.get(release)?.get(id);
}

/**
 * Loads a release's table (`'lync2010'` when none is named) ahead of need, so that
 * `describeDiagnosticSync` can answer. Resolves to true once it is loaded, false if the
 * release is unknown or the table failed to load; never rejects.
 */
async function preloadDiagnostics(release: ServerRelease = DEFAULT_RELEASE): Promise<boolean> {
  if (!isServerRelease(release)) return false;
  return (await loadTable(release)) !== undefined;
}

/**
 * Every ErrorId of a release's table, one description per id in the spec's order (an id
 * listed twice appears once, with `alternatives`), for tooling and tests. Resolves to an
 * empty array if the release is unknown or the table fails to load.
 */
async function listDiagnostics(release: ServerRelease): Promise<DiagnosticDescription[]> {
  if (!isServerRelease(release)) return [];
  const table = await loadTable(release);
  return table ? [...table.values()] : [];
}

export type {
  DescribeDiagnosticOptions,
  DiagnosticDescription,
  DiagnosticHeader,
  ServerRelease,
  SipMessage,
} from './tables';
export { DIAGNOSTIC_HEADERS, isServerRelease, SERVER_RELEASES, SIP_MESSAGES } from './tables';
export { describeDiagnostic, describeDiagnosticSync, listDiagnostics, preloadDiagnostics };
