/**
 * Parsers for what a UC server sends alongside an error: the `ms-diagnostics` and
 * `ms-diagnostics-public` headers, the SIP `Warning` header, the SIP status code and a
 * Windows error (Win32 code or HRESULT).
 *
 * Grammars, quoted from their sources:
 * - [MS-OCER] 2.2.1.1: `ms-diagnostics HCOLON ErrorId SEMI reason-param SEMI source-param
 *   *(SEMI generic-param)`; "ErrorId (unsigned-integer): Required. Value MUST be within
 *   unsigned integer range."; reason-value and source-value are "A quoted-string; optional."
 * - [MS-OCER] 2.2.1.2: `ms-diagnostics-public HCOLON ErrorId SEMI reason-param
 *   * (SEMI generic-param)`, which "MUST NOT contain the source parameter".
 * - [MS-OCER] 2.2.1: "HCOLON, SEMI, generic-param, and quoted-string are as defined in
 *   [RFC3261] Section 25.1": `HCOLON = *( SP / HTAB ) ":" SWS`, `SEMI = SWS ";" SWS`,
 *   `LWS = [*WSP CRLF] 1*WSP`, `generic-param = token [ EQUAL gen-value ]`,
 *   `quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE`,
 *   `quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)`.
 * - RFC 3261 20.43 / 25.1: `Warning = "Warning" HCOLON warning-value *(COMMA warning-value)`,
 *   `warning-value = warn-code SP warn-agent SP warn-text`, `warn-code = 3DIGIT`,
 *   `warn-agent = hostport / pseudonym`, `warn-text = quoted-string`, `pseudonym = token`.
 *
 * Every parser is one forward pass over character indices, with no regular expressions:
 * the text comes off the network, so its cost has to stay linear in its length whatever it
 * holds. None throws; a malformed input is an `{ ok: false }` answer with a closed error code,
 * which the resolver turns into the spec's generic message.
 */

/** Why an `ms-diagnostics` / `ms-diagnostics-public` header value could not be read. */
const DiagnosticsParseErrorCode = {
  /** The input was not a string. */
  NotAString: 'not-a-string',
  /** Nothing but whitespace (after the optional `Name:` prefix). */
  Empty: 'empty',
  /** A `Name:` prefix that is neither `ms-diagnostics` nor `ms-diagnostics-public`. */
  UnknownHeaderName: 'unknown-header-name',
  /** The value does not start with the ErrorId digits. */
  MissingErrorId: 'missing-error-id',
  /** The ErrorId is signed or above 4294967295. */
  ErrorIdOutOfRange: 'error-id-out-of-range',
  /** A quoted-string that never closes. */
  UnterminatedQuote: 'unterminated-quote',
  /** The ErrorId runs straight into something that is not a digit, `;` or whitespace. */
  UnexpectedCharacter: 'unexpected-character',
  /** The value is longer than the 65,535 characters [MS-OCER] 2.2.2 allows. */
  TooLong: 'too-long',
} as const;

/** A reason an `ms-diagnostics` header value could not be read. */
type DiagnosticsParseErrorCode =
  (typeof DiagnosticsParseErrorCode)[keyof typeof DiagnosticsParseErrorCode];

/** Why a SIP `Warning` header value could not be read. */
const WarningParseErrorCode = {
  /** The input was neither a string nor a number. */
  NotAString: 'not-a-string',
  /** No warning-value at all. */
  Empty: 'empty',
  /** A `Name:` prefix other than `Warning`. */
  UnknownHeaderName: 'unknown-header-name',
  /** A warn-code that is not three digits from 100 to 999. */
  InvalidCode: 'invalid-code',
  /** A warn-text whose quoted-string never closes. */
  UnterminatedQuote: 'unterminated-quote',
  /** Something after the warn-text other than `,` or the end. */
  UnexpectedCharacter: 'unexpected-character',
} as const;

/** A reason a SIP `Warning` header value could not be read. */
type WarningParseErrorCode = (typeof WarningParseErrorCode)[keyof typeof WarningParseErrorCode];

