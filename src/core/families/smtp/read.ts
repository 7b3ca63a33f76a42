/**
 * The lenient reader of SMTP replies as apps receive them: a reply line with any wrapper text
 * before or after its code (`host mx.example.jp[192.0.2.1] said: 550 5.1.1 …`, `Remote Server
 * returned '550 5.1.1 …'`, `… (#5.1.2)`), multi-line replies (`550-5.1.1 …` continuation lines,
 * RFC 5321 4.2.1), transcripts of several replies, RFC 3464 delivery-status fields pasted as
 * text (`Status:`, `Action:`, `Diagnostic-Code: smtp; …`, folded lines), and prose with no code.
 *
 * One left-to-right pass over the characters for the replies and one over the lines for the
 * fields; no backtracking regular expression ever sees the input, so the work is linear in its
 * length, which is capped (MAX_LENGTH).
 */
import type { InputProblem } from '../../family';

/** The longest text read; the rest is ignored, with a problem noted. */
const MAX_LENGTH = 100_000;

/** The longest reply text kept (a reply is one paragraph; a longer one is not a reply). */
const MAX_REPLY_TEXT = 4_000;

/** One reply found in the text. */
interface SmtpReply {
  /** The basic reply code (`'550'`) or an Outlook error number (`'0x800CCC0E'`). */
  code: string | undefined;
  /** The RFC 3463 enhanced status code (`'5.1.1'`; `'X.1.1'` as Outlook's table prints it). */
  enhancedCode: string | undefined;
  /** The reply's text after its codes, its lines joined by single spaces. */
  text: string;
  /** How many lines the reply took (continuation lines included). */
  lines: number;
}

/** RFC 3464 delivery-status fields found in a text (the first of each). */
interface DsnFields {
  action: string | undefined;
  status: string | undefined;
  diagnosticCode: string | undefined;
  recipient: string | undefined;
  remoteMta: string | undefined;
}

/** A text, read. */
interface ReadText {
  /** Every reply, in order. */
  replies: SmtpReply[];
  /** The reply that decides: the last failure that is not a consequence of an earlier one. */
  decisive: SmtpReply | undefined;
  /** The paragraph around the decisive reply (its wrapper's words), or the whole text. */
  paragraph: string;
  /** The text read (capped), for the word rules when no reply has a code. */
  text: string;
  /** Delivery-status fields pasted with the text. */
  fields: DsnFields;
  problems: InputProblem[];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isBlank = (c: number) => c === 32 || c === 9;
const isNewline = (c: number) => c === 10 || c === 13;

/** RFC 5321 4.2.2-4.2.3 failure codes: read even in the middle of a sentence of a transcript. */
const KNOWN_FAILURES = new Set([
  '421',
  '450',
  '451',
  '452',
  '454',
  '455',
  '500',
  '501',
  '502',
  '503',
  '504',
  '521',
  '530',
  '534',
  '535',
  '538',
  '550',
  '551',
  '552',
  '553',
  '554',
  '555',
  '556',
]);

/** Characters after which a code starts a reply (`said: 550`, `'550`, `(#5.1.2)`, `<5.1.1>`). */
const OPENERS = new Set([':', ';', "'", '"', '(', '[', '<', '=', '#', ',', '>', '*', '|']);

/** The end of a basic reply code at `i` (first digit 2-5, second 0-5), or -1. */
function basicEnd(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  if (!(a >= 50 && a <= 53 && b >= 48 && b <= 53 && isDigit(c))) return -1;
  const next = s.charCodeAt(i + 3);
  if (Number.isNaN(next) || isBlank(next) || isNewline(next) || next === 44) return i + 3;
  // `550-5.1.1`: a continuation line, or the enhanced code joined by a hyphen.
  if (next === 45 && !Number.isNaN(s.charCodeAt(i + 4)) && !isBlank(s.charCodeAt(i + 4)))
    return i + 3;
  return -1;
}

/** The end of `0x` and hex digits at `i` (an Outlook error number), or -1. */
function hexEnd(s: string, i: number): number {
  if (s[i] !== '0' || (s[i + 1] !== 'x' && s[i + 1] !== 'X')) return -1;
  let j = i + 2;
  while (j < s.length && j - i < 18 && isHex(s.charCodeAt(j))) j++;
  if (j === i + 2) return -1;
  const next = s.charCodeAt(j);
  return Number.isNaN(next) || !isAlnum(next) ? j : -1;
}

/** The end of an enhanced code `c.s.d` at `i` (class 2, 4, 5 or X; 1-3 digits each), or -1. */
function enhancedEnd(s: string, i: number): number {
  const cls = s[i];
  if (cls !== '2' && cls !== '4' && cls !== '5' && cls !== 'X' && cls !== 'x') return -1;
  let j = i + 1;
  for (let part = 0; part < 2; part++) {
    if (s[j] !== '.') return -1;
    const start = ++j;
    while (j < s.length && j - start < 3 && isDigit(s.charCodeAt(j))) j++;
    if (j === start) return -1;
  }
  const next = s.charCodeAt(j);
  if (Number.isNaN(next)) return j;
  if (isAlnum(next)) return -1;
  // `5.1.1.4` is a version or an address, not a status code.
  if (next === 46 && isDigit(s.charCodeAt(j + 1))) return -1;
  return j;
}

/** The previous character that is not a blank, from `i - 1` back (at most 8 steps), or ''. */
function previousChar(s: string, i: number): { ch: string; lineStart: boolean } {
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 8 && isBlank(s.charCodeAt(j))) {
    j--;
    steps++;
  }
  if (j < 0 || isNewline(s.charCodeAt(j))) return { ch: '', lineStart: true };
  if (steps === 8) return { ch: ' ', lineStart: false };
  return { ch: s[j] as string, lineStart: false };
}

