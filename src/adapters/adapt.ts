/**
 * From what JsSIP or SIP.js reports (or a raw SIP message) to the kit's input: the codes
 * (`ErrorInput`), the context (mode and action), and whether this is a failure to show at all.
 *
 * What each library reports, as observed with jssip 3.13.8 and sip.js 0.21.2 (each fact is a
 * test in test/adapters):
 * - JsSIP: a failed or ended call is `{ originator, message, cause }` (RTCSession `failed` /
 *   `ended`); a failed `sendMessage` is `{ originator, response, cause }`; a failed
 *   registration is `{ response, cause }`; a REFER subscriber reports `requestFailed`
 *   (`{ response, cause }`) and `failed` (`{ request, status_line }`, the first sipfrag line).
 *   An INVITE timeout is `cause: 'Canceled'` with no message, exactly like a local hang-up.
 * - SIP.js: `onReject({ message })` for INVITE, MESSAGE and REGISTER; BYE and CANCEL arrive
 *   only through `session.delegate.onBye` / `invitation.delegate.onCancel`, as `.request`. On a
 *   timeout or transport error it makes up a 408 / 503 with no header at all.
 */
import { type Action, isActionOf, isMode, type Mode } from '../core/families/ms-ocer/modes';
import {
  isObject,
  read,
  type SipMessageView,
  viewOfLibraryMessage,
  viewOfSipText,
} from './message';
import { type ParsedReason, parseReasonHeader } from './reason';
import {
  isRegistrationEvent,
  readRegistration,
  type SignOut,
  type SipErrorInput,
} from './sign-out';

/** What the app knows better than the message: what the user was doing. */
interface SipHint {
  /** The mode; wins over the one inferred from the method. */
  mode?: Mode | undefined;
  /** The action; wins over the one inferred from the method. */
  action?: Action | undefined;
  /** The method of the request that failed, for a response that carries none (SIP.js's own 408). */
  method?: string | undefined;
}

/** Why a message or event is no failure to show. */
type NotShownWhy =
  /** A 1xx response with no diagnostics. */
  | 'provisional'
  /** A 1xx response with `ms-diagnostics`: progress, to keep for an error report. */
  | 'progress'
  /** A 2xx response. */
  | 'success'
  /** A CANCEL with `Reason: SIP;cause=200` (another device answered). */
  | 'completed-elsewhere'
  /** A CANCEL or BYE that carries no error: the other side hung up. */
  | 'ended-normally'
  /** The user (or the app) ended it locally. */
  | 'local'
  /** JsSIP's `cause: 'Canceled'` with no message: a local hang-up or an INVITE timeout. */
  | 'canceled-or-timed-out'
  /** Nothing that reads as a SIP message or a library event. */
  | 'not-a-message'
  /** A request other than BYE / CANCEL / a REFER NOTIFY / a sign-out: nothing failed. */
  | 'not-a-failure'
  /**
   * A registration NOTIFY that moves the endpoint to another registrar (`deregistered;
   * event=preferred-registrar-change`, ErrorId 4166 / 4167): the client registers there.
   */
  | 'registrar-changed'
  /**
   * A registration NOTIFY of RFC 3680's `reg` package whose contacts were `deactivated` or
   * put on `probation`: the registrar asks the client to register again (at once, or after
   * the contact's `retry-after`), which a SIP stack does without the user.
   */
  | 'register-again';

/** What the adapters answer for one message or event. */
interface SipFailure {
  /** True when this is a failure the user should read about. */
  show: boolean;
  /** Why it is not shown; undefined when `show` is true. */
  why: NotShownWhy | undefined;
  /** The codes for `formatError(msOcerSip, …)`, and the sign-out when it is one. */
  input: SipErrorInput;
  /** The mode and action for `resolveError` / `formatError`. */
  context: { mode: Mode; action: Action | undefined };
  /** The method of the request that failed (CSeq method of a response). */
  method: string | undefined;
  /** The status code: the response's, or the sipfrag's, or the one the library made up. */
  status: number | undefined;
  /** Every reason-value of the `Reason` header(s) (RFC 3326). */
  reason: ParsedReason[];
  /** True when no server sent this: the library made it up (timeout, transport error). */
  madeLocally: boolean;
  /** The library's `cause` string, when the event had one (JsSIP). */
  cause: string | undefined;
  /** The `ms-diagnostics` values, unfolded, empty ones skipped, in order. */
  diagnostics: string[];
  /** The message read, for error reports (Call-ID, tags, URIs); undefined for none. */
  message: SipMessageView | undefined;
  /**
   * Set when the server signed the user out (a registration NOTIFY that ends the
   * registration, or a BYE / NOTIFY with a sign-out ErrorId): the app's session is over.
   */
  signOut: SignOut | undefined;
}

