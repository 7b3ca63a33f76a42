/**
 * The MSNP family: the error codes of the MSN / Windows Live Messenger protocol, from two
 * seeds merged by code, read the way Messenger clients read them (docs/families/msnp.md).
 * Input is the server's error line, its `OUT` sign-out line, a code or an HRESULT; the
 * context names the command the error answers and the server that sent it, which change
 * what some codes mean (rules.ts).
 *
 * The family bundles its types, its context fields and its generic message; the reader
 * (engine.ts: the catalog, the rules and the line reader) loads on demand with the words
 * (`msnp.load()`, which `loadLanguage` and the views call). Until it is in, `resolve` answers
 * with the generic message and says so, and a queue holds a push until the reader decides.
 */

import type en from '../../../../locales/en/uc-error-kit-msnp.json';
import type {
  BaseEntry,
  BaseResolution,
  ContextField,
  Family,
  FamilyDisplay,
  Placement,
} from '../../family';
import { onDemand } from '../../on-demand';
import bundled from './bundled.generated.json' with { type: 'json' };
import type { msnpCodes } from './catalog.generated';
import type { MsnpPeerSource } from './details';
import type { EngineParts } from './engine';
import { locales } from './locales.generated';
import type { MsnpParsed } from './parse';
import type { MSNP_PEER_CODES } from './rules';
import { MSNP_COMMANDS } from './start.generated';
import {
  MSNP_SERVERS,
  type MsnpBehaviour,
  type MsnpCodeDetails,
  type MsnpCodeRow,
  type MsnpRelatedDetails,
  type MsnpRelatedRow,
  type MsnpServer,
} from './types';

/** A code the catalog lists. */
type MsnpCode = (typeof msnpCodes)[number]['code'] | (typeof MSNP_PEER_CODES)[number]['code'];
/** A sentence key a code or related HRESULT maps to: a key of the family's English. */
type MsnpMessageKey = Exclude<keyof typeof en, `fallback.${string}` | `fact.${string}`>;
/** A command the seed's traces show a client sending, or one the peers answer errors to. */
type MsnpCommand =
  | (typeof MSNP_COMMANDS)[number]
  | 'ADL'
  | 'ANS'
  | 'FND'
  | 'FQY'
  | 'RML'
  | 'UUX'
  | 'VER'
  | 'XFR';

/**
 * What `resolve` reads: a code (`217`; any other 32-bit integer is an HRESULT), a text (the
 * error line `217 12\r\n`, the sign-out line `OUT OTH`, a code, `0x81000430`), or what
 * `parseText` returned.
 * @example msnp.resolve('217 12', { command: 'CAL', server: 'switchboard' }).behaviour // 'send-offline'
 */
type MsnpInput = MsnpCode | number | string | MsnpParsed;

/**
 * What the user was doing, optional. `command` is the command the error answers (`CAL`,
 * `USR`, `ADL`, ...): any three upper-case letters are taken, since MSNP has more commands
 * than the seed shows. `server` is the server that sent the line; when absent it follows
 * from the command (`CAL` and `ANS` go to a switchboard).
 * @example { command: 'ADC', server: 'notification' }
 */
interface MsnpContext {
  /** The command the error answers. */
  command?: MsnpCommand | undefined;
  /** The server that sent the line: `'notification'` (sign-in, lists) or `'switchboard'` (a conversation). */
  server?: MsnpServer | undefined;
}

/**
 * One code of the catalog, as `entries()` lists it: what chooses its sentence. Its seed texts
 * are loaded on demand (`loadMsnpEntries`, `msnp.describe`).
 */
interface MsnpEntry extends BaseEntry<MsnpCode, MsnpContext>, MsnpCodeRow {
  /** `msnp <code>`. */
  id: string;
  input: MsnpCode;
  context: MsnpContext;
  summaryKey: string;
  detailsKey: string | undefined;
  /** The seed 001 group it is listed under (`'200s'`), or the hundreds of a code only seed 000 or a peer has. */
  group: string;
  /** False when libpurple only logs the code (`show: false` in every resolution of it). */
  shown: boolean;
}

/** An entry with the seeds' texts for it, as `loadMsnpEntries()` lists it. */
interface MsnpEntryDetails extends MsnpEntry, Omit<MsnpCodeDetails, 'code'> {
  /** The first seed line of the entry (its seed 000 row, or its seed 001 code line); undefined for a peer's code. */
  line: number | undefined;
  /** Where a code that is in neither seed comes from (301: libpurple). */
  peer: MsnpPeerSource | undefined;
}

/** One related authentication HRESULT of seed 000: what chooses its sentence. */
type MsnpRelatedHresult = MsnpRelatedRow;

/** A related authentication HRESULT with seed 000's cells, as `loadMsnpRelatedHresults()` lists it. */
type MsnpRelatedHresultDetails = MsnpRelatedRow & MsnpRelatedDetails;