interface Token {
  code: string | undefined;
  enhancedCode: string | undefined;
  /** Where the token starts and where its text starts. */
  start: number;
  textStart: number;
  /** `550-…`: more lines of the same reply follow. */
  continued: boolean;
  lineStart: boolean;
}

/** Reads a code token at `i` if one starts there (with the boundary rules above). */
function tokenAt(s: string, i: number): Token | undefined {
  const c = s.charCodeAt(i);
  if (!(isDigit(c) || c === 88 || c === 120)) return undefined;
  const before = i > 0 ? s.charCodeAt(i - 1) : Number.NaN;
  if (
    !Number.isNaN(before) &&
    (isAlnum(before) ||
      before === 46 ||
      before === 45 ||
      before === 47 ||
      before === 64 ||
      before === 95)
  )
    return undefined;
  const prev = previousChar(s, i);
  const strong = prev.lineStart || OPENERS.has(prev.ch);

  let end = basicEnd(s, i);
  let code: string | undefined;
  let continued = false;
  if (end >= 0) {
    code = s.slice(i, end);
    if (!strong && !KNOWN_FAILURES.has(code)) return undefined;
    continued = s[end] === '-';
  } else if (strong) {
    end = hexEnd(s, i);
    if (end >= 0) code = `0x${s.slice(i + 2, end).toUpperCase()}`;
  }
  let j = code === undefined ? i : end;
  if (code !== undefined) {
    // `550 5.1.1`, `550-5.1.1`, Gmail's `550, "5.1.1"`, SES's `550-'5.2.2`.
    let k = j;
    while (k < s.length && k - j < 4 && ` \t-,":'`.includes(s[k] as string)) k++;
    const e = enhancedEnd(s, k);
    if (e >= 0) {
      const enhancedCode = normaliseEnhanced(s.slice(k, e));
      return { code, enhancedCode, start: i, textStart: e, continued, lineStart: prev.lineStart };
    }
    return {
      code,
      enhancedCode: undefined,
      start: i,
      textStart: j,
      continued,
      lineStart: prev.lineStart,
    };
  }
  const e = enhancedEnd(s, i);
  if (e < 0) return undefined;
  // A lone `X.1.1` is the table's form: only where a code is expected.
  if ((s[i] === 'X' || s[i] === 'x') && !strong) return undefined;
  j = e;
  return {
    code: undefined,
    enhancedCode: normaliseEnhanced(s.slice(i, e)),
    start: i,
    textStart: j,
    continued: false,
    lineStart: prev.lineStart,
  };
}

