/**
 * Sends an [MS-OCER] error report: a SERVICE request to the user's own address with
 * `Content-Type: application/msrtc-reporterror+xml` (3.1.4.1, seed lines 183-224; the
 * example of 4.1, line 288, sends it to the reporting user's AoR).
 *
 * Neither library has a public "send any method" call: JsSIP's UA has `sendMessage` and
 * `sendOptions` only, so the app passes JsSIP's own `OutgoingRequest` (jssip/lib/SIPMessage)
 * and `RequestSender` (jssip/lib/RequestSender), which those calls use; SIP.js exposes
 * `userAgent.userAgentCore.makeOutgoingRequestMessage` and `.request`, which its `Messager`
 * uses. The kit imports neither library.
 */
import { REPORT_CONTENT_TYPE } from '../report/fields';
import { isObject, read, viewOfLibraryMessage } from './message';
/** The parts of a final SERVICE response the 3.1.5 rules read. */
function serviceResponseOf(message, callId) {
    const view = viewOfLibraryMessage(message);
    return {
        status: view?.status ?? 0,
        diagnostics: view ? view.header('ms-diagnostics').filter((v) => v !== '') : [],
        retryAfter: view?.header('retry-after')[0],
        callId: view?.callId ?? callId,
    };
}
/**
 * Sends a report through a JsSIP `UA` (registered). Resolves to the final response; a
 * timeout resolves as 408 and a transport error as 503 (RFC 3261 8.1.3.1), both without
 * diagnostics. Never rejects.
 */
function sendErrorReportWithJsSIP(ua, xml, classes, options = {}) {
    return new Promise((resolve) => {
        try {
            const configuration = isObject(ua) ? read(ua, 'configuration') : undefined;
            const self = isObject(configuration) ? read(configuration, 'uri') : undefined;
            const request = new classes.OutgoingRequest('SERVICE', self, ua, { to_uri: self }, [`Content-Type: ${REPORT_CONTENT_TYPE}`], xml);
            const callId = isObject(request)
                ? read(request, 'call_id')
                : undefined;
            if (callId)
                options.onCallId?.(callId);
            const sender = new classes.RequestSender(ua, request, {
                onReceiveResponse: (response) => {
                    const status = isObject(response) ? Number(read(response, 'status_code')) : 0;
                    if (status >= 100 && status < 200)
                        return;
                    resolve(serviceResponseOf(response, callId));
                },
                onRequestTimeout: () => resolve({ status: 408, diagnostics: [], callId }),
                onTransportError: () => resolve({ status: 503, diagnostics: [], callId }),
            });
            sender.send();
        }
        catch {
            resolve({ status: 503, diagnostics: [] });
        }
    });
}
/**
 * Sends a report through a SIP.js `UserAgent` (started, registered). Resolves to the final
 * response (SIP.js's own 408 / 503 on timeout or transport error). Never rejects.
 */
function sendErrorReportWithSipJs(userAgent, xml, options = {}) {
    return new Promise((resolve) => {
        try {
            const ua = userAgent;
            const uri = ua.configuration.uri;
            const message = ua.userAgentCore.makeOutgoingRequestMessage('SERVICE', uri, uri, uri, {}, [], {
                contentDisposition: 'render',
                contentType: REPORT_CONTENT_TYPE,
                content: xml,
            });
            const callId = message.callId;
            if (callId)
                options.onCallId?.(callId);
            const done = (response) => resolve(serviceResponseOf(isObject(response) ? read(response, 'message') : undefined, callId));
            ua.userAgentCore.request(message, { onAccept: done, onReject: done, onRedirect: done });
        }
        catch {
            resolve({ status: 503, diagnostics: [] });
        }
    });
}
export { sendErrorReportWithJsSIP, sendErrorReportWithSipJs, serviceResponseOf };
