// The human choices of the MSNP family, read by scripts/extract-msnp.mjs. Edit here, then
// run `node scripts/extract-msnp.mjs`; docs/families/msnp.md says why each choice was made.

/**
 * The behaviour vocabulary (copied by src/core/families/msnp/behaviours.ts; a test keeps the
 * two equal). The basis is how BitlBee and libpurple treat a code: a whole-connection
 * failure signs the account out, a switchboard failure ends only the conversation, and
 * anything else fails only the command that got it.
 */
export const BEHAVIOURS = [
  'session-ends',
  'session-ends-retry-later',
  'conversation-fails',
  'command-fails',
  'command-retry-later',
  'invitation-fails',
  'send-offline',
  'not-a-failure',
];

/**
 * Sentences that no code has on its own: the kit chooses them from the command a code
 * answers, the server that sent it, or an `OUT` line (src/core/families/msnp/rules.ts, which
 * a test keeps equal to this list).
 */
export const RULE_SENTENCES = [
  'alreadyInConversation',
  'invitationFailed',
  'invitationFailedDetails',
  'sentAsOfflineMessages',
  'serverShuttingDown',
  'signedInElsewhere',
  'signedInElsewhereDetails',
  'signedOutByServer',
  'signedOutByServerDetails',
  'tooManySearchResults',
  'tooManySearchResultsDetails',
];

/**
 * Seed 001 prints each code's name and known cause on one line with only a space between
 * ("Invalid principal Sent if you try ..."). The name is the words up to where the cause
 * begins; the reader checks that each line starts with the name given here.
 */
export const NAMES_001 = {
  200: 'Invalid Syntax',
  201: 'Invalid parameter',
  205: 'Invalid principal',
  206: 'Domain name missing',
  207: 'Already logged in',
  208: 'Invalid principal',
  209: 'Nickname change illegal',
  210: 'Principal list full',
  // Line 60: the name ends in a question mark, the author's own doubt; kept.
  213: 'Invalid rename request?',
  215: 'Principal already on list',
  216: 'Principal not on list',
  217: 'Principal not online',
  218: 'Already in mode',
  219: 'Principal is in the opposite list',
  223: 'Too many groups',
  224: 'Invalid group',
  225: 'Principal not in group',
  227: 'Group not empty',
  228: 'Group with same name already exists',
  229: 'Group name too long',
  230: 'Cannot remove group zero',
  231: 'Invalid group',
  240: 'Empty domain',
  280: 'Switchboard failed',
  281: 'Transfer to switchboard failed',
  // Line 120: as line 60, a name with a question mark.
  282: 'P2P Error?',
  300: 'Required field missing',
  302: 'Not logged in',
  402: 'Error accessing contact list',
  403: 'Error accessing contact list',
  420: 'Invalid Account Permissions',
  500: 'Internal server error',
  501: 'Database server error',
  502: 'Command disabled',
  510: 'File operation failed',
  // Line 148: "Banned User account you are attempting to connect with is banned." The cause
  // is the sentence "User account ... is banned.", so the name is the one word "Banned".
  511: 'Banned',
  520: 'Memory allocation failed',
  540: 'Challenge response failed',
  600: 'Server is busy',
  601: 'Server is unavailable',
  602: 'Peer nameserver is down',
  603: 'Database connection failed',
  604: 'Server is going down',
  605: 'Server unavailable',
  700: 'Could not create connection',
  710: 'Bad CVR parameters sent',
  711: 'Write is blocking',
  712: 'Session is overloaded',
  713: 'Calling too rapidly',
  714: 'Too many sessions',
  715: 'Not expected',
  717: 'Bad friend file',
  731: 'Not expected',
  800: 'Changing too rapidly',
  910: 'Server too busy',
  911: 'Server is busy',
  912: 'Server too busy',
  913: 'Not allowed when hidden',
  914: 'Server unavailable',
  915: 'Server unavailable',
  916: 'Server unavailable',
  917: 'Authentication failed',
  918: 'Server too busy',
  919: 'Server too busy',
  920: 'Not accepting new principals',
  921: 'Server too busy',
  922: 'Server too busy',
  923: "Kids' Passport without parental consent",
  924: 'Passport account not yet verified',
  928: 'Bad ticket',
  931: 'Account not on this server',
};

/**
 * Every code and every related HRESULT maps to one sentence group: its summary and details
 * keys (in locales/en/uc-error-kit-msnp.json), its behaviour and where it is shown. A
 * code's group is chosen from both seeds' texts; where they disagree, DISAGREEMENTS says
 * which text drives the choice.
 */
