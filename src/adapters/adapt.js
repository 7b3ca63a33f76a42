import { isActionOf, isMode } from '../core/index';
import { isObject, read, viewOfLibraryMessage, viewOfSipText, } from './message';
import { parseReasonHeader } from './reason';
const METHOD_CONTEXT = Object.assign(Object.create(null), {
    INVITE: { mode: 'Voice', action: 'call' },
    BYE: { mode: 'Voice', action: 'call' },
    CANCEL: { mode: 'Voice', action: 'call' },
    REFER: { mode: 'Voice', action: 'transfer' },
    MESSAGE: { mode: 'IM', action: 'send' },
    REGISTER: { mode: 'Other', action: undefined },
    SERVICE: { mode: 'Other', action: undefined },
    SUBSCRIBE: { mode: 'Other', action: undefined },
});
// JsSIP causes (JsSIP.C.causes) for which there is no message and nothing to show: the user or
// the app ended the session, or the other side ended it normally.
const QUIET_CAUSES = new Set(['Bye', 'Terminated', 'Rejected', 'No Answer', 'Canceled']);
// JsSIP causes with no message that stand for a status RFC 3261 8.1.3.1 names (what SIP.js
// makes up as a response in the same case).
const LOCAL_STATUS_BY_CAUSE = Object.assign(Object.create(null), {
    'Request Timeout': 408,
    'Connection Error': 503,
});
function contextFor(method, hint) {
    const inferred = (method && METHOD_CONTEXT[method]) || {
        mode: 'Other',
        action: undefined,
    };
    const mode = hint && isMode(hint.mode) ? hint.mode : inferred.mode;
    let action;
    if (hint && hint.action !== undefined && isActionOf(mode, hint.action))
        action = hint.action;
    else if (inferred.action !== undefined && isActionOf(mode, inferred.action))
        action = inferred.action;
    return { mode, action };
}
/** The non-empty values of a header, in order (an empty `ms-diagnostics:` is skipped). */
function nonEmpty(view, name) {
    return view.header(name).filter((value) => value !== '');
}
function inputOf(view, status) {
    const input = {};
    // Each header stays one list item: joining two with a comma would merge their parameters.
    const diagnostics = nonEmpty(view, 'ms-diagnostics');
    const publicDiagnostics = nonEmpty(view, 'ms-diagnostics-public');
    const warnings = nonEmpty(view, 'warning');
    if (diagnostics.length > 0)
        input.msDiagnostics = diagnostics;
    if (publicDiagnostics.length > 0)
        input.msDiagnosticsPublic = publicDiagnostics;
    if (warnings.length > 0)
        input.sipWarning = warnings;
    if (status !== undefined)
        input.sipStatus = status;
    return input;
}
function empty(why, hint, cause, method = hint?.method?.toUpperCase()) {
    return {
        show: false,
        why,
        input: {},
        context: contextFor(method, hint),
        method,
        status: undefined,
        reason: [],
        madeLocally: false,
        cause,
        diagnostics: [],
        message: undefined,
    };
}
/** The answer for one message view: the rules of what is shown, in one place. */
function failureOfView(view, hint, cause) {
    const method = view.method ?? hint?.method?.toUpperCase();
    const reason = parseReasonHeader(view.header('reason'));
    const diagnostics = nonEmpty(view, 'ms-diagnostics');
    const hasDiagnostics = diagnostics.length > 0 || nonEmpty(view, 'ms-diagnostics-public').length > 0;
    let status = view.status;
    let show = false;
    let why;
    let context = contextFor(method, hint);
    let input;
    if (view.kind === 'response') {
        input = inputOf(view, status);
        if (status === undefined)
            why = 'not-a-message';
        else if (status < 200)
            why = hasDiagnostics ? 'progress' : 'provisional';
        else if (status < 300)
            why = 'success';
        else
            show = true;
    }
    else if (method === 'NOTIFY' && view.body !== undefined) {
        // A REFER's progress: the body is a message/sipfrag whose status line (and any headers,
        // ms-diagnostics included) tell how the transfer went (RFC 3515 section 2.4.5).
        const frag = viewOfSipText(view.body);
        context = contextFor('REFER', hint);
        if (frag?.kind !== 'response' || frag.status === undefined) {
            return { ...empty('not-a-failure', hint, cause, 'REFER'), context, message: view };
        }
        status = frag.status;
        input = inputOf(frag, status);
        if (status < 200)
            why = 'provisional';
        else if (status < 300)
            why = 'success';
        else
            show = true;
        return {
            show,
            why,
            input,
            context,
            method: 'REFER',
            status,
            reason,
            madeLocally: false,
            cause,
            diagnostics: nonEmpty(frag, 'ms-diagnostics'),
            message: view,
        };
    }
    else if (method === 'BYE' || method === 'CANCEL') {
        // [MS-OCER] 2.2.1: the server "MAY include an ms-diagnostics header in CANCEL and BYE
        // requests to indicate an error"; such a request resolves like a response.
        const sipCause = reason.find((r) => r.protocol.toUpperCase() === 'SIP')?.cause;
        status = sipCause !== undefined && sipCause >= 300 && sipCause <= 699 ? sipCause : undefined;
        input = inputOf(view, status);
        if (method === 'CANCEL' && sipCause === 200)
            why = 'completed-elsewhere';
        else if (hasDiagnostics || status !== undefined)
            show = true;
        else
            why = 'ended-normally';
    }
    else {
        input = inputOf(view, undefined);
        why = 'not-a-failure';
    }
    return {
        show,
        why,
        input,
        context,
        method,
        status,
        reason,
        madeLocally: view.madeLocally,
        cause,
        diagnostics,
        message: view,
    };
}
/**
 * The answer for a failure the library made up: a status (a timeout, a lost connection), or
 * none (a media or WebRTC failure: the mode's generic message).
 */
