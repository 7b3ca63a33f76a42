/**
 * uc-error-kit/report: the [MS-OCER] client error report (`application/msrtc-reporterror+xml`,
 * section 2.2.2 and Appendix A) and the client rules for sending it (section 3.1.5).
 */

/** A document and the changes made to fit the spec's limits. */
export type { BuiltErrorReport } from './build';
/** One change made to a value so that the document obeys the spec. */
export type { ReportAdjustment } from './build';
/** Writes the report document for a failed request (2.2.2). */
export { buildErrorReport } from './build';
/** Writes the report document and lists what had to change to fit the spec's limits. */
export { buildErrorReportDetailed } from './build';
/** Holds progress diagnostics of pending requests and gives report fields on failure. */
export { ErrorReportCollector } from './collector';
/** What a report says: the failed request, its final response and its progress responses. */
export type { ErrorReportFields } from './fields';
/** The Content-Type of a report SERVICE request. */
export { REPORT_CONTENT_TYPE } from './fields';
/** The spec's size limits on report values, in characters. */
export { REPORT_LIMITS } from './fields';
/** The XML namespace of the report document. */
export { REPORT_NAMESPACE } from './fields';
/** The answer of `parseErrorReport`: `{ ok: true, ...fields }` or `{ ok: false, error }`. */
export type { ParsedErrorReport } from './parse';
/** A report as read: `diagHeader` a string, a list (several) or undefined. */
export type { ParsedErrorReportFields } from './parse';
/** Why a report could not be read. */
export type { ReportParseError } from './parse';
/** Reads a report document back into its fields; never throws. */
export { parseErrorReport } from './parse';
/** What to do after the server answered a report: done, retry, drop or disable. */
export type { ReportOutcome } from './policy';
/** The policy's state for the login session. */
export type { ReportPolicyState } from './policy';
/** The parts of a SERVICE response the 3.1.5 rules read. */
export type { ServiceResponse } from './policy';
/** The 3.1.5 client rules as a state machine for one login session. */
export { ErrorReportPolicy } from './policy';
/** The 3.1.5 rules for one SERVICE response, with no state. */
export { outcomeOfServiceResponse } from './policy';
/** Options of an `ErrorReporter`. */
export type { ErrorReporterOptions } from './reporter';
/** What became of one failure's report. */
export type { ReportResult } from './reporter';
/** A SERVICE answer and its Call-ID, as the senders give it. */
export type { SentReport } from './reporter';
/** Reports failed requests within the 3.1.5 rules: collector, policy and sender together. */
export { ErrorReporter } from './reporter';
