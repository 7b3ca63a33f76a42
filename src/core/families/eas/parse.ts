/**
 * The lenient reader of an Exchange ActiveSync status as a person pastes it: a `<Status>`
 * element, a `Status: 142` line, an HTTP status line (`HTTP/1.1 449 Retry With`), an
 * `MS-ASProtocolVersion: 12.1` header, a `Retry-After: 120` header, or a bare number.
 *
 * One left-to-right pass over the text, no regular expressions: untrusted text of any length
 * is read in linear time, and `steps` counts the work so a test can check that without a clock.
 */
import type { InputProblem } from '../../family';
import type { EasInputFields } from './types';

/** What `readStatusText` found, what it worked around, and how many steps it took. */
interface ReadStatusText {
  /** The fields found; a field is absent when the text did not give it. */
  fields: EasInputFields;
  /** What was off in the text. */
  problems: InputProblem[];
  /** The work done: characters visited plus characters copied; at most 3 per character. */
  steps: number;
}

/** The longest number read (a code, or a version like `16.1`); a longer one is skipped. */
const MAX_DIGITS = 6;
/** Label words are short; a longer word is never a label and is not lowercased. */
const MAX_LABEL = 24;

type Pending = 'status' | 'http' | 'version' | 'retry' | undefined;

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 46 || // .
    c === 45 || // -
    c === 95 // _
  );
}

/** A version as the context expects it: `14` reads as `14.0`. */
function normalizeVersion(token: string): string {
  return token.includes('.') ? token : `${token}.0`;
}

/** Reads the fields of an EAS status out of free text; never throws. */
function readStatusText(text: string): ReadStatusText {
  const fields: EasInputFields = {};
  const problems: InputProblem[] = [];
  let steps = 0;
  let pending: Pending;
  let labelled: string | undefined;
  let bare: string | undefined;
  const source = typeof text === 'string' ? text : '';
  const n = source.length;

  const takeNumber = (token: string, dotted: boolean): void => {
    if (pending === 'version') {
      fields.protocolVersion ??= normalizeVersion(token);
      pending = undefined;
      return;
    }
    if (dotted) {
      // `HTTP/1.1`: the version of HTTP, before the status; keep waiting for it.
      if (pending !== 'http') pending = undefined;
      return;
    }
    if (pending === 'http') fields.httpStatus ??= Number(token);
    else if (pending === 'retry') fields.retryAfter ??= Number(token);
    else if (pending === 'status') labelled ??= token;
    else bare ??= token;
    pending = undefined;
  };

  const takeWord = (token: string): void => {
    const word = token.toLowerCase();
    if (word === 'status' || word === 'code') {
      // `HTTP status code 403` stays an HTTP status; `<Status>` opens a Status value.
      if (pending !== 'http') pending = 'status';
    } else if (word === 'http') pending = 'http';
    else if (word === 'ms-asprotocolversion' || word === 'protocolversion') pending = 'version';
    else if (word === 'retry-after') pending = 'retry';
    else pending = undefined;
  };

  let i = 0;
  while (i < n) {
    steps++;
    if (!isWordChar(source.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let numeric = true;
    let dotted = false;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c === 46) dotted = true;
      else if (c < 48 || c > 57) numeric = false;
      steps++;
      i++;
    }
    let end = i;
    // A sentence's full stop is not part of the number (`Status 142.`).
    while (end > start && source.charCodeAt(end - 1) === 46) {
      end--;
      steps++;
    }
    const length = end - start;
    if (length === 0) continue;
    if (length > (numeric ? MAX_DIGITS : MAX_LABEL)) {
      // Too long for a code or a label: noted (a number) or skipped, never copied.
      if (numeric && !dotted) {
        problems.push({ field: 'text', message: `A number of ${length} digits is no status.` });
      }
      pending = undefined;
      continue;
    }
    const token = source.slice(start, end);
    steps += length;
    if (numeric) takeNumber(token, token.includes('.'));
    else takeWord(token);
  }

  const status = labelled ?? bare;
  if (status !== undefined) fields.status = Number(status);
  if (fields.status === undefined && fields.httpStatus === undefined) {
    problems.push({ field: 'text', message: 'No Status value or HTTP status in the text.' });
  }
  return { fields, problems, steps };
}

/** Reads a status as pasted by a person; never throws. */
function parseText(text: string): EasInputFields {
  return readStatusText(text).fields;
}

export type { ReadStatusText };
export { parseText, readStatusText };