const normaliseEnhanced = (e: string) => (e[0] === 'x' ? `X${e.slice(1)}` : e);

/** A reply's class: the basic code's first digit, else the enhanced code's; `0` for Outlook's numbers. */
function classOf(r: {
  code: string | undefined;
  enhancedCode: string | undefined;
}): string | undefined {
  if (r.code !== undefined) return r.code.startsWith('0x') ? '0' : r.code[0];
  return r.enhancedCode?.[0];
}

/** Collapses whitespace runs to single spaces and trims; linear. */
function squeeze(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length && out.length < MAX_REPLY_TEXT; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      space = out !== '';
    } else {
      if (space) out += ' ';
      out += text[i];
      space = false;
    }
  }
  return out;
}

interface Found extends SmtpReply {
  paragraphStart: number;
  paragraphEnd: number;
}

/** Finds every reply in `s`, merging continuation lines; one pass. */
function scanReplies(s: string): Found[] {
  const found: Found[] = [];
  let current: (Found & { textStart: number; continued: boolean }) | undefined;
  let paragraphStart = 0;
  const open: Found[] = [];
  const close = (at: number) => {
    if (current === undefined) return;
    current.text = squeeze(`${current.text} ${s.slice(current.textStart, at)}`);
    current = undefined;
  };
  const endParagraph = (at: number) => {
    close(at);
    for (const f of open) f.paragraphEnd = at;
    open.length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph and any reply in it.
      let j = i + 1;
      while (j < s.length && (isBlank(s.charCodeAt(j)) || s.charCodeAt(j) === 13)) j++;
      if (j < s.length && s.charCodeAt(j) === 10) {
        endParagraph(i);
        paragraphStart = j;
      }
      continue;
    }
    const t = tokenAt(s, i);
    if (t === undefined) continue;
    if (
      current !== undefined &&
      t.code !== undefined &&
      t.code === current.code &&
      current.continued
    ) {
      // `550-5.1.1 …` then `550 5.1.1 …`: the same reply's next line, also where a bounce
      // re-wrapped the lines (Postfix: `… originating 421-4.7.28 from your …`).
      current.text = `${current.text} ${s.slice(current.textStart, t.start)}`;
      current.textStart = t.textStart;
      current.continued = t.continued;
      current.lines++;
      i = t.textStart - 1;
      continue;
    }
    if (
      current !== undefined &&
      t.code === undefined &&
      current.code !== undefined &&
      current.enhancedCode === undefined &&
      classOf(current) === t.enhancedCode?.[0]
    ) {
      // `550 sorry, no mailbox here by that name. (#5.1.1)`: the reply's own enhanced code.
      current.enhancedCode = t.enhancedCode;
      i = t.textStart - 1;
      continue;
    }
    close(t.start);
    current = {
      code: t.code,
      enhancedCode: t.enhancedCode,
      text: '',
      lines: 1,
      textStart: t.textStart,
      continued: t.continued,
      paragraphStart,
      paragraphEnd: s.length,
    };
    found.push(current);
    open.push(current);
    i = t.textStart - 1;
  }
  endParagraph(s.length);
  return found.map(({ code, enhancedCode, text, lines, paragraphStart: ps, paragraphEnd: pe }) => ({
    code,
    enhancedCode,
    text,
    lines,
    paragraphStart: ps,
    paragraphEnd: pe,
  }));
}

