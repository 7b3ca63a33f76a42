/**
 * What support staff read about an MSNP code, loaded on demand (`msnp.describe`,
 * `loadMsnpEntries`): the seeds' own texts (details.generated.ts), why a rule or an `OUT`
 * reason reads a code as it does, and the peer files each was read from. None of it chooses
 * the sentence, so an app pays for it only when someone opens the details.
 *
 * Peer files, at the last commits that still had the MSN code:
 * - libpurple: tieto/pidgin 5fe458489286673995f3ecad03b1b16932cb811e (parent of "msn: Remove
 *   protocol plugin from tree"), libpurple/protocols/msn/{error.c,notification.c,switchboard.c}
 * - BitlBee: bitlbee/bitlbee 254a4dab408b67f78b94054514bbf6f629dd6bba (parent of "msn: removed
 *   switchboards"), protocols/msn/{tables.c,ns.c,sb.c}
 */
import type { Fact } from '../../family';
import { msnpCodeDetails, msnpRelatedDetails } from './details.generated';
import type { MsnpEntry, MsnpEntryDetails, MsnpRelatedHresult, MsnpResolution } from './index';
import type { ruleFor } from './rules';
import type { MsnpCodeDetails, MsnpRelatedDetails, MsnpServer } from './types';

/** A public source file at a commit: where a peer's behaviour was read. */
interface MsnpPeerSource {
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
}

const LIBPURPLE = 'tieto/pidgin';
const LIBPURPLE_COMMIT = '5fe458489286673995f3ecad03b1b16932cb811e';
const BITLBEE = 'bitlbee/bitlbee';
const BITLBEE_COMMIT = '254a4dab408b67f78b94054514bbf6f629dd6bba';

/** The peer files the rules cite, by a short name. */
const MSNP_PEER_SOURCES = {
  libpurpleError: {
    repo: LIBPURPLE,
    commit: LIBPURPLE_COMMIT,
    path: 'libpurple/protocols/msn/error.c',
  },
  libpurpleNotification: {
    repo: LIBPURPLE,
    commit: LIBPURPLE_COMMIT,
    path: 'libpurple/protocols/msn/notification.c',
  },
  libpurpleSwitchboard: {
    repo: LIBPURPLE,
    commit: LIBPURPLE_COMMIT,
    path: 'libpurple/protocols/msn/switchboard.c',
  },
  libpurpleSession: {
    repo: LIBPURPLE,
    commit: LIBPURPLE_COMMIT,
    path: 'libpurple/protocols/msn/session.c',
  },
  bitlbeeTables: { repo: BITLBEE, commit: BITLBEE_COMMIT, path: 'protocols/msn/tables.c' },
  bitlbeeNs: { repo: BITLBEE, commit: BITLBEE_COMMIT, path: 'protocols/msn/ns.c' },
  bitlbeeSb: { repo: BITLBEE, commit: BITLBEE_COMMIT, path: 'protocols/msn/sb.c' },
} as const satisfies Record<string, MsnpPeerSource>;

/** A short name of a cited peer file. */
type MsnpPeerSourceName = keyof typeof MSNP_PEER_SOURCES;

/** Why a rule reads a code as it does, by `<code> <server>`: the seed lines and the peers' files. */
const RULE_BASIS: Readonly<
  Record<string, { basis: string; sources: readonly MsnpPeerSourceName[] }>
> = {
  '208 switchboard': {
    basis:
      'Seed 001 line 49: "Sent from the switchboard in reply to a CAL with an invalid account name". BitlBee flags 208 STATUS_SB_IM_SPARE (the invitation failed, the switchboard is kept); libpurple cal_error closes an empty switchboard and reports the unsent messages.',
    sources: ['bitlbeeTables', 'bitlbeeSb', 'libpurpleSwitchboard'],
  },
  '216 switchboard': {
    basis:
      'Seed 001 line 72: sent in reply to a CAL to someone who blocks you and is online. BitlBee STATUS_SB_IM_SPARE; libpurple cal_error.',
    sources: ['bitlbeeTables', 'bitlbeeSb', 'libpurpleSwitchboard'],
  },
  '217 switchboard': {
    basis:
      'Seed 001 line 77: a CAL to someone offline or appearing offline. BitlBee sb.c sends the queued messages as offline messages and reports no error.',
    sources: ['bitlbeeSb', 'libpurpleSwitchboard'],
  },
  '215 switchboard': {
    basis:
      'Seed 001 line 67: a CAL to someone already invited or present. libpurple cal_error logs "Invited user already in switchboard" and goes on.',
    sources: ['libpurpleSwitchboard'],
  },
  '911 switchboard': {
    basis:
      'Seed 001 line 214: also sent for problems authenticating with the switchboard (USR or ANS). libpurple ans_usr_error fails only the switchboard; BitlBee sb.c checks STATUS_SB_FATAL first and ends only the switchboard.',
    sources: ['libpurpleSwitchboard', 'bitlbeeSb'],
  },
};

