/**
 * uc-error-kit/adapters: pure functions from what JsSIP or SIP.js report (or a raw SIP
 * message) to the kit's input and context. Duck-typed; imports neither library.
 */

/** Why a message or event is no failure to show (`'progress'`, `'success'`, …). */
export type { NotShownWhy } from './adapt';
/** What the adapters answer: `show`, `input`, `context`, `reason`, `madeLocally`, … */
export type { SipFailure } from './adapt';
/** What the app knows better than the message: mode, action, the failed method. */
export type { SipHint } from './adapt';
/** Reads either library's message object (a response, or a BYE / CANCEL / NOTIFY request). */
export { errorInputFromMessage } from './adapt';
/** Reads a raw SIP message, for apps with neither library and for logs. */
export { errorInputFromSipMessage } from './adapt';
/** Reads a JsSIP event (session `failed` / `ended`, message `failed`, `registrationFailed`, REFER). */
export { fromJsSIPEvent } from './adapt';
/** Reads what a SIP.js delegate gets for a BYE or CANCEL (`{ request }` or the message). */
export { fromSipJsRequest } from './adapt';
/** Reads what a SIP.js `onReject` gets (`{ message }`) or the response message itself. */
export { fromSipJsResponse } from './adapt';
/** A SIP message reduced to what the adapters and the error report read. */
export type { SipMessageView } from './message';
/** Reduces a library message object to the view the adapters read. */
export { viewOfLibraryMessage } from './message';
/** Reduces raw SIP text (a message or a sipfrag) to the view the adapters read. */
export { viewOfSipText } from './message';
/** One reason-value of a `Reason` header (RFC 3326). */
export type { ParsedReason } from './reason';
/** Reads every reason-value of `Reason` header value(s) (RFC 3326). */
export { parseReasonHeader } from './reason';
/** JsSIP's `OutgoingRequest` and `RequestSender`, which the app passes to the JsSIP sender. */
export type { JsSIPRequestClasses } from './send';
/** Options of the senders (`onCallId`). */
export type { SendOptions } from './send';
/** Sends an error report as a SERVICE request through a JsSIP UA. */
export { sendErrorReportWithJsSIP } from './send';
/** Sends an error report as a SERVICE request through a SIP.js UserAgent. */
export { sendErrorReportWithSipJs } from './send';
/** The status, ms-diagnostics and Retry-After of a SERVICE response, for the 3.1.5 rules. */
export { serviceResponseOf } from './send';
/** Stops a transport tap. */
export type { Untap } from './tap';
/** Reads every incoming message of a JsSIP socket or SIP.js transport, before the library. */
export { tapIncomingMessages } from './tap';