/** Why a value could not be read as a Win32 error code. */
const WindowsErrorCode = {
  /** A valid 32-bit value that is neither a 16-bit Win32 code nor a `0x8007xxxx` HRESULT. */
  NotWin32Hresult: 'not-win32-hresult',
  /** Not an integer in int32 / uint32 range, nor a decimal or hex string of one. */
  Invalid: 'invalid',
} as const;

/** A reason a value could not be read as a Win32 error code. */
type WindowsErrorCode = (typeof WindowsErrorCode)[keyof typeof WindowsErrorCode];

/** The two diagnostics header names, lower-cased as they are reported. */
type DiagnosticsHeaderName = 'ms-diagnostics' | 'ms-diagnostics-public';

/** A diagnostics header value that was read. */
interface ParsedDiagnostics {
  ok: true;
  /** The header name from the `Name:` prefix, or `null` when the text had no prefix. */
  header: DiagnosticsHeaderName | null;
  /** The ErrorId, 0 to 4294967295 ([MS-OCER] 2.2.1.1 "unsigned integer range"). */
  errorId: number;
  /** The reason parameter, unescaped; absent when the header has none. */
  reason?: string;
  /** The source parameter (server FQDN or IP), unescaped; absent when the header has none. */
  source?: string;
  /**
   * Every other parameter by lower-cased name: its value, or `true` for a name with no `=`.
   * A null-prototype object, so names such as `__proto__` are plain keys.
   */
  params: Record<string, string | true>;
}

/** A diagnostics header value that could not be read. */
interface DiagnosticsParseFailure {
  ok: false;
  /** What was wrong, as a closed code. */
  error: DiagnosticsParseErrorCode;
  /** What was wrong and at which 1-based column of the input. */
  message: string;
  /**
   * The header name once the prefix stage has passed (`null`: the text had no prefix);
   * absent when the failure came first.
   */
  header?: DiagnosticsHeaderName | null;
}

/** The answer of `parseDiagnosticsHeader`. */
type DiagnosticsParseResult = ParsedDiagnostics | DiagnosticsParseFailure;

/** One warning-value of a SIP `Warning` header. */
interface WarningValue {
  /** The warn-code, 100 to 999 (RFC 3261 20.43 defines 300 to 399). */
  code: number;
  /** The warn-agent (hostport or pseudonym); `''` when absent. */
  agent: string;
  /** The warn-text, unescaped; `''` when absent. */
  text: string;
}

/** The answer of `parseWarningHeader`. */
type WarningParseResult =
  | { ok: true; warnings: WarningValue[] }
  | { ok: false; error: WarningParseErrorCode; message: string };

/** The answer of `parseWindowsError`. */
type WindowsErrorResult =
  | {
      ok: true;
      /** The Win32 error code, 0 to 65535. */
      code: number;
      /** The unsigned HRESULT the code was taken from, when the input was one. */
      hresult?: number;
    }
  | {
      ok: false;
      error: typeof WindowsErrorCode.NotWin32Hresult;
      /** The input as an unsigned 32-bit value. */
      hresult: number;
      message: string;
    }
  | { ok: false; error: typeof WindowsErrorCode.Invalid; message: string };

// [MS-OCER] 2.2.2: diagHeader "MUST NOT be longer than 65,535 characters". The header itself
// has no limit in 2.2.1, but a value a client could not report back is not one to trust.
const MAX_DIAGNOSTICS_VALUE_LENGTH = 65_535;
// Room for `ms-diagnostics-public`, the colon and folding whitespace around the value. Any
// input longer than the limit plus this is refused from its length alone, so a huge string
// costs nothing to reject; shorter ones are measured exactly once the prefix is known.
const PREFIX_ALLOWANCE = 1_024;
// [MS-OCER] 2.2.1.1: "unsigned integer range", i.e. the 32-bit DWORD of the Windows server.
const UINT32_MAX = 4_294_967_295;
// A Windows error string longer than this is no number we could read; refusing it by length
// keeps the cost constant.
const MAX_WINDOWS_ERROR_LENGTH = 256;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const LPAREN = 40;
const RPAREN = 41;
const COMMA = 44;
const PLUS = 43;
const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const SEMI = 59;
const EQUAL = 61;
const BACKSLASH = 92;

/** SP, HTAB, CR or LF: outside quotes every line break is read as folding whitespace. */
function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

