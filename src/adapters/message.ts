/**
 * One view of a SIP message, whether it came as a JsSIP or SIP.js message object or as raw
 * text: the start line, the headers by name (every one of a name, unfolded) and the dialog
 * identifiers an error report needs ([MS-OCER] 2.2.2).
 *
 * Library objects are read by duck typing, inside `try`, through `getHeaders` (never
 * `getHeader`, which returns only the first header of a name, and never `parseHeader`:
 * SIP.js deletes an `ms-diagnostics` value it cannot parse, JsSIP throws "Invalid rule name").
 * Neither library unfolds continuation lines, so every value is unfolded here.
 */

/** A SIP message reduced to what the adapters and the error report read. */
interface SipMessageView {
  /** `'response'` for a status line, `'request'` for a request line. */
  kind: 'response' | 'request';
  /** The request method, or the CSeq method of a response; upper-cased. */
  method: string | undefined;
  /** The status code of a response. */
  status: number | undefined;
  /** The reason phrase of a response. */
  reasonPhrase: string | undefined;
  /** Every value of a header, unfolded and trimmed, in the order received. */
  header(name: string): string[];
  callId: string | undefined;
  fromUri: string | undefined;
  fromTag: string | undefined;
  toUri: string | undefined;
  toTag: string | undefined;
  /** The body, when there is one. */
  body: string | undefined;
  /**
   * True when the library made the response up itself (SIP.js answers a timeout with a 408
   * and a transport error with a 503 that carry no header at all).
   */
  madeLocally: boolean;
}

// RFC 3261 section 7.3.3 compact forms, for raw text.
const COMPACT: Record<string, string> = Object.assign(Object.create(null), {
  i: 'call-id',
  f: 'from',
  t: 'to',
  c: 'content-type',
  l: 'content-length',
  m: 'contact',
  v: 'via',
  e: 'content-encoding',
  k: 'supported',
  s: 'subject',
  // RFC 6665 7.2 (RFC 3265 before it): the compact form of Event.
  o: 'event',
});

// Raw text longer than this is cut before parsing: no SIP message over a WebSocket is near it,
// and the parse stays bounded whatever a log holds.
const MAX_MESSAGE_LENGTH = 1_048_576;

/**
 * Joins continuation lines (CRLF or LF followed by SP / HTAB) with one space, then trims. One
 * regular-expression pass: building the text a character at a time made a 1 MB header a
 * million strings for the collector.
 */
function unfold(value: string): string {
  return value.replace(/\r\n[ \t]*|[\r\n][ \t]*/g, ' ').trim();
}

/** The URI inside `<…>` of a name-addr, or the addr-spec before its parameters. */
function uriOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const open = value.indexOf('<');
  if (open >= 0) {
    const close = value.indexOf('>', open);
    return (close > open ? value.slice(open + 1, close) : value.slice(open + 1)).trim();
  }
  const semi = value.indexOf(';');
  return (semi >= 0 ? value.slice(0, semi) : value).trim() || undefined;
}

/** The `tag` parameter of a From / To value (after the `>` when there is one). */
function tagOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const close = value.lastIndexOf('>');
  const params = close >= 0 ? value.slice(close + 1) : value;
  for (const part of params.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'tag') {
      return part.slice(eq + 1).trim() || undefined;
    }
  }
  return undefined;
}

/** The method of a CSeq value; a reversed `CSeq: INVITE 1` (both libraries throw) still reads. */
function cseqMethod(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  for (const part of value.split(/[ \t]+/)) {
    if (part !== '' && !/^\d+$/.test(part)) return part.toUpperCase();
  }
  return undefined;
}

function statusOf(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 999 ? n : undefined;
}