/**
 * A reply that only follows from an earlier failure: `503 need RCPT command`, Postfix's
 * `554 5.5.1 Error: no valid recipients` after every RCPT TO was refused.
 */
function isConsequence(r: SmtpReply): boolean {
  if (r.code === '503' || r.enhancedCode === '5.5.1') return true;
  const t = r.text.toLowerCase();
  return t.includes('no valid recipients') || t.includes('need rcpt');
}

/** The decisive reply: the last failure that is not a consequence; else the last reply. */
function decisiveOf(replies: readonly Found[]): Found | undefined {
  let lastFailure: Found | undefined;
  let lastCause: Found | undefined;
  let lastAny: Found | undefined;
  for (const r of replies) {
    lastAny = r;
    const cls = classOf(r);
    if (cls === '4' || cls === '5' || cls === 'X' || cls === '0') {
      if (lastFailure === undefined || !isConsequence(r)) lastCause = r;
      lastFailure = r;
    }
  }
  return lastCause ?? lastFailure ?? lastAny;
}

/** The RFC 3464 per-recipient fields the reader takes, by lower-case name. */
const FIELD_NAMES: Readonly<Record<string, keyof DsnFields>> = {
  action: 'action',
  status: 'status',
  'diagnostic-code': 'diagnosticCode',
  'final-recipient': 'recipient',
  'original-recipient': 'recipient',
  'remote-mta': 'remoteMta',
};

/** Other RFC 3464 fields: recognised so that their lines leave the free text. */
const OTHER_FIELDS = new Set([
  'reporting-mta',
  'received-from-mta',
  'arrival-date',
  'last-attempt-date',
  'will-retry-until',
  'x-postfix-queue-id',
  'x-postfix-sender',
  'x-actual-recipient',
  'dsn-gateway',
  'original-envelope-id',
  'x-original-message-id',
  'x-display-name',
]);

/** A field name at the start of a line (`Diagnostic-Code:`), lower case, or undefined. */
function fieldNameOf(line: string): string | undefined {
  let j = 0;
  while (j < line.length && j < 40) {
    const c = line.charCodeAt(j);
    if (!(isAlnum(c) || c === 45)) break;
    j++;
  }
  if (j === 0 || line[j] !== ':') return undefined;
  return line.slice(0, j).toLowerCase();
}

/** `rfc822; bob@example.org` → `bob@example.org`; `dns; mx.example.org` → `mx.example.org`. */
function withoutType(value: string): string {
  const semi = value.indexOf(';');
  if (semi < 0 || semi > 40) return value.trim();
  const type = value.slice(0, semi).trim();
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (!(isAlnum(c) || c === 45)) return value.trim();
  }
  return value.slice(semi + 1).trim();
}

/**
 * Takes the delivery-status field lines out of a text: the fields (first of each, folded lines
 * joined) and the rest of the text, in order. A text without fields comes back unchanged.
 */
function splitFields(s: string): { fields: DsnFields; rest: string } {
  const fields: DsnFields = {
    action: undefined,
    status: undefined,
    diagnosticCode: undefined,
    recipient: undefined,
    remoteMta: undefined,
  };
  if (!s.includes(':')) return { fields, rest: s };
  const rest: string[] = [];
  let last: keyof DsnFields | 'other' | undefined;
  let any = false;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 10) continue;
    const line = s.slice(start, i).replace(/\r$/, '');
    start = i + 1;
    if (last !== undefined && line.length > 0 && isBlank(line.charCodeAt(0))) {
      if (last !== 'other' && fields[last] !== undefined)
        fields[last] = `${fields[last]} ${line.trim()}`;
      continue;
    }
    const name = fieldNameOf(line);
    const key =
      name === undefined
        ? undefined
        : Object.hasOwn(FIELD_NAMES, name)
          ? FIELD_NAMES[name]
          : undefined;
    if (key !== undefined) {
      any = true;
      // The first recipient's block wins; later blocks' fields are left for them.
      if (fields[key] === undefined) {
        fields[key] = line.slice((name as string).length + 1).trim();
        last = key;
      } else {
        last = 'other';
      }
      continue;
    }
    if (name !== undefined && OTHER_FIELDS.has(name)) {
      any = true;
      last = 'other';
      continue;
    }
    last = undefined;
    rest.push(line);
  }
  if (!any) return { fields, rest: s };
  if (fields.recipient !== undefined) fields.recipient = withoutType(fields.recipient);
  if (fields.remoteMta !== undefined) fields.remoteMta = withoutType(fields.remoteMta);
  return { fields, rest: rest.join('\n') };
}

