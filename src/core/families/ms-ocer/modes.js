/**
 * Modes and the actions a user can be taking in each.
 *
 * [MS-OCER] Appendix D, "Modes": the client consults the mode to pick a string, and the
 * same code can have several strings in one mode, chosen by what the user was doing. The
 * spec names the modes but not the actions; this vocabulary names them, and each catalog
 * row is given one (see the README, "Actions").
 */
const ModeActions = {
    /** IM communication between two or more parties; file transfer errors also show here. */
    IM: ['send', 'start', 'send-file'],
    /** Audio or audio/video communication between two parties. */
    Voice: ['call', 'transfer', 'add-video', 'park'],
    /** More than two parties on a conferencing or application sharing server. */
    Conference: ['join', 'invite', 'dial-out'],
    /** Content and application sharing. */
    Sharing: ['share', 'start', 'in-session', 'invite', 'respond'],
    /** Anything else: only the generic "An error occurred." applies. */
    Other: [],
};
const MODES = Object.keys(ModeActions);
/** True when `value` is one of the modes, looked up without touching the prototype chain. */
function isMode(value) {
    return typeof value === 'string' && Object.hasOwn(ModeActions, value);
}
/** True when `action` belongs to the vocabulary of `mode`. */
function isActionOf(mode, action) {
    return ModeActions[mode].includes(action);
}
export { isActionOf, isMode, MODES, ModeActions };
