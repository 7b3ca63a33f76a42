/**
 * uc-error-kit/ms-ocer/headers: parsers for what a UC server sends alongside an error: the
 * `ms-diagnostics` and `ms-diagnostics-public` headers, the SIP `Warning` header, the SIP
 * status code and a Windows error (Win32 code or HRESULT). An entry of its own, synchronous,
 * with no catalog and no words: the [MS-OCER] family's reader uses them on demand, so an app
 * that shows errors does not carry them at start unless it imports them.
 * @example import { parseDiagnosticsHeader } from 'uc-error-kit/ms-ocer/headers';
 * parseDiagnosticsHeader('ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record"').ok // true
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

// Characters are compared by code: 9 HTAB, 10 LF, 13 CR, 32 SP, 34 DQUOTE, 40 "(", 43 "+",
// 44 ",", 45 "-", 48 "0", 58 ":", 59 ";", 61 "=", 92 "\".
//
// `end` is the input's length or the end of its text without trailing whitespace, so a
// character at or past `end` is whitespace or, past the length, NaN. A test for anything but
// whitespace is therefore false there without an `i < end` guard; only loops that run until
// something is found still need one.

/** SP, HTAB, CR or LF: outside quotes every line break is read as folding whitespace. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

/** The number the three digits at `i` spell, or -1 when they are not three digits. */
function threeDigits(s: string, i: number): number {
  let code = 0;
  for (let k = i; k < i + 3; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    code = code * 10 + c - 48;
  }
  return code;
}

/** The index of the first non-whitespace character from `i`, or `end`. */
function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * The end of the run at `i` that stops at whitespace, DQUOTE, `stop` or `stop2`: a parameter
 * name, a warn-agent, a word of an unquoted value, or what follows a warn-code.
 */
function skipRun(s: string, i: number, end: number, stop: number, stop2: number): number {
  for (let c: number; i < end; i++) {
    c = s.charCodeAt(i);
    if (isSpace(c) || c === 34 || c === stop || c === stop2) break;
  }
  return i;
}

/** The length of `s` without its trailing whitespace. */
function trimmedEnd(s: string): number {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Reads the quoted-string whose DQUOTE is at `open`, undoing quoted-pairs and folding: its
 * value and the index after the closing DQUOTE, or, when it never closes, `-1 - open`, so
 * that callers test for one negative index rather than a second kind of answer. A line break
 * and the whitespace after it become one SP (RFC 3261 7.3.1); a backslash before CR or LF
 * escapes nothing (quoted-pair excludes them) and is kept as it is.
 */
function readQuoted(s: string, open: number, end: number): [string, number] {
  let out = '';
  let from = open + 1;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) return [out + s.slice(from, i), i + 1];
    if (c === 92) {
      const escaped = s.charCodeAt(i + 1);
      if (escaped !== 13 && escaped !== 10) {
        out += s.slice(from, i);
        from = ++i;
      }
    } else if (c === 13 || c === 10) {
      out += `${s.slice(from, i)} `;
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
      while (s.charCodeAt(i + 1) === 32 || s.charCodeAt(i + 1) === 9) i++;
      from = i + 1;
    }
  }
  return ['', -1 - open];
}

/**
 * Reads a diagnostics parameter value at `i`: a quoted-string, or else an unquoted value up to
 * `;` or `"`, with the index where it stopped. Servers are not always strict about quoting,
 * so whitespace inside an unquoted value is kept as one SP rather than cutting it short.
 */
function readValue(s: string, i: number, end: number): [string, number] {
  if (s.charCodeAt(i) === 34) return readQuoted(s, i, end);
  let out = '';
  for (;;) {
    const wordEnd = skipRun(s, i, end, 59, 59);
    if (wordEnd > i) out += out === '' ? s.slice(i, wordEnd) : ` ${s.slice(i, wordEnd)}`;
    i = skipSpace(s, wordEnd, end);
    if (i === wordEnd) return [out, i];
  }
}

/**
 * A number as its decimal text, so that numbers and strings share one reader: `1.5`, `1e+21`
 * and `NaN` fail there like any malformed text, and `String(-0)` is `0`.
 */
