/**
 * What support staff read about an ActiveSync answer, loaded on demand (`eas.describe`,
 * `loadEasEntries`): the seed's texts of each common Status value (details.generated.ts) and
 * the sources each reading cites (sources.ts). None of it chooses the sentence, so an app
 * pays for it only when someone opens the details.
 */
import type { Fact } from '../../family';
import type { commandStatusFor } from './commands';
import { EAS_STATUS_DETAILS } from './details.generated';
import type { httpStatusFor } from './http';
import { EAS_SOURCES, type EasSourceName } from './sources';
import type { EasEntry, EasEntryDetails, EasResolution } from './types';

type StatusDetails = (typeof EAS_STATUS_DETAILS)[number];

let byStatus: Map<number, StatusDetails> | undefined;
const fullEntries = new WeakMap<readonly EasEntry[], readonly EasEntryDetails[]>();

/** An entry with the seed's texts of its row. */
function detailsOf(e: EasEntry): EasEntryDetails {
  byStatus ??= new Map(EAS_STATUS_DETAILS.map((d) => [d.status, d]));
  const d = byStatus.get(e.status);
  return Object.freeze({
    ...e,
    elementName: d?.elementName,
    meaning: d?.meaning,
    versionsText: d?.versionsText,
    httpText: d?.httpText,
    missing: d?.missing ?? [],
    line: d?.line ?? 0,
  });
}

/** Every entry with the seed's texts, in the order of `entries` (built once per list). */
function entriesWithDetails(entries: readonly EasEntry[]): readonly EasEntryDetails[] {
  let full = fullEntries.get(entries);
  if (full === undefined) {
    full = Object.freeze(entries.map(detailsOf));
    fullEntries.set(entries, full);
  }
  return full;
}

const fact = (name: string, value: string | number | undefined, lang?: string): Fact[] =>
  value === undefined ? [] : [{ label: `fact.${name}`, value: String(value), lang }];

const sourceFacts = (names: readonly string[]): Fact[] =>
  names.flatMap((n) => {
    const s = Object.hasOwn(EAS_SOURCES, n) ? EAS_SOURCES[n as EasSourceName] : undefined;
    return s ? [{ label: 'fact.source', value: `${s.repo} ${s.path} @ ${s.at}` }] : [];
  });

/**
 * What `describeResolution` finds rows in: the family's own tables, handed in
 * (docs/adding-a-family.md, "What loads on demand").
 */
interface EasTables {
  readonly entries: ReadonlyMap<number, EasEntry>;
  readonly commandStatusFor: typeof commandStatusFor;
  readonly httpStatusFor: typeof httpStatusFor;
}

/**
 * The facts that only support staff read, for a resolution `eas.resolve` made (or a copy of
 * it, as formatting makes). Rows are found again in the family's own tables by their numbers,
 * so nothing but numbers is trusted from the object.
 */
function describeResolution(r: EasResolution, tables: EasTables): Fact[] {
  const { entries, commandStatusFor, httpStatusFor } = tables;
  let read: { entry?: EasEntry; command?: unknown; status?: unknown; http?: unknown } = {};
  try {
    if (r === null || typeof r !== 'object') return [];
    const status = r.entry?.status;
    read = {
      entry: typeof status === 'number' ? entries.get(status) : undefined,
      command: r.commandStatus?.command,
      status: r.commandStatus?.status,
      // A 451 without a location is read as 500 (index.ts chooseHttp): its sources are 500's.
      http:
        r.source === 'http-status'
          ? r.code === 451 && r.behaviour !== 'redirect'
            ? 500
            : r.code
          : undefined,
    };
  } catch {
    // A hostile copy (a throwing getter): nothing more to say.
    return [];
  }
  if (read.entry !== undefined) {
    const d = detailsOf(read.entry);
    return [
      ...(d.elementName !== undefined ? fact('elementName', d.elementName) : fact('name', d.name)),
      ...fact('meaning', d.meaning, 'en'),
      ...fact('httpStatus', d.httpText, 'en'),
    ];
  }
  if (typeof read.command === 'string' && typeof read.status === 'number') {
    const c = commandStatusFor(read.command, read.status);
    return c ? sourceFacts(c.sources) : [];
  }
  if (typeof read.http === 'number') {
    const h = httpStatusFor(read.http);
    return h ? sourceFacts(h.sources) : [];
  }
  return [];
}

export type { EasTables };
export { describeResolution, entriesWithDetails };
