/**
 * The lenient reader of what an MSNP client receives: the server's error line (`217 12`,
 * the code and the transaction id, with or without `\r\n`), a sign-out line (`OUT OTH`), a
 * bare code, or the HRESULT a client API reports (`0x81000430`). One left-to-right pass over the text, no regular
 * expressions on it, so the time is linear in its length; it never throws.
 */
import type { InputProblem } from '../../family';

/** What the reader found in a line or a number. */
interface MsnpParsed {
  /** The three-digit MSNP code the line starts with. */
  code: number | undefined;
  /** An HRESULT, as `0x` and eight lower-case hex digits. */
  hresult: string | undefined;
  /** The transaction id after the code (`12` in `217 12`), as text. */
  transactionId: string | undefined;
  /** True for the server's `OUT` line: it has ended the session. */
  signedOut: boolean;
  /** The reason of an `OUT` line (`OTH`, `SSD`), upper-case; undefined when it gave none. */
  outReason: string | undefined;
  /** What was wrong with the text, if anything. */
  problems: InputProblem[];
}

/** Counts the characters the reader looks at; tests use it to check linear time. */
interface ParseMeter {
  steps: number;
}

/** The most text read: an error line is a few dozen characters. */
const MAX_LENGTH = 4096;
/** The longest `OUT` reason kept; the documented ones have three letters. */
const MAX_REASON = 16;

/** An empty reading. */
function emptyParsed(): MsnpParsed {
  return {
    code: undefined,
    hresult: undefined,
    transactionId: undefined,
    signedOut: false,
    outReason: undefined,
    problems: [],
  };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** An HRESULT as `0x` + 8 lower-case hex digits, from its 32-bit value (signed or not). */
function hresultOf(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

const problem = (message: string): InputProblem => ({ field: 'input', message });

/**
 * Reads a number as MSNP input: 0-999 is a code; any other 32-bit integer (signed, as
 * .NET and COM report it, or unsigned) is an HRESULT.
 */
function parseMsnpNumber(value: number): MsnpParsed {
  const out = emptyParsed();
  if (!Number.isInteger(value)) {
    out.problems.push(problem(`${String(value)} is not a whole number`));
  } else if (value >= 0 && value <= 999) {
    out.code = value;
  } else if (value >= -0x80000000 && value <= 0xffffffff) {
    out.hresult = hresultOf(value);
  } else {
    out.problems.push(problem(`${String(value)} is neither a code nor a 32-bit HRESULT`));
  }
  return out;
}

/**
 * Reads an error line as received (`217 12\r\n`; a trace's `<<< 217 12\r\n` with the seed's
 * literal `\r\n` also works), a bare code (`217`) or an HRESULT (`0x81000430`, or a decimal
 * such as `-2130705360`).
 */
function parseMsnpLine(text: string, meter?: ParseMeter): MsnpParsed {
  const out = emptyParsed();
  const end = Math.min(text.length, MAX_LENGTH);
  if (text.length > MAX_LENGTH) {
    out.problems.push(problem(`only the first ${MAX_LENGTH} characters were read`));
  }
  let i = 0;
  const at = (n: number) => {
    if (meter) meter.steps++;
    return n < end ? text.charCodeAt(n) : -1;
  };
  const skipSpaces = () => {
    while (i < end && isSpace(at(i))) i++;
  };

  skipSpaces();
  // A line copied from a trace starts with the direction marker `<<<`.
  if (at(i) === 60 && at(i + 1) === 60 && at(i + 2) === 60) {
    i += 3;
    skipSpaces();
  }
  if (i >= end) {
    out.problems.push(problem('the text holds no code'));
    return out;
  }

  const start = i;
  if (isOut(i)) {
    // `OUT` and an optional reason (`OUT OTH`): the server ends the session.
    out.signedOut = true;
    i += 3;
    skipSpaces();
    const from = i;
    while (i < end && i - from <= MAX_REASON && isLetterOrDigit(at(i))) i++;
    if (i - from > MAX_REASON) {
      out.problems.push(problem(`the OUT reason is longer than ${MAX_REASON} characters`));
    } else if (i > from && endsToken(i)) {
      out.outReason = text.slice(from, i).toUpperCase();
    } else if (i > from || (i < end && !endsToken(i))) {
      out.problems.push(problem('the OUT reason is not a word of letters and digits'));
    }
    return out;
  }
  if (at(i) === 48 && (at(i + 1) === 120 || at(i + 1) === 88)) {
    // 0x...: an HRESULT.
    i += 2;
    const digits = i;
    while (i < end && isHex(at(i))) i++;
    const count = i - digits;
    if (count >= 1 && count <= 8 && endsToken(i)) {
      out.hresult = `0x${text.slice(digits, i).toLowerCase().padStart(8, '0')}`;
    } else {
      out.problems.push(
        problem(`"${clip(text, start, i)}" is not an HRESULT of 1 to 8 hex digits`),
      );
      return out;
    }
  } else if (isDigit(at(i)) || (at(i) === 45 && isDigit(at(i + 1)))) {
    const negative = at(i) === 45;
    if (negative) i++;
    const digits = i;
    while (i < end && isDigit(at(i))) i++;
    const count = i - digits;
    if (!endsToken(i)) {
      while (i < end && !isSpace(at(i))) i++;
      out.problems.push(problem(`"${clip(text, start, i)}" is not a code`));
      return out;
    }
    if (!negative && count === 3) {
      out.code = Number(text.slice(digits, i));
    } else if (count <= 10) {
      const parsed = parseMsnpNumber(Number(text.slice(start, i)));
      out.code = parsed.code;
      out.hresult = parsed.hresult;
      out.problems.push(...parsed.problems);
      if (parsed.code !== undefined) {
        // `5` or `0217`: read as the code, but an MSNP code is always three digits.
        out.problems.push(problem(`"${clip(text, start, i)}" is not a three-digit code`));
      }
    } else {
      out.problems.push(problem(`"${clip(text, start, i)}" is too long for a code or HRESULT`));
      return out;
    }
  } else {
    out.problems.push(problem('the text does not start with a code or an HRESULT'));
    return out;
  }

  // The transaction id: the next token, without a trailing literal `\r\n`.
  skipSpaces();
  const idStart = i;
  while (i < end && !isSpace(at(i)) && !(at(i) === 92 && at(i + 1) === 114)) i++;
  if (i > idStart) out.transactionId = text.slice(idStart, i);
  return out;

  /** `OUT` (any case, as libpurple compares it) ending its token. */
  function isOut(n: number): boolean {
    return (
      (at(n) | 32) === 111 &&
      (at(n + 1) | 32) === 117 &&
      (at(n + 2) | 32) === 116 &&
      endsToken(n + 3)
    );
  }

  /** A number ends at a space, the end, or the literal `\r\n` a seed trace shows. */
  function endsToken(n: number): boolean {
    const c = at(n);
    return n >= end || isSpace(c) || (c === 92 && at(n + 1) === 114);
  }
}

function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A short quote of the text for a problem message. */
function clip(text: string, from: number, to: number): string {
  const part = text.slice(from, Math.min(to, from + 40));
  return to - from > 40 ? `${part}...` : part;
}

export type { MsnpParsed, ParseMeter };
export { emptyParsed, hresultOf, parseMsnpLine, parseMsnpNumber };
