/**
 * Reads an `application/msrtc-reporterror+xml` document ([MS-OCER] 2.2.2, seed lines 133-168;
 * Appendix A, lines 333-412) back into its fields.
 *
 * A hand parser for exactly this document, because the kit takes no runtime dependency and
 * Node has no XML parser: one forward pass over the text (linear in its length), elements
 * matched by namespace and local name, elements of other namespaces (`xs:any ##other`) and
 * unknown attributes skipped, no DTD (a `<!DOCTYPE` is refused, so no entity expansion), and
 * never an exception: a document it cannot read is `{ ok: false }` with a closed error code.
 * Leading and trailing whitespace of a diagHeader is dropped (the spec's own example,
 * lines 158-159, puts a line break and indentation before `</diagHeader>`).
 */
import type { ErrorReportFields } from './fields';
import { REPORT_NAMESPACE } from './fields';

/** Why a report could not be read. */
type ReportParseError =
  | 'not-a-string'
  | 'too-long'
  | 'malformed'
  | 'not-a-report'
  | 'missing-error'
  | 'missing-attribute'
  | 'invalid-response-code'
  | 'missing-progress-reports';

/** A report as read: its fields, with `diagHeader` a string, a list (several) or undefined. */
interface ParsedErrorReportFields extends ErrorReportFields {
  diagHeader: string | string[] | undefined;
  progressReports: string[];
}

/** The answer of `parseErrorReport`. */
type ParsedErrorReport =
  | ({ ok: true } & ParsedErrorReportFields)
  | { ok: false; error: ReportParseError; message: string };

interface XmlElement {
  ns: string | undefined;
  local: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
  scope: Map<string, string>;
}

// A document with the largest values the spec allows and a few hundred progress reports stays
// far below this; anything longer is refused from its length alone.
const MAX_DOCUMENT_LENGTH = 16 * 1_048_576;
const MAX_DEPTH = 64;

class Malformed {
  constructor(readonly message: string) {}
}

function isNameChar(c: number): boolean {
  return !(
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 47 ||
    c === 62 ||
    c === 61 ||
    Number.isNaN(c)
  );
}

const NAMED: Record<string, string> = Object.assign(Object.create(null), {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
});

/**
 * Decodes entity and character references; in an attribute a literal tab or line break is a
 * space (XML 1.0 3.3.3), in text a CR LF or lone CR is LF (2.11).
 */
function decode(raw: string, inAttribute: boolean, at: number): string {
  // Plain runs are copied as slices: only `&`, `<`, CR (and tab / LF in an attribute) stop it.
  let out = '';
  let from = 0;
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    const special = c === 38 || c === 60 || c === 13 || (inAttribute && (c === 9 || c === 10));
    if (!special) {
      i++;
      continue;
    }
    out += raw.slice(from, i);
    if (c === 38) {
      const semi = raw.indexOf(';', i);
      if (semi < 0 || semi - i > 12) throw new Malformed(`an unterminated reference at ${at + i}`);
      const name = raw.slice(i + 1, semi);
      let decoded: string | undefined;
      if (name.startsWith('#x') || name.startsWith('#X')) {
        const n = /^[0-9a-fA-F]{1,6}$/.test(name.slice(2))
          ? Number.parseInt(name.slice(2), 16)
          : Number.NaN;
        decoded = n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
      } else if (name.startsWith('#')) {
        const n = /^\d{1,7}$/.test(name.slice(1)) ? Number(name.slice(1)) : Number.NaN;
        decoded = n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
      } else decoded = NAMED[name];
      if (decoded === undefined) throw new Malformed(`an unknown reference &${name}; at ${at + i}`);
      out += decoded;
      i = semi + 1;
    } else if (c === 60) {
      throw new Malformed(`a "<" inside a value at ${at + i}`);
    } else if (c === 13) {
      out += inAttribute ? ' ' : '\n';
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      out += ' ';
      i++;
    }
    from = i;
  }
  return out + raw.slice(from);
}

function resolveName(qname: string, scope: Map<string, string>, isElement: boolean) {
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns: isElement ? scope.get('') || undefined : undefined, local: qname };
  return { ns: scope.get(qname.slice(0, colon)), local: qname.slice(colon + 1) };
}

