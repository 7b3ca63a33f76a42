/**
 * [MS-OCER] Appendix D, "Handled Error Display" and "Unhandled Error Display": errors during
 * IM or file transfer go into the IM area; call, meeting and sharing errors go into the
 * notification area at the top of the conversation window.
 */
const PLACEMENT_BY_MODE = {
    IM: 'im-area',
    Voice: 'notification-bar',
    Conference: 'notification-bar',
    Sharing: 'notification-bar',
    Other: 'notification-bar',
};
/**
 * [MS-OCER] Appendix E, "Handled Error Display" (seed lines 15345-15348), for Office
 * Communicator 2007 and 2007 R2. It differs from D for Sharing (1) and for rows with only a
 * descriptive string (3):
 * 1. "If the error is during IM, file transfer or data collaboration, the error message is
 *    written directly into the IM area itself": IM, and Sharing too, which is E's data
 *    collaboration (D puts sharing errors in the notification area instead).
 * 2. "If the error occurs during an audio or audio/video call, a summary string is displayed
 *    that replaces the audio/video controls": the kit's nearest surface is the bar at the top
 *    of the conversation window, where those controls sit. Conference summaries ("Cannot
 *    join the conference.") are of this kind: joining a conference joins its call.
 * 3. "If the summary string is selected, a descriptive string is also displayed in the IM
 *    area": a row with only a descriptive string (E's transfer and conference invitation
 *    errors) has no summary to put in place of the controls, so it is written in the IM
 *    area. That is `descriptiveOnly` below.
 * E says nothing of where its generic message goes; it follows the mode.
 */
const OCS2007_PLACEMENT_BY_MODE = {
    IM: 'im-area',
    Voice: 'notification-bar',
    Conference: 'notification-bar',
    Sharing: 'im-area',
    Other: 'notification-bar',
};
const PLACEMENT_RULES = {
    lync2010: { byMode: PLACEMENT_BY_MODE },
    ocs2007: { byMode: OCS2007_PLACEMENT_BY_MODE, descriptiveOnly: 'im-area' },
};
/**
 * The placement of a catalog's messages in a mode; `hasSummary` is false for a row that has
 * only a descriptive string.
 */
function placementOf(catalog, mode, hasSummary = true) {
    const rule = PLACEMENT_RULES[catalog];
    return !hasSummary && rule.descriptiveOnly ? rule.descriptiveOnly : rule.byMode[mode];
}
export { PLACEMENT_BY_MODE, placementOf };
