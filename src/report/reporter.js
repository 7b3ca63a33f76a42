/**
 * Ties the collector, the 3.1.5 policy and a sender together: observe every response of the
 * app's requests, and each failed one is reported once, retried only as the policy says.
 */
import { buildErrorReportDetailed } from './build';
import { ErrorReportCollector } from './collector';
import { ErrorReportPolicy } from './policy';
/** Reports failed requests to the server ([MS-OCER] 3.1.4.1) within the rules of 3.1.5. */
class ErrorReporter {
    /** The progress collector. */
    collector = new ErrorReportCollector();
    /** The login-session policy. */
    policy;
    #send;
    #maxRetries;
    #wait;
    // Call-IDs of the reports sent, so their own failures are never reported (bounded).
    #own = new Set();
    constructor(options) {
        this.#send = options.send;
        this.policy = options.policy ?? new ErrorReportPolicy();
        this.#maxRetries = options.maxRetries ?? 2;
        this.#wait = options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /**
     * Feeds a response (library message or adapter answer); when it ends a failed request,
     * sends the report and resolves to what became of it, else resolves to undefined.
     */
    async observe(source) {
        const fields = this.collector.observe(source);
        if (!fields || this.#own.has(fields.callId))
            return undefined;
        return this.report(fields);
    }
    /** Sends a report for fields already gathered, within the policy. Never rejects. */
    async report(fields) {
        const { xml, adjustments } = buildErrorReportDetailed(fields);
        if (!this.policy.shouldReport(fields.responseCode)) {
            return { fields, xml, adjustments, outcome: { action: 'skipped' }, attempts: 0 };
        }
        let attempts = 0;
        for (;;) {
            attempts++;
            let outcome;
            try {
                const answer = await this.#send(xml, { onCallId: (id) => this.#own.add(id) });
                if (answer.callId)
                    this.#own.add(answer.callId);
                if (this.#own.size > 256)
                    this.#own.delete(this.#own.values().next().value);
                outcome = this.policy.onServiceResponse(answer);
            }
            catch {
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
    resetLoginSession() {
        this.policy.resetLoginSession();
        this.collector.clear();
    }
}
export { ErrorReporter };
