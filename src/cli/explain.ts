/**
 * `uc-error-kit explain`: what a person would read for the codes a server sent with a
 * failure, in every display catalog, next to the server's own reason for the ErrorId. For
 * support staff reading a log, and for checking a catalog by hand.
 *
 * Built by Vite as `dist/cli.js`; `bin/uc-error-kit.js` runs it.
 */

import { CATALOG_REASONS } from '../core/families/ms-ocer/reasons.generated';
import { readContext } from '../core/families/ms-ocer/resolve';
import {
  type DiagnosticDescription,
  describeDiagnostic,
  SERVER_RELEASES,
  type ServerRelease,
} from '../core/families/ms-ocer/server-reasons/index';
import {
  type Action,
  type AnyFamily,
  CATALOG_IDS,
  type CatalogId,
  type ErrorInput,
  type FormattedError,
  formatError,
  formatResolution,
  LANGUAGES,
  listCatalogEntries,
  listNotHandled,
  loadLanguage,
  MODES,
  type Mode,
  ModeActions,
  msOcer,
  type ParsedDiagnostics,
  parseDiagnosticsHeader,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
  resolveError,
  resolveLanguage,
  stripIsolates,
} from '../core/index';
import { FAMILIES } from './families';

/**
 * Node's own modules, asked for at run time. Vite builds this entry like the rest of the kit,
 * for the browser, and would swap a static `import 'node:fs'` for an empty shim;
 * `process.getBuiltinModule` (Node 20.16, within the package's engines) is left alone.
 */
function node() {
  return {
    fs: process.getBuiltinModule('node:fs'),
    path: process.getBuiltinModule('node:path'),
    url: process.getBuiltinModule('node:url'),
    util: process.getBuiltinModule('node:util'),
  };
}

/** Options of {@link main}. */
interface ExplainOptions {
  /** More families `--family <id>` can read, besides the kit's own (an app's or a test's). */
  families?: readonly AnyFamily[] | undefined;
}

function familiesById(list: readonly AnyFamily[] | undefined): Record<string, AnyFamily> {
  return Object.fromEntries((list ?? []).map((family) => [family.id, family]));
}

/** Where the command writes; `process.stdout.write` and `process.stderr.write` in the bin. */
interface ExplainIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** The options that carry a code, and the `ErrorInput` field each fills. */
const CODE_OPTIONS = {
  'ms-diagnostics': 'msDiagnostics',
  'ms-diagnostics-public': 'msDiagnosticsPublic',
  sip: 'sipStatus',
  warning: 'sipWarning',
  windows: 'windowsError',
} as const satisfies Record<string, keyof ErrorInput>;

type CodeOption = keyof typeof CODE_OPTIONS;

