/**
 * The Exchange ActiveSync reader, loaded on demand with the family's words (`eas.load()`,
 * which `loadLanguage` and the views call): the catalog and the reading of a response in the
 * order index.ts describes. Only the family's entry imports it, by `import()`.
 */
import type { Fact, InputProblem } from '../../family';
import {
  EAS_BEHAVIOURS,
  EAS_COMMANDS,
  EAS_HTTP_SHARED,
  EAS_LEGACY_VERSIONS,
  EAS_PROTOCOL_VERSIONS,
  EAS_SCOPES,
  EAS_STATUSES,
} from './catalog.generated';
import { commandStatusFor, EAS_COMMAND_STATUSES } from './commands';
import {
  candidatesFor,
  EAS_BACK_OFF_SECONDS,
  EAS_HTTP_STATUSES,
  type EasHttpStatus,
  httpStatusFor,
  mapsBack,
} from './http';
import { parseText } from './parse';
import { type ReadContext, readContext, readInput } from './read';
import type { EAS_GENERIC } from './start.generated';
import type {
  EAS_BEHAVIOUR_TRAITS,
  EasBehaviour,
  EasBehaviourTraits,
  EasCommandEntry,
  EasCommandStatus,
  EasEntry,
  EasEntryDetails,
  EasResolution,
  EasScope,
} from './types';

const FAMILY = 'eas';
const PLACEMENT = 'notification-bar';

/**
 * What the reader takes from the family's start, handed in rather than imported (docs/
 * adding-a-family.md, "What loads on demand"): what each behaviour means, and the generic
 * message.
 */
interface EngineParts {
  readonly traits: typeof EAS_BEHAVIOUR_TRAITS;
  readonly generic: typeof EAS_GENERIC;
}

const ENTRIES: readonly EasEntry[] = Object.freeze(
  EAS_STATUSES.map(
    (r): EasEntry =>
      Object.freeze({
        id: `${FAMILY} ${r.status}`,
        input: r.status,
        context: {},
        summaryKey: r.summaryKey,
        detailsKey: r.detailsKey,
        status: r.status,
        name: r.name,
        versions: r.versions,
        httpStatus: r.httpStatus,
        scope: r.scope,
        behaviour: r.behaviour,
      }),
  ),
);

const BY_STATUS: ReadonlyMap<number, EasEntry> = new Map(ENTRIES.map((e) => [e.status, e]));
const SECTION_OF: ReadonlyMap<string, string> = new Map(
  EAS_COMMANDS.map((c) => [c.name, c.statusSection]),
);
const HTTP_SHARED: ReadonlyMap<number, (typeof EAS_HTTP_SHARED)[number]> = new Map(
  EAS_HTTP_SHARED.map((s) => [s.httpStatus, s]),
);

/** The common values are three digits; below 100 a Status belongs to its command. */
const FIRST_COMMON_STATUS = 100;

const fact = (name: string, value: string | number | undefined, lang?: string): Fact[] =>
  value === undefined ? [] : [{ label: `fact.${name}`, value: String(value), lang }];

// The seed's texts of a row (its element name, meaning, HTTP sentence) and the sources a row
// cites come from `describe`, loaded on demand.
function entryFacts(e: EasEntry): Fact[] {
  return [
    ...fact('status', e.status),
    ...(e.versions.length > 0 ? fact('versions', e.versions.join(', ')) : []),
    ...fact('scope', e.scope),
  ];
}

function commandStatusFacts(c: EasCommandStatus): Fact[] {
  return [
    ...fact('commandStatus', c.status),
    ...fact('name', c.name),
    ...fact('scope', c.scope),
    ...fact('statusSection', SECTION_OF.get(c.command)),
  ];
}

function httpFacts(h: EasHttpStatus): Fact[] {
  return fact('name', `${h.httpStatus} ${h.name}`);
}

/** What the resolver chose, before the fields every resolution shares. */
interface Choice {
  source: EasResolution['source'];
  code: number | undefined;
  summaryKey: string;
  detailsKey: string | undefined;
  behaviour: EasBehaviour | undefined;
  scope: EasScope | undefined;
  entry: EasEntry | undefined;
  commandStatus: EasCommandStatus | undefined;
  candidates: readonly EasEntry[];
  facts: Fact[];
}

function fromEntry(entry: EasEntry, source: EasResolution['source']): Choice {
  return {
    source,
    code: entry.status,
    summaryKey: entry.summaryKey,
    detailsKey: entry.detailsKey,
    behaviour: entry.behaviour,
    scope: entry.scope,
    entry,
    commandStatus: undefined,
    candidates: [entry],
    facts: entryFacts(entry),
  };
}