function hexValue(c: number): number {
  if (isDigit(c)) return c - DIGIT_0;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** RFC 3261 25.1 token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~". */
function isTokenChar(c: number): boolean {
  if (isDigit(c) || isLetter(c)) return true;
  // - . ! % * _ + ` ' ~
  return (
    c === 45 ||
    c === 46 ||
    c === 33 ||
    c === 37 ||
    c === 42 ||
    c === 95 ||
    c === 43 ||
    c === 96 ||
    c === 39 ||
    c === 126
  );
}

function skipWhitespace(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && isWhitespace(s.charCodeAt(j))) j++;
  return j;
}

function trimmedEnd(s: string): number {
  let end = s.length;
  while (end > 0 && isWhitespace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** A character for a message: JSON quoting keeps control characters and lone surrogates visible. */
function describeChar(s: string, i: number): string {
  return JSON.stringify(s.charAt(i));
}

/** Shortens text quoted back in a message, so a message never echoes a huge input. */
function excerpt(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

type HeaderPrefix = { name: string; next: number } | undefined;

/**
 * Reads `Name HCOLON` at `i` when there is one. Only a run starting with a letter can be a
 * name, so a value such as `1008;...` is never mistaken for one.
 */
function readHeaderPrefix(s: string, i: number, end: number): HeaderPrefix {
  if (i >= end || !isLetter(s.charCodeAt(i))) return undefined;
  let j = i + 1;
  while (j < end && isTokenChar(s.charCodeAt(j))) j++;
  const name = s.slice(i, j);
  // HCOLON allows SP / HTAB before the colon (RFC 4475 3.1.1.1 sends `TO :`).
  while (j < end && (s.charCodeAt(j) === SPACE || s.charCodeAt(j) === TAB)) j++;
  if (j < end && s.charCodeAt(j) === COLON) return { name, next: j + 1 };
  return undefined;
}

type QuotedRead = { value: string; next: number } | { unterminatedAt: number };

/**
 * Reads a quoted-string whose opening DQUOTE is at `open`, undoing quoted-pairs and folding.
 * A line break and the whitespace after it become one SP (RFC 3261 7.3.1); a backslash before
 * CR or LF escapes nothing (quoted-pair excludes them) and is kept as it is.
 */
function readQuoted(s: string, open: number, end: number): QuotedRead {
  let out = '';
  let chunk = open + 1;
  let i = chunk;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === DQUOTE) {
      return { value: out + s.slice(chunk, i), next: i + 1 };
    }
    if (c === BACKSLASH && i + 1 < end) {
      const escaped = s.charCodeAt(i + 1);
      if (escaped !== CR && escaped !== LF) {
        out += s.slice(chunk, i);
        chunk = i + 1;
        i += 2;
        continue;
      }
    }
    if (c === CR || c === LF) {
      out += `${s.slice(chunk, i)} `;
      i += c === CR && i + 1 < end && s.charCodeAt(i + 1) === LF ? 2 : 1;
      while (i < end && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
      chunk = i;
      continue;
    }
    i++;
  }
  return { unterminatedAt: open };
}

/**
 * Reads an unquoted value up to `;` or `"`: servers are not always strict about quoting, so
 * runs of whitespace inside are kept as one SP rather than cutting the value short.
 */
function readUnquoted(s: string, i: number, end: number): { value: string; next: number } {
  let out = '';
  let pendingSpace = false;
  let j = i;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c === SEMI || c === DQUOTE) break;
    if (isWhitespace(c)) {
      pendingSpace = out !== '';
      j++;
      continue;
    }
    // Scan the whole run of ordinary characters, then copy it once.
    let k = j + 1;
    while (k < end) {
      const d = s.charCodeAt(k);
      if (d === SEMI || d === DQUOTE || isWhitespace(d)) break;
      k++;
    }
    out += pendingSpace ? ` ${s.slice(j, k)}` : s.slice(j, k);
    pendingSpace = false;
    j = k;
  }
  return { value: out, next: j };
}

function diagnosticsFailure(
  error: DiagnosticsParseErrorCode,
  message: string,
  header?: DiagnosticsHeaderName | null,
): DiagnosticsParseFailure {
  return header === undefined
    ? { ok: false, error, message }
    : { ok: false, error, message, header };
}