/** What `msnp.resolve` returns. */
interface MsnpResolution extends BaseResolution {
  family: 'msnp';
  behaviour: MsnpBehaviour;
  /** False when the code or HRESULT reports a success (218, `0x0004880x`) or a contact is only offline. */
  failure: boolean;
  /** The catalog entry chosen, if a code or a code's HRESULT matched. */
  entry: MsnpEntry | undefined;
  /** The related authentication HRESULT matched, if any (also set beside an entry for E_FAIL). */
  related: MsnpRelatedHresult | undefined;
  /**
   * Every entry the input could mean: the entry itself for a code; every code with that
   * HRESULT, in code order, for an HRESULT (`0x8100030a` is 205, 206, 208 and 216).
   */
  candidates: readonly MsnpEntry[];
  /** The HRESULT received or the entry's HRESULT. */
  hresult: string | undefined;
  transactionId: string | undefined;
  command: string | undefined;
  /** The server, as given or as the command implies. */
  server: MsnpServer | undefined;
  /** True when the session has ended (an `OUT` line, or a code whose behaviour ends it). */
  sessionEnded: boolean;
  /** What the reader found in the input. */
  parsed: MsnpParsed;
}

/** The reader: the catalog, the rules and the line reader (engine.ts). */
const reader = onDemand('the MSNP reader', () => import('./engine'));

/** The sentence group of a code the catalog does not list, and of every answer before the reader. */
const MSNP_GENERIC = {
  summaryKey: 'unknownError',
  detailsKey: 'unknownErrorDetails',
  behaviour: 'command-fails',
  placement: 'notification-bar',
} as const satisfies {
  summaryKey: MsnpMessageKey;
  detailsKey: string;
  behaviour: MsnpBehaviour;
  placement: Placement;
};

/** What the reader takes from this start, handed to it on every call. */
const PARTS: EngineParts = { servers: MSNP_SERVERS, generic: MSNP_GENERIC };

/**
 * The answer before the reader is in (or when its chunk failed to load): the generic
 * message, with a problem that says how to load it. Views never show it: they wait for
 * `msnp.load()` as for the words, and a queue holds a push until then.
 */
function beforeReader(): MsnpResolution {
  return {
    family: 'msnp',
    handled: false,
    unhandledReason: 'no-row',
    code: undefined,
    summaryKey: MSNP_GENERIC.summaryKey,
    detailsKey: MSNP_GENERIC.detailsKey,
    values: {},
    placement: MSNP_GENERIC.placement,
    behaviour: MSNP_GENERIC.behaviour,
    intent: 'error',
    show: true,
    failure: true,
    facts: [],
    sameKey: 'msnp|no-reader',
    problems: [reader.problem('msnp')],
    entry: undefined,
    related: undefined,
    candidates: [],
    hresult: undefined,
    transactionId: undefined,
    command: undefined,
    server: undefined,
    sessionEnded: false,
    // parse.ts's emptyParsed(), written out: the start imports no value of the reader.
    parsed: {
      code: undefined,
      hresult: undefined,
      transactionId: undefined,
      signedOut: false,
      outReason: undefined,
      problems: [],
    },
  };
}

/** Every command the context takes by name: the seed's, then those the peers answer. */
const KNOWN_COMMANDS: readonly string[] = [
  ...new Set([...MSNP_COMMANDS, 'ADL', 'ANS', 'FND', 'FQY', 'RML', 'UUX', 'VER', 'XFR']),
].sort();

/** The context fields, for the CLI's flags and the story controls. */
const CONTEXT_FIELDS: readonly ContextField[] = [
  {
    name: 'command',
    description:
      'The command the error answers (CAL, USR, ADL, ...); any three upper-case letters. None by default.',
    values: KNOWN_COMMANDS,
    type: 'string',
  },
  {
    name: 'server',
    description:
      "The server that sent the line: 'notification' or 'switchboard'. By default, from the command (CAL and ANS: switchboard).",
    values: MSNP_SERVERS,
    type: 'string',
  },
];

/** The seeds' name of an entry when its texts are loaded (`loadMsnpEntries`), else its sentence key. */
function nameOf(e: MsnpEntry): string {
  const d = e as Partial<MsnpEntryDetails>;
  return d.name ?? d.hresultName ?? d.draftName ?? e.summaryKey;
}

/**
 * How generic tools list the codes: by the seed's group, labelled with code and name. The
 * entries of `entries()` carry no seed texts, so they are labelled by their sentence key; those
 * of `loadMsnpEntries()` by the seeds' names.
 */