/** Builds the element tree in one pass; throws `Malformed` (caught by the caller). */
function readTree(s: string): XmlElement {
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const rootScope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  const skipTo = (marker: string, from: number) => {
    const end = s.indexOf(marker, from);
    if (end < 0) throw new Malformed(`"${marker}" never comes after ${from}`);
    return end + marker.length;
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? s.length : lt;
    if (textEnd > i) {
      const raw = s.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(raw, false, i);
      else if (raw.trim() !== '') throw new Malformed(`text outside the root element at ${i}`);
      i = textEnd;
      continue;
    }
    if (s.startsWith('<?', i)) {
      i = skipTo('?>', i + 2);
    } else if (s.startsWith('<!--', i)) {
      i = skipTo('-->', i + 4);
    } else if (s.startsWith('<![CDATA[', i)) {
      const end = skipTo(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (!top) throw new Malformed(`CDATA outside the root element at ${i}`);
      top.text += s.slice(i + 9, end - 3);
      i = end;
    } else if (s.startsWith('<!', i)) {
      throw new Malformed(`a DTD or declaration at ${i} (not allowed here)`);
    } else if (s.startsWith('</', i)) {
      const end = s.indexOf('>', i);
      if (end < 0) throw new Malformed(`an unterminated end tag at ${i}`);
      const name = s.slice(i + 2, end).trim();
      const top = stack.pop() as (XmlElement & { qname?: string }) | undefined;
      if (!top || top.qname !== name)
        throw new Malformed(`an end tag </${name}> that closes nothing open at ${i}`);
      i = end + 1;
    } else {
      let k = i + 1;
      while (k < s.length && isNameChar(s.charCodeAt(k))) k++;
      const qname = s.slice(i + 1, k);
      if (qname === '') throw new Malformed(`a "<" with no name at ${i}`);
      const rawAttributes: [string, string][] = [];
      let selfClosing = false;
      for (;;) {
        while (k < s.length && /\s/.test(s[k] ?? '')) k++;
        if (k >= s.length) throw new Malformed(`an unterminated start tag at ${i}`);
        if (s[k] === '>') {
          k++;
          break;
        }
        if (s.startsWith('/>', k)) {
          selfClosing = true;
          k += 2;
          break;
        }
        const nameStart = k;
        while (k < s.length && isNameChar(s.charCodeAt(k))) k++;
        const attributeName = s.slice(nameStart, k);
        while (k < s.length && /\s/.test(s[k] ?? '')) k++;
        if (attributeName === '' || s[k] !== '=')
          throw new Malformed(`an attribute with no value at ${nameStart}`);
        k++;
        while (k < s.length && /\s/.test(s[k] ?? '')) k++;
        const quote = s[k];
        if (quote !== '"' && quote !== "'") throw new Malformed(`an unquoted attribute at ${k}`);
        const close = s.indexOf(quote, k + 1);
        if (close < 0) throw new Malformed(`an unterminated attribute at ${k}`);
        rawAttributes.push([attributeName, decode(s.slice(k + 1, close), true, k + 1)]);
        k = close + 1;
      }
      const parentScope = stack[stack.length - 1]?.scope ?? rootScope;
      let scope = parentScope;
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parentScope) scope = new Map(parentScope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const { ns, local } = resolveName(qname, scope, true);
      const attributes = new Map<string, string>();
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns' || name.includes(':')) continue;
        if (attributes.has(name)) throw new Malformed(`attribute ${name} twice at ${i}`);
        attributes.set(name, value);
      }
      const element: XmlElement & { qname: string } = {
        ns,
        local,
        attributes,
        children: [],
        text: '',
        scope,
        qname,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new Malformed(`a second root element at ${i}`);
      else root = element;
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH)
          throw new Malformed(`elements nested deeper than ${MAX_DEPTH}`);
        stack.push(element);
      }
      i = k;
    }
  }
  if (stack.length > 0) throw new Malformed(`<${stack[stack.length - 1]?.local}> is never closed`);
  if (!root) throw new Malformed('no element at all');
  return root;
}

function ours(element: XmlElement, local: string): boolean {
  return element.ns === REPORT_NAMESPACE && element.local === local;
}

const fail = (error: ReportParseError, message: string): ParsedErrorReport => ({
  ok: false,
  error,
  message,
});

/**
 * Reads an error report document back into its fields ([MS-OCER] 2.2.2). Never throws.
 * @example const report = parseErrorReport(xml); if (report.ok) report.responseCode;
 */
function parseErrorReport(xml: unknown): ParsedErrorReport {
  if (typeof xml !== 'string') return fail('not-a-string', 'The report is not a string.');
  if (xml.length > MAX_DOCUMENT_LENGTH)
    return fail('too-long', `The report is over ${MAX_DOCUMENT_LENGTH} characters.`);
  let root: XmlElement;
  try {
    root = readTree(xml);
  } catch (error) {
    return fail(
      'malformed',
      error instanceof Malformed
        ? `Not well-formed XML: ${error.message}.`
        : 'Not well-formed XML.',
    );
  }
  if (!ours(root, 'reportError')) {
    return fail(
      'not-a-report',
      `The root is <${root.local}> in ${root.ns ?? 'no namespace'}, not <reportError> in ${REPORT_NAMESPACE}.`,
    );
  }
  const error = root.children.find((child) => ours(child, 'error'));
  if (!error) return fail('missing-error', 'The report has no <error> element.');
  const attribute = (name: string) => error.attributes.get(name);
  const callId = attribute('callId');
  const requestType = attribute('requestType');
  const code = attribute('responseCode');
  if (callId === undefined || requestType === undefined || code === undefined) {
    const missing = [
      callId === undefined && 'callId',
      requestType === undefined && 'requestType',
      code === undefined && 'responseCode',
    ].filter(Boolean);
    return fail('missing-attribute', `<error> lacks the required ${missing.join(', ')}.`);
  }
  // xs:unsignedInt: digits with an optional "+", surrounding whitespace collapsed.
  const trimmed = code.trim();
  const responseCode = /^\+?\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(responseCode <= 4_294_967_295))
    return fail('invalid-response-code', `responseCode "${code}" is no unsigned integer.`);
  const progressElement = error.children.find((child) => ours(child, 'progressReports'));
  if (!progressElement)
    return fail('missing-progress-reports', 'The report has no <progressReports> element.');
  const diagHeaders = error.children
    .filter((child) => ours(child, 'diagHeader'))
    .map((child) => child.text.trim());
  const progressReports: string[] = [];
  for (const report of progressElement.children) {
    if (!ours(report, 'progressReport')) continue;
    const diag = report.children.find((child) => ours(child, 'diagHeader'));
    if (diag) progressReports.push(diag.text.trim());
  }
  return {
    ok: true,
    callId,
    fromUri: attribute('fromUri'),
    toUri: attribute('toUri'),
    fromTag: attribute('fromTag'),
    toTag: attribute('toTag'),
    requestType,
    contentType: attribute('contentType'),
    responseCode,
    diagHeader:
      diagHeaders.length === 0
        ? undefined
        : diagHeaders.length === 1
          ? diagHeaders[0]
          : diagHeaders,
    progressReports,
  };
}

export type { ParsedErrorReport, ParsedErrorReportFields, ReportParseError };
export { parseErrorReport };
