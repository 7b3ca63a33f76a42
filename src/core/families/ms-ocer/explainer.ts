/**
 * [MS-OCER]'s part of `uc-error-kit explain`, loaded only by the command: its code options
 * (`--ms-diagnostics`, `--sip`, ...), bare header lines read by their start, every code
 * checked with the family's own parsers (so a code the resolver would skip is refused, not
 * silently shown as the generic message), one run per display catalog, and the parsed header
 * and the server's reason (Appendix B and C) as sections.
 */
import type {
  BaseResolution,
  Explainer,
  ExplainOption,
  ExplainRun,
  ExplainSection,
} from '../../family';
import type { CatalogId } from './catalogs/index';
import type { EXPLAINER_PARTS } from './explainer-parts';
import type { ErrorInput } from './fields';
import {
  type ParsedDiagnostics,
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from './headers';
import type { Mode } from './modes';
import type { Resolution } from './resolve';
import { describeId, SERVER_RELEASES, type ServerRelease } from './server-reasons/tables';

/** The family's own readers and tables, handed in by `msOcer.explainer()` (explainer-parts.ts). */
type MsOcerParts = typeof EXPLAINER_PARTS;

/** The options that carry a code, and the `ErrorInput` field each fills. */
const CODE_OPTIONS = {
  'ms-diagnostics': 'msDiagnostics',
  'ms-diagnostics-public': 'msDiagnosticsPublic',
  sip: 'sipStatus',
  warning: 'sipWarning',
  windows: 'windowsError',
} as const satisfies Record<string, keyof ErrorInput>;

type CodeOption = keyof typeof CODE_OPTIONS;

/** The option of each input field, for a header line read by its start. */
const OPTION_OF_FIELD = Object.fromEntries(
  Object.entries(CODE_OPTIONS).map(([option, field]) => [field, option]),
) as Record<keyof ErrorInput, CodeOption>;

/**
 * Each is `multiple`, so the command hands every value given and this file says what is
 * wrong with two: an ms-diagnostics list is real (a Mediation Server 404 carries 1034 then
 * 10003), several Warning headers are one list (RFC 3261 7.3.1), a response has one status.
 */
const OPTIONS = {
  'ms-diagnostics': {
    type: 'string',
    multiple: true,
    help: '<header|id>  an ms-diagnostics header, or its ErrorId',
  },
  'ms-diagnostics-public': {
    type: 'string',
    multiple: true,
    help: '<header|id>  an ms-diagnostics-public header, or its ErrorId',
  },
  sip: {
    type: 'string',
    multiple: true,
    help: '<status>  a SIP status: 486 or "SIP/2.0 486 Busy Here"',
  },
  warning: {
    type: 'string',
    multiple: true,
    help: '<header|code>  a SIP Warning header, or a warn-code: 370',
  },
  windows: {
    type: 'string',
    multiple: true,
    help: '<code|hresult>  a Windows error: 10053 or 0x80072745',
  },
} as const satisfies Record<CodeOption, ExplainOption>;

/** How each catalog is introduced. */
const CATALOG_TITLES: Record<CatalogId, string> = {
  lync2010: 'Lync 2010 and later clients ([MS-OCER] Appendix D)',
  ocs2007: 'Office Communicator 2007 / 2007 R2 clients ([MS-OCER] Appendix E)',
};

/** How each server release is named next to its reason. */
const RELEASE_TITLES: Record<ServerRelease, string> = {
  lync2010: 'Lync Server 2010 and later, [MS-OCER] Appendix B',
  ocs2007: 'OCS 2007 / 2007 R2, [MS-OCER] Appendix C',
};

/**
 * Lines of a pasted SIP message that carry no code of the family, skipped so that a whole
 * response copied from a trace reads: other headers (`Via:`, `CSeq:`), a request line, SDP
 * (`v=0`). Anything else it cannot place is refused, so a bare `486` is never guessed at.
 */
const OTHER_SIP_LINES = [
  /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*[ \t]*:/,
  /^[A-Z]+ \S+ SIP\/2\.0\s*$/,
  /^[a-z]=/,
];

/** An error the command shows as it is: a usage error, or (`exitCode` 1) a code it could not read. */
function failure(message: string, exitCode?: 1): Error {
  return Object.assign(new Error(message), exitCode === undefined ? {} : { exitCode });
}

/** Up to 60 characters of a value, quoted, for a message. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** Reads one code with the family's own parser, as the resolver will. */
function checkCode(option: CodeOption, value: string): void {
  const fail = (message: string) => {
    throw failure(`--${option} ${quote(value)}: ${message}`, 1);
  };
  switch (option) {
    case 'ms-diagnostics':
    case 'ms-diagnostics-public': {
      const parsed = parseDiagnosticsHeader(value);
      if (!parsed.ok) fail(parsed.message);
      else if (parsed.header !== null && parsed.header !== option)
        fail(`this is an ${parsed.header} header; give it as --${parsed.header}`);
      return;
    }
    case 'sip':
      if (parseSipStatus(value) === undefined) fail('not a SIP status code (100-699)');
      return;
    case 'warning': {
      const parsed = parseWarningHeader(value);
      if (!parsed.ok) fail(parsed.message);
      return;
    }
    case 'windows': {
      const parsed = parseWindowsError(value);
      if (!parsed.ok) fail(parsed.message);
      return;
    }
  }
}

/** The values of the code options and of the header lines, by option. */
function codesOf(
  parts: MsOcerParts,
  text: readonly string[],
  options: Readonly<Record<string, unknown>>,
): Partial<Record<CodeOption, string[]>> {
  const lists: Partial<Record<CodeOption, string[]>> = {};
  for (const option of Object.keys(CODE_OPTIONS) as CodeOption[]) {
    const given = Object.hasOwn(options, option) ? options[option] : undefined;
    const values = Array.isArray(given) ? given.filter((v) => typeof v === 'string') : [];
    if (values.length > 0) lists[option] = values;
  }
  // A folded header goes on with a line that starts with white space (RFC 3261 7.3.1).
  for (const line of text.join('\n').split(/\r?\n(?![ \t])/)) {
    if (line.trim() === '') continue;
    const field = parts.fieldOfLine(line);
    if (field !== undefined) {
      const option = OPTION_OF_FIELD[field];
      lists[option] = [...(lists[option] ?? []), line];
    } else if (!OTHER_SIP_LINES.some((pattern) => pattern.test(line.slice(0, 256)))) {
      throw failure(
        `cannot tell what ${quote(line)} is. Give a header line ("ms-diagnostics: 1008;...", ` +
          '"Warning: 370 ...", "SIP/2.0 486 Busy Here") or an HRESULT (0x80072745); for a bare ' +
          'number use --ms-diagnostics, --sip, --warning or --windows.',
      );
    }
  }
  return lists;
}

/** The input of the codes given, each checked. */
function inputOf(lists: Partial<Record<CodeOption, string[]>>): ErrorInput {
  const input: ErrorInput = {};
  for (const option of Object.keys(CODE_OPTIONS) as CodeOption[]) {
    const list = lists[option];
    if (!list) continue;
    if (list.length > 1 && (option === 'sip' || option === 'windows'))
      throw failure(`give one --${option} code, not ${list.length}`);
    for (const value of list) checkCode(option, value);
    Object.assign(input, { [CODE_OPTIONS[option]]: list.length === 1 ? list[0] : list });
  }
  if (Object.keys(input).length === 0)
    throw failure(
      'no code given: pass a header line or --ms-diagnostics, --ms-diagnostics-public, --sip, ' +
        '--warning or --windows',
    );
  return input;
}

/** The modes in which a catalog has a row for one of the codes received. */
function modesWithRows(parts: MsOcerParts, catalog: CatalogId, input: ErrorInput): Mode[] {
  const received = parts.resolveMsOcer(input, { catalog }).received;
  const hit = new Set<Mode>();
  for (const e of parts.listCatalogEntries({ catalog })) {
    if (received.some((r) => r.category === e.category && r.code === e.code)) hit.add(e.mode);
  }
  return parts.MODES.filter((m) => hit.has(m));
}

/**
 * The runs: one per display catalog (or the one `--catalog` names) in the mode given; with
 * no mode, one per mode whose rows the codes reach (Other where none does), since a bare
 * code says nothing of what the user was doing.
 */
function read(
  parts: MsOcerParts,
  text: readonly string[],
  options: Readonly<Record<string, unknown>>,
): ExplainRun[] {
  const input = inputOf(codesOf(parts, text, options));
  const get = (name: string) => (Object.hasOwn(options, name) ? options[name] : undefined);
  const mode = get('mode');
  const action = get('action');
  const catalog = get('catalog');
  if (action !== undefined && mode === undefined) throw failure('--action needs --mode');
  const catalogs = parts.isCatalogId(catalog) ? [catalog] : parts.CATALOG_IDS;
  const runs: ExplainRun[] = [];
  for (const c of catalogs) {
    // A mode the family does not know goes to the resolver, whose refusal the command shows.
    const modes: readonly unknown[] = mode !== undefined ? [mode] : modesWithRows(parts, c, input);
    for (const m of modes.length > 0 ? modes : ['Other']) {
      runs.push({
        title: `${c}, ${String(m)}: ${CATALOG_TITLES[c]}`,
        input,
        context: { mode: m, ...(action === undefined ? {} : { action }), catalog: c },
      });
    }
  }
  return runs;
}

/** The parsed header, as lines. */
function headerLines(header: ParsedDiagnostics): string[] {
  const lines = [`${header.header ?? 'ms-diagnostics'} ErrorId ${header.errorId}`];
  if (header.reason !== undefined) lines.push(`reason: ${header.reason}`);
  if (header.source !== undefined) lines.push(`source: ${header.source}`);
  for (const [name, value] of Object.entries(header.params)) {
    lines.push(value === true ? `${name} (no value)` : `${name}: ${value}`);
  }
  return lines;
}

/**
 * The parsed ms-diagnostics header, and what the server tables say of its ErrorId: the
 * newest release's reason, and an older one only where it differs.
 */
async function sections(resolution: BaseResolution): Promise<readonly ExplainSection[]> {
  if (resolution.family !== 'ms-ocer') return [];
  const header = (resolution as Resolution).diagnostics;
  if (header === undefined) return [];
  const lines: string[] = [];
  let newest: string | undefined;
  for (const release of SERVER_RELEASES) {
    const d = await describeId(header.errorId, release);
    if (d === undefined || d.reason === newest) continue;
    newest ??= d.reason;
    lines.push(
      `${d.reason} (${d.component} ${d.range[0]}-${d.range[1]}; ${RELEASE_TITLES[release]})`,
    );
  }
  return [
    { label: 'Header', lines: headerLines(header) },
    { label: 'Server', lines: lines.length > 0 ? lines : ['(not in the server tables)'] },
  ];
}

/** What to paste, and the modes with their actions (what `--action` takes in each). */
function usage(parts: MsOcerParts): string {
  const width = Math.max(...parts.MODES.map((m) => m.length)) + 2;
  const modes = parts.MODES.map(
    (m) => `  ${m.padEnd(width)}${parts.ModeActions[m].join(', ') || '(no actions)'}`,
  ).join('\n');
  return `Each line is a header line, its kind read from its start: "ms-diagnostics: 1008;reason=...",
"ms-diagnostics-public: ...", "Warning: 370 ...", "SIP/2.0 486 Busy Here", or an HRESULT
0x8007xxxx. Other headers of a pasted SIP message are skipped. A bare number needs its
option. Each display catalog (${parts.CATALOG_IDS.join(', ')}) is shown, or the one --catalog names; with
no --mode, each mode that has rows for the codes.

Modes and their actions:
${modes}

Example:
  uc-error-kit explain 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record"' --mode Voice`;
}

/** The runs, with every catalog they show loaded first: the command shows each one. */
async function readLoaded(
  parts: MsOcerParts,
  text: readonly string[],
  options: Readonly<Record<string, unknown>>,
): Promise<ExplainRun[]> {
  await Promise.all(parts.CATALOG_IDS.map((catalog) => parts.load({ catalog })));
  return read(parts, text, options);
}

/** [MS-OCER]'s part of `uc-error-kit explain`, reading with the family's own parts. */
function explainerWith(parts: MsOcerParts): Explainer {
  return {
    options: OPTIONS,
    usage: usage(parts),
    read: (text, options) => readLoaded(parts, text, options),
    sections,
  };
}

export type { MsOcerParts };
export { explainerWith };