function asText(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}

/** JSON quoting keeps control characters and lone surrogates in a message visible. */
function quote(text: string): string {
  // Shortened, so that a message never echoes a huge input.
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A failure; `header` is left out until the diagnostics prefix stage has passed. */
function fail<E extends string>(error: E, message: string, header?: DiagnosticsHeaderName | null) {
  return header === undefined
    ? { ok: false as const, error, message }
    : { ok: false as const, error, message, header };
}

function wrongType<E extends string>(error: E, expected: string, value: unknown) {
  return fail(error, `expected ${expected}, got ${value === null ? 'null' : typeof value}`);
}

/**
 * Reads the `Name HCOLON` that may start the text: the lower-cased name (`null` without one)
 * and where the value starts, or a failure for a name not in `names`. Only a run starting
 * with a letter can be a name, so `1008;...` is never mistaken for one.
 */
function readHeaderName(s: string, end: number, names: readonly string[]) {
  const start = skipSpace(s, 0, end);
  let j = start;
  if (isLetter(s.charCodeAt(j))) {
    // RFC 3261 25.1 token: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~".
    do j++;
    while (
      j < end &&
      (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)) || "-.!%*_+`'~".includes(s[j]!))
    );
  }
  // HCOLON allows SP / HTAB before the colon (RFC 4475 3.1.1.1 sends `TO :`).
  let colon = j;
  while (s.charCodeAt(colon) === 32 || s.charCodeAt(colon) === 9) colon++;
  if (j === start || s.charCodeAt(colon) !== 58) return { name: null, next: start };
  const name = s.slice(start, j);
  const lower = name.toLowerCase();
  return names.includes(lower)
    ? { name: lower, next: skipSpace(s, colon + 1, end) }
    : fail('unknown-header-name', `unknown header name ${quote(name)} at column ${start + 1}`);
}

