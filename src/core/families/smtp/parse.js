/** The longest reply read; the rest is ignored (with a problem noted). */
const MAX_LENGTH = 20_000;
const isDigit = (c) => c >= 48 && c <= 57;
const isHex = (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isSpace = (c) => c === 32 || c === 9;
/** Reads a basic reply code at `i` (RFC 5321 4.2: %x32-35 %x30-35 %x30-39); its end or -1. */
function replyCodeEnd(s, i) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    if (!(a >= 50 && a <= 53 && b >= 48 && b <= 53 && isDigit(c)))
        return -1;
    const next = s.charCodeAt(i + 3);
    return Number.isNaN(next) || isSpace(next) || next === 45 || next === 44 ? i + 3 : -1;
}
/** Reads `0x` and hex digits at `i`; its end or -1. */
function hexCodeEnd(s, i) {
    if (s[i] !== '0' || (s[i + 1] !== 'x' && s[i + 1] !== 'X'))
        return -1;
    let j = i + 2;
    while (j < s.length && j - i < 18 && isHex(s.charCodeAt(j)))
        j++;
    if (j === i + 2)
        return -1;
    const next = s.charCodeAt(j);
    return Number.isNaN(next) || isSpace(next) || next === 58 || next === 44 ? j : -1;
}
/** Reads `c.s.d` at `i` (class 2, 4, 5 or X; one to three digits each); its end or -1. */
function enhancedEnd(s, i) {
    const cls = s[i];
    if (cls !== '2' && cls !== '4' && cls !== '5' && cls !== 'X' && cls !== 'x')
        return -1;
    let j = i + 1;
    for (let part = 0; part < 2; part++) {
        if (s[j] !== '.')
            return -1;
        const start = ++j;
        while (j < s.length && j - start < 3 && isDigit(s.charCodeAt(j)))
            j++;
        if (j === start)
            return -1;
    }
    const next = s.charCodeAt(j);
    return Number.isNaN(next) || isSpace(next) || next === 34 || next === 44 || next === 58 ? j : -1;
}
function skip(s, i, chars) {
    let j = i;
    while (j < s.length && chars.includes(s[j]))
        j++;
    return j;
}
/** Reads one line: its code, enhanced code and text. */
function readLine(line) {
    let i = skip(line, 0, ' \t');
    let code;
    let enhancedCode;
    let end = replyCodeEnd(line, i);
    if (end < 0) {
        end = hexCodeEnd(line, i);
        if (end >= 0)
            code = `0x${line.slice(i + 2, end).toUpperCase()}`;
    }
    else {
        code = line.slice(i, end);
    }
    if (code !== undefined)
        i = skip(line, end, ' \t-,":');
    const eEnd = enhancedEnd(line, i);
    if (eEnd >= 0) {
        enhancedCode = line.slice(i, eEnd);
        if (enhancedCode[0] === 'x')
            enhancedCode = `X${enhancedCode.slice(1)}`;
        i = skip(line, eEnd, ' \t",');
    }
    return { code, enhancedCode, text: line.slice(i).trim() };
}
/** Reads a reply; never throws, whatever it is given. */
function parseReply(input) {
    const problems = [];
    let s;
    if (typeof input === 'string') {
        s = input;
    }
    else if (typeof input === 'number' && Number.isFinite(input)) {
        s = String(input);
    }
    else {
        if (input !== undefined && input !== null) {
            problems.push({
                field: 'input',
                message: `expected the reply as a string, got ${typeof input}`,
            });
        }
        s = '';
    }
    if (s.length > MAX_LENGTH) {
        problems.push({
            field: 'input',
            message: `reply longer than ${MAX_LENGTH} characters; the rest is ignored`,
        });
        s = s.slice(0, MAX_LENGTH);
    }
    let code;
    let enhancedCode;
    const texts = [];
    let lines = 0;
    let start = 0;
    for (let i = 0; i <= s.length; i++) {
        const c = s.charCodeAt(i);
        if (!(Number.isNaN(c) || c === 10 || c === 13))
            continue;
        const line = s.slice(start, i);
        start = i + 1;
        if (line.trim() === '')
            continue;
        lines++;
        const read = readLine(line);
        if (lines === 1) {
            code = read.code;
            enhancedCode = read.enhancedCode;
        }
        else if (read.code !== undefined && read.code !== code) {
            problems.push({
                field: 'input',
                message: `line ${lines} has code ${read.code}, the first line ${code ?? 'none'}; the first line's code is used`,
            });
        }
        if (read.text !== '')
            texts.push(read.text);
    }
    if (lines > 0 && code === undefined && enhancedCode === undefined) {
        problems.push({ field: 'input', message: 'the reply does not start with a reply code' });
    }
    return { code, enhancedCode, text: texts.join(' '), lines, problems };
}
export { MAX_LENGTH, parseReply };
