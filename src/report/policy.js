/**
 * When to send an error report and what to do with the server's answer: [MS-OCER] 3.1
 * (seed lines 170-174) and 3.1.5 (lines 225-230), as a small state machine.
 *
 * - Line 174: the client "can hold progress responses until it receives a 200 OK … If the
 *   original request fails, the SIP protocol client can report this error": report only a
 *   failed request (a final status of 300 or more), never a pending or successful one.
 * - Line 227: "200 OK … if the SERVICE request is successfully processed": done.
 * - Line 229: "If the SIP protocol client encounters ms-diagnostics header ID=2019, or
 *   ms-diagnostics headers are missing in a 503 Service Unavailable response, it SHOULD NOT
 *   retry the request during the login session": no report at all until the next login.
 * - Line 228: a 503 with a `Retry-After` header: "wait the amount of time specified … before
 *   re-trying". The spec pairs Retry-After with a service that is enabled but busy, so a 503
 *   with Retry-After and without 2019 is retried even when it has no ms-diagnostics; 2019
 *   always wins.
 * - Line 230: 413 Request Entity Too Large: "SHOULD NOT retry the request".
 * - Any other failure of the SERVICE (a 5xx without Retry-After, a timeout): this report is
 *   dropped, later ones are still sent.
 */
// A Retry-After longer than a day is no delay a client session waits out.
const MAX_RETRY_AFTER_SECONDS = 86_400;
/** The ErrorId at the start of an ms-diagnostics value (`2019;reason=…` → 2019). */
function errorIdOf(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    const match = /^\s*(?:ms-diagnostics\s*:\s*)?(\d{1,10})/i.exec(value);
    return match ? Number(match[1]) : undefined;
}
/** Seconds of a Retry-After value, or undefined when it is not delta-seconds. */
function retryAfterSeconds(value) {
    if (value === undefined)
        return undefined;
    const match = /^\s*(\d{1,10})/.exec(String(value));
    if (!match)
        return undefined;
    return Math.min(Number(match[1]), MAX_RETRY_AFTER_SECONDS);
}
/** The 3.1.5 rules for one SERVICE response, with no state: what to do next. */
function outcomeOfServiceResponse(response) {
    const { status } = response;
    if (status >= 200 && status < 300)
        return { action: 'done' };
    if (status === 413)
        return { action: 'drop', why: 'too-large' };
    if (status === 503) {
        const ids = (response.diagnostics ?? []).map(errorIdOf).filter((id) => id !== undefined);
        if (ids.includes(2019))
            return { action: 'disable', why: 'service-unavailable-2019' };
        const seconds = retryAfterSeconds(response.retryAfter);
        if (seconds !== undefined)
            return { action: 'retry', afterMs: seconds * 1000 };
        if (ids.length === 0)
            return { action: 'disable', why: 'service-unavailable-no-diagnostics' };
    }
    return { action: 'drop', why: 'failed' };
}
/**
 * The client's error-reporting state for one login session ([MS-OCER] 3.1.5): whether a
 * failure is reported, and what each SERVICE answer means.
 */
class ErrorReportPolicy {
    #state = 'enabled';
    /** `'enabled'`, or `'disabled-for-session'` after a 503 with 2019 or with no diagnostics. */
    get state() {
        return this.#state;
    }
    /** True when a request that ended with `finalStatus` is to be reported now. */
    shouldReport(finalStatus) {
        return this.#state === 'enabled' && finalStatus !== undefined && finalStatus >= 300;
    }
    /** Records the server's answer to a report and says what to do next. */
    onServiceResponse(response) {
        const outcome = outcomeOfServiceResponse(response);
        if (outcome.action === 'disable')
            this.#state = 'disabled-for-session';
        return outcome;
    }
    /** A new login session (a fresh registration): reporting is allowed again. */
    resetLoginSession() {
        this.#state = 'enabled';
    }
}
export { ErrorReportPolicy, outcomeOfServiceResponse };
