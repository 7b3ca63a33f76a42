/**
 * What a code does to the client, after BitlBee's `msn_status_code_list` flags
 * (`STATUS_FATAL`: the account is signed out; `STATUS_SB_FATAL`: only the switchboard, the
 * conversation, ends; no flag: only the command failed) and libpurple's MSN plugin (sign-in
 * errors 500, 601, 910, 921 and 911 end the session in `usr_error`; switchboard errors such
 * as 217 fail the conversation in `cal_error`). docs/families/msnp.md gives the details.
 */
const MSNP_BEHAVIOURS = [
    /** The connection ends (or sign-in does not complete); the person must act before signing in again. */
    'session-ends',
    /** The connection ends because the service is busy or unavailable; sign in again later. */
    'session-ends-retry-later',
    /** The conversation (switchboard) fails; the sign-in stays. */
    'conversation-fails',
    /** Only the one command failed; the session goes on. */
    'command-fails',
    /** The command was refused for now (rate limit, busy address book); try it again later. */
    'command-retry-later',
    /** Not a failure: a success HRESULT (218, "already in the mode"). */
    'not-a-failure',
];
export { MSNP_BEHAVIOURS };
