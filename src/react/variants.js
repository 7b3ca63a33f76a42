/**
 * [MS-OCER] Appendix D, "Handled Error Display": IM and file-transfer errors are written
 * inline in the IM area; call, meeting and sharing errors go to a notification area at the
 * top of the conversation window, where "all messages can be dismissed".
 */
const NOTICE_VARIANTS = {
    'notification-bar': {
        // Polite: these arrive while the user is talking, listening or presenting, and an
        // assertive announcement would cut off whatever the screen reader is saying, perhaps the
        // other party's captions, for news that stays on screen until dismissed. Polite waits for
        // a pause; the bar is a labelled region to come back to (F8 moves focus there).
        politeness: 'polite',
        dismissible: true,
        // "When the user clicks on the message text, additional information is displayed in a
        // dialog box": an explicit button rather than a sentence styled as a link, which reads
        // as a tooltip and is not shown as a control in forced-colors mode.
        alwaysDetails: true,
        className: 'ucek-notice--bar',
    },
    'im-area': {
        // Assertive: the line says that words the user has just sent never arrived. In a busy
        // conversation a polite announcement queues behind the incoming messages the transcript
        // reads out, and the user moves on believing it was delivered.
        politeness: 'assertive',
        // A line in the conversation is part of its history, like the messages around it.
        dismissible: false,
        // The spec gives IM-area lines no dialog; a line of the transcript gets a Details button
        // only when there is more to read than a code.
        alwaysDetails: false,
        className: 'ucek-notice--im',
    },
};
/** True when `value` names a variant, looked up without touching the prototype chain. */
function isNoticeVariant(value) {
    return typeof value === 'string' && Object.hasOwn(NOTICE_VARIANTS, value);
}
export { isNoticeVariant, NOTICE_VARIANTS };
