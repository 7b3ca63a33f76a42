/**
 * The MSNP reader, loaded on demand with the family's words (`msnp.load()`, which
 * `loadLanguage` and the views call): the catalog, the rules by command and server, and the
 * reading of a line (index.ts describes it). Only the family's entry imports it, by
 * `import()`.
 */
import type { Fact, InputProblem, Intent, Placement } from '../../family';
import { msnpCodes, msnpRelatedHresults } from './catalog.generated';
import type {
  MsnpContext,
  MsnpEntry,
  MsnpEntryDetails,
  MsnpInput,
  MsnpRelatedHresult,
  MsnpRelatedHresultDetails,
  MsnpResolution,
} from './index';
import { emptyParsed, type MsnpParsed, parseMsnpLine, parseMsnpNumber } from './parse';
import {
  detailsKeyOf,
  INTENT_OF,
  MSNP_NOT_SHOWN,
  MSNP_OUT_OTHER,
  MSNP_OUT_REASONS,
  MSNP_PEER_CODES,
  MSNP_RULES,
  outReasonFor,
  ruleFor,
  SUCCESS_HRESULTS,
  serverOfCommand,
} from './rules';
import type { MsnpBehaviour, MsnpPackedRow, MsnpServer } from './types';

/**
 * What the reader takes from the family's start, handed in rather than imported (docs/
 * adding-a-family.md, "What loads on demand"): the servers a context may name, and the
 * sentence group of a code the catalog does not list.
 */
interface EngineParts {
  readonly servers: readonly MsnpServer[];
  readonly generic: {
    readonly summaryKey: string;
    readonly detailsKey: string;
    readonly behaviour: MsnpBehaviour;
    readonly placement: Placement;
  };
}

const FAMILY = 'msnp';

/** The seed 001 group of a code: its hundreds, as the seed's headings write them. */
const groupOfCode = (code: number): string => `${Math.floor(code / 100)}00s`;

let entryList: readonly MsnpEntry[] | undefined;
let byCode: Map<number, MsnpEntry> | undefined;
let byHresult: Map<string, MsnpEntry[]> | undefined;
let relatedByHresult: Map<string, MsnpRelatedHresult> | undefined;

/**
 * A code's row as an entry, with what the generated catalog leaves out filled in (the bar, a
 * failure, no related HRESULT, details under the summary's key plus `Details`): the seeds'
 * codes and the peers' alike (a peer's name and
 * source are in details.ts).
 */
function entryOf(row: MsnpPackedRow): MsnpEntry {
  return {
    code: row.code,
    summaryKey: row.summaryKey,
    detailsKey: detailsKeyOf(row),
    behaviour: row.behaviour,
    placement: row.placement ?? 'notification-bar',
    failure: row.failure ?? true,
    hresult: row.hresult,
    id: `${FAMILY} ${row.code}`,
    input: row.code,
    context: {},
    group: groupOfCode(row.code),
    shown: !MSNP_NOT_SHOWN.has(row.code),
  };
}

/** Builds the entries and the lookup maps once, on first use. */
function tables() {
  if (entryList === undefined || byCode === undefined || byHresult === undefined) {
    const list = [...msnpCodes, ...MSNP_PEER_CODES].map(entryOf);
    list.sort((a, b) => a.code - b.code);
    const codes = new Map<number, MsnpEntry>();
    const hresults = new Map<string, MsnpEntry[]>();
    for (const e of list) {
      Object.freeze(e);
      codes.set(e.code, e);
      if (e.hresult !== undefined) hresults.set(e.hresult, [...(hresults.get(e.hresult) ?? []), e]);
    }
    entryList = Object.freeze(list);
    byCode = codes;
    byHresult = hresults;
  }
  return { entries: entryList, byCode, byHresult };
}

/** Every related authentication HRESULT of seed 000, in the seed's order (their cells: `loadMsnpRelatedHresults`). */
function listRelatedHresults(): readonly MsnpRelatedHresult[] {
  return msnpRelatedHresults;
}

/** The related authentication HRESULT with this value (`0x80048821`), if seed 000 lists it. */
function relatedHresultFor(hresult: string): MsnpRelatedHresult | undefined {
  if (relatedByHresult === undefined) {
    relatedByHresult = new Map(msnpRelatedHresults.map((r) => [r.hresult, r]));
  }
  return typeof hresult === 'string' ? relatedByHresult.get(hresult.toLowerCase()) : undefined;
}

/** Every code whose seed 000 HRESULT is this one, in code order (empty when none). */
function entriesForHresult(hresult: string): readonly MsnpEntry[] {
  return typeof hresult === 'string' ? (tables().byHresult.get(hresult.toLowerCase()) ?? []) : [];
}