/**
 * Reads an `ms-diagnostics` or `ms-diagnostics-public` header value, with or without its
 * `Name:` prefix, and never throws.
 *
 * Lenient where real servers are loose: folded lines, any whitespace around `;` and `=`,
 * any letter case in names, unquoted values, parameters without a value, missing reason or
 * source, and junk between parameters, which is skipped up to the next `;`. Duplicate
 * parameters keep the first value. Strict where a misreading would pick the wrong message:
 * the ErrorId must be plain digits within uint32, and every quote must close.
 *
 * @example
 * parseDiagnosticsHeader('ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"')
 * // { ok: true, header: 'ms-diagnostics', errorId: 1008, reason: 'Unable to resolve DNS SRV record', source: 'sip.contoso.com', params: {} }
 */
function parseDiagnosticsHeader(text: unknown): DiagnosticsParseResult {
  if (typeof text !== 'string') {
    return diagnosticsFailure('not-a-string', `expected a string, got ${describeType(text)}`);
  }
  const limitMessage = (length: number) =>
    `the header value is ${length} characters long; [MS-OCER] 2.2.2 allows at most 65,535`;
  if (text.length > MAX_DIAGNOSTICS_VALUE_LENGTH + PREFIX_ALLOWANCE) {
    return diagnosticsFailure('too-long', limitMessage(text.length));
  }

  const s = text;
  const end = trimmedEnd(s);
  let i = skipWhitespace(s, 0, end);
  if (i >= end) return diagnosticsFailure('empty', 'the header value is empty');

  let header: DiagnosticsHeaderName | null = null;
  const prefix = readHeaderPrefix(s, i, end);
  if (prefix !== undefined) {
    const name = prefix.name.toLowerCase();
    if (name !== 'ms-diagnostics' && name !== 'ms-diagnostics-public') {
      return diagnosticsFailure(
        'unknown-header-name',
        `the header name ${excerpt(prefix.name)} at column ${i + 1} is neither ms-diagnostics nor ms-diagnostics-public`,
      );
    }
    header = name;
    i = skipWhitespace(s, prefix.next, end);
    if (i >= end) return diagnosticsFailure('empty', `the ${header} header has no value`, header);
  }
  if (end - i > MAX_DIAGNOSTICS_VALUE_LENGTH) {
    return diagnosticsFailure('too-long', limitMessage(end - i), header);
  }

  // ErrorId: 1*DIGIT within uint32 ([MS-OCER] 2.2.1.1).
  const idStart = i;
  const first = s.charCodeAt(i);
  if ((first === MINUS || first === PLUS) && i + 1 < end && isDigit(s.charCodeAt(i + 1))) {
    return diagnosticsFailure(
      'error-id-out-of-range',
      `the ErrorId at column ${i + 1} has a sign; it must be an unsigned integer`,
      header,
    );
  }
  if (!isDigit(first)) {
    return diagnosticsFailure(
      'missing-error-id',
      `expected the ErrorId digits at column ${i + 1}, found ${describeChar(s, i)}`,
      header,
    );
  }
  let errorId = 0;
  while (i < end && isDigit(s.charCodeAt(i))) {
    // Past UINT32_MAX the exact value no longer matters; capping keeps the number exact.
    if (errorId <= UINT32_MAX) errorId = errorId * 10 + (s.charCodeAt(i) - DIGIT_0);
    i++;
  }
  if (errorId > UINT32_MAX) {
    return diagnosticsFailure(
      'error-id-out-of-range',
      `the ErrorId at column ${idStart + 1} is above 4294967295, the unsigned integer range`,
      header,
    );
  }
  // `1.5`, `12abc` or `0x10` would be misread as another ErrorId, so the digits must end at
  // whitespace, `;` or the end. After whitespace, junk is skipped like junk between params.
  if (i < end && !isWhitespace(s.charCodeAt(i)) && s.charCodeAt(i) !== SEMI) {
    return diagnosticsFailure(
      'unexpected-character',
      `unexpected ${describeChar(s, i)} at column ${i + 1} after the ErrorId; expected ";" or the end`,
      header,
    );
  }

  const params = Object.create(null) as Record<string, string | true>;
  let reason: string | undefined;
  let source: string | undefined;
  let seenReason = false;
  let seenSource = false;

  while (true) {
    i = skipWhitespace(s, i, end);
    if (i >= end) break;
    if (s.charCodeAt(i) !== SEMI) {
      // Junk where a `;` belongs: skip to the next `;` outside quotes, keeping what parsed.
      while (i < end && s.charCodeAt(i) !== SEMI) {
        if (s.charCodeAt(i) === DQUOTE) {
          const quoted = readQuoted(s, i, end);
          if ('unterminatedAt' in quoted) return unterminated(quoted.unterminatedAt, header);
          i = quoted.next;
        } else {
          i++;
        }
      }
      continue;
    }
    i = skipWhitespace(s, i + 1, end);

    const nameStart = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c === SEMI || c === EQUAL || c === DQUOTE || isWhitespace(c)) break;
      i++;
    }
    const name = s.slice(nameStart, i).toLowerCase();
    i = skipWhitespace(s, i, end);

    let value: string | true = true;
    if (i < end && s.charCodeAt(i) === EQUAL) {
      i = skipWhitespace(s, i + 1, end);
      if (i < end && s.charCodeAt(i) === DQUOTE) {
        const quoted = readQuoted(s, i, end);
        if ('unterminatedAt' in quoted) return unterminated(quoted.unterminatedAt, header);
        value = quoted.value;
        i = quoted.next;
      } else {
        const unquoted = readUnquoted(s, i, end);
        value = unquoted.value;
        i = unquoted.next;
      }
    }

    // An empty name (`;;` or `;=x`) names nothing; skip it like other junk.
    if (name === '') continue;
    if (name === 'reason') {
      // 2.2.1.1 makes reason-value optional, so a bare `reason` is an empty reason.
      if (!seenReason) reason = value === true ? '' : value;
      seenReason = true;
    } else if (name === 'source') {
      if (!seenSource) source = value === true ? '' : value;
      seenSource = true;
    } else if (!(name in params)) {
      params[name] = value;
    }
  }

  const result: ParsedDiagnostics = { ok: true, header, errorId, params };
  if (reason !== undefined) result.reason = reason;
  if (source !== undefined) result.source = source;
  return result;
}

