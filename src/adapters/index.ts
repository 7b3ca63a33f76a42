/**
 * uc-error-kit/adapters: pure functions from what JsSIP or SIP.js report (or a raw SIP
 * message) to the kit's input and context. Duck-typed; imports neither library.
 */

/** Types: NotShownWhy, SipFailure, SipHint (each documented where it is defined). */
export type { NotShownWhy, SipFailure, SipHint } from './adapt';
/** Reads either library's message object (a response, or a BYE / CANCEL / NOTIFY request). */
/** Reads a raw SIP message, for apps with neither library and for logs. */
/** Reads a JsSIP event (session `failed` / `ended`, message `failed`, `registrationFailed`, REFER). */
/** Reads what a SIP.js delegate gets for a BYE or CANCEL (`{ request }` or the message). */
/** Reads what a SIP.js `onReject` gets (`{ message }`) or the response message itself. */
export {
  errorInputFromMessage,
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
} from './adapt';
/** Types: SipMessageView (each documented where it is defined). */
export type { SipMessageView } from './message';
/** Reduces a library message object to the view the adapters read. */
/** Reduces raw SIP text (a message or a sipfrag) to the view the adapters read. */
export { viewOfLibraryMessage, viewOfSipText } from './message';
/** Types: ParsedReason (each documented where it is defined). */
export type { ParsedReason } from './reason';
/** Reads every reason-value of `Reason` header value(s) (RFC 3326). */
export { parseReasonHeader } from './reason';
/** Types: JsSIPRequestClasses, SendOptions (each documented where it is defined). */
export type { JsSIPRequestClasses, SendOptions } from './send';
/** Sends an error report as a SERVICE request through a JsSIP UA. */
/** Sends an error report as a SERVICE request through a SIP.js UserAgent. */
/** The status, ms-diagnostics and Retry-After of a SERVICE response, for the 3.1.5 rules. */
export { sendErrorReportWithJsSIP, sendErrorReportWithSipJs, serviceResponseOf } from './send';
/** Types: MsOcerSipFamily, SignOut, SignOutCause, SipErrorInput (each documented where it is defined). */
export type { MsOcerSipFamily, SignOut, SignOutCause, SipErrorInput } from './sign-out';
/** [MS-OCER] plus the server's sign-out: the family to resolve what the adapters return. */
export { msOcerSip } from './sign-out';
/** Types: Untap (each documented where it is defined). */
export type { Untap } from './tap';
/** Reads every incoming message of a JsSIP socket or SIP.js transport, before the library. */
/** Calls back when the server signs the user out, read at the transport. */
export { tapIncomingMessages, tapSignOut } from './tap';
