/**
 * Holds the `ms-diagnostics` of progress responses while a request is pending and, when the
 * request fails, gives the fields of its error report ([MS-OCER] 3.1, seed line 174: the
 * client "can hold progress responses until it receives a 200 OK … If the original request
 * fails, the SIP protocol client can report this error").
 */
import { errorInputFromMessage } from '../adapters/adapt';
import { isObject, read, unfold } from '../adapters/message';
// Bounds, so a misbehaving server cannot grow the collector: requests pending at once, and
// progress reports kept per request (the oldest request is forgotten first).
const MAX_PENDING = 64;
const MAX_PROGRESS_PER_REQUEST = 32;
function isSipFailure(value) {
    return (isObject(value) && typeof read(value, 'show') === 'boolean' && isObject(read(value, 'context')));
}
/** The first value of a header of an outgoing request object (JsSIP or SIP.js), guarded. */
function requestHeader(request, name) {
    if (!isObject(request))
        return undefined;
    try {
        const getHeader = read(request, 'getHeader');
        const value = typeof getHeader === 'function' ? getHeader.call(request, name) : undefined;
        if (typeof value === 'string' && value !== '')
            return unfold(value);
        // JsSIP adds Content-Type to extraHeaders, as a whole line.
        const extra = read(request, 'extraHeaders');
        if (Array.isArray(extra)) {
            const prefix = `${name.toLowerCase()}:`;
            for (const line of extra) {
                if (typeof line === 'string' && line.toLowerCase().startsWith(prefix)) {
                    return unfold(line.slice(prefix.length));
                }
            }
        }
        const body = read(request, 'body');
        if (name.toLowerCase() === 'content-type' && isObject(body)) {
            const type = read(body, 'contentType');
            if (typeof type === 'string')
                return type;
        }
    }
    catch {
        // A half-built request: no value.
    }
    return undefined;
}
/** The Call-ID of an outgoing request object (JsSIP `call_id`, SIP.js `callId`). */
function requestCallId(request) {
    if (!isObject(request))
        return undefined;
    const value = read(request, 'call_id') ?? read(request, 'callId');
    return typeof value === 'string' && value !== '' ? value : requestHeader(request, 'call-id');
}
/**
 * Records progress diagnostics of pending requests; `observe` a final failure to get the
 * report fields. Keyed by Call-ID and method; bounded in size.
 */
class ErrorReportCollector {
    #pending = new Map();
    #entry(key) {
        let entry = this.#pending.get(key);
        if (!entry) {
            if (this.#pending.size >= MAX_PENDING) {
                const oldest = this.#pending.keys().next().value;
                if (oldest !== undefined)
                    this.#pending.delete(oldest);
            }
            entry = { progress: [], contentType: undefined };
            this.#pending.set(key, entry);
        }
        return entry;
    }
    /** Records an outgoing request (JsSIP or SIP.js object), for its Content-Type. Optional. */
    request(request) {
        const callId = requestCallId(request);
        const method = isObject(request) ? read(request, 'method') : undefined;
        if (callId === undefined || typeof method !== 'string')
            return;
        this.#entry(`${callId} ${method.toUpperCase()}`).contentType = requestHeader(request, 'content-type');
    }
    /**
     * Feeds a response (a library message or an adapter answer). A progress response is held;
     * a 2xx clears the request; a failure answers the report fields and clears the request.
     */
    observe(source) {
        const failure = isSipFailure(source) ? source : errorInputFromMessage(source);
        const view = failure.message;
        const status = failure.status;
        if (view?.kind !== 'response' || !view.callId || !failure.method || status === undefined) {
            return undefined;
        }
        const key = `${view.callId} ${failure.method}`;
        if (status < 200) {
            if (failure.diagnostics.length > 0) {
                const entry = this.#entry(key);
                for (const value of failure.diagnostics) {
                    if (entry.progress.length < MAX_PROGRESS_PER_REQUEST)
                        entry.progress.push(value);
                }
            }
            return undefined;
        }
        const entry = this.#pending.get(key);
        this.#pending.delete(key);
        // A response the library made up was never received from a server: nothing to report.
        if (status < 300 || failure.madeLocally)
            return undefined;
        const diagnostics = failure.diagnostics;
        return {
            callId: view.callId,
            fromUri: view.fromUri,
            toUri: view.toUri,
            fromTag: view.fromTag,
            toTag: view.toTag,
            requestType: failure.method,
            contentType: entry?.contentType,
            responseCode: status,
            diagHeader: diagnostics.length === 0
                ? undefined
                : diagnostics.length === 1
                    ? diagnostics[0]
                    : diagnostics,
            progressReports: entry?.progress ?? [],
        };
    }
    /** Forgets every pending request (a new login session). */
    clear() {
        this.#pending.clear();
    }
}
export { ErrorReportCollector, requestCallId };