function unterminated(open: number, header: DiagnosticsHeaderName | null): DiagnosticsParseFailure {
  return diagnosticsFailure(
    'unterminated-quote',
    `the quoted-string opened at column ${open + 1} is never closed`,
    header,
  );
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

function warningFailure(error: WarningParseErrorCode, message: string): WarningParseResult {
  return { ok: false, error, message };
}

/**
 * Reads a SIP `Warning` header value (RFC 3261 20.43), with or without its `Warning:` prefix,
 * into its comma-separated warning-values, and never throws. A bare 3-digit number or string
 * is read as a code alone.
 *
 * @example
 * parseWarningHeader('Warning: 399 sip.contoso.com "Busy, try later"')
 * // { ok: true, warnings: [{ code: 399, agent: 'sip.contoso.com', text: 'Busy, try later' }] }
 */
function parseWarningHeader(text: unknown): WarningParseResult {
  if (typeof text === 'number') {
    return Number.isInteger(text) && text >= 100 && text <= 999
      ? { ok: true, warnings: [{ code: text, agent: '', text: '' }] }
      : warningFailure('invalid-code', `the warn-code ${text} is not an integer from 100 to 999`);
  }
  if (typeof text !== 'string') {
    return warningFailure('not-a-string', `expected a string or number, got ${describeType(text)}`);
  }

  const s = text;
  const end = trimmedEnd(s);
  let i = skipWhitespace(s, 0, end);
  const prefix = readHeaderPrefix(s, i, end);
  if (prefix !== undefined) {
    if (prefix.name.toLowerCase() !== 'warning') {
      return warningFailure(
        'unknown-header-name',
        `the header name ${excerpt(prefix.name)} at column ${i + 1} is not Warning`,
      );
    }
    i = prefix.next;
  }

  const warnings: WarningValue[] = [];
  while (true) {
    i = skipWhitespace(s, i, end);
    if (i >= end) break;
    // Empty list elements (`,,`) carry nothing; skip them rather than fail the whole header.
    if (s.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }

    const codeStart = i;
    let code = 0;
    while (i < end && isDigit(s.charCodeAt(i)) && i - codeStart < 4) {
      code = code * 10 + (s.charCodeAt(i) - DIGIT_0);
      i++;
    }
    const next = i < end ? s.charCodeAt(i) : SPACE;
    if (
      i - codeStart !== 3 ||
      code < 100 ||
      !(isWhitespace(next) || next === COMMA || next === DQUOTE)
    ) {
      return warningFailure(
        'invalid-code',
        `expected a 3-digit warn-code from 100 to 999 at column ${codeStart + 1}`,
      );
    }
    i = skipWhitespace(s, i, end);

    const agentStart = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (isWhitespace(c) || c === COMMA || c === DQUOTE) break;
      i++;
    }
    const agent = s.slice(agentStart, i);
    i = skipWhitespace(s, i, end);

    let warnText = '';
    if (i < end && s.charCodeAt(i) === DQUOTE) {
      const quoted = readQuoted(s, i, end);
      if ('unterminatedAt' in quoted) {
        return warningFailure(
          'unterminated-quote',
          `the warn-text opened at column ${quoted.unterminatedAt + 1} is never closed`,
        );
      }
      warnText = quoted.value;
      i = quoted.next;
    } else if (i < end && s.charCodeAt(i) !== COMMA) {
      // An unquoted warn-text breaks RFC 3261 but still says something; keep it up to `,`.
      const textStart = i;
      while (i < end && s.charCodeAt(i) !== COMMA && s.charCodeAt(i) !== DQUOTE) i++;
      warnText = s.slice(textStart, i).trim();
    }
    i = skipWhitespace(s, i, end);
    if (i < end && s.charCodeAt(i) !== COMMA) {
      return warningFailure(
        'unexpected-character',
        `unexpected ${describeChar(s, i)} at column ${i + 1}; expected "," or the end`,
      );
    }
    warnings.push({ code, agent, text: warnText });
  }

  if (warnings.length === 0) return warningFailure('empty', 'the Warning header has no value');
  return { ok: true, warnings };
}

