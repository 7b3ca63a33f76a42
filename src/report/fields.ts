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
} as const;

/** What a report says: the failed request, its final response and its progress responses. */
interface ErrorReportFields {
  /** The Call-ID of the request that failed; required. */
  callId: string;
  /** The From URI of the request that failed; without it the server takes the SERVICE's From. */
  fromUri?: string | undefined;
  /** The To URI of the request that failed. */
  toUri?: string | undefined;
  /** The From tag of the request that failed. */
  fromTag?: string | undefined;
  /** The To tag of the final response. */
  toTag?: string | undefined;
  /** The method of the request that failed (`INVITE`, `SERVICE`, …); required. */
  requestType: string;
  /** The Content-Type header of the request that failed. */
  contentType?: string | undefined;
  /** The status code of the final response; required. */
  responseCode: number;
  /**
   * The `ms-diagnostics` value(s) of the final response, without the header name. Several
   * when the response carried several (a Mediation Server 404 carries 1034 then 10003).
   */
  diagHeader?: string | readonly string[] | undefined;
  /** The `ms-diagnostics` values of the progress responses, in the order received. */
  progressReports: readonly string[];
}

/** The identity fields the 669-character limit counts, least important first. */
const IDENTITY_DROP_ORDER = ['fromUri', 'toUri', 'toTag', 'fromTag'] as const;

export type { ErrorReportFields };
export { IDENTITY_DROP_ORDER, REPORT_CONTENT_TYPE, REPORT_LIMITS, REPORT_NAMESPACE };