/** Reads whatever arrived as input; never throws. */
function readInput(input: unknown): MsnpParsed {
  if (typeof input === 'number') return parseMsnpNumber(input);
  if (typeof input === 'string') return parseMsnpLine(input);
  const out = emptyParsed();
  if (input === null || input === undefined) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    out.problems.push({ field: 'input', message: `a ${typeof input} is not an MSNP input` });
    return out;
  }
  // A parsed input (from parseText, or written by hand): only its own, well-typed fields.
  const own = (key: string): unknown =>
    Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
  const code = own('code');
  const hresult = own('hresult');
  const transactionId = own('transactionId');
  const signedOut = own('signedOut');
  const outReason = own('outReason');
  if (code !== undefined) {
    const read = typeof code === 'number' ? parseMsnpNumber(code) : undefined;
    if (read?.code !== undefined) out.code = read.code;
    else out.problems.push({ field: 'input.code', message: 'not a code from 0 to 999' });
  }
  if (hresult !== undefined) {
    const read = typeof hresult === 'string' ? parseMsnpLine(hresult) : undefined;
    if (read?.hresult !== undefined && read.code === undefined) out.hresult = read.hresult;
    else
      out.problems.push({ field: 'input.hresult', message: 'not an HRESULT such as 0x81000430' });
  }
  if (typeof transactionId === 'string' && transactionId.length <= 64) {
    out.transactionId = transactionId;
  } else if (transactionId !== undefined) {
    out.problems.push({ field: 'input.transactionId', message: 'not a short text' });
  }
  if (signedOut === true) {
    // The reason goes through the line reader, so a hand-written one is checked alike.
    const read = parseMsnpLine(typeof outReason === 'string' ? `OUT ${outReason}` : 'OUT');
    out.signedOut = true;
    out.outReason = read.outReason;
    out.problems.push(...read.problems);
  } else if (signedOut !== undefined && signedOut !== false) {
    out.problems.push({ field: 'input.signedOut', message: 'not true or false' });
  }
  const problems = own('problems');
  if (Array.isArray(problems)) {
    for (const p of problems.slice(0, 16)) {
      if (p && typeof p.field === 'string' && typeof p.message === 'string') {
        out.problems.push({ field: p.field, message: p.message });
      }
    }
  }
  return out;
}

interface ReadContext {
  command: string | undefined;
  server: MsnpServer | undefined;
}

/** Reads the context: a command of three upper-case letters and a server; else problems. */
function readContext(
  context: unknown,
  problems: InputProblem[],
  servers: readonly MsnpServer[],
): ReadContext {
  const out: ReadContext = { command: undefined, server: undefined };
  if (context === null || context === undefined) return out;
  if (typeof context !== 'object') {
    problems.push({ field: 'context', message: 'the context must be an object', in: 'context' });
    return out;
  }
  const own = (key: string): unknown =>
    Object.hasOwn(context, key) ? (context as Record<string, unknown>)[key] : undefined;
  const command = own('command');
  if (typeof command === 'string' && command.length === 3 && /^[A-Z]{3}$/.test(command)) {
    out.command = command;
  } else if (command !== undefined) {
    problems.push({
      field: 'context.command',
      message: 'not an MSNP command such as CAL or USR',
      in: 'context',
    });
  }
  const server = own('server');
  if (typeof server === 'string' && (servers as readonly string[]).includes(server))
    out.server = server as MsnpServer;
  else if (server !== undefined) {
    problems.push({
      field: 'context.server',
      message: "the server must be 'notification' or 'switchboard'",
      in: 'context',
    });
  }
  out.server ??= serverOfCommand(out.command);
  return out;
}

const fact = (name: string, value: string | number | undefined, lang?: string): Fact[] =>
  value === undefined ? [] : [{ label: `fact.${name}`, value: String(value), lang }];

/** What decides the message: the sentence, behaviour and how it is shown. */
interface Outcome {
  handled: boolean;
  unhandledReason: 'no-code' | 'no-row' | undefined;
  code: string | number | undefined;
  summaryKey: string;
  detailsKey: string | undefined;
  placement: Placement;
  behaviour: MsnpBehaviour;
  intent: Intent;
  show: boolean;
  failure: boolean;
  facts: Fact[];
  entry: MsnpEntry | undefined;
  related: MsnpRelatedHresult | undefined;
  candidates: readonly MsnpEntry[];
  hresult: string | undefined;
}