export const SENTENCES = [
  {
    summary: 'requestNotAccepted',
    details: 'requestNotAcceptedDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    // 200, 302 and 731 keep the session, as both peers do: BitlBee's msn_status_code_list
    // gives them no STATUS_FATAL flag and libpurple's msn_error_handle only reports them
    // (docs/families/msnp.md, "Peers"). Seed 001 line 113 (under 240) says a 200 comes with a
    // disconnect and line 195 that the server closes the connection after a 731 to a bad CVR:
    // when it does, the app's connection state says so; the code alone does not end it.
    codes: [200, 201, 212, 241, 282, 300, 302, 502, 715, 731],
  },
  {
    summary: 'requestNotAcceptedSignedOut',
    details: 'requestNotAcceptedSignedOutDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    // 240: seed 001 line 113 says the server disconnects; 540 (line 152) closes the
    // connection; 710 is a rejected CVR at sign-in (BitlBee: fatal).
    codes: [240, 540, 710, 929],
  },
  {
    // ERROR_FILE_NOT_FOUND and ERROR_INVALID_PARAMETER (seed 000 lines 112-113) happen in
    // the client, not at the server: the same advice, a different sentence.
    summary: 'signInAppError',
    details: 'requestNotAcceptedSignedOutDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    hresults: ['0x80070002', '0x80070057'],
  },
  {
    summary: 'alreadySignedIn',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [207],
  },
  {
    summary: 'signInRequired',
    details: 'signInRequiredDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    hresults: ['0x80048800', '0x80048801'],
  },
  {
    summary: 'signInFailed',
    details: 'signInFailedDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    codes: [911, 917, 928],
    hresults: ['0x80048821'],
  },
  {
    summary: 'passwordRequired',
    details: undefined,
    behaviour: 'session-ends',
    placement: 'notification-bar',
    hresults: ['0x80048810'],
  },
  {
    summary: 'passwordMustBeChanged',
    details: 'passwordMustBeChangedDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    hresults: ['0x80048823', '0x80048827', '0x80048831'],
  },
  {
    summary: 'accountNotVerified',
    details: 'accountNotVerifiedDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    codes: [924],
    hresults: ['0x80048836'],
  },
  {
    summary: 'accountActionRequired',
    details: 'accountActionRequiredDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    hresults: ['0x80048825', '0x80048826'],
  },
  {
    summary: 'accountNotAllowed',
    details: 'accountNotAllowedDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    codes: [413, 414, 416, 417, 419, 511, 718, 923, 926, 927, 930, 934],
  },
  {
    summary: 'appVersionNotAllowed',
    details: 'appVersionNotAllowedDetails',
    behaviour: 'session-ends',
    placement: 'notification-bar',
    codes: [420],
  },
  {
    summary: 'serviceUnavailable',
    details: 'serviceUnavailableDetails',
    behaviour: 'session-ends-retry-later',
    placement: 'notification-bar',
    codes: [
      418, 500, 501, 504, 505, 510, 520, 600, 601, 602, 603, 604, 605, 700, 707, 711, 712, 714, 717,
      729, 910, 912, 914, 915, 916, 918, 919, 921, 922, 931,
    ],
    hresults: ['0x80048820'],
  },
  {
    summary: 'secureConnectionFailed',
    details: 'secureConnectionFailedDetails',
    behaviour: 'session-ends-retry-later',
    placement: 'notification-bar',
    hresults: ['0x80072f7d'],
  },
  {
    // 920 "Not accepting new principals" (seed 001 line 234, never encountered): BitlBee keeps
    // the session (no flag, "When a sb is full?") and libpurple shows it without signing out.
    summary: 'serviceFull',
    details: 'conversationFailedDetails',
    behaviour: 'command-retry-later',
    placement: 'notification-bar',
    codes: [920],
  },
  {
    summary: 'unspecifiedFailure',
    details: 'unspecifiedFailureDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [503],
    hresults: ['0x80004005'],
  },
  {
    summary: 'contactListUnavailable',
    details: 'contactListUnavailableDetails',
    behaviour: 'command-retry-later',
    placement: 'notification-bar',
    codes: [400, 402, 403],
  },
  {
    summary: 'tooManyRequests',
    details: 'tooManyRequestsDetails',
    behaviour: 'command-retry-later',
    placement: 'notification-bar',
    codes: [800],
  },
  {
    summary: 'tooManyInvitations',
    details: 'tooManyInvitationsDetails',
    behaviour: 'command-retry-later',
    placement: 'im-area',
    codes: [713],
  },
  {
    summary: 'displayNameNotAllowed',
    details: 'displayNameNotAllowedDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [209],
  },
  {
    summary: 'notAllowedWhileHidden',
    details: 'notAllowedWhileHiddenDetails',
    behaviour: 'command-fails',
    placement: 'im-area',
    codes: [913],
  },
  {
    summary: 'contactNotFound',
    details: 'contactNotFoundDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [203, 204, 205, 206, 208, 213, 232, 233, 234],
  },
  {
    summary: 'contactListFull',
    details: 'contactListFullDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [210],
  },
  {
    summary: 'contactAlreadyOnList',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [215],
  },
  {
    summary: 'contactNotOnList',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [216],
  },
  {
    summary: 'contactOnOppositeList',
    details: 'contactOnOppositeListDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [219],
  },
  {
    summary: 'tooManyGroups',
    details: 'tooManyGroupsDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [223],
  },
  {
    summary: 'groupNotFound',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [224, 231],
  },
  {
    summary: 'contactNotInGroup',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [225],
  },
  {
    summary: 'groupNotEmpty',
    details: 'groupNotEmptyDetails',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [227],
  },
  {
    summary: 'groupNameTaken',
    details: 'chooseAnotherGroupName',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [228],
  },
  {
    summary: 'groupNameTooLong',
    details: 'chooseShorterGroupName',
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [229],
  },
  {
    summary: 'groupCannotBeRemoved',
    details: undefined,
    behaviour: 'command-fails',
    placement: 'notification-bar',
    codes: [230],
  },
  {
    summary: 'contactNotAvailable',
    details: 'contactNotAvailableDetails',
    behaviour: 'conversation-fails',
    placement: 'im-area',
    codes: [217],
  },
  {
    summary: 'mobileMessagesUnavailable',
    details: 'mobileMessagesUnavailableDetails',
    behaviour: 'conversation-fails',
    placement: 'im-area',
    codes: [220, 606],
  },
  {
    summary: 'conversationFailed',
    details: 'conversationFailedDetails',
    behaviour: 'conversation-fails',
    placement: 'im-area',
    codes: [280, 281, 508, 509, 719, 726],
  },
  {
    summary: 'alreadyInMode',
    details: undefined,
    behaviour: 'not-a-failure',
    placement: 'notification-bar',
    codes: [218],
  },
  {
    summary: 'signedInOffline',
    details: undefined,
    behaviour: 'not-a-failure',
    placement: 'notification-bar',
    hresults: ['0x00048802'],
  },
  {
    summary: 'signedIn',
    details: undefined,
    behaviour: 'not-a-failure',
    placement: 'notification-bar',
    hresults: ['0x00048803'],
  },
];

