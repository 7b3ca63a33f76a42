/**
 * Writes the `application/msrtc-reporterror+xml` document of [MS-OCER] 2.2.2 (seed lines
 * 133-168; schema in Appendix A, lines 333-412).
 *
 * Header text comes off the network, so every value is made safe rather than refused:
 * - a value over its limit (`REPORT_LIMITS`) is cut at a character boundary;
 * - when fromUri, toUri, callId, fromTag and toTag together pass 669 characters (line 149),
 *   the optional ones are left out, least useful first (fromUri, which the server takes from the
 *   SERVICE request when absent (line 136), then toUri, toTag, fromTag); callId, required, is
 *   cut only if it alone is too long;
 * - a character XML 1.0 does not allow (C0 controls other than tab, LF and CR; lone
 *   surrogates; U+FFFE, U+FFFF) becomes U+FFFD;
 * - a responseCode outside xs:unsignedInt is written as 0.
 * Each change is listed in `adjustments`. Nothing here throws.
 */
import { IDENTITY_DROP_ORDER, REPORT_LIMITS, REPORT_NAMESPACE, } from './fields';
/** Cuts `value` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(value, max) {
    if (value.length <= max)
        return value;
    let end = max;
    const last = value.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return value.slice(0, end);
}
/** Replaces every character XML 1.0 (section 2.2, `Char`) does not allow with U+FFFD. */
function xmlSafe(value) {
    let out = '';
    let changed = false;
    let from = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        let bad = false;
        if (c < 0x20)
            bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
        else if (c >= 0xd800 && c <= 0xdbff) {
            const next = value.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
            else
                bad = true;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            bad = true;
        else if (c === 0xfffe || c === 0xffff)
            bad = true;
        if (bad) {
            out += `${value.slice(from, i)}\ufffd`;
            from = i + 1;
            changed = true;
        }
    }
    return [changed ? out + value.slice(from) : value, changed];
}
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    // In an attribute a raw tab or line break would be normalized to a space (XML 1.0 3.3.3),
    // and in text a raw CR to LF (2.11); character references keep them as sent.
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
function escapeAttribute(value) {
    return value.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}
function escapeText(value) {
    return value.replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c);
}
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
/** Writes an error report and lists what had to change to obey the spec. Never throws. */
function buildErrorReportDetailed(fields) {
    const adjustments = [];
    const given = (typeof fields === 'object' && fields !== null ? fields : {});
    const clean = (field, value, max) => {
        const [safe, replaced] = xmlSafe(value);
        if (replaced)
            adjustments.push({ field, change: 'replaced-characters' });
        const short = cut(safe, max);
        if (short !== safe)
            adjustments.push({ field, change: 'truncated' });
        return short;
    };
    // The identity fields, then the 669-character budget (line 149).
    const identity = {
        callId: asText(given.callId) ?? '',
        fromUri: asText(given.fromUri),
        toUri: asText(given.toUri),
        fromTag: asText(given.fromTag),
        toTag: asText(given.toTag),
    };
    for (const key of Object.keys(identity)) {
        const value = identity[key];
        if (value !== undefined)
            identity[key] = clean(key, value, REPORT_LIMITS.identity);
    }
    const total = () => Object.values(identity).reduce((sum, value) => sum + (value?.length ?? 0), 0);
    for (const key of IDENTITY_DROP_ORDER) {
        if (total() <= REPORT_LIMITS.identity)
            break;
        if (identity[key] !== undefined) {
            identity[key] = undefined;
            adjustments.push({ field: key, change: 'omitted' });
        }
    }
    if (total() > REPORT_LIMITS.identity) {
        identity.callId = cut(identity.callId ?? '', REPORT_LIMITS.identity);
        adjustments.push({ field: 'callId', change: 'truncated' });
    }
    const requestType = clean('requestType', asText(given.requestType) ?? '', REPORT_LIMITS.requestType);
    const contentTypeText = asText(given.contentType);
    const contentType = contentTypeText === undefined
        ? undefined
        : clean('contentType', contentTypeText, REPORT_LIMITS.contentType);
    let responseCode = Number(given.responseCode);
    if (!Number.isInteger(responseCode) ||
        responseCode < 0 ||
        responseCode > REPORT_LIMITS.responseCode) {
        adjustments.push({ field: 'responseCode', change: 'invalid-number' });
        responseCode = 0;
    }
    const diagList = Array.isArray(given.diagHeader)
        ? given.diagHeader
        : given.diagHeader === undefined
            ? []
            : [given.diagHeader];
    const several = diagList.length > 1;
    const diagHeaders = [];
    diagList.forEach((value, i) => {
        const textValue = asText(value)?.trim();
        if (textValue === undefined || textValue === '')
            return;
        diagHeaders.push(clean(several ? `diagHeader[${i}]` : 'diagHeader', textValue, REPORT_LIMITS.diagHeader));
    });
    const progress = [];
    const progressList = Array.isArray(given.progressReports) ? given.progressReports : [];
    progressList.forEach((value, i) => {
        const textValue = asText(value)?.trim();
        if (textValue === undefined || textValue === '')
            return;
        progress.push(clean(`progressReports[${i}]`, textValue, REPORT_LIMITS.diagHeader));
    });
    // Attribute order follows Appendix A; the spec's example (lines 151-168) uses the same names.
    const attributes = [
        ['fromUri', identity.fromUri],
        ['toUri', identity.toUri],
        ['callId', identity.callId],
        ['fromTag', identity.fromTag],
        ['toTag', identity.toTag],
        ['requestType', requestType],
        ['responseCode', String(responseCode)],
        ['contentType', contentType],
    ];
    const attributeText = attributes
        .filter((entry) => entry[1] !== undefined)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
    const lines = [
        `<reportError xmlns="${REPORT_NAMESPACE}">`,
        `  <error${attributeText}>`,
        ...diagHeaders.map((value) => `    <diagHeader>${escapeText(value)}</diagHeader>`),
        progress.length === 0 ? '    <progressReports/>' : '    <progressReports>',
        ...progress.map((value) => `      <progressReport><diagHeader>${escapeText(value)}</diagHeader></progressReport>`),
        ...(progress.length === 0 ? [] : ['    </progressReports>']),
        '  </error>',
        '</reportError>',
    ];
    return { xml: `${lines.join('\n')}\n`, adjustments };
}
/**
 * Writes the `application/msrtc-reporterror+xml` document ([MS-OCER] 2.2.2) for a failed request.
 * @example buildErrorReport({ callId, requestType: 'INVITE', responseCode: 504, diagHeader, progressReports: [] })
 */
function buildErrorReport(fields) {
    return buildErrorReportDetailed(fields).xml;
}
export { buildErrorReport, buildErrorReportDetailed };