const ENDS_SESSION: ReadonlySet<MsnpBehaviour> = new Set([
  'session-ends',
  'session-ends-retry-later',
]);

/** The outcome of a code's entry, with the command and server's rule when one holds. */
function entryOutcome(entry: MsnpEntry, candidates: readonly MsnpEntry[], ctx: ReadContext) {
  const rule = ruleFor(entry.code, ctx.server, ctx.command);
  const others = candidates.filter((c) => c !== entry).map((c) => c.code);
  const behaviour = rule?.behaviour ?? entry.behaviour;
  // A code libpurple only logs is hidden, except when it ends the session: BitlBee signs the
  // user out on it, and a person who is signed out must be told why, whatever the peer logs.
  const show = rule ? rule.show : entry.shown || ENDS_SESSION.has(behaviour);
  return {
    handled: true,
    unhandledReason: undefined,
    code: entry.code,
    summaryKey: rule?.summaryKey ?? entry.summaryKey,
    detailsKey: rule ? rule.detailsKey : entry.detailsKey,
    placement: rule?.placement ?? entry.placement,
    behaviour,
    intent: rule?.intent ?? INTENT_OF[behaviour],
    show,
    failure: rule ? behaviour !== 'not-a-failure' && behaviour !== 'send-offline' : entry.failure,
    // The seeds' texts, the rule's basis and why a code is not shown come from `describe`.
    facts: [
      ...fact('code', entry.code),
      ...fact('hresult', entry.hresult),
      ...(others.length > 0 ? fact('sameHresult', others.join(', ')) : []),
    ],
    entry,
    related: undefined,
    candidates,
    hresult: entry.hresult,
  } satisfies Outcome;
}

function relatedOutcome(related: MsnpRelatedHresult): Outcome {
  return {
    handled: true,
    unhandledReason: undefined,
    code: related.hresult,
    summaryKey: related.summaryKey,
    detailsKey: related.detailsKey,
    placement: related.placement,
    behaviour: related.behaviour,
    intent: SUCCESS_HRESULTS.has(related.hresult) ? 'success' : INTENT_OF[related.behaviour],
    // A sign-in that worked is nothing to tell.
    show: related.failure,
    failure: related.failure,
    facts: fact('hresult', related.hresult),
    entry: undefined,
    related,
    candidates: [],
    hresult: related.hresult,
  };
}

/** The server's `OUT` line: the session has ended, for the reason it gives. */
function outOutcome(reason: string | undefined): Outcome {
  const known = outReasonFor(reason);
  const r = known ?? MSNP_OUT_OTHER;
  return {
    handled: known !== undefined,
    unhandledReason: known ? undefined : 'no-row',
    code: reason === undefined ? 'OUT' : `OUT ${reason}`,
    summaryKey: r.summaryKey,
    detailsKey: r.detailsKey,
    placement: 'notification-bar',
    behaviour: r.behaviour,
    intent: r.intent,
    show: true,
    failure: true,
    facts: fact('outReason', reason),
    entry: undefined,
    related: undefined,
    candidates: [],
    hresult: undefined,
  };
}

function genericOutcome(parsed: MsnpParsed, generic: EngineParts['generic']): Outcome {
  const code = parsed.code ?? parsed.hresult;
  return {
    handled: false,
    unhandledReason: code === undefined ? 'no-code' : 'no-row',
    code,
    summaryKey: generic.summaryKey,
    detailsKey: generic.detailsKey,
    placement: generic.placement,
    behaviour: generic.behaviour,
    intent: INTENT_OF[generic.behaviour],
    show: true,
    failure: true,
    facts: parsed.code !== undefined ? fact('code', parsed.code) : fact('hresult', parsed.hresult),
    entry: undefined,
    related: undefined,
    candidates: [],
    hresult: parsed.hresult,
  };
}

/**
 * Chooses the message. An `OUT` line ends the session for its reason. A code finds its entry,
 * read by the command and server where they change its meaning. An HRESULT finds the codes
 * with that HRESULT and returns the first in code order (all are in `candidates`); failing
 * that, a related authentication HRESULT. Anything else gets the generic message with the
 * code as a value.
 */