function fromHttp(h: EasHttpStatus, candidates: readonly EasEntry[]): Choice {
  return {
    source: 'http-status',
    code: h.httpStatus,
    summaryKey: h.summaryKey,
    detailsKey: h.detailsKey,
    behaviour: h.behaviour,
    scope: 'Global',
    entry: undefined,
    commandStatus: undefined,
    candidates,
    facts: [
      ...httpFacts(h),
      ...candidates.map((c) => ({
        label: 'fact.candidate',
        value: c.name === undefined ? String(c.status) : `${c.status} ${c.name}`,
      })),
    ],
  };
}

/** The HTTP reading: the seed's map-back for 2.5 / 12.x, then what clients do for every version. */
function chooseHttp(
  httpStatus: number,
  ctx: ReadContext,
  location: string | undefined,
  problems: InputProblem[],
): Choice | undefined {
  if (httpStatus === 451 && location === undefined) {
    // [MS-ASHTTP]: a 451 carries X-MS-Location; without it there is nowhere to go, and
    // EAS-4-TbSync reports an HTTP error (network.mjs redirectError).
    problems.push({ field: 'location', message: 'HTTP 451 came without an X-MS-Location.' });
    const h = httpStatusFor(500);
    return h ? { ...fromHttp(h, []), code: 451 } : undefined;
  }
  const everyVersion = httpStatusFor(httpStatus);
  if (mapsBack(ctx.protocolVersion)) {
    const candidates = candidatesFor(ENTRIES, httpStatus, ctx);
    const [first] = candidates;
    if (first !== undefined) {
      if (ctx.protocolVersion === undefined) {
        problems.push({
          field: 'protocolVersion',
          message: `No protocol version given: HTTP ${httpStatus} was also read as from 2.5, 12.0 or 12.1.`,
        });
      }
      if (candidates.length === 1)
        return {
          ...fromEntry(first, 'http-status'),
          facts: [...fact('receivedHttpStatus', httpStatus), ...entryFacts(first)],
        };
      if (everyVersion) return fromHttp(everyVersion, candidates);
      // Several rows, no HTTP reading: their shared sentence (eas-keys.json `http`), or theirs.
      const shared = HTTP_SHARED.get(httpStatus);
      return {
        ...fromHttp(
          {
            httpStatus,
            name: 'HTTP',
            behaviour: (shared?.behaviour ?? first.behaviour) as EasBehaviour,
            summaryKey: shared?.summaryKey ?? first.summaryKey,
            detailsKey: shared ? shared.detailsKey : first.detailsKey,
            basis: '',
            sources: [],
          },
          candidates,
        ),
      };
    }
  }
  return everyVersion ? fromHttp(everyVersion, []) : undefined;
}

function sameKeyOf(status: number | undefined, httpStatus: number | undefined, ctx: ReadContext) {
  return `${FAMILY}:${JSON.stringify([
    status ?? null,
    httpStatus ?? null,
    ctx.protocolVersion ?? null,
    ctx.command ?? null,
    ctx.policyKeyHeader ?? null,
  ])}`;
}