function madeUp(status, hint, cause) {
    const method = hint?.method?.toUpperCase();
    return {
        show: true,
        why: undefined,
        input: status === undefined ? {} : { sipStatus: status },
        context: contextFor(method, hint),
        method,
        status,
        reason: [],
        madeLocally: true,
        cause,
        diagnostics: [],
        message: undefined,
    };
}
/**
 * Reads either library's message object (a response or a BYE / CANCEL / NOTIFY request).
 * @example errorInputFromMessage(session_failed_event.message)
 */
function errorInputFromMessage(message, hint) {
    try {
        const view = viewOfLibraryMessage(message);
        return view ? failureOfView(view, hint, undefined) : empty('not-a-message', hint);
    }
    catch {
        return empty('not-a-message', hint);
    }
}
/** Reads a raw SIP message (for apps with neither library, and for logs). */
function errorInputFromSipMessage(text, hint) {
    try {
        const view = viewOfSipText(text);
        return view ? failureOfView(view, hint, undefined) : empty('not-a-message', hint);
    }
    catch {
        return empty('not-a-message', hint);
    }
}
/**
 * Reads a JsSIP event: RTCSession `failed` / `ended` (`{ originator, message, cause }`),
 * Message `failed` (`{ originator, response, cause }`), UA `registrationFailed`
 * (`{ response, cause }`), ReferSubscriber `requestFailed` / `failed` (`{ request, status_line }`).
 */
function fromJsSIPEvent(event, hint) {
    try {
        if (!isObject(event))
            return empty('not-a-message', hint);
        const cause = typeof read(event, 'cause') === 'string' ? read(event, 'cause') : undefined;
        const originator = read(event, 'originator');
        const statusLine = read(event, 'status_line');
        const request = read(event, 'request');
        if (isObject(statusLine) && isObject(request)) {
            // ReferSubscriber `failed`: JsSIP read only the first sipfrag line; the NOTIFY body has all.
            const referHint = { ...hint, method: 'REFER' };
            const fromBody = errorInputFromMessage(request, referHint);
            if (fromBody.status !== undefined)
                return fromBody;
            const status = Number(read(statusLine, 'status_code'));
            const view = viewOfSipText(`SIP/2.0 ${status} ${String(read(statusLine, 'reason_phrase') ?? '')}\r\n\r\n`);
            return view
                ? { ...failureOfView(view, referHint, cause), method: 'REFER' }
                : empty('not-a-message', referHint);
        }
        const message = read(event, 'message') ?? read(event, 'response');
        const view = viewOfLibraryMessage(message);
        if (view)
            return failureOfView(view, hint, cause);
        if (originator === 'local')
            return empty('local', hint, cause);
        if (cause === 'Canceled')
            return empty('canceled-or-timed-out', hint, cause);
        if (cause !== undefined && QUIET_CAUSES.has(cause))
            return empty('ended-normally', hint, cause);
        const local = cause === undefined ? undefined : LOCAL_STATUS_BY_CAUSE[cause];
        if (local !== undefined)
            return madeUp(local, hint, cause);
        if (cause === undefined)
            return empty('not-a-message', hint);
        // Anything else the library failed on by itself (media, WebRTC): the mode's generic message.
        return madeUp(undefined, hint, cause);
    }
    catch {
        return empty('not-a-message', hint);
    }
}
/**
 * Reads a SIP.js response: what `onReject` / `onAccept` / `onProgress` get (`{ message }`) or the
 * `IncomingResponseMessage` itself. A 408 / 503 with no header is marked `madeLocally`.
 */
function fromSipJsResponse(response, hint) {
    const inner = isObject(response) ? read(response, 'message') : undefined;
    return errorInputFromMessage(isObject(inner) ? inner : response, hint);
}
/**
 * Reads a SIP.js request: what `session.delegate.onBye` (`{ request }`) or
 * `invitation.delegate.onCancel` gets, or the `IncomingRequestMessage` itself.
 */
function fromSipJsRequest(request, hint) {
    const inner = isObject(request) ? read(request, 'request') : undefined;
    return errorInputFromMessage(isObject(inner) ? inner : request, hint);
}
export { errorInputFromMessage, errorInputFromSipMessage, fromJsSIPEvent, fromSipJsRequest, fromSipJsResponse, };