// The names each parser accepts in a `Name:` prefix, lower-cased.
const DIAGNOSTICS_NAMES = ['ms-diagnostics', 'ms-diagnostics-public'];
const WARNING_NAMES = ['warning'];
const NO_VALUE = 'the header has no value';
const TOO_LONG = 'the value is longer than 65,535 characters';

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
  if (typeof text !== 'string') return wrongType('not-a-string', 'a string', text);
  if (text.length > MAX_DIAGNOSTICS_VALUE_LENGTH + PREFIX_ALLOWANCE) {
    return fail('too-long', TOO_LONG);
  }
  const s = text;
  const end = trimmedEnd(s);
  const prefix = readHeaderName(s, end, DIAGNOSTICS_NAMES);
  if ('ok' in prefix) return prefix;
  const header = prefix.name as DiagnosticsHeaderName | null;
  const failure = (error: DiagnosticsParseErrorCode, message: string) =>
    fail(error, message, header);
  let i = prefix.next;
  // Without a name, no value means blank text, which fails before the prefix stage.
  if (i >= end) return fail('empty', NO_VALUE, header ?? undefined);
  if (end - i > MAX_DIAGNOSTICS_VALUE_LENGTH) return failure('too-long', TOO_LONG);

  // ErrorId: 1*DIGIT within uint32 ([MS-OCER] 2.2.1.1). A sign before the digits makes a
  // number out of that range rather than no ErrorId at all.
  const idStart = i;
  const first = s.charCodeAt(i);
  const signed = (first === 45 || first === 43) && isDigit(s.charCodeAt(i + 1));
  if (signed) i++;
  const digitsStart = i;
  let errorId = 0;
  for (let c = s.charCodeAt(i); isDigit(c); c = s.charCodeAt(++i)) {
    // Past UINT32_MAX the exact value no longer matters; capping keeps the number exact.
    if (errorId <= UINT32_MAX) errorId = errorId * 10 + c - 48;
  }
  if (i === digitsStart) {
    return failure('missing-error-id', `expected the ErrorId digits at column ${i + 1}`);
  }
  if (signed || errorId > UINT32_MAX) {
    return failure(
      'error-id-out-of-range',
      `ErrorId outside 0 to 4294967295 at column ${idStart + 1}`,
    );
  }
  // `1.5`, `12abc` or `0x10` would be misread as another ErrorId, so the digits must end at
  // whitespace, `;` or the end. After whitespace, junk is skipped like junk between params.
  const after = s.charCodeAt(i);
  if (i < end && !isSpace(after) && after !== 59) {
    return failure(
      'unexpected-character',
      `unexpected ${quote(s.charAt(i))} at column ${i + 1} after the ErrorId; expected ";" or the end`,
    );
  }

  const params = Object.create(null) as Record<string, string | true>;
  let reason: string | undefined;
  let source: string | undefined;
  // What follows a `;` is a parameter; anything else where a `;` belongs is junk, skipped up
  // to the next `;` outside quotes, keeping what parsed.
  let afterSemi = false;
  for (i = skipSpace(s, i, end); i < end; i = skipSpace(s, i, end)) {
    const c = s.charCodeAt(i);
    if (c === 59) {
      // An empty parameter (`;;`) is just another `;`, so a run of them costs one test each.
      afterSemi = true;
      i++;
    } else if (!afterSemi) {
      // A `;` inside a quoted-string in the junk starts nothing.
      i = c === 34 ? readQuoted(s, i, end)[1] : i + 1;
    } else {
      afterSemi = false;
      const nameStart = i;
      const nameEnd = skipRun(s, i, end, 59, 61);
      i = skipSpace(s, nameEnd, end);
      let value: string | true = true;
      if (s.charCodeAt(i) === 61) [value, i] = readValue(s, skipSpace(s, i + 1, end), end);
      // An empty name (`;=x` or `;"x"`) names nothing.
      if (nameEnd > nameStart) {
        const name = s.slice(nameStart, nameEnd).toLowerCase();
        if (name === 'reason') reason ??= value === true ? '' : value;
        else if (name === 'source') source ??= value === true ? '' : value;
        else if (!(name in params)) params[name] = value;
      }
    }
    if (i < 0) return failure('unterminated-quote', `the quote at column ${-i} is never closed`);
  }

  const result: ParsedDiagnostics = { ok: true, header, errorId, params };
  if (reason !== undefined) result.reason = reason;
  if (source !== undefined) result.source = source;
  return result;
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
  const s = asText(text);
  if (typeof s !== 'string') return wrongType('not-a-string', 'a string or number', text);
  const end = trimmedEnd(s);
  const prefix = readHeaderName(s, end, WARNING_NAMES);
  if ('ok' in prefix) return prefix;
  let i = prefix.next;

  const warnings: WarningValue[] = [];
  for (i = skipSpace(s, i, end); i < end; i = skipSpace(s, i, end)) {
    // Empty list elements (`,,`) carry nothing; skip them rather than fail the whole header.
    if (s.charCodeAt(i) === 44) {
      i++;
      continue;
    }
    // warn-code = 3DIGIT, then whitespace, `"`, `,` or the end.
    const code = threeDigits(s, i);
    if (code < 100 || skipRun(s, i + 3, end, 44, 44) > i + 3) {
      return fail('invalid-code', `expected a warn-code from 100 to 999 at column ${i + 1}`);
    }
    const agentStart = skipSpace(s, i + 3, end);
    const agentEnd = skipRun(s, agentStart, end, 44, 44);
    i = skipSpace(s, agentEnd, end);
    let warnText = '';
    if (s.charCodeAt(i) === 34) {
      [warnText, i] = readQuoted(s, i, end);
      if (i < 0) return fail('unterminated-quote', `the quote at column ${-i} is never closed`);
    } else {
      // An unquoted warn-text breaks RFC 3261 but still says something; keep it up to `,`.
      const textStart = i;
      while (i < end && s.charCodeAt(i) !== 44 && s.charCodeAt(i) !== 34) i++;
      warnText = s.slice(textStart, i).trim();
    }
    i = skipSpace(s, i, end);
    if (i < end && s.charCodeAt(i) !== 44) {
      return fail(
        'unexpected-character',
        `unexpected ${quote(s.charAt(i))} at column ${i + 1}; expected "," or the end`,
      );
    }
    warnings.push({ code, agent: s.slice(agentStart, agentEnd), text: warnText });
  }
  return warnings.length === 0 ? fail('empty', NO_VALUE) : { ok: true, warnings };
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
  const s = asText(value);
  if (typeof s !== 'string') return wrongType('invalid', 'a string or number', value);
  const bad = () => fail('invalid', `${quote(s)} is not a decimal or hex Windows error code`);
  if (s.length > MAX_WINDOWS_ERROR_LENGTH) return bad();

  const end = trimmedEnd(s);
  let i = skipSpace(s, 0, end);
  const negative = s.charCodeAt(i) === 45;
  const explicitHex = s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 0x20) === 120; /* x */
  i += negative ? 1 : explicitHex ? 2 : 0;
  const digitsStart = i;
  while (isDigit(s.charCodeAt(i))) i++;
  const decimalEnd = i;
  while (isDigit(s.charCodeAt(i)) || ((s.charCodeAt(i) | 0x20) - 97) >>> 0 < 6 /* a-f */) i++;

  // [MS-OCER] 2.2.1.1 example: WinsockFailureCode="274D(WSAECONNREFUSED)", hex without 0x
  // then the symbolic name, so digits followed by `(` are hex. After an explicit 0x,
  // whitespace before `(` is tolerated too.
  const named = i < end;
  const open = explicitHex ? skipSpace(s, i, end) : i;
  const hex = explicitHex || named;
  // At most 256 digits, so parseInt stays cheap; a value past the range stays past it, and
  // no digits at all give NaN, which the range test refuses too.
  const magnitude = Number.parseInt(s.slice(digitsStart, i), hex ? 16 : 10);
  const n = negative ? -magnitude : magnitude;
  if (
    !(n >= -0x80000000 && n <= UINT32_MAX) ||
    !(hex || i === decimalEnd) ||
    (named && (negative || s.charCodeAt(open) !== 40 || s.indexOf(')', open) !== end - 1))
  ) {
    return bad();
  }
  const hresult = n >>> 0;
  // A code of 16 bits is a Win32 code. HRESULT_FROM_WIN32 sets severity 1 and facility
  // FACILITY_WIN32 (7), and keeps the Win32 code in the low 16 bits.
  if (hresult >>> 16 === 0) return { ok: true, code: hresult };
  if (hresult >>> 16 === 0x8007) return { ok: true, code: hresult & 0xffff, hresult };
  return {
    ok: false,
    error: 'not-win32-hresult',
    hresult,
    message: `0x${hresult.toString(16)} is not a Win32 error`,
  };
}