const METHOD_CONTEXT: Record<string, { mode: Mode; action: Action | undefined }> = Object.assign(
  Object.create(null),
  {
    INVITE: { mode: 'Voice', action: 'call' },
    BYE: { mode: 'Voice', action: 'call' },
    CANCEL: { mode: 'Voice', action: 'call' },
    REFER: { mode: 'Voice', action: 'transfer' },
    MESSAGE: { mode: 'IM', action: 'send' },
    REGISTER: { mode: 'Other', action: undefined },
    SERVICE: { mode: 'Other', action: undefined },
    SUBSCRIBE: { mode: 'Other', action: undefined },
  },
);

// JsSIP causes (JsSIP.C.causes) for which there is no message and nothing to show: the user or
// the app ended the session, or the other side ended it normally.
const QUIET_CAUSES = new Set(['Bye', 'Terminated', 'Rejected', 'No Answer', 'Canceled']);
// JsSIP causes with no message that stand for a status RFC 3261 8.1.3.1 names (what SIP.js
// makes up as a response in the same case).
const LOCAL_STATUS_BY_CAUSE: Record<string, number> = Object.assign(Object.create(null), {
  'Request Timeout': 408,
  'Connection Error': 503,
});

function contextFor(method: string | undefined, hint: SipHint | undefined) {
  const inferred = (method && METHOD_CONTEXT[method]) || {
    mode: 'Other' as Mode,
    action: undefined,
  };
  const mode: Mode = hint && isMode(hint.mode) ? hint.mode : inferred.mode;
  let action: Action | undefined;
  if (hint && hint.action !== undefined && isActionOf(mode, hint.action)) action = hint.action;
  else if (inferred.action !== undefined && isActionOf(mode, inferred.action))
    action = inferred.action;
  return { mode, action };
}

/** The non-empty values of a header, in order (an empty `ms-diagnostics:` is skipped). */
function nonEmpty(view: SipMessageView, name: string): string[] {
  return view.header(name).filter((value) => value !== '');
}

function inputOf(view: SipMessageView, status: number | undefined): SipErrorInput {
  const input: SipErrorInput = {};
  // Each header stays one list item: joining two with a comma would merge their parameters.
  const diagnostics = nonEmpty(view, 'ms-diagnostics');
  const publicDiagnostics = nonEmpty(view, 'ms-diagnostics-public');
  const warnings = nonEmpty(view, 'warning');
  if (diagnostics.length > 0) input.msDiagnostics = diagnostics;
  if (publicDiagnostics.length > 0) input.msDiagnosticsPublic = publicDiagnostics;
  if (warnings.length > 0) input.sipWarning = warnings;
  if (status !== undefined) input.sipStatus = status;
  return input;
}

function empty(
  why: NotShownWhy,
  hint: SipHint | undefined,
  cause?: string,
  method = hint?.method?.toUpperCase(),
): SipFailure {
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
    signOut: undefined,
  };
}

/** The answer for one message view: the rules of what is shown, in one place. */
function failureOfView(
  view: SipMessageView,
  hint: SipHint | undefined,
  cause: string | undefined,
): SipFailure {
  const method = view.method ?? hint?.method?.toUpperCase();
  const reason = parseReasonHeader(view.header('reason'));
  const diagnostics = nonEmpty(view, 'ms-diagnostics');
  const hasDiagnostics =
    diagnostics.length > 0 || nonEmpty(view, 'ms-diagnostics-public').length > 0;
  let status = view.status;
  let show = false;
  let why: NotShownWhy | undefined;
  let context = contextFor(method, hint);
  let input: SipErrorInput;
  const registration = readRegistration(view);

  if (registration.kind === 'sign-out') {
    // Signing in is no mode of the catalogs (Appendix D, "Modes", seed 003 lines 13031-13036):
    // 'Other', as for a failed REGISTER, whatever the hint says of the user's activity.
    const { signOut } = registration;
    return {
      show: true,
      why: undefined,
      input: { ...inputOf(view, undefined), signOut },
      context: { mode: 'Other', action: undefined },
      method,
      status: undefined,
      reason,
      madeLocally: false,
      cause,
      diagnostics,
      message: view,
      signOut,
    };
  }
  if (registration.kind === 'registrar-changed' || registration.kind === 'register-again') {
    return { ...empty(registration.kind, hint, cause, method), message: view, diagnostics };
  }
  if (view.kind === 'response') {
    input = inputOf(view, status);
    if (status === undefined) why = 'not-a-message';
    else if (status < 200) why = hasDiagnostics ? 'progress' : 'provisional';
    else if (status < 300) why = 'success';
    else show = true;
  } else if (method === 'NOTIFY' && view.body !== undefined && !isRegistrationEvent(view)) {
    // A REFER's progress: the body is a message/sipfrag whose status line (and any headers,
    // ms-diagnostics included) tell how the transfer went (RFC 3515 section 2.4.5).
    const frag = viewOfSipText(view.body);
    context = contextFor('REFER', hint);
    if (frag?.kind !== 'response' || frag.status === undefined) {
      return { ...empty('not-a-failure', hint, cause, 'REFER'), context, message: view };
    }
    status = frag.status;
    input = inputOf(frag, status);
    if (status < 200) why = 'provisional';
    else if (status < 300) why = 'success';
    else show = true;
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
      signOut: undefined,
    };
  } else if (method === 'BYE' || method === 'CANCEL') {
    // [MS-OCER] 2.2.1: the server "MAY include an ms-diagnostics header in CANCEL and BYE
    // requests to indicate an error"; such a request resolves like a response.
    const sipCause = reason.find((r) => r.protocol.toUpperCase() === 'SIP')?.cause;
    status = sipCause !== undefined && sipCause >= 300 && sipCause <= 699 ? sipCause : undefined;
    input = inputOf(view, status);
    if (method === 'CANCEL' && sipCause === 200) why = 'completed-elsewhere';
    else if (hasDiagnostics || status !== undefined) show = true;
    else why = 'ended-normally';
  } else {
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
    signOut: undefined,
  };
}

