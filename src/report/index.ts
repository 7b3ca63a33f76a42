/**
 * uc-error-kit/report: the [MS-OCER] client error report (`application/msrtc-reporterror+xml`,
 * section 2.2.2 and Appendix A) and the client rules for sending it (section 3.1.5).
 */

/** Types: BuiltErrorReport, ReportAdjustment (each documented where it is defined). */
export type { BuiltErrorReport, ReportAdjustment } from './build';
/** Writes the report document for a failed request (2.2.2). */
/** Writes the report document and lists what had to change to fit the spec's limits. */
export { buildErrorReport, buildErrorReportDetailed } from './build';
/** Holds progress diagnostics of pending requests and gives report fields on failure. */
export { ErrorReportCollector } from './collector';
/** Types: ErrorReportFields (each documented where it is defined). */
export type { ErrorReportFields } from './fields';
/** The Content-Type of a report SERVICE request. */
/** The spec's size limits on report values, in characters. */
/** The XML namespace of the report document. */
export { REPORT_CONTENT_TYPE, REPORT_LIMITS, REPORT_NAMESPACE } from './fields';
/** Types: ParsedErrorReport, ParsedErrorReportFields, ReportParseError (each documented where it is defined). */
export type { ParsedErrorReport, ParsedErrorReportFields, ReportParseError } from './parse';
/** Reads a report document back into its fields; never throws. */
export { parseErrorReport } from './parse';
/** Types: ReportOutcome, ReportPolicyState, ServiceResponse (each documented where it is defined). */
export type { ReportOutcome, ReportPolicyState, ServiceResponse } from './policy';
/** The 3.1.5 client rules as a state machine for one login session. */
/** The 3.1.5 rules for one SERVICE response, with no state. */
export { ErrorReportPolicy, outcomeOfServiceResponse } from './policy';
/** Types: ErrorReporterOptions, ReportResult, SentReport (each documented where it is defined). */
export type { ErrorReporterOptions, ReportResult, SentReport } from './reporter';
/** Reports failed requests within the 3.1.5 rules: collector, policy and sender together. */
export { ErrorReporter } from './reporter';