/**
 * Reads an ErrorId: a non-negative integer within uint32, or a string that parses as a
 * diagnostics header (with or without its name). `undefined` for anything else.
 *
 * @example
 * parseErrorId('ms-diagnostics: 1008;reason="x"') // 1008
 */
function parseErrorId(value: unknown): number | undefined {
  const parsed = parseDiagnosticsHeader(asText(value));
  return parsed.ok ? parsed.errorId : undefined;
}

/**
 * Reads a SIP status code (100 to 699) from an integer, `"486"`, `"486 Busy Here"` or a
 * status line such as `"SIP/2.0 486 Busy Here"`; `undefined` for anything else.
 */
function parseSipStatus(value: unknown): number | undefined {
  const s = asText(value);
  if (typeof s !== 'string') return undefined;
  const end = s.length;
  let i = skipSpace(s, 0, end);
  // RFC 3261 7.2: Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF.
  if (s.slice(i, i + 4).toLowerCase() === 'sip/') {
    while (i < end && !isSpace(s.charCodeAt(i))) i++;
    const versionEnd = i;
    i = skipSpace(s, i, end);
    if (i === versionEnd) return undefined;
  }
  const code = threeDigits(s, i);
  // The code must stand alone: `4860` or `486abc` is no status.
  return code >= 100 && code <= 699 && (i + 3 === end || isSpace(s.charCodeAt(i + 3)))
    ? code
    : undefined;
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