/** A Diagnostic-Code's text without its diagnostic type (`smtp;`, `x-postfix;`, `X-Notes;`). */
function diagnosticText(value: string): string {
  return withoutType(value);
}

/** Reads a text; never throws, whatever it is given. */
function readText(input: string, extra?: Partial<DsnFields>): ReadText {
  const problems: InputProblem[] = [];
  let s = input;
  if (s.length > MAX_LENGTH) {
    problems.push({
      field: 'input',
      message: `text longer than ${MAX_LENGTH} characters; the rest is ignored`,
    });
    s = s.slice(0, MAX_LENGTH);
  }
  const { fields: pasted, rest } = splitFields(s);
  const fields: DsnFields = {
    action: extra?.action ?? pasted.action,
    status: extra?.status ?? pasted.status,
    diagnosticCode: extra?.diagnosticCode ?? pasted.diagnosticCode,
    recipient: extra?.recipient ?? pasted.recipient,
    remoteMta: extra?.remoteMta ?? pasted.remoteMta,
  };
  // A text that is a Diagnostic-Code value itself (`smtp; 550 …`) loses its type too.
  const free = diagnosticText(rest);
  const freeReplies = scanReplies(free);
  let replies: Found[] = freeReplies;
  let decisive = decisiveOf(freeReplies);
  let paragraph =
    decisive === undefined ? free : free.slice(decisive.paragraphStart, decisive.paragraphEnd);
  if (fields.diagnosticCode !== undefined) {
    const diag = diagnosticText(fields.diagnosticCode.slice(0, MAX_LENGTH));
    const diagReplies = scanReplies(diag);
    const fromDiag = decisiveOf(diagReplies);
    replies = [...freeReplies, ...diagReplies];
    if (fromDiag !== undefined || diag !== '') {
      // The Diagnostic-Code is the remote server's own words: it decides over a wrapper.
      decisive = fromDiag ?? {
        code: undefined,
        enhancedCode: undefined,
        text: squeeze(diag),
        lines: 1,
        paragraphStart: 0,
        paragraphEnd: diag.length,
      };
      paragraph = diag;
    }
  }
  return {
    replies: replies.map(({ code, enhancedCode, text, lines }) => ({
      code,
      enhancedCode,
      text,
      lines,
    })),
    decisive:
      decisive === undefined
        ? undefined
        : {
            code: decisive.code,
            enhancedCode: decisive.enhancedCode,
            text: decisive.text,
            lines: decisive.lines,
          },
    paragraph,
    text: free,
    fields,
    problems,
  };
}

/** The enhanced code at the start of a Status field (`5.1.1 (permanent failure)`), if any. */
function statusCode(status: string | undefined): string | undefined {
  if (status === undefined) return undefined;
  const s = status.trim();
  const e = enhancedEnd(s, 0);
  return e < 0 ? undefined : normaliseEnhanced(s.slice(0, e));
}

export type { DsnFields, ReadText, SmtpReply };
export {
  classOf,
  diagnosticText,
  MAX_LENGTH,
  readText,
  scanReplies,
  splitFields,
  statusCode,
  withoutType,
};