/** Why an `OUT` reason ends the session as it does; `other` for any other reason, or none. */
const OUT_BASIS: Readonly<
  Record<'OTH' | 'SSD' | 'other', { basis: string; sources: readonly MsnpPeerSourceName[] }>
> = {
  OTH: {
    basis:
      'Signed in from another location: libpurple out_cmd (MSN_ERROR_SIGN_OTHER, no reconnect) and BitlBee ns.c (no reconnect).',
    sources: ['libpurpleNotification', 'libpurpleSession', 'bitlbeeNs'],
  },
  SSD: {
    basis:
      'Servers going down: libpurple out_cmd (MSN_ERROR_SERV_DOWN, a network error it reconnects after) and BitlBee ns.c (reconnect allowed).',
    sources: ['libpurpleNotification', 'libpurpleSession', 'bitlbeeNs'],
  },
  other: {
    basis:
      'BitlBee ns.c: "Session terminated by remote server" with the reason, reconnect allowed; libpurple out_cmd: an unknown error for an OUT without a reason.',
    sources: ['bitlbeeNs', 'libpurpleNotification'],
  },
};

/** The codes in neither seed: the peer's name for each and the file that names it. */
const PEER_CODE_DETAILS: Readonly<
  Record<number, { peerName: string; source: MsnpPeerSourceName }>
> = {
  301: { peerName: 'Too many hits to a FND', source: 'libpurpleError' },
};

/** The fact that says why a code is not shown. */
const NOT_SHOWN_REASON =
  'libpurple logs this code and does not show it (msn_error_get_text sets debug; libpurple/protocols/msn/error.c).';

let codeDetails: Map<number, MsnpCodeDetails> | undefined;
let relatedDetails: Map<string, MsnpRelatedDetails> | undefined;
const fullEntries = new WeakMap<readonly MsnpEntry[], readonly MsnpEntryDetails[]>();

/** An entry with its seed texts (or, for a peer's code, the peer's name and file). */
function detailsOf(e: MsnpEntry): MsnpEntryDetails {
  codeDetails ??= new Map(msnpCodeDetails.map((d) => [d.code, d as MsnpCodeDetails]));
  const d = codeDetails.get(e.code);
  const peer = PEER_CODE_DETAILS[e.code];
  return Object.freeze({
    ...e,
    hresultName: d?.hresultName,
    draftName: d?.draftName,
    description: d?.description,
    row000: d?.row000,
    line000: d?.line000,
    name: d?.name ?? peer?.peerName,
    cause: d?.cause,
    line001: d?.line001,
    causeLines: d?.causeLines ?? [],
    traces: d?.traces ?? [],
    disagreement: d?.disagreement,
    line: d?.line000 ?? d?.line001,
    peer: peer && MSNP_PEER_SOURCES[peer.source],
  });
}

/** Every entry with its seed texts, in the order of `entries` (built once per list). */
function entriesWithDetails(entries: readonly MsnpEntry[]): readonly MsnpEntryDetails[] {
  let full = fullEntries.get(entries);
  if (full === undefined) {
    full = Object.freeze(entries.map(detailsOf));
    fullEntries.set(entries, full);
  }
  return full;
}

/** The seed 000 cells of a related HRESULT. */
function relatedDetailsOf(r: MsnpRelatedHresult): MsnpRelatedHresult & MsnpRelatedDetails {
  relatedDetails ??= new Map(msnpRelatedDetails.map((d) => [d.hresult, d as MsnpRelatedDetails]));
  const d = relatedDetails.get(r.hresult);
  return {
    ...r,
    group: d?.group,
    hresultName: d?.hresultName ?? '',
    description: d?.description ?? '',
    row: d?.row ?? '',
    line: d?.line ?? 0,
  };
}