/** Turns a 32-bit value into a Win32 code, or says why it is not one. */
function classifyWindowsError(value: number): WindowsErrorResult {
  if (value >= 0 && value <= 0xffff) return { ok: true, code: value };
  const hresult = value >>> 0;
  // HRESULT_FROM_WIN32: severity 1, facility FACILITY_WIN32 (7), the Win32 code in the low 16 bits.
  if (hresult >>> 16 === 0x8007) return { ok: true, code: hresult & 0xffff, hresult };
  const facility = (hresult >>> 16) & 0x7ff;
  return {
    ok: false,
    error: 'not-win32-hresult',
    hresult,
    message: `0x${hresult.toString(16).toUpperCase().padStart(8, '0')} is not a Win32 error: HRESULT facility ${facility}${hresult >>> 31 === 1 ? '' : ' without the severity bit'}, not 0x8007xxxx`,
  };
}

function invalidWindowsError(message: string): WindowsErrorResult {
  return { ok: false, error: 'invalid', message };
}

/**
 * Reads a Windows error as a Win32 code: a number or a decimal, `0x` hex, negative int32
 * HRESULT, or `274D(WSAECONNREFUSED)` string; a `0x8007xxxx` HRESULT gives its low 16 bits.
 * Never throws.
 *
 * @example
 * parseWindowsError('0x80072745') // { ok: true, code: 10053, hresult: 2147952453 }
 */
