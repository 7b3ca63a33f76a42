/**
 * Ties the collector, the 3.1.5 policy and a sender together: observe every response of the
 * app's requests, and each failed one is reported once, retried only as the policy says.
 */
import { buildErrorReportDetailed, type ReportAdjustment } from './build';
import { ErrorReportCollector } from './collector';
import type { ErrorReportFields } from './fields';
import { ErrorReportPolicy, type ReportOutcome, type ServiceResponse } from './policy';

/** What sending a report answers: the SERVICE response, and its Call-ID (never reported). */
interface SentReport extends ServiceResponse {
  /** The Call-ID of the SERVICE request, so its own failure is never reported. */
  callId?: string | undefined;
}

/** Options of an {@link ErrorReporter}. */
interface ErrorReporterOptions {
  /**
   * Sends one report document in a SERVICE request; see `sendErrorReportWithJsSIP` /
   * `...WithSipJs`, and pass them `options` so the SERVICE's own answer is never reported.
   */
  send: (xml: string, options: { onCallId: (callId: string) => void }) => Promise<SentReport>;
  /** The policy for this login session. @default new ErrorReportPolicy() */
  policy?: ErrorReportPolicy;
  /** How many times one report is retried after `Retry-After`. @default 2 */
  maxRetries?: number;
  /** Waits `ms` milliseconds. @default setTimeout */
  wait?: (ms: number) => Promise<void>;
}

/** What became of one failure. */
interface ReportResult {
  /** The fields reported. */
  fields: ErrorReportFields;
  /** The document sent last. */
  xml: string;
  /** What had to change to fit the spec's limits. */
  adjustments: ReportAdjustment[];
  /** The answer to the last attempt, or `skipped` when the policy allowed none. */
  outcome: ReportOutcome | { action: 'skipped' };
  /** How many SERVICE requests were sent. */
  attempts: number;
}

/** Reports failed requests to the server ([MS-OCER] 3.1.4.1) within the rules of 3.1.5. */
class ErrorReporter {
  /** The progress collector. */
  readonly collector = new ErrorReportCollector();
  /** The login-session policy. */
  readonly policy: ErrorReportPolicy;
  #send: ErrorReporterOptions['send'];
  #maxRetries: number;
  #wait: (ms: number) => Promise<void>;
  // Call-IDs of the reports sent, so their own failures are never reported (bounded).
  #own = new Set<string>();

  constructor(options: ErrorReporterOptions) {
    this.#send = options.send;
    this.policy = options.policy ?? new ErrorReportPolicy();
    this.#maxRetries = options.maxRetries ?? 2;
    this.#wait = options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Feeds a response (library message or adapter answer); when it ends a failed request,
   * sends the report and resolves to what became of it, else resolves to undefined.
   */
  async observe(source: unknown): Promise<ReportResult | undefined> {
    const fields = this.collector.observe(source);
    if (!fields || this.#own.has(fields.callId)) return undefined;
    return this.report(fields);
  }

  /** Sends a report for fields already gathered, within the policy. Never rejects. */
  async report(fields: ErrorReportFields): Promise<ReportResult> {
    const { xml, adjustments } = buildErrorReportDetailed(fields);
    if (!this.policy.shouldReport(fields.responseCode)) {
      return { fields, xml, adjustments, outcome: { action: 'skipped' }, attempts: 0 };
    }
    let attempts = 0;
    for (;;) {
      attempts++;
      let outcome: ReportOutcome;
      try {
        const answer = await this.#send(xml, { onCallId: (id) => this.#own.add(id) });
        if (answer.callId) this.#own.add(answer.callId);
        if (this.#own.size > 256) this.#own.delete(this.#own.values().next().value as string);
        outcome = this.policy.onServiceResponse(answer);
      } catch {
        outcome = { action: 'drop', why: 'failed' };
      }
      if (outcome.action !== 'retry' || attempts > this.#maxRetries) {
        return { fields, xml, adjustments, outcome, attempts };
      }
      await this.#wait(outcome.afterMs);
      if (this.policy.state !== 'enabled') {
        return { fields, xml, adjustments, outcome, attempts };
      }
    }
  }

  /** A new login session: reporting allowed again, pending progress forgotten. */
  resetLoginSession(): void {
    this.policy.resetLoginSession();
    this.collector.clear();
  }
}

export type { ErrorReporterOptions, ReportResult, SentReport };
export { ErrorReporter };
