/** The most text read: an error line is a few dozen characters. */
const MAX_LENGTH = 4096;
const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c) => c >= 48 && c <= 57;
const isHex = (c) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** An HRESULT as `0x` + 8 lower-case hex digits, from its 32-bit value (signed or not). */
function hresultOf(value) {
    return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
const problem = (message) => ({ field: 'input', message });
/**
 * Reads a number as MSNP input: 0-999 is a code; any other 32-bit integer (signed, as
 * .NET and COM report it, or unsigned) is an HRESULT.
 */
function parseMsnpNumber(value) {
    const out = {
        code: undefined,
        hresult: undefined,
        transactionId: undefined,
        problems: [],
    };
    if (!Number.isInteger(value)) {
        out.problems.push(problem(`${String(value)} is not a whole number`));
    }
    else if (value >= 0 && value <= 999) {
        out.code = value;
    }
    else if (value >= -0x80000000 && value <= 0xffffffff) {
        out.hresult = hresultOf(value);
    }
    else {
        out.problems.push(problem(`${String(value)} is neither a code nor a 32-bit HRESULT`));
    }
    return out;
}
/**
 * Reads an error line as received (`217 12\r\n`; a trace's `<<< 217 12\r\n` with the seed's
 * literal `\r\n` also works), a bare code (`217`) or an HRESULT (`0x81000430`, or a decimal
 * such as `-2130705360`).
 */
function parseMsnpLine(text, meter) {
    const out = {
        code: undefined,
        hresult: undefined,
        transactionId: undefined,
        problems: [],
    };
    const end = Math.min(text.length, MAX_LENGTH);
    if (text.length > MAX_LENGTH) {
        out.problems.push(problem(`only the first ${MAX_LENGTH} characters were read`));
    }
    let i = 0;
    const at = (n) => {
        if (meter)
            meter.steps++;
        return n < end ? text.charCodeAt(n) : -1;
    };
    const skipSpaces = () => {
        while (i < end && isSpace(at(i)))
            i++;
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
    if (at(i) === 48 && (at(i + 1) === 120 || at(i + 1) === 88)) {
        // 0x...: an HRESULT.
        i += 2;
        const digits = i;
        while (i < end && isHex(at(i)))
            i++;
        const count = i - digits;
        if (count >= 1 && count <= 8 && endsToken(i)) {
            out.hresult = `0x${text.slice(digits, i).toLowerCase().padStart(8, '0')}`;
        }
        else {
            out.problems.push(problem(`"${clip(text, start, i)}" is not an HRESULT of 1 to 8 hex digits`));
            return out;
        }
    }
    else if (isDigit(at(i)) || (at(i) === 45 && isDigit(at(i + 1)))) {
        const negative = at(i) === 45;
        if (negative)
            i++;
        const digits = i;
        while (i < end && isDigit(at(i)))
            i++;
        const count = i - digits;
        if (!endsToken(i)) {
            while (i < end && !isSpace(at(i)))
                i++;
            out.problems.push(problem(`"${clip(text, start, i)}" is not a code`));
            return out;
        }
        if (!negative && count === 3) {
            out.code = Number(text.slice(digits, i));
        }
        else if (count <= 10) {
            const parsed = parseMsnpNumber(Number(text.slice(start, i)));
            out.code = parsed.code;
            out.hresult = parsed.hresult;
            out.problems.push(...parsed.problems);
            if (parsed.code !== undefined) {
                // `5` or `0217`: read as the code, but an MSNP code is always three digits.
                out.problems.push(problem(`"${clip(text, start, i)}" is not a three-digit code`));
            }
        }
        else {
            out.problems.push(problem(`"${clip(text, start, i)}" is too long for a code or HRESULT`));
            return out;
        }
    }
    else {
        out.problems.push(problem('the text does not start with a code or an HRESULT'));
        return out;
    }
    // The transaction id: the next token, without a trailing literal `\r\n`.
    skipSpaces();
    const idStart = i;
    while (i < end && !isSpace(at(i)) && !(at(i) === 92 && at(i + 1) === 114))
        i++;
    if (i > idStart)
        out.transactionId = text.slice(idStart, i);
    return out;
    /** A number ends at a space, the end, or the literal `\r\n` a seed trace shows. */
    function endsToken(n) {
        const c = at(n);
        return n >= end || isSpace(c) || (c === 92 && at(n + 1) === 114);
    }
}
/** A short quote of the text for a problem message. */
function clip(text, from, to) {
    const part = text.slice(from, Math.min(to, from + 40));
    return to - from > 40 ? `${part}...` : part;
}
export { hresultOf, parseMsnpLine, parseMsnpNumber };
