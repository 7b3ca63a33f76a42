/**
 * The MSNP family: the error codes of the MSN / Windows Live Messenger protocol, from two
 * seeds merged by code (docs/families/msnp.md). Input is the server's error line, a code
 * or an HRESULT; the context may name the command that got the error.
 */
import english from '../../../../locales/en/uc-error-kit-msnp.json' with { type: 'json' };
import { msnpCodes, msnpRelatedHresults } from './catalog.generated';
import { locales } from './locales.generated';
import { parseMsnpLine, parseMsnpNumber } from './parse';
/** The sentence group of a code the catalog does not list. */
const GENERIC = {
    summaryKey: 'unknownError',
    detailsKey: 'unknownErrorDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
};
let entryList;
let byCode;
let byHresult;
let relatedByHresult;
/** Builds the entries and the lookup maps once, on first use. */
function tables() {
    if (entryList === undefined || byCode === undefined || byHresult === undefined) {
        const list = msnpCodes.map((row) => Object.freeze({
            ...row,
            id: `msnp ${row.code}`,
            input: row.code,
            context: {},
            line: (row.line000 ?? row.line001),
        }));
        const codes = new Map();
        const hresults = new Map();
        for (const e of list) {
            codes.set(e.code, e);
            if (e.hresult !== undefined)
                hresults.set(e.hresult, [...(hresults.get(e.hresult) ?? []), e]);
        }
        entryList = Object.freeze(list);
        byCode = codes;
        byHresult = hresults;
    }
    return { entries: entryList, byCode, byHresult };
}
/** Every related authentication HRESULT of seed 000, in the seed's order. */
function listRelatedHresults() {
    return msnpRelatedHresults;
}
/** The related authentication HRESULT with this value (`0x80048821`), if seed 000 lists it. */
function relatedHresultFor(hresult) {
    if (relatedByHresult === undefined) {
        relatedByHresult = new Map(msnpRelatedHresults.map((r) => [r.hresult, r]));
    }
    return typeof hresult === 'string' ? relatedByHresult.get(hresult.toLowerCase()) : undefined;
}
/** Every code whose seed 000 HRESULT is this one, in code order (empty when none). */
function entriesForHresult(hresult) {
    return typeof hresult === 'string' ? (tables().byHresult.get(hresult.toLowerCase()) ?? []) : [];
}
/** Reads whatever arrived as input; never throws. */
function readInput(input) {
    if (typeof input === 'number')
        return parseMsnpNumber(input);
    if (typeof input === 'string')
        return parseMsnpLine(input);
    const out = {
        code: undefined,
        hresult: undefined,
        transactionId: undefined,
        problems: [],
    };
    if (input === null || input === undefined)
        return out;
    if (typeof input !== 'object' || Array.isArray(input)) {
        out.problems.push({ field: 'input', message: `a ${typeof input} is not an MSNP input` });
        return out;
    }
    // A parsed input (from parseText, or written by hand): only its own, well-typed fields.
    const own = (key) => Object.hasOwn(input, key) ? input[key] : undefined;
    const code = own('code');
    const hresult = own('hresult');
    const transactionId = own('transactionId');
    if (code !== undefined) {
        const read = typeof code === 'number' ? parseMsnpNumber(code) : undefined;
        if (read?.code !== undefined)
            out.code = read.code;
        else
            out.problems.push({ field: 'input.code', message: 'not a code from 0 to 999' });
    }
    if (hresult !== undefined) {
        const read = typeof hresult === 'string' ? parseMsnpLine(hresult) : undefined;
        if (read?.hresult !== undefined && read.code === undefined)
            out.hresult = read.hresult;
        else
            out.problems.push({ field: 'input.hresult', message: 'not an HRESULT such as 0x81000430' });
    }
    if (typeof transactionId === 'string' && transactionId.length <= 64) {
        out.transactionId = transactionId;
    }
    else if (transactionId !== undefined) {
        out.problems.push({ field: 'input.transactionId', message: 'not a short text' });
    }
    const problems = own('problems');
    if (Array.isArray(problems)) {
        for (const p of problems) {
            if (p && typeof p.field === 'string' && typeof p.message === 'string') {
                out.problems.push({ field: p.field, message: p.message });
            }
        }
    }
    return out;
}
/** Reads the context's command: three upper-case letters, else a problem. */
function readCommand(context, problems) {
    if (context === null || context === undefined || typeof context !== 'object')
        return undefined;
    if (!Object.hasOwn(context, 'command'))
        return undefined;
    const command = context.command;
    if (command === undefined)
        return undefined;
    if (typeof command === 'string' && command.length === 3 && /^[A-Z]{3}$/.test(command)) {
        return command;
    }
    problems.push({ field: 'context.command', message: 'not an MSNP command such as CAL or USR' });
    return undefined;
}
const fact = (name, value, lang) => value === undefined ? [] : [{ label: `fact.${name}`, value: String(value), lang }];
/** The facts of an entry, in display order: both seeds' texts verbatim. */
function entryFacts(e) {
    return [
        ...fact('hresult', e.hresult),
        ...fact('hresultName', e.hresultName),
        ...fact('draftName', e.draftName),
        ...fact('description', e.description, 'en'),
        ...fact('name', e.name, 'en'),
        ...fact('cause', e.cause, 'en'),
        ...e.traces.map((t) => ({ label: 'fact.trace', value: t.text })),
    ];
}
/**
 * Chooses the message. A code finds its entry. An HRESULT finds the codes with that HRESULT
 * and returns the first in code order (all are in `candidates`); failing that, a related
 * authentication HRESULT. Anything else gets the generic message with the code as a value.
 */
