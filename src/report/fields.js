/**
 * The fields of an [MS-OCER] error report and the limits the spec puts on them.
 *
 * Line numbers are those of the seed `003_25215bf81927f88f.txt` (section 2.2.2, lines 133-168).
 */
/** The XML namespace of the report document (2.2.2, line 151; Appendix A, line 337). */
const REPORT_NAMESPACE = 'http://schemas.microsoft.com/2006/09/sip/error-reporting';
/** The Content-Type of the SERVICE request that carries a report (3.1.4.1, line 224). */
const REPORT_CONTENT_TYPE = 'application/msrtc-reporterror+xml';
/** The spec's size limits, in characters (never splitting a surrogate pair). */
const REPORT_LIMITS = {
    /** requestType "MUST NOT be longer than 33 characters" (line 142). */
    requestType: 33,
    /** contentType "MUST NOT be longer than 257 characters" (line 143). */
    contentType: 257,
    /** Each diagHeader "MUST NOT be longer than 65,535 characters" (lines 145 and 148). */
    diagHeader: 65_535,
    /** fromUri, toUri, callId, fromTag and toTag together: at most 669 characters (line 149). */
    identity: 669,
    /** responseCode "MUST be within the unsigned integer range" (line 144; xs:unsignedInt). */
    responseCode: 4_294_967_295,
};
/** The identity fields the 669-character limit counts, least important first. */
const IDENTITY_DROP_ORDER = ['fromUri', 'toUri', 'toTag', 'fromTag'];
export { IDENTITY_DROP_ORDER, REPORT_CONTENT_TYPE, REPORT_LIMITS, REPORT_NAMESPACE };
