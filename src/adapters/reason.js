/**
 * The SIP `Reason` header (RFC 3326 section 2):
 * `Reason = "Reason" HCOLON reason-value *(COMMA reason-value)`,
 * `reason-value = protocol *(SEMI reason-params)`, `protocol = "SIP" / "Q.850" / token`,
 * `reason-params = protocol-cause / reason-text / reason-extension`,
 * `protocol-cause = "cause" EQUAL cause`, `reason-text = "text" EQUAL quoted-string`.
 *
 * A CANCEL carries `Reason: SIP;cause=200;text="Call completed elsewhere"` when another of the
 * callee's devices answered (RFC 3326 section 2, RFC 3261 section 9.1); a BYE can carry the
 * Q.850 cause of a gateway. One forward pass, no regular expressions, never throws.
 */
// A header value longer than this is no Reason a server sends; refusing it keeps the cost fixed.
const MAX_REASON_LENGTH = 8_192;
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 10;
}
/** Reads one quoted-string starting at the `"` at `i`; returns the text and the index after it. */
function readQuoted(s, i) {
    let out = '';
    let k = i + 1;
    while (k < s.length) {
        const c = s.charCodeAt(k);
        if (c === 92 && k + 1 < s.length) {
            out += s[k + 1];
            k += 2;
            continue;
        }
        if (c === 34)
            return [out, k + 1];
        out += s[k];
        k++;
    }
    return [out, k];
}
/** Reads a token or value up to one of `;`, `,`, `=` or whitespace. */
function readToken(s, i) {
    let k = i;
    while (k < s.length) {
        const c = s.charCodeAt(k);
        if (c === 59 || c === 44 || c === 61 || isSpace(c))
            break;
        k++;
    }
    return [s.slice(i, k), k];
}
function skipSpace(s, i) {
    while (i < s.length && isSpace(s.charCodeAt(i)))
        i++;
    return i;
}
/**
 * Every reason-value of one or more `Reason` header values (RFC 3326), in order. A value that
 * cannot be read is skipped; the answer is never an exception.
 */
function parseReasonHeader(values) {
    const list = typeof values === 'string' ? [values] : Array.isArray(values) ? values : [];
    const reasons = [];
    for (const value of list) {
        if (typeof value !== 'string' || value.length > MAX_REASON_LENGTH)
            continue;
        let i = skipSpace(value, 0);
        while (i < value.length) {
            const [protocol, afterProtocol] = readToken(value, i);
            i = afterProtocol;
            const params = Object.create(null);
            for (;;) {
                i = skipSpace(value, i);
                if (value.charCodeAt(i) !== 59)
                    break;
                i = skipSpace(value, i + 1);
                const [name, afterName] = readToken(value, i);
                i = skipSpace(value, afterName);
                let paramValue = true;
                if (value.charCodeAt(i) === 61) {
                    i = skipSpace(value, i + 1);
                    if (value.charCodeAt(i) === 34)
                        [paramValue, i] = readQuoted(value, i);
                    else
                        [paramValue, i] = readToken(value, i);
                }
                if (name !== '')
                    params[name.toLowerCase()] = paramValue;
            }
            const causeText = params.cause;
            const cause = typeof causeText === 'string' && /^\d{1,9}$/.test(causeText)
                ? Number(causeText)
                : undefined;
            const text = typeof params.text === 'string' ? params.text : undefined;
            if (protocol !== '')
                reasons.push({ protocol, cause, text, params });
            // Skip to the next reason-value: anything unreadable up to the comma is dropped.
            while (i < value.length && value.charCodeAt(i) !== 44) {
                if (value.charCodeAt(i) === 34)
                    i = readQuoted(value, i)[1];
                else
                    i++;
            }
            i = skipSpace(value, i + 1);
        }
    }
    return reasons;
}
export { parseReasonHeader };