/**
 * The answer for a failure the library made up: a status (a timeout, a lost connection), or
 * none (a media or WebRTC failure: the mode's generic message).
 */
function madeUp(
  status: number | undefined,
  hint: SipHint | undefined,
  cause: string | undefined,
): SipFailure {
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
    signOut: undefined,
  };
}

/**
 * Reads either library's message object (a response or a BYE / CANCEL / NOTIFY request).
 * @example errorInputFromMessage(session_failed_event.message)
 */
function errorInputFromMessage(message: unknown, hint?: SipHint): SipFailure {
  try {
    const view = viewOfLibraryMessage(message);
    return view ? failureOfView(view, hint, undefined) : empty('not-a-message', hint);
  } catch {
    return empty('not-a-message', hint);
  }
}

/** Reads a raw SIP message (for apps with neither library, and for logs). */
function errorInputFromSipMessage(text: unknown, hint?: SipHint): SipFailure {
  try {
    const view = viewOfSipText(text);
    return view ? failureOfView(view, hint, undefined) : empty('not-a-message', hint);
  } catch {
    return empty('not-a-message', hint);
  }
}

/**
 * Reads a JsSIP event: RTCSession `failed` / `ended` (`{ originator, message, cause }`),
 * Message `failed` (`{ originator, response, cause }`), UA `registrationFailed`
 * (`{ response, cause }`), ReferSubscriber `requestFailed` / `failed` (`{ request, status_line }`).
 */
function fromJsSIPEvent(event: unknown, hint?: SipHint): SipFailure {
  try {
    if (!isObject(event)) return empty('not-a-message', hint);
    const cause =
      typeof read(event, 'cause') === 'string' ? (read(event, 'cause') as string) : undefined;
    const originator = read(event, 'originator');
    const statusLine = read(event, 'status_line');
    const request = read(event, 'request');
    if (isObject(statusLine) && isObject(request)) {
      // ReferSubscriber `failed`: JsSIP read only the first sipfrag line; the NOTIFY body has all.
      const referHint = { ...hint, method: 'REFER' };
      const fromBody = errorInputFromMessage(request, referHint);
      if (fromBody.status !== undefined) return fromBody;
      const status = Number(read(statusLine, 'status_code'));
      const view = viewOfSipText(
        `SIP/2.0 ${status} ${String(read(statusLine, 'reason_phrase') ?? '')}\r\n\r\n`,
      );
      return view
        ? { ...failureOfView(view, referHint, cause), method: 'REFER' }
        : empty('not-a-message', referHint);
    }
    const message = read(event, 'message') ?? read(event, 'response');
    const view = viewOfLibraryMessage(message);
    if (view) return failureOfView(view, hint, cause);
    if (originator === 'local') return empty('local', hint, cause);
    if (cause === 'Canceled') return empty('canceled-or-timed-out', hint, cause);
    if (cause !== undefined && QUIET_CAUSES.has(cause)) return empty('ended-normally', hint, cause);
    const local = cause === undefined ? undefined : LOCAL_STATUS_BY_CAUSE[cause];
    if (local !== undefined) return madeUp(local, hint, cause);
    if (cause === undefined) return empty('not-a-message', hint);
    // Anything else the library failed on by itself (media, WebRTC): the mode's generic message.
    return madeUp(undefined, hint, cause);
  } catch {
    return empty('not-a-message', hint);
  }
}

/**
 * Reads a SIP.js response: what `onReject` / `onAccept` / `onProgress` get (`{ message }`) or the
 * `IncomingResponseMessage` itself. A 408 / 503 with no header is marked `madeLocally`.
 */
function fromSipJsResponse(response: unknown, hint?: SipHint): SipFailure {
  const inner = isObject(response) ? read(response, 'message') : undefined;
  return errorInputFromMessage(isObject(inner) ? inner : response, hint);
}

/**
 * Reads a SIP.js request: what `session.delegate.onBye` (`{ request }`) or
 * `invitation.delegate.onCancel` gets, or the `IncomingRequestMessage` itself.
 */
function fromSipJsRequest(request: unknown, hint?: SipHint): SipFailure {
  const inner = isObject(request) ? read(request, 'request') : undefined;
  return errorInputFromMessage(isObject(inner) ? inner : request, hint);
}

export type { NotShownWhy, SipFailure, SipHint };
export {
  errorInputFromMessage,
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
};