function resolveEas(input: unknown, context: unknown, parts: EngineParts): EasResolution {
  const { traits: EAS_BEHAVIOUR_TRAITS, generic: EAS_GENERIC } = parts;
  const problems: InputProblem[] = [];
  const read = readInput(input, problems);
  const ctx = readContext(context, problems);
  ctx.protocolVersion ??= read.protocolVersion;
  ctx.command ??= read.command;
  const { status, httpStatus } = read;

  let choice: Choice | undefined;
  if (status !== undefined && ctx.command !== undefined) {
    const c = commandStatusFor(ctx.command, status);
    if (c) {
      choice = {
        source: 'command-status',
        code: c.status,
        summaryKey: c.summaryKey,
        detailsKey: c.detailsKey,
        behaviour: c.behaviour,
        scope: c.scope,
        entry: undefined,
        commandStatus: c,
        candidates: [],
        facts: commandStatusFacts(c),
      };
    }
  }
  if (choice === undefined && status !== undefined) {
    const entry = BY_STATUS.get(status);
    if (entry) {
      const v = ctx.protocolVersion;
      if (v !== undefined && entry.versions.length > 0 && !entry.versions.includes(v)) {
        problems.push({
          field: 'protocolVersion',
          message: `The seed lists Status ${status} for ${entry.versions.join(', ')}, not ${v}.`,
        });
      }
      choice = fromEntry(entry, 'common-status');
    } else if (status < FIRST_COMMON_STATUS) {
      problems.push({
        field: 'command',
        message:
          ctx.command === undefined
            ? `Status ${status} belongs to a command: give the command (Sync, FolderSync, ...).`
            : `${ctx.command} has no Status ${status} in the kit's table.`,
      });
    }
  }
  if (choice === undefined && httpStatus !== undefined) {
    choice = chooseHttp(httpStatus, ctx, read.location, problems);
  }

  const behaviour = choice?.behaviour;
  const traits: EasBehaviourTraits | undefined =
    behaviour === undefined ? undefined : EAS_BEHAVIOUR_TRAITS[behaviour];
  const retryAfter =
    behaviour === 'retry-later'
      ? (read.retryAfter ?? (choice?.code === 110 ? EAS_BACK_OFF_SECONDS : undefined))
      : undefined;
  const code = choice?.code ?? status ?? httpStatus;
  const intent =
    traits === undefined
      ? 'error'
      : behaviour === 'not-a-failure' && choice?.summaryKey !== 'requestSucceeded'
        ? 'info'
        : traits.intent;
  const tail: Fact[] = [
    ...(choice?.source !== 'http-status' ? fact('receivedHttpStatus', httpStatus) : []),
    ...fact('protocolVersion', ctx.protocolVersion),
    ...fact('command', ctx.command),
    ...(choice?.source === 'command-status'
      ? []
      : fact('statusSection', ctx.command && SECTION_OF.get(ctx.command))),
    ...fact('retry', traits?.retry),
    ...fact('retryAfter', retryAfter),
    ...(behaviour === 'redirect' ? fact('location', read.location) : []),
  ];
  return {
    family: FAMILY,
    handled: choice !== undefined,
    unhandledReason: choice !== undefined ? undefined : code === undefined ? 'no-code' : 'no-row',
    code,
    summaryKey: choice?.summaryKey ?? EAS_GENERIC.summaryKey,
    detailsKey: choice ? choice.detailsKey : EAS_GENERIC.detailsKey,
    values: code === undefined ? {} : { code: String(code) },
    placement: PLACEMENT,
    behaviour,
    intent,
    show: traits?.show ?? true,
    facts: [...(choice?.facts ?? (status === undefined ? [] : fact('status', status))), ...tail],
    sameKey: sameKeyOf(status, httpStatus, ctx),
    problems,
    retry: traits?.retry,
    retryAfter,
    location: behaviour === 'redirect' ? read.location : undefined,
    scope: choice?.scope,
    source: choice?.source,
    entry: choice?.entry,
    commandStatus: choice?.commandStatus,
    candidates: choice?.candidates ?? [],
    status,
    httpStatus,
    protocolVersion: ctx.protocolVersion,
    command: ctx.command,
  };
}

/** Chooses the message; never throws: a hostile object (a throwing getter, a Proxy) still gets the generic message. */
function resolve(input: unknown, context: unknown, parts: EngineParts): EasResolution {
  try {
    return resolveEas(input, context, parts);
  } catch {
    const r = resolveEas(undefined, undefined, parts);
    return {
      ...r,
      problems: [{ field: 'input', message: 'The input or context could not be read.' }],
    };
  }
}

/** Every command-level Status value as an entry: its input is the command and the value. */
const COMMAND_ENTRIES: readonly EasCommandEntry[] = Object.freeze(
  EAS_COMMAND_STATUSES.map(
    (c): EasCommandEntry => ({
      id: `${FAMILY} ${c.command} ${c.status}`,
      input: { command: c.command, status: c.status },
      context: {},
      summaryKey: c.summaryKey,
      detailsKey: c.detailsKey,
      command: c.command,
      status: c.status,
      name: c.name,
      scope: c.scope,
      behaviour: c.behaviour,
    }),
  ),
);

/** Every entry: the common Status values, then each command's own, in the specification's order. */
const ALL_ENTRIES: readonly (EasEntry | EasCommandEntry)[] = Object.freeze([
  ...ENTRIES,
  ...COMMAND_ENTRIES,
]);

/** The module of seed texts and cited sources: a literal `import()`, so bundlers split it. */
const loadDetails = () => import('./details');

/**
 * What support staff read beyond the resolution's facts (the details dialog, `explain`): the
 * seed's element name, meaning and HTTP sentence of a common Status value, and the peers'
 * files and specification pages a reading was taken from.
 */
async function describe(resolution: EasResolution): Promise<readonly Fact[]> {
  const details = await loadDetails();
  return details.describeResolution(resolution, {
    entries: BY_STATUS,
    commandStatusFor,
    httpStatusFor,
  });
}

/** Every common Status value with the seed's texts of its row. */
async function entriesWithDetails(): Promise<readonly EasEntryDetails[]> {
  const details = await loadDetails();
  return details.entriesWithDetails(ENTRIES);
}

/** The catalog's tables, as `loadEasTables()` gives them. */
const EAS_TABLES = {
  EAS_BEHAVIOURS,
  EAS_COMMANDS,
  EAS_COMMAND_STATUSES,
  EAS_HTTP_STATUSES,
  EAS_LEGACY_VERSIONS,
  EAS_PROTOCOL_VERSIONS,
  EAS_SCOPES,
} as const;

export type { EngineParts };
export { ALL_ENTRIES, describe, EAS_TABLES, entriesWithDetails, parseText, resolve };