/** The sentence for a code the catalog does not list (the code is a value). */
export const GENERIC = {
  summary: 'unknownError',
  details: 'unknownErrorDetails',
  behaviour: 'command-fails',
  placement: 'notification-bar',
};

/**
 * Codes whose two seed texts say different things. `drives` is the file whose text chose
 * the sentence group; both texts stay in the catalog. Line numbers: 000 then 001.
 */
export const DISAGREEMENTS = {
  213: {
    drives: '000',
    why: '000 line 24 names the HRESULT MSGR_E_USER_DOESNT_EXIST; 001 line 60 calls it "Invalid rename request?" and the author is unsure. The HRESULT name drives: no account was found.',
  },
  420: {
    drives: '000',
    why: '000 line 49 says an invitation is needed for this client version; 001 line 135 says "Invalid Account Permissions" for a non-beta tester or an unofficial client. Both agree that this client version may not sign in; 000 drives.',
  },
  710: {
    drives: '001',
    why: '000 line 68 gives MSGR_E_PAGING_UNAVAILABLE with no description; 001 line 173 gives "Bad CVR parameters sent" with a trace, and BitlBee treats 710 as fatal. 001 drives: the sign-in request was rejected.',
  },
  800: {
    drives: '000',
    why: '000 line 79 says "You are being rate limited."; 001 line 198 says "Changing too rapidly" but lists name, status and switchboard requests. 000 drives: too many requests, whatever the command.',
  },
  911: {
    drives: '000',
    why: '000 line 81 says "Generic authentication failure."; 001 line 209 names it "Server is busy" but its cause lists bad USR formats, bad account names and invalid tickets. 000 drives, as in BitlBee and libpurple ("Authentication failed").',
  },
  917: {
    drives: '000',
    why: '000 line 83 says the domain given at authentication is invalid; 001 line 229 says "Authentication failed" and was never encountered. Both are sign-in failures; 000 drives.',
  },
  918: {
    drives: '001',
    why: '000 line 84 gives MSGR_E_INTERNAL_SERVER_ERROR with no description; 001 line 231 says "Server too busy". Either way the service cannot serve now; 001 drives (retry later).',
  },
  919: {
    drives: '001',
    why: '000 line 85 gives MSGR_E_INTERNAL_SERVER_ERROR with no description; 001 line 233 says "Server too busy". As 918; 001 drives.',
  },
  928: {
    drives: '000',
    why: '000 line 93 says "The password provided is invalid."; 001 line 248 says "Bad ticket", often a client that did not decode its ticket. 000 drives: the person can check the password; an app bug shows the same sentence.',
  },
};