const DISPLAY: FamilyDisplay<MsnpEntry> = {
  groupOf: (e) => e.group,
  labelOf: (e) => `${e.code} ${nameOf(e)}`,
  searchTextOf: (e) => {
    const d = e as Partial<MsnpEntryDetails>;
    return [e.code, e.hresult, d.hresultName, d.draftName, d.name, e.summaryKey, e.group]
      .filter((x) => x !== undefined)
      .join(' ');
  },
};

/**
 * The seeds' texts for a resolution, for support staff (the details dialog, `explain`):
 * HRESULT and draft names, descriptions, causes, traces, the peers' reading and files. Loads
 * the reader and the seeds' texts.
 */
async function describe(resolution: MsnpResolution) {
  return (await reader.require()).describe(resolution);
}

/**
 * Every entry with the seeds' texts (names, descriptions, causes, traces, a peer's file),
 * loaded on demand; the same entries and order as `msnp.entries()`.
 * @example const e = (await loadMsnpEntries()).find((x) => x.code === 217) // e.name 'Principal not online'
 */
async function loadMsnpEntries(): Promise<readonly MsnpEntryDetails[]> {
  return (await reader.require()).entriesWithDetails();
}

/** Every related authentication HRESULT with seed 000's cells, loaded on demand, in the seed's order. */
async function loadMsnpRelatedHresults(): Promise<readonly MsnpRelatedHresultDetails[]> {
  return (await reader.require()).relatedWithDetails();
}

/**
 * The rules by command and server (`MSNP_RULES`) and the `OUT` reasons (`MSNP_OUT_REASONS`),
 * loaded with the reader.
 * @example const { MSNP_RULES } = await loadMsnpTables();
 */
async function loadMsnpTables() {
  return (await reader.require()).MSNP_TABLES;
}

/** Every related authentication HRESULT of seed 000, in the seed's order, once the reader is in (their cells: `loadMsnpRelatedHresults`). */
function listRelatedHresults(): readonly MsnpRelatedHresult[] {
  return reader.loaded()?.listRelatedHresults() ?? [];
}

/** The related authentication HRESULT with this value (`0x80048821`), if seed 000 lists it, once the reader is in. */
function relatedHresultFor(hresult: string): MsnpRelatedHresult | undefined {
  return reader.loaded()?.relatedHresultFor(hresult);
}

/** Every code whose seed 000 HRESULT is this one, in code order (empty when none, or before the reader is in). */
function entriesForHresult(hresult: string): readonly MsnpEntry[] {
  return reader.loaded()?.entriesForHresult(hresult) ?? [];
}

/**
 * The MSNP family: MSN / Windows Live Messenger protocol error codes and HRESULTs.
 * @example
 * await msnp.load();
 * msnp.resolve('OUT OTH').summaryKey // 'signedInElsewhere'
 * msnp.resolve('208 5', { command: 'CAL' }).behaviour // 'invitation-fails'
 * msnp.resolve('208 5', { command: 'ADC' }).summaryKey // 'contactNotFound'
 */
const msnp = {
  id: 'msnp',
  title: 'MSNP (MSN Messenger protocol) error codes',
  namespace: 'uc-error-kit-msnp',
  bundled,
  locales,
  placeholders: ['code'],
  contextFields: CONTEXT_FIELDS,
  display: DISPLAY,
  isReady: reader.isSettled,
  /**
   * Loads the reader (`loadLanguage` and the views call it); never rejects: a chunk that fails
   * to load leaves the generic message, and is tried again on the next call.
   */
  load: reader.load,
  resolve(input: MsnpInput | null | undefined, context?: MsnpContext | null): MsnpResolution {
    const loaded = reader.loaded();
    return loaded === undefined ? beforeReader() : loaded.resolve(input, context, PARTS);
  },
  /** Every code once the reader is in, in code order. */
  entries: (): readonly MsnpEntry[] => reader.loaded()?.tables().entries ?? [],
  /** Reads pasted text once the reader is in; the text itself (which `resolve` reads) before. */
  parseText: (text: string): MsnpInput => reader.loaded()?.parseText(text) ?? text,
  describe,
} as const satisfies Family<MsnpInput, MsnpContext, MsnpResolution, MsnpEntry>;

export type { MsnpPeerSource } from './details';
export type { MsnpOutReason, MsnpRule } from './rules';
export { MSNP_BEHAVIOURS, MSNP_SERVERS } from './types';
export type {
  MsnpBehaviour,
  MsnpCode,
  MsnpCommand,
  MsnpContext,
  MsnpEntry,
  MsnpEntryDetails,
  MsnpInput,
  MsnpMessageKey,
  MsnpParsed,
  MsnpRelatedHresult,
  MsnpRelatedHresultDetails,
  MsnpResolution,
  MsnpServer,
};
export {
  entriesForHresult,
  listRelatedHresults,
  loadMsnpEntries,
  loadMsnpRelatedHresults,
  loadMsnpTables,
  msnp,
  relatedHresultFor,
};