function parseWindowsError(value: unknown): WindowsErrorResult {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < -0x80000000 || value > UINT32_MAX) {
      return invalidWindowsError(`${value} is not an integer in int32 or uint32 range`);
    }
    return classifyWindowsError(value + 0);
  }
  if (typeof value !== 'string') {
    return invalidWindowsError(`expected a number or string, got ${describeType(value)}`);
  }
  if (value.length > MAX_WINDOWS_ERROR_LENGTH) {
    return invalidWindowsError(`a ${value.length}-character string is not a Windows error code`);
  }

  const s = value;
  const end = trimmedEnd(s);
  let i = skipWhitespace(s, 0, end);
  const bad = () => invalidWindowsError(`${excerpt(s)} is not a decimal or hex Windows error code`);

  const negative = i < end && s.charCodeAt(i) === MINUS;
  if (negative) i++;
  const explicitHex =
    !negative &&
    i + 1 < end &&
    s.charCodeAt(i) === DIGIT_0 &&
    (s.charCodeAt(i + 1) | 0x20) === 120 /* x */;
  if (explicitHex) i += 2;

  // One pass reads the digits as both hex and decimal; the character after them decides which.
  const digitsStart = i;
  let hex = 0;
  let decimal = 0;
  let allDecimal = true;
  while (i < end) {
    const h = hexValue(s.charCodeAt(i));
    if (h < 0) break;
    if (h > 9) allDecimal = false;
    if (hex <= UINT32_MAX) hex = hex * 16 + h;
    if (decimal <= UINT32_MAX) decimal = decimal * 10 + h;
    i++;
  }
  if (i === digitsStart) return bad();

  // [MS-OCER] 2.2.1.1 example: WinsockFailureCode="274D(WSAECONNREFUSED)", hex without 0x
  // then the symbolic name, so digits followed by `(` are hex. After an explicit 0x,
  // whitespace before `(` is tolerated too.
  let named = false;
  if (i < end) {
    let j = explicitHex ? skipWhitespace(s, i, end) : i;
    if (negative || s.charCodeAt(j) !== LPAREN) return bad();
    while (j < end && s.charCodeAt(j) !== RPAREN) j++;
    if (j !== end - 1) return bad();
    named = true;
  }

  if (explicitHex || named) {
    return hex > UINT32_MAX ? bad() : classifyWindowsError(hex);
  }
  if (!allDecimal) return bad();
  if (negative) {
    return decimal > 0x80000000 ? bad() : classifyWindowsError(-decimal + 0);
  }
  return decimal > UINT32_MAX ? bad() : classifyWindowsError(decimal);
}

/**
 * Reads an ErrorId: a non-negative integer within uint32, or a string that parses as a
 * diagnostics header (with or without its name). `undefined` for anything else.
 *
 * @example
 * parseErrorId('ms-diagnostics: 1008;reason="x"') // 1008
 */
function parseErrorId(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= UINT32_MAX ? value + 0 : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const parsed = parseDiagnosticsHeader(value);
  return parsed.ok ? parsed.errorId : undefined;
}

/**
 * Reads a SIP status code (100 to 699) from an integer, `"486"`, `"486 Busy Here"` or a
 * status line such as `"SIP/2.0 486 Busy Here"`; `undefined` for anything else.
 */
function parseSipStatus(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 100 && value <= 699 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const s = value;
  let i = skipWhitespace(s, 0, s.length);
  // RFC 3261 7.2: Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF.
  if (
    i + 4 <= s.length &&
    (s.charCodeAt(i) | 0x20) === 115 /* s */ &&
    (s.charCodeAt(i + 1) | 0x20) === 105 /* i */ &&
    (s.charCodeAt(i + 2) | 0x20) === 112 /* p */ &&
    s.charCodeAt(i + 3) === 47 /* / */
  ) {
    i += 4;
    while (i < s.length && !isWhitespace(s.charCodeAt(i))) i++;
    const afterVersion = i;
    i = skipWhitespace(s, i, s.length);
    if (i === afterVersion) return undefined;
  }
  if (i + 3 > s.length) return undefined;
  let code = 0;
  for (let k = i; k < i + 3; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return undefined;
    code = code * 10 + (c - DIGIT_0);
  }
  // The code must stand alone: `4860` or `486abc` is no status.
  if (i + 3 < s.length && !isWhitespace(s.charCodeAt(i + 3))) return undefined;
  return code >= 100 && code <= 699 ? code : undefined;
}

export type {
  DiagnosticsHeaderName,
  DiagnosticsParseFailure,
  DiagnosticsParseResult,
  ParsedDiagnostics,
  WarningParseResult,
  WarningValue,
  WindowsErrorResult,
};
export {
  DiagnosticsParseErrorCode,
  parseDiagnosticsHeader,
  parseErrorId,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
  WarningParseErrorCode,
  WindowsErrorCode,
};