const fact = (name: string, value: string | number | undefined, lang?: string): Fact[] =>
  value === undefined ? [] : [{ label: `fact.${name}`, value: String(value), lang }];

/** The facts of an entry's texts, in display order: both seeds' texts verbatim. */
function entryFacts(e: MsnpEntryDetails): Fact[] {
  return [
    ...fact('hresultName', e.hresultName),
    ...fact('draftName', e.draftName),
    ...fact('description', e.description, 'en'),
    ...fact('name', e.name, 'en'),
    ...fact('cause', e.cause, 'en'),
    ...e.traces.map((t) => ({ label: 'fact.trace', value: t.text })),
    ...(e.peer ? fact('source', `${e.peer.repo} ${e.peer.path} @ ${e.peer.commit}`) : []),
  ];
}

/** The fields of a resolution that `describe` reads, each only when of the right type. */
interface Read {
  entry: MsnpEntry | undefined;
  related: MsnpRelatedHresult | undefined;
  signedOut: boolean;
  outReason: string | undefined;
  server: MsnpServer | undefined;
  command: string | undefined;
  show: boolean;
}

/**
 * What `describeResolution` looks codes up in: the family's own tables, handed in
 * (docs/adding-a-family.md, "What loads on demand").
 */
interface MsnpTables {
  readonly byCode: ReadonlyMap<number, MsnpEntry>;
  readonly relatedFor: (hresult: string) => MsnpRelatedHresult | undefined;
  readonly ruleFor: typeof ruleFor;
}

/**
 * The facts that only support staff read, for a resolution `msnp.resolve` made (or a copy of
 * it, as formatting makes): the entry is found again by its code in the family's own table,
 * so nothing but the code is trusted from the object.
 */
function describeResolution(r: MsnpResolution, tables: MsnpTables): Fact[] {
  const { byCode, relatedFor, ruleFor } = tables;
  const read = readResolution(r, byCode, relatedFor);
  if (read === undefined) return [];
  if (read.signedOut) {
    const known = read.outReason === 'OTH' || read.outReason === 'SSD' ? read.outReason : 'other';
    return fact('cause', OUT_BASIS[known].basis, 'en');
  }
  if (read.entry !== undefined) {
    const rule = ruleFor(read.entry.code, read.server, read.command);
    const basis = rule && RULE_BASIS[`${rule.code} ${rule.server}`];
    return [
      ...entryFacts(detailsOf(read.entry)),
      ...(basis ? fact('cause', basis.basis, 'en') : []),
      ...(read.show ? [] : fact('notShown', NOT_SHOWN_REASON, 'en')),
    ];
  }
  if (read.related !== undefined) {
    const d = relatedDetailsOf(read.related);
    return [
      ...fact('relatedGroup', d.group),
      ...fact('hresultName', d.hresultName),
      ...fact('description', d.description, 'en'),
    ];
  }
  return [];
}

function readResolution(
  r: MsnpResolution,
  byCode: ReadonlyMap<number, MsnpEntry>,
  relatedFor: (hresult: string) => MsnpRelatedHresult | undefined,
): Read | undefined {
  try {
    if (r === null || typeof r !== 'object') return undefined;
    const code = r.entry?.code;
    const hresult = r.related?.hresult;
    const reason = r.parsed?.outReason;
    const server = r.server;
    const command = r.command;
    return {
      entry: typeof code === 'number' ? byCode.get(code) : undefined,
      related: typeof hresult === 'string' ? relatedFor(hresult) : undefined,
      signedOut: r.parsed?.signedOut === true,
      outReason: typeof reason === 'string' ? reason : undefined,
      server: server === 'notification' || server === 'switchboard' ? server : undefined,
      command: typeof command === 'string' ? command : undefined,
      show: r.show !== false,
    };
  } catch {
    // A hostile copy (a throwing getter): nothing more to say.
    return undefined;
  }
}

export type { MsnpPeerSource, MsnpPeerSourceName, MsnpTables };
export {
  describeResolution,
  entriesWithDetails,
  MSNP_PEER_SOURCES,
  NOT_SHOWN_REASON,
  OUT_BASIS,
  PEER_CODE_DETAILS,
  RULE_BASIS,
  relatedDetailsOf,
};
