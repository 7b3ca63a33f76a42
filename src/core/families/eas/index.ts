/**
 * The Exchange ActiveSync family: what a client does with the answer to one request, read
 * in this order (docs/families/eas.md):
 *
 * 1. a Status value by the command it answers ([MS-ASCMD] 2.2.3.177.x, [MS-ASPROV]; commands.ts),
 * 2. a Status value common to all commands ([MS-ASCMD] 2.2.2, the seed),
 * 3. the HTTP status, for every protocol version (http.ts); for 2.5, 12.0 and 12.1 first
 *    mapped back to the common values the seed says it stands for,
 * 4. the generic message.
 *
 * Every message shows in the notification bar: a sync error belongs to no conversation, it
 * arrives while the person may be doing something else, and it stays until the app syncs
 * again. Where the client recovers by itself (a new sync key, a redirect, Provision) the
 * resolution has `show: false`.
 *
 * The family bundles its words' generic message and what each behaviour means; the reader
 * (engine.ts: the catalog and the reading above) loads on demand with the words
 * (`eas.load()`, which `loadLanguage` and the views call). Until it is in, `resolve` answers
 * with the generic message and says so, and a queue holds a push until the reader decides.
 */

import type { ContextField, Family, FamilyDisplay } from '../../family';
import { onDemand } from '../../on-demand';
import bundled from './bundled.generated.json' with { type: 'json' };
import type { EngineParts } from './engine';
import type { EasHttpStatus } from './http';
import { locales } from './locales.generated';
import { EAS_CONTEXT_VALUES, EAS_GENERIC } from './start.generated';
import {
  EAS_BEHAVIOUR_TRAITS,
  type EasBehaviour,
  type EasBehaviourTraits,
  type EasCommand,
  type EasCommandEntry,
  type EasCommandStatus,
  type EasContext,
  type EasEntry,
  type EasEntryDetails,
  type EasHttpAlternative,
  type EasInput,
  type EasInputFields,
  type EasProtocolVersion,
  type EasResolution,
  type EasRetry,
  type EasScope,
  type EasSource,
  type EasStatusValue,
} from './types';

/** The reader: the catalog and the reading of a response (engine.ts). */
const reader = onDemand('the Exchange ActiveSync reader', () => import('./engine'));

/** What the reader takes from this start, handed to it on every call. */
const PARTS: EngineParts = { traits: EAS_BEHAVIOUR_TRAITS, generic: EAS_GENERIC };

/**
 * The answer before the reader is in (or when its chunk failed to load): the generic
 * message, with a problem that says how to load it. Views never show it: they wait for
 * `eas.load()` as for the words, and a queue holds a push until then.
 */
function beforeReader(): EasResolution {
  return {
    family: 'eas',
    handled: false,
    unhandledReason: 'no-row',
    code: undefined,
    summaryKey: EAS_GENERIC.summaryKey,
    detailsKey: EAS_GENERIC.detailsKey,
    values: {},
    placement: 'notification-bar',
    behaviour: undefined,
    intent: 'error',
    show: true,
    facts: [],
    sameKey: 'eas:no-reader',
    problems: [reader.problem('eas')],
    retry: undefined,
    retryAfter: undefined,
    location: undefined,
    scope: undefined,
    source: undefined,
    entry: undefined,
    commandStatus: undefined,
    candidates: [],
    status: undefined,
    httpStatus: undefined,
    protocolVersion: undefined,
    command: undefined,
  };
}

/** The context fields, for the CLI's flags and the story controls. */
const CONTEXT_FIELDS: readonly ContextField[] = [
  {
    name: 'protocolVersion',
    description:
      'The MS-ASProtocolVersion of the request; 2.5, 12.0 and 12.1 answer HTTP statuses instead of 1xx values. None by default.',
    values: EAS_CONTEXT_VALUES.protocolVersion,
    type: 'string',
  },
  {
    name: 'command',
    description:
      'The command of the request: it says what a Status below 100 means. None by default.',
    values: EAS_CONTEXT_VALUES.command,
    type: 'string',
  },
  {
    name: 'policyKeyHeader',
    description:
      'Whether the request carried X-MS-PolicyKey (the seed answers 140 with HTTP 403 without it). Unknown by default.',
    values: ['true', 'false'],
    type: 'boolean',
  },
];

/** The group of a common status: its range of ten (`'140-149'`). */
function rangeOf(status: number): string {
  const low = Math.floor(status / 10) * 10;
  return `${low}-${low + 9}`;
}

