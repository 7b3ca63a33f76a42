/**
 * The Exchange ActiveSync family: the Status values common to all commands ([MS-ASCMD] 2.2.2)
 * and, for protocol versions 2.5, 12.0 and 12.1, the HTTP statuses they answer instead.
 *
 * Every message shows in the notification bar: a sync error belongs to no conversation,
 * it arrives while the person may be doing something else, and it stays until the app syncs
 * again (docs/families/eas.md).
 */
import english from '../../../../locales/en/uc-error-kit-eas.json' with { type: 'json' };
import { EAS_BEHAVIOURS, EAS_COMMANDS, EAS_GENERIC, EAS_HTTP_SHARED, EAS_LEGACY_VERSIONS, EAS_PROTOCOL_VERSIONS, EAS_SCOPES, EAS_STATUSES, } from './catalog.generated';
import { locales } from './locales.generated';
import { parseText, readStatusText } from './parse';
const FAMILY = 'eas';
const PLACEMENT = 'notification-bar';
const ENTRIES = EAS_STATUSES.map((r) => ({
    id: `${FAMILY} ${r.status}`,
    input: r.status,
    context: {},
    summaryKey: r.summaryKey,
    detailsKey: r.detailsKey,
    status: r.status,
    elementName: r.elementName,
    meaning: r.meaning,
    versions: r.versions,
    versionsText: r.versionsText,
    httpText: r.httpText,
    httpStatus: r.httpStatus,
    scope: r.scope,
    missing: r.missing,
    line: r.line,
    behaviour: r.behaviour,
}));
const BY_STATUS = new Map(ENTRIES.map((e) => [e.status, e]));
const COMMANDS = new Map(EAS_COMMANDS.map((c) => [c.name, c]));
const VERSIONS = new Set(EAS_PROTOCOL_VERSIONS);
const LEGACY = new Set(EAS_LEGACY_VERSIONS);
const HTTP_SHARED = new Map(EAS_HTTP_SHARED.map((s) => [s.httpStatus, s]));
/** The longest Status or HTTP status text read as a number. */
const MAX_DIGITS = 6;
function isDigits(text) {
    if (text.length === 0 || text.length > MAX_DIGITS)
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/** A code given as a number or digits; anything else is noted and dropped. */
function readCode(value, field, problems) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number') {
        if (Number.isSafeInteger(value) && value >= 0)
            return value;
    }
    else if (typeof value === 'string') {
        const t = value.trim();
        if (isDigits(t))
            return Number(t);
    }
    problems.push({ field, message: `${field} must be a whole number, e.g. 142.` });
    return undefined;
}
function readVersion(value, field, problems) {
    if (value === undefined || value === null)
        return undefined;
    let text;
    if (typeof value === 'number' && Number.isFinite(value))
        text = value.toFixed(1);
    else if (typeof value === 'string' && value.length <= 8) {
        const t = value.trim();
        text = t.includes('.') ? t : `${t}.0`;
    }
    if (text !== undefined && VERSIONS.has(text))
        return text;
    problems.push({
        field,
        message: `${field} must be one of the versions the seed names: ${EAS_PROTOCOL_VERSIONS.join(', ')}.`,
    });
    return undefined;
}
function ownField(value, name) {
    return Object.hasOwn(value, name) ? value[name] : undefined;
}
function readInput(input, problems) {
    const none = { status: undefined, httpStatus: undefined, protocolVersion: undefined };
    if (input === undefined || input === null)
        return { ...none, given: false };
    if (typeof input === 'number') {
        return { ...none, status: readCode(input, 'status', problems), given: true };
    }
    if (typeof input === 'string') {
        if (isDigits(input.trim()))
            return { ...none, status: Number(input.trim()), given: true };
        const read = readStatusText(input);
        problems.push(...read.problems);
        return readFields(read.fields, problems);
    }
    if (typeof input === 'object' && !Array.isArray(input)) {
        return readFields({
            status: ownField(input, 'status'),
            httpStatus: ownField(input, 'httpStatus'),
            protocolVersion: ownField(input, 'protocolVersion'),
        }, problems);
    }
    problems.push({
        field: 'input',
        message: 'Give a Status value, its text, or { status, httpStatus }.',
    });
    return { ...none, given: true };
}
function readFields(fields, problems) {
    return {
        status: readCode(fields.status, 'status', problems),
        httpStatus: readCode(fields.httpStatus, 'httpStatus', problems),
        protocolVersion: readVersion(fields.protocolVersion, 'protocolVersion', problems),
        given: true,
    };
}
function readContext(context, problems) {
    const out = {
        protocolVersion: undefined,
        command: undefined,
        policyKeyHeader: undefined,
    };
    if (context === undefined || context === null)
        return out;
    if (typeof context !== 'object') {
        problems.push({ field: 'context', message: 'The context must be an object.' });
        return out;
    }
    out.protocolVersion = readVersion(ownField(context, 'protocolVersion'), 'context.protocolVersion', problems);
    const command = ownField(context, 'command');
    if (typeof command === 'string' && COMMANDS.has(command))
        out.command = command;
    else if (command !== undefined && command !== null) {
        problems.push({ field: 'context.command', message: 'Not a command of the seed’s table.' });
    }
    const policy = ownField(context, 'policyKeyHeader');
    if (typeof policy === 'boolean')
        out.policyKeyHeader = policy;
    else if (policy !== undefined && policy !== null) {
        problems.push({ field: 'context.policyKeyHeader', message: 'Must be true or false.' });
    }
    return out;
}
/** Does the seed's condition hold? An unknown context field cannot rule a status out. */
function holds(alt, ctx) {
    if (alt.command !== undefined && ctx.command !== undefined && ctx.command !== alt.command) {
        return false;
    }
    if (alt.policyKeyHeader !== undefined &&
        ctx.policyKeyHeader !== undefined &&
        ctx.policyKeyHeader !== alt.policyKeyHeader) {
        return false;
    }
    if (alt.protocolVersion !== undefined) {
        return ctx.protocolVersion === undefined || ctx.protocolVersion === alt.protocolVersion;
    }
    // The other HTTP statuses are those of 2.5, 12.0 and 12.1 (seed line 56).
    return ctx.protocolVersion === undefined || LEGACY.has(ctx.protocolVersion);
}
/** Is a sibling's condition known to hold, so that the `otherwise` status does not apply? */
function siblingHolds(alt, ctx) {
    return ((alt.command !== undefined && ctx.command === alt.command) ||
        (alt.policyKeyHeader !== undefined && ctx.policyKeyHeader === alt.policyKeyHeader) ||
        (alt.protocolVersion !== undefined && ctx.protocolVersion === alt.protocolVersion));
}
/** The entries whose Status value 2.5 / 12.0 / 12.1 answer as this HTTP status in this context. */
function candidatesFor(httpStatus, ctx) {
    return ENTRIES.filter((e) => e.httpStatus.some((alt) => {
        if (alt.status !== httpStatus || !holds(alt, ctx))
            return false;
        if (!alt.otherwise)
            return true;
        return !e.httpStatus.some((s) => s !== alt && s.condition !== undefined && siblingHolds(s, ctx));
    }));
}
function entryFacts(e) {
    const facts = [{ label: 'fact.status', value: String(e.status) }];
    if (e.elementName !== undefined)
        facts.push({ label: 'fact.elementName', value: e.elementName });
    if (e.meaning !== undefined)
        facts.push({ label: 'fact.meaning', value: e.meaning, lang: 'en' });
    if (e.versions.length > 0)
        facts.push({ label: 'fact.versions', value: e.versions.join(', ') });
    if (e.httpText !== undefined) {
        facts.push({ label: 'fact.httpStatus', value: e.httpText, lang: 'en' });
    }
    if (e.scope !== undefined)
        facts.push({ label: 'fact.scope', value: e.scope });
    return facts;
}
function contextFacts(httpStatus, ctx) {
    const facts = [];
    if (httpStatus !== undefined) {
        facts.push({ label: 'fact.receivedHttpStatus', value: String(httpStatus) });
    }
    if (ctx.protocolVersion !== undefined) {
        facts.push({ label: 'fact.protocolVersion', value: ctx.protocolVersion });
    }
    if (ctx.command !== undefined) {
        facts.push({ label: 'fact.command', value: ctx.command });
        const section = COMMANDS.get(ctx.command)?.statusSection;
        if (section !== undefined)
            facts.push({ label: 'fact.statusSection', value: section });
    }
    return facts;
}
function sameKeyOf(status, httpStatus, ctx) {
    return `${FAMILY}:${JSON.stringify([
        status ?? null,
        httpStatus ?? null,
        ctx.protocolVersion ?? null,
        ctx.command ?? null,
        ctx.policyKeyHeader ?? null,
    ])}`;
}
function resolveEas(input, context) {
    const problems = [];
    const read = readInput(input, problems);
    const ctx = readContext(context, problems);
    ctx.protocolVersion ??= read.protocolVersion;
    const { status, httpStatus } = read;
    const base = {
        family: FAMILY,
        placement: PLACEMENT,
        sameKey: sameKeyOf(status, httpStatus, ctx),
        problems,
        status,
        httpStatus,
        protocolVersion: ctx.protocolVersion,
        command: ctx.command,
    };
    const generic = (code, reason) => ({
        ...base,
        handled: false,
        unhandledReason: reason,
        code,
        summaryKey: EAS_GENERIC.summaryKey,
        detailsKey: EAS_GENERIC.detailsKey,
        values: code === undefined ? {} : { code: String(code) },
        behaviour: undefined,
        facts: [
            ...(status === undefined ? [] : [{ label: 'fact.status', value: String(status) }]),
            ...contextFacts(httpStatus, ctx),
        ],
        entry: undefined,
        candidates: [],
    });
    const handled = (entry) => ({
        ...base,
        handled: true,
        unhandledReason: undefined,
        code: entry.status,
        summaryKey: entry.summaryKey,
        detailsKey: entry.detailsKey,
        values: { code: String(entry.status) },
        behaviour: entry.behaviour,
        facts: [...entryFacts(entry), ...contextFacts(httpStatus, ctx)],
        entry,
        candidates: [entry],
    });
    if (status !== undefined) {
        const entry = BY_STATUS.get(status);
        if (!entry)
            return generic(status, 'no-row');
        const v = ctx.protocolVersion;
        if (v !== undefined && entry.versions.length > 0 && !entry.versions.includes(v)) {
            problems.push({
                field: 'protocolVersion',
                message: `The seed lists Status ${status} for ${entry.versions.join(', ')}, not ${v}.`,
            });
        }
        return handled(entry);
    }
    if (httpStatus === undefined)
        return generic(undefined, 'no-code');
    if (ctx.protocolVersion === undefined) {
        problems.push({
            field: 'protocolVersion',
            message: `No protocol version given: HTTP ${httpStatus} was read as from 2.5, 12.0 or 12.1.`,
        });
    }
    const candidates = candidatesFor(httpStatus, ctx);
    const [first] = candidates;
    if (first === undefined)
        return generic(httpStatus, 'no-row');
    if (candidates.length === 1)
        return handled(first);
    // Several Status values share this HTTP status: one sentence that fits them all, and all of
    // them for support staff. Where they already read alike, that sentence is theirs.
    const alike = candidates.every((c) => c.summaryKey === first.summaryKey &&
        c.detailsKey === first.detailsKey &&
        c.behaviour === first.behaviour);
    const shared = alike ? undefined : HTTP_SHARED.get(httpStatus);
    return {
        ...base,
        handled: true,
        unhandledReason: undefined,
        code: httpStatus,
        summaryKey: shared?.summaryKey ?? (alike ? first.summaryKey : EAS_GENERIC.summaryKey),
        detailsKey: shared ? shared.detailsKey : alike ? first.detailsKey : EAS_GENERIC.detailsKey,
        values: { code: String(httpStatus) },
        behaviour: shared ? shared.behaviour : alike ? first.behaviour : undefined,
        facts: [
            ...contextFacts(httpStatus, ctx),
            ...candidates.map((c) => ({
                label: 'fact.candidate',
                value: c.elementName === undefined ? String(c.status) : `${c.status} ${c.elementName}`,
            })),
        ],
        entry: undefined,
        candidates,
    };
}
/** The [MS-ASCMD] common status family: `resolve`, `entries`, `parseText` and its words. */
const eas = {
    id: FAMILY,
    title: '[MS-ASCMD] Exchange ActiveSync common status codes',
    namespace: 'uc-error-kit-eas',
    english,
    locales,
    placeholders: ['code'],
    resolve(input, context) {
        try {
            return resolveEas(input, context);
        }
        catch {
            // A hostile object (a throwing getter, a Proxy) still gets the generic message.
            const r = resolveEas(undefined, undefined);
            r.problems.push({ field: 'input', message: 'The input or context could not be read.' });
            return r;
        }
    },
    entries: () => ENTRIES,
    parseText,
};
export { EAS_BEHAVIOURS, EAS_COMMANDS, EAS_LEGACY_VERSIONS, EAS_PROTOCOL_VERSIONS, EAS_SCOPES, eas, };