function resolve(
  input: MsnpInput | null | undefined,
  context: MsnpContext | null | undefined,
  parts: EngineParts,
): MsnpResolution {
  let parsed: MsnpParsed;
  let problems: InputProblem[];
  let ctx: ReadContext;
  try {
    parsed = readInput(input);
    problems = [...parsed.problems];
    ctx = readContext(context, problems, parts.servers);
  } catch {
    // A hostile object (a throwing getter, a revoked proxy): nothing readable arrived.
    parsed = emptyParsed();
    problems = [{ field: 'input', message: 'the input could not be read' }];
    ctx = { command: undefined, server: undefined };
  }
  const { byCode: codes, byHresult: hresults } = tables();

  let outcome: Outcome;
  if (parsed.signedOut) outcome = outOutcome(parsed.outReason);
  else {
    let entry: MsnpEntry | undefined;
    let candidates: readonly MsnpEntry[] = [];
    if (parsed.code !== undefined) {
      entry = codes.get(parsed.code);
      if (entry) candidates = [entry];
    } else if (parsed.hresult !== undefined) {
      candidates = hresults.get(parsed.hresult) ?? [];
      entry = candidates[0];
    }
    const related = parsed.hresult === undefined ? undefined : relatedHresultFor(parsed.hresult);
    if (entry !== undefined) outcome = { ...entryOutcome(entry, candidates, ctx), related };
    else if (related !== undefined) outcome = relatedOutcome(related);
    else outcome = genericOutcome(parsed, parts.generic);
  }

  const head = [
    ...fact('transactionId', parsed.transactionId),
    ...fact('command', ctx.command),
    ...fact('server', ctx.server),
  ];
  const [first, ...rest] = outcome.facts;
  return {
    family: FAMILY,
    handled: outcome.handled,
    unhandledReason: outcome.unhandledReason,
    code: outcome.code,
    summaryKey: outcome.summaryKey,
    detailsKey: outcome.detailsKey,
    values: outcome.code === undefined ? {} : { code: String(outcome.code) },
    placement: outcome.placement,
    behaviour: outcome.behaviour,
    intent: outcome.intent,
    show: outcome.show,
    failure: outcome.failure,
    facts: first === undefined ? head : [first, ...head, ...rest],
    // The transaction id differs on every line; the code, reason, command and server do not.
    sameKey: `${FAMILY}|${parsed.signedOut ? `OUT ${parsed.outReason ?? ''}` : (parsed.code ?? '')}|${parsed.hresult ?? ''}|${ctx.command ?? ''}|${ctx.server ?? ''}`,
    problems,
    entry: outcome.entry,
    related: outcome.related,
    candidates: outcome.candidates,
    hresult: outcome.hresult,
    transactionId: parsed.transactionId,
    command: ctx.command,
    server: ctx.server,
    sessionEnded: parsed.signedOut || ENDS_SESSION.has(outcome.behaviour),
    parsed,
  };
}

/** The module of seed texts and peer citations: a literal `import()`, so bundlers split it. */
const loadDetails = () => import('./details');

/**
 * The seeds' texts for a resolution, for support staff (the details dialog, `explain`):
 * HRESULT and draft names, descriptions, causes, traces, the peers' reading and files.
 */
async function describe(resolution: MsnpResolution): Promise<readonly Fact[]> {
  const details = await loadDetails();
  return details.describeResolution(resolution, {
    byCode: tables().byCode,
    relatedFor: relatedHresultFor,
    ruleFor,
  });
}

/** Every entry with the seeds' texts. */
async function entriesWithDetails(): Promise<readonly MsnpEntryDetails[]> {
  const details = await loadDetails();
  return details.entriesWithDetails(tables().entries);
}

/** Every related authentication HRESULT with seed 000's cells, in the seed's order. */
async function relatedWithDetails(): Promise<readonly MsnpRelatedHresultDetails[]> {
  const details = await loadDetails();
  return msnpRelatedHresults.map((r) => details.relatedDetailsOf(r));
}

/**
 * The MSNP family: MSN / Windows Live Messenger protocol error codes and HRESULTs.
 * @example
 * msnp.resolve('OUT OTH').summaryKey // 'signedInElsewhere'
 * msnp.resolve('208 5', { command: 'CAL' }).behaviour // 'invitation-fails'
 * msnp.resolve('208 5', { command: 'ADC' }).summaryKey // 'contactNotFound'

/** Reads pasted text: the error line, an `OUT` line, a code or an HRESULT. */
const parseText = (text: string): MsnpParsed => parseMsnpLine(typeof text === 'string' ? text : '');

/** The rules by command and server, and the `OUT` reasons, as `loadMsnpTables()` gives them. */
const MSNP_TABLES = { MSNP_OUT_REASONS, MSNP_RULES } as const;

export type { EngineParts };
export {
  describe,
  entriesForHresult,
  entriesWithDetails,
  listRelatedHresults,
  MSNP_TABLES,
  parseText,
  relatedHresultFor,
  relatedWithDetails,
  resolve,
  tables,
};