const isCommandEntry = (e: EasEntry | EasCommandEntry): e is EasCommandEntry => 'command' in e;

/**
 * How generic tools list the entries: the common statuses by range of ten, labelled with value
 * and name; each command's statuses under the command.
 */
const DISPLAY: FamilyDisplay<EasEntry | EasCommandEntry> = {
  groupOf: (e) => (isCommandEntry(e) ? e.command : rangeOf(e.status)),
  labelOf: (e) =>
    isCommandEntry(e)
      ? `${e.command} ${e.status} ${e.name}`
      : e.name === undefined
        ? String(e.status)
        : `${e.status} ${e.name}`,
  searchTextOf: (e) =>
    isCommandEntry(e)
      ? [e.command, e.status, e.name, e.behaviour].join(' ')
      : [
          e.status,
          e.name,
          ...e.httpStatus.map((h) => `HTTP ${h.status}`),
          e.behaviour,
          rangeOf(e.status),
        ]
          .filter((x) => x !== undefined)
          .join(' '),
};

/**
 * What support staff read beyond the resolution's facts (the details dialog, `explain`): the
 * seed's element name, meaning and HTTP sentence of a common Status value, and the peers'
 * files and specification pages a reading was taken from. Loads the reader and the seed's
 * texts.
 */
async function describe(resolution: EasResolution) {
  return (await reader.require()).describe(resolution);
}

/**
 * Every common Status value with the seed's texts of its row, loaded on demand; the same
 * entries and order as `eas.entries()`.
 * @example (await loadEasEntries()).find((e) => e.status === 142)?.meaning
 */
async function loadEasEntries(): Promise<readonly EasEntryDetails[]> {
  return (await reader.require()).entriesWithDetails();
}

/**
 * The catalog's tables, loaded with the reader: the commands and their Status sections, the
 * scopes, the protocol versions, the behaviours, each command's own Status values and what
 * every protocol version's HTTP statuses mean.
 * @example const { EAS_COMMAND_STATUSES } = await loadEasTables();
 */
async function loadEasTables() {
  return (await reader.require()).EAS_TABLES;
}

/**
 * The Exchange ActiveSync family.
 * @example
 * eas.resolve({ httpStatus: 401, protocolVersion: '16.1' }).behaviour // 'sign-in-again'
 * eas.resolve({ command: 'Sync', status: 3 }).show // false: the app resyncs by itself
 * eas.resolve({ httpStatus: 503, retryAfter: 120 }).retryAfter // 120
 */
const eas = {
  id: 'eas',
  title: '[MS-ASCMD] Exchange ActiveSync status codes',
  namespace: 'uc-error-kit-eas',
  bundled,
  locales,
  placeholders: ['code'],
  contextFields: CONTEXT_FIELDS,
  display: DISPLAY,
  isReady: reader.isSettled,
  /**
   * Loads the reader (`loadLanguage` and the views call it); never rejects: a chunk that fails
   * to load leaves the generic message, and is tried again on the next call.
   * @example await eas.load(); eas.resolve({ command: 'Sync', status: 3 }).behaviour // 'resync'
   */
  load: reader.load,
  resolve(input: EasInput | null | undefined, context?: EasContext | null): EasResolution {
    const loaded = reader.loaded();
    return loaded === undefined ? beforeReader() : loaded.resolve(input, context, PARTS);
  },
  /** Every entry once the reader is in: the common Status values, then each command's own. */
  entries: (): readonly (EasEntry | EasCommandEntry)[] => reader.loaded()?.ALL_ENTRIES ?? [],
  /** Reads pasted text once the reader is in; the text itself (which `resolve` reads) before. */
  parseText: (text: string): EasInput => reader.loaded()?.parseText(text) ?? text,
  describe,
} satisfies Family<EasInput, EasContext, EasResolution, EasEntry | EasCommandEntry>;

export type {
  EasBehaviour,
  EasBehaviourTraits,
  EasCommand,
  EasCommandEntry,
  EasCommandStatus,
  EasContext,
  EasEntry,
  EasEntryDetails,
  EasHttpAlternative,
  EasHttpStatus,
  EasInput,
  EasInputFields,
  EasProtocolVersion,
  EasResolution,
  EasRetry,
  EasScope,
  EasSource,
  EasStatusValue,
};
export { EAS_BEHAVIOUR_TRAITS, eas, loadEasEntries, loadEasTables };