function resolve(input, context) {
    let parsed;
    let problems;
    let command;
    try {
        parsed = readInput(input);
        problems = [...parsed.problems];
        command = readCommand(context, problems);
    }
    catch {
        // A hostile object (a throwing getter, a revoked proxy): nothing readable arrived.
        parsed = { code: undefined, hresult: undefined, transactionId: undefined, problems: [] };
        problems = [{ field: 'input', message: 'the input could not be read' }];
        command = undefined;
    }
    const { byCode: codes, byHresult: hresults } = tables();
    const sameKey = `msnp|${parsed.code ?? ''}|${parsed.hresult ?? ''}|${command ?? ''}`;
    const head = [...fact('transactionId', parsed.transactionId), ...fact('command', command)];
    let entry;
    let candidates = [];
    if (parsed.code !== undefined) {
        entry = codes.get(parsed.code);
        if (entry)
            candidates = [entry];
    }
    else if (parsed.hresult !== undefined) {
        candidates = hresults.get(parsed.hresult) ?? [];
        entry = candidates[0];
    }
    const related = parsed.hresult === undefined ? undefined : relatedHresultFor(parsed.hresult);
    if (entry !== undefined) {
        const others = candidates.filter((c) => c !== entry).map((c) => c.code);
        return {
            family: 'msnp',
            handled: true,
            unhandledReason: undefined,
            code: entry.code,
            summaryKey: entry.summaryKey,
            detailsKey: entry.detailsKey,
            values: { code: String(entry.code) },
            placement: entry.placement,
            behaviour: entry.behaviour,
            failure: entry.failure,
            facts: [
                ...fact('code', entry.code),
                ...head,
                ...entryFacts(entry),
                ...(others.length > 0 ? fact('sameHresult', others.join(', ')) : []),
            ],
            sameKey,
            problems,
            entry,
            related,
            candidates,
            hresult: entry.hresult,
            transactionId: parsed.transactionId,
            command,
            parsed,
        };
    }
    if (related !== undefined) {
        return {
            family: 'msnp',
            handled: true,
            unhandledReason: undefined,
            code: related.hresult,
            summaryKey: related.summaryKey,
            detailsKey: related.detailsKey,
            values: { code: related.hresult },
            placement: related.placement,
            behaviour: related.behaviour,
            failure: related.failure,
            facts: [
                ...fact('hresult', related.hresult),
                ...head,
                ...fact('relatedGroup', related.group),
                ...fact('hresultName', related.hresultName),
                ...fact('description', related.description, 'en'),
            ],
            sameKey,
            problems,
            entry: undefined,
            related,
            candidates: [],
            hresult: related.hresult,
            transactionId: parsed.transactionId,
            command,
            parsed,
        };
    }
    const code = parsed.code ?? parsed.hresult;
    return {
        family: 'msnp',
        handled: false,
        unhandledReason: code === undefined ? 'no-code' : 'no-row',
        code,
        summaryKey: GENERIC.summaryKey,
        detailsKey: GENERIC.detailsKey,
        values: code === undefined ? {} : { code: String(code) },
        placement: GENERIC.placement,
        behaviour: GENERIC.behaviour,
        failure: true,
        facts: [
            ...(parsed.code !== undefined ? fact('code', parsed.code) : fact('hresult', parsed.hresult)),
            ...head,
        ],
        sameKey,
        problems,
        entry: undefined,
        related: undefined,
        candidates: [],
        hresult: parsed.hresult,
        transactionId: parsed.transactionId,
        command,
        parsed,
    };
}
/** The MSNP family: MSN / Windows Live Messenger protocol error codes and HRESULTs. */
const msnp = {
    id: 'msnp',
    title: 'MSNP (MSN Messenger protocol) error codes',
    namespace: 'uc-error-kit-msnp',
    english,
    locales,
    placeholders: ['code'],
    resolve,
    entries: () => tables().entries,
    parseText: (text) => parseMsnpLine(typeof text === 'string' ? text : ''),
};
export { MSNP_BEHAVIOURS } from './types';
export { entriesForHresult, listRelatedHresults, msnp, relatedHresultFor };
