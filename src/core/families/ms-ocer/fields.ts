/**
 * The [MS-OCER] codes as an app receives them: the input's fields, and pasted header lines
 * read into them. No header is parsed here (input.ts does that in the reader, which loads on
 * demand).
 */
import type { Category } from './catalog-data';

/** One header value as received, or every header of that name in the order received. */
type HeaderValues =
  | string
  | number
  | null
  | undefined
  | readonly (string | number | null | undefined)[];

/** The codes received with one failure; any subset, each as the server sent it. */
interface ErrorInput {
  /**
   * The `ms-diagnostics` header (with or without its name) or its ErrorId; a list when the
   * message carried several (a Mediation Server 404 carries 1034 then 10003). Never join two
   * headers with a comma: their parameters would merge.
   */
  msDiagnostics?: HeaderValues;
  /** The `ms-diagnostics-public` header(s) (with or without the name) or an ErrorId. */
  msDiagnosticsPublic?: HeaderValues;
  /** The SIP response status: `486`, `'486'` or a status line `'SIP/2.0 486 Busy Here'`. */
  sipStatus?: string | number | null | undefined;
  /** A SIP warn-code (`370`) or whole `Warning` header value(s), each possibly several. */
  sipWarning?: HeaderValues;
  /** A Windows error (`10053`) or an HRESULT of the Win32 facility (`0x80072745`). */
  windowsError?: string | number | null | undefined;
}

/** The input fields, in the order the resolver consults them ([MS-OCER] Appendix D). */
const INPUT_FIELDS = [
  'msDiagnostics',
  'msDiagnosticsPublic',
  'sipStatus',
  'sipWarning',
  'windowsError',
] as const satisfies readonly (keyof ErrorInput)[];

/** The `ErrorInput` field each category of code arrives in. */
const CATEGORY_FIELDS = {
  'ms-diagnostics': 'msDiagnostics',
  sip: 'sipStatus',
  'sip-warning': 'sipWarning',
  windows: 'windowsError',
} as const satisfies Record<Category, keyof ErrorInput>;

/**
 * An input that carries one code in the field of its category, for tooling and previews.
 * @example errorInputFor('sip', 486) // { sipStatus: 486 }
 */
function errorInputFor(category: Category, code: number): ErrorInput {
  return { [CATEGORY_FIELDS[category]]: code };
}

/**
 * How a pasted line says what it is. A bare number says nothing (486 is a SIP status, a
 * warn-code and an ErrorId at once), so it is read as a SIP status only when it is one.
 */
const LINE_KINDS: readonly (readonly [RegExp, keyof ErrorInput])[] = [
  [/^\s*ms-diagnostics-public\s*:/i, 'msDiagnosticsPublic'],
  [/^\s*ms-diagnostics\s*:/i, 'msDiagnostics'],
  [/^\s*warning\s*:/i, 'sipWarning'],
  [/^\s*sip\/2\.0\s/i, 'sipStatus'],
  [/^\s*0x[0-9a-f]{1,8}\s*$/i, 'windowsError'],
];

/** The field a pasted header line belongs in, or undefined when its start does not say. */
function fieldOfLine(line: string): keyof ErrorInput | undefined {
  return LINE_KINDS.find(([pattern]) => pattern.test(line.slice(0, 64)))?.[1];
}

/**
 * Reads header lines as pasted from a log or trace (`ms-diagnostics: 1008;...`,
 * `Warning: 399 ...`, `SIP/2.0 486 Busy Here`, `0x80072745`), one per line, into an input.
 * Lines it cannot place are skipped. Never throws.
 */
function parseText(text: string): ErrorInput {
  const lists: Partial<Record<keyof ErrorInput, string[]>> = {};
  const lines = typeof text === 'string' ? text.split(/\r?\n(?![ \t])/) : [];
  for (const line of lines) {
    const name = fieldOfLine(line);
    if (!name) continue;
    const list = lists[name] ?? [];
    list.push(line);
    lists[name] = list;
  }
  const input: ErrorInput = {};
  if (lists.msDiagnostics) input.msDiagnostics = lists.msDiagnostics;
  if (lists.msDiagnosticsPublic) input.msDiagnosticsPublic = lists.msDiagnosticsPublic;
  if (lists.sipWarning) input.sipWarning = lists.sipWarning;
  if (lists.sipStatus) input.sipStatus = lists.sipStatus[0];
  if (lists.windowsError) input.windowsError = lists.windowsError[0];
  return input;
}

export type { ErrorInput, HeaderValues };
export { CATEGORY_FIELDS, errorInputFor, fieldOfLine, INPUT_FIELDS, parseText };