/** A view of raw SIP text (a whole message, or a `message/sipfrag` body). Never throws. */
function viewOfSipText(text: unknown): SipMessageView | undefined {
  if (typeof text !== 'string') return undefined;
  const source = text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text;
  // The head ends at the first empty line (CRLF CRLF, or LF LF in logs).
  let headEnd = source.length;
  let bodyStart = source.length;
  const crlf = source.indexOf('\r\n\r\n');
  const lf = source.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) {
    headEnd = crlf;
    bodyStart = crlf + 4;
  } else if (lf >= 0) {
    headEnd = lf;
    bodyStart = lf + 2;
  }
  const lines = source
    .slice(0, headEnd)
    .replace(/^[\r\n]+/, '')
    .split(/\r?\n/);
  const startLine = (lines[0] ?? '').trim();
  let kind: 'response' | 'request';
  let method: string | undefined;
  let status: number | undefined;
  let reasonPhrase: string | undefined;
  if (/^SIP\/2\.0[ \t]/i.test(startLine)) {
    kind = 'response';
    const rest = startLine.slice(8).trim();
    const space = rest.search(/[ \t]/);
    status = statusOf(space < 0 ? rest : rest.slice(0, space));
    reasonPhrase = space < 0 ? undefined : rest.slice(space + 1).trim() || undefined;
    if (status === undefined) return undefined;
  } else {
    const parts = startLine.split(/[ \t]+/);
    if (parts.length < 2 || !/^[A-Za-z][A-Za-z0-9._!%*+`'~-]*$/.test(parts[0] ?? '')) {
      return undefined;
    }
    kind = 'request';
    method = (parts[0] ?? '').toUpperCase();
  }
  const headers = new Map<string, string[]>();
  let current: { name: string; value: string } | undefined;
  const flush = () => {
    if (!current) return;
    const list = headers.get(current.name) ?? [];
    list.push(unfold(current.value));
    headers.set(current.name, list);
    current = undefined;
  };
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] ?? '';
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.value += `\r\n${line}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const rawName = line.slice(0, colon).trim().toLowerCase();
    current = { name: COMPACT[rawName] ?? rawName, value: line.slice(colon + 1) };
  }
  flush();
  const first = (name: string) => headers.get(name)?.[0];
  const from = first('from');
  const to = first('to');
  return {
    kind,
    method: method ?? cseqMethod(first('cseq')),
    status,
    reasonPhrase,
    header: (name) => [...(headers.get(name.toLowerCase()) ?? [])],
    callId: first('call-id') || undefined,
    fromUri: uriOf(from),
    fromTag: tagOf(from),
    toUri: uriOf(to),
    toTag: tagOf(to),
    body: bodyStart < source.length ? source.slice(bodyStart) : undefined,
    madeLocally: false,
  };
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}

/** Reads a property, answering undefined where a getter throws. */
function read(object: Loose, key: string): unknown {
  try {
    return object[key];
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** `String(uri)` of a library's URI object, guarded. */
function uriText(nameAddr: unknown): string | undefined {
  if (!isObject(nameAddr)) return undefined;
  try {
    const uri = read(nameAddr, 'uri');
    const value = uri === undefined ? undefined : String(uri);
    return value === '' || value === 'undefined' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** Every raw value of a header in a library message: `getHeaders`, else its `headers` table. */
function libraryHeaderValues(message: Loose, name: string): string[] {
  try {
    const getHeaders = read(message, 'getHeaders');
    if (typeof getHeaders === 'function') {
      const values: unknown = getHeaders.call(message, name);
      if (Array.isArray(values)) {
        return values.filter((v): v is string => typeof v === 'string').map(unfold);
      }
    }
    const table = read(message, 'headers');
    if (isObject(table)) {
      const wanted = name.toLowerCase();
      for (const key of Object.keys(table)) {
        if (key.toLowerCase() !== wanted) continue;
        const entries = table[key];
        if (!Array.isArray(entries)) return [];
        return entries
          .map((entry: unknown) => (isObject(entry) ? read(entry, 'raw') : entry))
          .filter((v): v is string => typeof v === 'string')
          .map(unfold);
      }
    }
  } catch {
    // A hostile or half-built object: no values.
  }
  return [];
}

/** True when the object has no header at all (SIP.js's own 408 / 503). */
function hasNoHeaders(message: Loose): boolean {
  const table = read(message, 'headers');
  return (
    isObject(table) && Object.keys(table).length === 0 && typeof read(message, 'data') !== 'string'
  );
}

/**
 * A view of a JsSIP (`IncomingResponse`, `IncomingRequest`) or SIP.js
 * (`IncomingResponseMessage`, `IncomingRequestMessage`) message object. Never throws.
 */
function viewOfLibraryMessage(message: unknown): SipMessageView | undefined {
  if (!isObject(message)) return undefined;
  const status = statusOf(read(message, 'status_code') ?? read(message, 'statusCode'));
  const rawMethod = text(read(message, 'method'));
  if (status === undefined && rawMethod === undefined) return undefined;
  const madeLocally = status !== undefined && hasNoHeaders(message);
  const body = read(message, 'body');
  return {
    kind: status === undefined ? 'request' : 'response',
    method: rawMethod?.toUpperCase(),
    status,
    reasonPhrase: text(read(message, 'reason_phrase') ?? read(message, 'reasonPhrase')),
    header: (name) => libraryHeaderValues(message, name),
    callId: text(read(message, 'call_id') ?? read(message, 'callId')),
    fromUri: uriText(read(message, 'from')),
    fromTag: text(read(message, 'from_tag') ?? read(message, 'fromTag')),
    toUri: uriText(read(message, 'to')),
    toTag: text(read(message, 'to_tag') ?? read(message, 'toTag')),
    body: typeof body === 'string' && body !== '' ? body : undefined,
    madeLocally,
  };
}

export type { SipMessageView };
export { isObject, read, unfold, viewOfLibraryMessage, viewOfSipText };