const OPTIONS = {
  // `multiple` so that a repeated option is reported instead of silently replaced.
  'ms-diagnostics': { type: 'string', multiple: true },
  'ms-diagnostics-public': { type: 'string', multiple: true },
  sip: { type: 'string', multiple: true },
  warning: { type: 'string', multiple: true },
  windows: { type: 'string', multiple: true },
  mode: { type: 'string' },
  action: { type: 'string' },
  user: { type: 'string' },
  lng: { type: 'string' },
  family: { type: 'string' },
  context: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * How a bare header line says what it is. A bare number says nothing (486 is a SIP status,
 * a warn-code range and an ErrorId all at once), so it needs an option.
 */
const POSITIONAL_KINDS: readonly (readonly [RegExp, CodeOption])[] = [
  [/^\s*ms-diagnostics-public\s*:/i, 'ms-diagnostics-public'],
  [/^\s*ms-diagnostics\s*:/i, 'ms-diagnostics'],
  [/^\s*warning\s*:/i, 'warning'],
  [/^\s*sip\/2\.0\s/i, 'sip'],
  [/^\s*0x[0-9a-f]{1,8}\s*$/i, 'windows'],
];

/** How each catalog is introduced in the text output. */
const CATALOG_TITLES: Record<CatalogId, string> = {
  lync2010: 'Lync 2010 and later clients ([MS-OCER] Appendix D)',
  ocs2007: 'Office Communicator 2007 / 2007 R2 clients ([MS-OCER] Appendix E)',
};

/** How each server release is named next to its reason. */
const RELEASE_TITLES: Record<ServerRelease, string> = {
  lync2010: 'Lync Server 2010 and later, [MS-OCER] Appendix B',
  ocs2007: 'OCS 2007 / 2007 R2, [MS-OCER] Appendix C',
};

const EXIT_OK = 0;
/** A code was given but could not be read. */
const EXIT_BAD_CODE = 1;
/** The command line itself was wrong. */
const EXIT_USAGE = 2;

/** A mistake of the person at the terminal: a message and an exit code, never a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

function usage(): string {
  const width = Math.max(...MODES.map((m) => m.length)) + 2;
  const modes = MODES.map(
    (m) => `  ${m.padEnd(width)}${ModeActions[m].join(', ') || '(no actions)'}`,
  ).join('\n');
  return `Usage: uc-error-kit explain [options] [header ...]

Shows what a user would read for the codes a server sent with a failure, in each display
catalog (${CATALOG_IDS.join(', ')}), with the server's reason for the ErrorId.

Codes (at least one):
  --ms-diagnostics <header|id>         an ms-diagnostics header, or its ErrorId
  --ms-diagnostics-public <header|id>  an ms-diagnostics-public header, or its ErrorId
  --sip <status>                       a SIP status: 486 or "SIP/2.0 486 Busy Here"
  --warning <header|code>              a SIP Warning header, or a warn-code: 370
  --windows <code|hresult>             a Windows error: 10053 or 0x80072745
  header                               a header line, its kind read from its start:
                                       "ms-diagnostics: 1008;reason=...",
                                       "ms-diagnostics-public: ...", "Warning: 370 ...",
                                       "SIP/2.0 486 Busy Here", or an HRESULT 0x8007xxxx

Context:
  --mode <mode>      the user's mode (default: Other; the text lists the modes that
                     have rows for the codes)
  --action <action>  what the user was doing, one of the mode's actions (needs --mode)
  --user <name>      the name shown for [user name]

Other families:
  --family <id>      read the codes with another family: ${Object.keys(FAMILIES).join(', ')}
                     (default ms-ocer); each header argument is one line of what the
                     app received (an MSNP error line, a Status value, an SMTP reply)
  --context <k=v>    a field of that family's context, e.g. --context provider=gmail

Output:
  --lng <lng>        the language of the sentences: ${LANGUAGES.join(', ')}
  --json             print one JSON object
  -h, --help         print this help

Modes and their actions:
${modes}

Exit status: 0 explained, 1 a code could not be read, 2 a usage error.

Example:
  uc-error-kit explain 'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record"' --mode Voice
`;
}

/** Up to 60 characters of a value, quoted, for a message. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function kindOf(header: string): CodeOption {
  const match = POSITIONAL_KINDS.find(([pattern]) => pattern.test(header));
  if (!match) {
    throw new CliError(
      `cannot tell what ${quote(header)} is. Give a header line ("ms-diagnostics: 1008;...", ` +
        '"Warning: 370 ...", "SIP/2.0 486 Busy Here") or an HRESULT (0x80072745); for a bare ' +
        'number use --ms-diagnostics, --sip, --warning or --windows.',
    );
  }
  return match[1];
}

/** Reads one code with the kit's own parser, so a code the resolver would skip is refused. */
function checkCode(option: CodeOption, value: string): void {
  const fail = (message: string) => {
    throw new CliError(`--${option} ${quote(value)}: ${message}`, EXIT_BAD_CODE);
  };
  switch (option) {
    case 'ms-diagnostics':
    case 'ms-diagnostics-public': {
      const parsed = parseDiagnosticsHeader(value);
      if (!parsed.ok) fail(parsed.message);
      else if (parsed.header !== null && parsed.header !== option) {
        fail(`this is an ${parsed.header} header; give it as --${parsed.header}`);
      }
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

interface Request {
  input: ErrorInput;
  given: Partial<Record<CodeOption, string>>;
  mode: Mode;
  modeGiven: boolean;
  action: Action | undefined;
  user: string | undefined;
  lng: string | undefined;
  json: boolean;
  /** Another family than [MS-OCER], with what was pasted for it and its context. */
  family?: AnyFamily | undefined;
  lines?: readonly string[] | undefined;
  context?: Readonly<Record<string, string>> | undefined;
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return node().util.parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the option and what was wrong with it; that is the whole message.
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

function readCommandLine(
  argv: readonly string[],
  families: Readonly<Record<string, AnyFamily>>,
): Request | 'help' {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) return 'help';
  const [command, ...headers] = positionals;
  if (command === undefined) throw new CliError('missing command: uc-error-kit explain ...');
  if (command !== 'explain') throw new CliError(`unknown command ${quote(command)}`);
  if (values.family !== undefined && values.family !== msOcer.id) {
    return readFamilyRequest(values, headers, families);
  }
  if (values.context !== undefined) throw new CliError('--context needs --family');

  const lists: Partial<Record<CodeOption, string[]>> = {};
  for (const option of Object.keys(CODE_OPTIONS) as CodeOption[]) {
    const list = values[option];
    if (list) lists[option] = [...list];
  }
  for (const header of headers) {
    const option = kindOf(header);
    lists[option] = [...(lists[option] ?? []), header];
  }

  const input: ErrorInput = {};
  const given: Partial<Record<CodeOption, string>> = {};
  for (const option of Object.keys(CODE_OPTIONS) as CodeOption[]) {
    const list = lists[option];
    if (!list) continue;
    // RFC 3261 7.3.1: several Warning header lines are one comma-separated list.
    if (list.length > 1 && option !== 'warning') {
      throw new CliError(`give one --${option} code, not ${list.length}`);
    }
    for (const value of list) checkCode(option, value);
    const value = list.join(', ');
    given[option] = value;
    input[CODE_OPTIONS[option]] = value;
  }
  if (Object.keys(given).length === 0) {
    throw new CliError(
      'no code given: pass a header line or --ms-diagnostics, --ms-diagnostics-public, --sip, ' +
        '--warning or --windows',
    );
  }

  // Modes are matched without regard to case at the terminal; the rest is the resolver's
  // own check, so the command says what the components' prop checks say.
  const wanted = values.mode?.toLowerCase();
  const mode =
    wanted === undefined
      ? undefined
      : (MODES.find((m) => m.toLowerCase() === wanted) ?? values.mode);
  if (values.action !== undefined && values.mode === undefined)
    throw new CliError('--action needs --mode');
  const problems: { field: string; message: string }[] = [];
  const context = readContext({ mode, action: values.action }, problems);
  if (problems.length > 0) throw new CliError(problems.map((p) => p.message).join(' '));
  return {
    input,
    given,
    mode: context.mode,
    modeGiven: values.mode !== undefined,
    action: context.action,
    user: values.user,
    lng: values.lng,
    json: values.json ?? false,
  };
}

function readFamilyRequest(
  values: ReturnType<typeof parseCommandLine>['values'],
  lines: readonly string[],
  families: Readonly<Record<string, AnyFamily>>,
): Request {
  const id = values.family as string;
  if (!Object.hasOwn(families, id)) {
    throw new CliError(
      `unknown family ${quote(id)}; use one of ${Object.keys(families).join(', ')}`,
    );
  }
  for (const option of Object.keys(CODE_OPTIONS)) {
    if (values[option as CodeOption]) throw new CliError(`--${option} is for --family ms-ocer`);
  }
  if (values.mode !== undefined || values.action !== undefined)
    throw new CliError('--mode and --action are for --family ms-ocer; use --context');
  if (lines.length === 0) throw new CliError(`no code given: pass what the app received for ${id}`);
  const context: Record<string, string> = {};
  for (const pair of values.context ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliError(`--context ${quote(pair)}: write it as name=value`);
    context[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    input: {},
    given: {},
    mode: 'Other',
    modeGiven: false,
    action: undefined,
    user: values.user,
    lng: values.lng,
    json: values.json ?? false,
    family: families[id],
    lines,
    context,
  };
}

/** What a family other than [MS-OCER] makes of what was pasted. */
function explainFamily(request: Request): string {
  const family = request.family as AnyFamily;
  const input = family.parseText((request.lines ?? []).join('\n'));
  const values: Record<string, string> = {};
  // --user is a person's name: only a family whose sentences name a person takes it.
  if (request.user !== undefined && family.placeholders.includes('userName'))
    values.userName = request.user;
  const f = formatError(family, input, request.context, { lng: request.lng, values });
  const problems = f.problems.map((p) => `${p.field}: ${p.message}`);
  if (request.json) {
    const result = {
      family: family.id,
      input,
      context: request.context ?? {},
      lng: f.language,
      handled: f.handled,
      unhandledReason: f.unhandledReason ?? null,
      code: f.code ?? null,
      placement: f.placement,
      behaviour: f.behaviour ?? null,
      summary: stripIsolates(f.summary),
      details: f.details === undefined ? null : stripIsolates(f.details),
      summaryKey: f.summaryKey,
      detailsKey: f.detailsKey ?? null,
      facts: f.facts.map((fact) => ({ label: fact.labelText, key: fact.label, value: fact.value })),
      problems: f.problems,
    };
    return `${JSON.stringify(result, null, 2)}\n`;
  }
  let out = field('Family', [`${family.id}: ${family.title}`]);
  out += field('Received', [...(request.lines ?? [])]);
  if (request.context && Object.keys(request.context).length > 0)
    out += field(
      'Context',
      Object.entries(request.context).map(([k, v]) => `${k}=${v}`),
    );
  out += field('result', [
    f.handled
      ? `handled by ${f.code}`
      : `generic message (${f.unhandledReason})${f.code === undefined ? '' : `; code ${f.code}`}`,
  ]);
  out += field('summary', [stripIsolates(f.summary)]);
  if (f.details !== undefined) out += field('details', stripIsolates(f.details).split('\n'));
  out += field('placement', [f.placement]);
  if (f.behaviour !== undefined) out += field('behaviour', [f.behaviour]);
  if (f.facts.length > 0)
    out += field(
      'facts',
      f.facts.map((fact) => `${fact.labelText}: ${fact.value}`),
    );
  if (problems.length > 0) out += field('problems', problems);
  return out;
}

/**
 * Output a terminal shows as text: control characters from a header (ESC sequences that
 * clear the screen or set the title, OSC 8 links, BEL, BS, DEL, C1) and bidi controls become
 * visible and inert: C0 as the Unicode control pictures (ESC is ␛), the rest as <U+XXXX>.
 * In JSON they are \u escapes, which JSON.stringify leaves out for DEL, C1 and bidi.
 */
function terminalSafe(text: string, json: boolean): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (json) return `\\u${code.toString(16).padStart(4, '0')}`;
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
    },
  );
}

/** Loads the words of `lng` for the families asked about; a language the kit lacks is an error. */
async function loadWords(lng: string | undefined, families: readonly AnyFamily[]): Promise<void> {
  if (lng === undefined) return;
  const language = resolveLanguage(lng);
  if (language === 'en' && !/^en(?:$|[-_])/i.test(lng.trim())) {
    throw new CliError(
      `unknown language ${quote(lng)}; available languages: ${LANGUAGES.join(', ')}`,
    );
  }
  await loadLanguage(lng, families);
}

interface CatalogAnswer {
  catalog: CatalogId;
  formatted: FormattedError;
  /** Why a generic message applies, when it does. */
  why: string | undefined;
}

function explainIn(catalog: CatalogId, request: Request) {
  const resolution = resolveError(request.input, {
    mode: request.mode,
    action: request.action,
    catalog,
  });
  const values = request.user === undefined ? {} : { userName: request.user };
  const formatted = formatResolution(msOcer, resolution, { lng: request.lng, values });
  let why: string | undefined;
  if (!resolution.handled) {
    const notHandled = listNotHandled(catalog);
    const listed = resolution.received.find(
      (r) => r.category === 'ms-diagnostics' && notHandled.includes(r.code),
    );
    why = listed
      ? `ms-diagnostics ${listed.code} is on the "not handled" list`
      : `no row for these codes in ${resolution.mode}`;
  }
  // The command has no bundle to keep small: the catalog's reason comes with it directly.
  if (formatted.reasonKey !== undefined) formatted.reason = CATALOG_REASONS[formatted.reasonKey];
  return { catalog, formatted, why } satisfies CatalogAnswer;
}

/** The modes in which a catalog has a row for one of the codes received. */
function modesWithRows(catalog: CatalogId, received: FormattedError['received']): Mode[] {
  const hit = new Set<Mode>();
  for (const e of listCatalogEntries({ catalog })) {
    if (received.some((r) => r.category === e.category && r.code === e.code)) hit.add(e.mode);
  }
  return MODES.filter((m) => hit.has(m));
}

async function serverReasons(header: ParsedDiagnostics | undefined) {
  const out: Partial<Record<ServerRelease, DiagnosticDescription>> = {};
  if (!header) return out;
  for (const release of SERVER_RELEASES) {
    const description = await describeDiagnostic(header.errorId, { release });
    if (description) out[release] = description;
  }
  return out;
}

function headerLines(header: ParsedDiagnostics): string[] {
  const lines = [`${header.header ?? 'ms-diagnostics'} ErrorId ${header.errorId}`];
  if (header.reason !== undefined) lines.push(`reason: ${header.reason}`);
  if (header.source !== undefined) lines.push(`source: ${header.source}`);
  for (const [name, value] of Object.entries(header.params)) {
    lines.push(value === true ? `${name} (no value)` : `${name}: ${value}`);
  }
  return lines;
}

/** `label` padded into a column, then the first line; later lines under the first. */
function field(label: string, lines: readonly string[], indent = ''): string {
  const pad = `${indent}${label}`.padEnd(indent.length + 11);
  return lines.map((line, i) => `${i === 0 ? pad : ' '.repeat(pad.length)}${line}\n`).join('');
}

function asText(
  request: Request,
  answers: readonly CatalogAnswer[],
  header: ParsedDiagnostics | undefined,
  reasons: Awaited<ReturnType<typeof serverReasons>>,
  handledIn: Partial<Record<CatalogId, Mode[]>> | undefined,
): string {
  const first = answers[0]!.formatted;
  let out = field('Received', [first.received.map((r) => `${r.category} ${r.code}`).join(', ')]);
  if (header) out += field('Header', headerLines(header));
  const [newest, ...older] = SERVER_RELEASES;
  const lines: string[] = [];
  const reasonOf = (d: DiagnosticDescription) =>
    `${d.reason} (${d.component} ${d.range[0]}-${d.range[1]}; ${RELEASE_TITLES[d.release]})`;
  if (reasons[newest]) lines.push(reasonOf(reasons[newest]));
  for (const release of older) {
    const d = reasons[release];
    if (d && d.reason !== reasons[newest]?.reason) lines.push(reasonOf(d));
  }
  if (header) out += field('Server', lines.length > 0 ? lines : ['(not in the server tables)']);
  out += field('Mode', [
    `${request.mode}${request.action ? `, action ${request.action}` : ''}` +
      (request.modeGiven ? '' : ' (no --mode given)'),
  ]);
  if (handledIn) {
    const list = CATALOG_IDS.map((c) => `${c}: ${handledIn[c]?.join(', ') || 'none'}`);
    out += field('Rows in', [...list, 'pass --mode to see one']);
  }
  for (const { catalog, formatted: f, why } of answers) {
    out += `\n${catalog.padEnd(11)}${CATALOG_TITLES[catalog]}\n`;
    const result = f.handled
      ? `handled by ${f.category} ${f.code}${f.action ? `, action ${f.action}` : ''}`
      : `generic message: ${why}${f.errorId === undefined ? '' : `; error ID ${f.errorId}`}`;
    out += field('result', [result], '  ');
    out += field('summary', [stripIsolates(f.summary)], '  ');
    if (f.details !== undefined)
      out += field('details', stripIsolates(f.details).split('\n'), '  ');
    if (f.reason !== undefined) out += field('reason', [f.reason], '  ');
    out += field('placement', [f.placement], '  ');
  }
  return out;
}

function asJson(
  request: Request,
  answers: readonly CatalogAnswer[],
  header: ParsedDiagnostics | undefined,
  reasons: Awaited<ReturnType<typeof serverReasons>>,
  handledIn: Partial<Record<CatalogId, Mode[]>> | undefined,
): string {
  const catalogs: Record<string, unknown> = {};
  for (const { catalog, formatted: f, why } of answers) {
    catalogs[catalog] = {
      handled: f.handled,
      category: f.category ?? null,
      code: f.code ?? null,
      errorId: f.errorId ?? null,
      action: f.action ?? null,
      placement: f.placement,
      summary: stripIsolates(f.summary),
      details: f.details === undefined ? null : stripIsolates(f.details),
      reason: f.reason ?? null,
      summaryKey: f.summaryKey,
      detailsKey: f.detailsKey ?? null,
      genericBecause: why ?? null,
    };
  }
  const serverReason: Record<string, unknown> = {};
  for (const release of SERVER_RELEASES) serverReason[release] = reasons[release] ?? null;
  const result = {
    input: request.given,
    received: answers[0]!.formatted.received,
    header: header
      ? {
          header: header.header,
          errorId: header.errorId,
          reason: header.reason ?? null,
          source: header.source ?? null,
          params: { ...header.params },
        }
      : null,
    serverReason: header ? serverReason : null,
    mode: request.mode,
    action: request.action ?? null,
    lng: request.lng ?? 'en',
    catalogs,
    ...(handledIn ? { modesWithRows: handledIn } : {}),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * Runs `uc-error-kit explain` with the arguments after the program name and returns the
 * exit code: 0 explained, 1 a code or file could not be read, 2 a usage error. Writes
 * through `io` only, and never throws.
 * @example await main(['explain', '--sip', '486', '--mode', 'Voice'], { stdout: console.log, stderr: console.error })
 */
async function main(argv: string[], io: ExplainIo, options: ExplainOptions = {}): Promise<number> {
  try {
    const request = readCommandLine(argv, { ...FAMILIES, ...familiesById(options.families) });
    if (request === 'help') {
      io.stdout(usage());
      return EXIT_OK;
    }
    if (request.family !== undefined) {
      await loadWords(request.lng, [request.family]);
      io.stdout(terminalSafe(explainFamily(request), request.json));
      return EXIT_OK;
    }
    await loadWords(request.lng, [msOcer]);
    const answers = CATALOG_IDS.map((catalog) => explainIn(catalog, request));
    const header = answers[0]!.formatted.diagnostics;
    const reasons = await serverReasons(header);
    const handledIn = request.modeGiven
      ? undefined
      : Object.fromEntries(
          CATALOG_IDS.map((c) => [c, modesWithRows(c, answers[0]!.formatted.received)]),
        );
    const write = request.json ? asJson : asText;
    io.stdout(terminalSafe(write(request, answers, header, reasons, handledIn), request.json));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(terminalSafe(`uc-error-kit: ${error.message}\n`, false));
      if (error.exitCode === EXIT_USAGE)
        io.stderr("Run 'uc-error-kit explain --help' for usage.\n");
      return error.exitCode;
    }
    // A bug of ours, not the user's: say so in one line rather than dump a stack.
    io.stderr(
      terminalSafe(
        `uc-error-kit: internal error: ${(error as Error)?.message ?? String(error)}\n`,
        false,
      ),
    );
    return EXIT_BAD_CODE;
  }
}

export type { ExplainIo, ExplainOptions };
export { main };
