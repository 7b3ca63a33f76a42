// The SMTP family's sentences and which seed rows show which sentence: chosen by people,
// read by scripts/extract-smtp.mjs. Every row of the four tables is listed under exactly
// one topic (by seed line); the generator fails when a row is missing or listed twice.
//
// A topic is what happened, said once for the person at the screen (its summary), plus what
// they can do (its details, shared between topics) and where the notice goes:
// 'im-area' when it is about one message that was sent (its recipient, size, content, fate),
// 'notification-bar' when it is about the account, the connection or the mail program,
// which stays wrong for every message until someone fixes it.

/** The details sentences, each written once, shared by the topics below. */
export const DETAILS = {
  tryAgainLater: 'Try to send the message again later.',
  contactAdministratorWithCode:
    'If the problem continues, contact your email administrator. The error code is {{code}}.',
  checkRecipientAddress:
    'Check the address for typing errors, or ask the recipient for the correct address.',
  checkRecipientDomain: 'Check the part of the address after the @ sign for typing errors.',
  contactRecipientLater: 'Try again later, or contact the recipient in another way.',
  contactRecipientOtherWay: 'Contact the recipient in another way to confirm the address.',
  addRecipient: 'Add at least one recipient address, then send the message again.',
  checkSenderAddress: 'Check the sender address in your account settings.',
  makeMessageSmaller: 'Remove some attachments or make the message shorter, then send it again.',
  sendToFewerRecipients: 'Send the message to fewer recipients at a time.',
  waitBeforeSending:
    'Wait a while before you send more messages. If you need to send more, contact your email administrator.',
  checkSignInDetails:
    'Check the user name and password in your account settings. If your account uses two-step verification, you may need an app password.',
  checkSecuritySettings:
    'Check the security settings (SSL or TLS) of your account, or ask your email administrator.',
  contactAdministrator: 'Contact your email administrator or your email provider for help.',
  askAdministratorToCheckDomain:
    'Ask your email administrator to check the sender settings (SPF, DKIM and DMARC) of your domain.',
  checkProgramSettings:
    'Check the settings of your mail program, or contact your email administrator.',
  checkConnection: 'Check your internet connection and the server settings, then try again.',
  restartProgram:
    'Close your mail program and open it again. If the problem continues, contact your email administrator.',
  contactProvider: 'Contact your email provider to check the account.',
};

/**
 * The topics: summary sentence, details key, placement, and the seed lines of each
 * provider's rows that show it. `sendDelayed`, `sendFailed` and `messageAccepted` are also
 * the sentences of a reply class with no row (RFC 5321 4.2.1); `mailError` is the generic
 * message for a reply with no readable code.
 */
export const TOPICS = {
  messageAccepted: {
    summary: 'The message was accepted for delivery.',
    details: undefined,
    placement: 'im-area',
    rows: { outlook: [268], sendgrid: [372] },
  },
  sendDelayed: {
    summary: 'The message could not be delivered yet.',
    details: 'tryAgainLater',
    placement: 'im-area',
    rows: { gmail: [61, 67], sendgrid: [376, 385] },
  },
  sendFailed: {
    summary: 'The message could not be delivered.',
    details: 'contactAdministratorWithCode',
    placement: 'im-area',
    rows: { outlook: [212, 262, 291], sendgrid: [384] },
  },
  mailError: {
    summary: 'The mail server reported a problem.',
    details: 'contactAdministratorWithCode',
    placement: 'notification-bar',
    rows: {},
  },
  recipientNotFound: {
    summary: "The message was not delivered because the recipient's address does not exist.",
    details: 'checkRecipientAddress',
    placement: 'im-area',
    rows: { gmail: [83, 115], outlook: [199, 264], sendgrid: [381, 383] },
  },
  recipientDomainNotFound: {
    summary: "The message was not delivered because the recipient's domain was not found.",
    details: 'checkRecipientDomain',
    placement: 'im-area',
    rows: { gmail: [103, 133], outlook: [265] },
  },
  recipientMailboxFull: {
    summary: "The message was not delivered because the recipient's mailbox is full.",
    details: 'contactRecipientLater',
    placement: 'im-area',
    rows: { gmail: [63, 101, 108, 131], outlook: [203, 210, 275] },
  },
  recipientUnavailable: {
    summary: "The recipient's mailbox does not accept messages.",
    details: 'contactRecipientOtherWay',
    placement: 'im-area',
    rows: { gmail: [84, 116], outlook: [201, 269, 273, 274], sendgrid: [379] },
  },
  recipientInvalid: {
    summary: 'A recipient address is not valid.',
    details: 'checkRecipientAddress',
    placement: 'im-area',
    rows: {
      mailgun: [9, 18, 26, 28, 29],
      outlook: [158, 159, 211, 214, 263, 266, 267],
    },
  },
  noRecipient: {
    summary: 'The message has no recipient.',
    details: 'addRecipient',
    placement: 'im-area',
    rows: { outlook: [216] },
  },
  senderAddressInvalid: {
    summary: 'Your sender address was not accepted.',
    details: 'checkSenderAddress',
    placement: 'notification-bar',
    rows: { mailgun: [8, 27], outlook: [213, 215, 270, 271] },
  },
  messageTooLarge: {
    summary: 'The message is too large to send.',
    details: 'makeMessageSmaller',
    placement: 'im-area',
    rows: { mailgun: [40], gmail: [102, 109, 132], outlook: [276, 282], sendgrid: [382] },
  },
  tooManyRecipients: {
    summary: 'The message has too many recipients.',
    details: 'sendToFewerRecipients',
    placement: 'im-area',
    rows: { mailgun: [15], gmail: [64, 65], outlook: [295] },
  },
  sendingLimitReached: {
    summary: 'You have reached a limit on how many messages you can send.',
    details: 'waitBeforeSending',
    placement: 'notification-bar',
    rows: {
      mailgun: [41, 42, 43],
      gmail: [58, 86, 87, 97, 117, 118, 128],
      outlook: [322, 323],
      sendgrid: [377, 378, 380],
    },
  },
  receivingServerBusy: {
    summary: "The recipient's mail server is busy and did not accept the message yet.",
    details: 'tryAgainLater',
    placement: 'im-area',
    rows: { gmail: [49, 50, 53, 55, 56, 57, 59, 85], outlook: [289], sendgrid: [374, 375] },
  },
  serverBusy: {
    summary: 'The mail server is busy at the moment.',
    details: 'tryAgainLater',
    placement: 'notification-bar',
    rows: { outlook: [153, 198, 280] },
  },
  serverNotResponding: {
    summary: 'The mail server did not respond in time.',
    details: 'tryAgainLater',
    placement: 'notification-bar',
    rows: { outlook: [167, 171, 173, 344, 345] },
  },
  serverError: {
    summary: 'The mail server had a problem with the request.',
    details: 'tryAgainLater',
    placement: 'notification-bar',
    rows: { mailgun: [44], outlook: [175, 176, 190, 200, 239, 278, 279, 283] },
  },
  signInFailed: {
    summary: 'The mail server did not accept your sign-in details.',
    details: 'checkSignInDetails',
    placement: 'notification-bar',
    rows: {
      gmail: [76, 77, 80, 81, 82, 91, 112, 113, 114, 122, 136],
      outlook: [
        142, 166, 170, 177, 183, 219, 220, 226, 240, 241, 256, 314, 315, 321, 338, 360, 362,
      ],
    },
  },
  secureConnectionRequired: {
    summary: 'The mail server requires a secure connection.',
    details: 'checkSecuritySettings',
    placement: 'notification-bar',
    rows: { gmail: [54, 78], outlook: [316, 317] },
  },
  secureConnectionFailed: {
    summary: 'The secure connection to the mail server could not be set up.',
    details: 'checkSecuritySettings',
    placement: 'notification-bar',
    rows: { outlook: [143, 144, 168, 169, 179, 182, 310, 311, 312, 354, 361] },
  },
  senderNotAuthorized: {
    summary: 'The mail server does not allow you to send this message.',
    details: 'contactAdministrator',
    placement: 'notification-bar',
    rows: {
      mailgun: [36, 38, 39],
      gmail: [51, 88, 94, 119, 125],
      outlook: [320],
      sendgrid: [373],
    },
  },
  blockedAsSpam: {
    summary: 'The message was blocked because it looks like unwanted mail.',
    details: 'contactAdministrator',
    placement: 'im-area',
    rows: { gmail: [52, 92, 93, 107, 123, 124] },
  },
  blockedByPolicy: {
    summary: "The message was blocked by the recipient's mail policy.",
    details: 'contactAdministrator',
    placement: 'im-area',
    rows: { gmail: [95, 106, 126], outlook: [306, 307, 308] },
  },
  senderAuthenticationFailed: {
    summary: 'The receiving server could not confirm that the message comes from your domain.',
    details: 'askAdministratorToCheckDomain',
    placement: 'notification-bar',
    rows: { gmail: [96, 98, 99, 100, 127, 129, 130] },
  },
  clientRequestInvalid: {
    summary: 'Your mail program sent a request that the mail server could not accept.',
    details: 'checkProgramSettings',
    placement: 'notification-bar',
    rows: {
      mailgun: [10, 11, 12, 13, 14, 16, 17, 19, 20, 21, 22, 23, 24, 25, 30, 35],
      gmail: [60, 62, 66, 68, 69, 70, 71, 72, 73, 74, 75, 79, 110, 111, 137],
      outlook: [192, 193, 194, 195, 196, 197, 292, 293, 294, 296, 297, 298],
      sendgrid: [386, 387],
    },
  },
  cannotConnect: {
    summary: 'Your mail program could not connect to the mail server.',
    details: 'checkConnection',
    placement: 'notification-bar',
    rows: {
      outlook: [
        147, 155, 156, 157, 160, 161, 162, 163, 172, 174, 178, 184, 187, 188, 238, 257, 258, 259,
        260, 261, 331, 332, 334, 335, 342, 343,
      ],
    },
  },
  receiveFailed: {
    summary: 'Your mail program could not get messages from the mail server.',
    details: 'checkConnection',
    placement: 'notification-bar',
    rows: {
      outlook: [
        152, 217, 218, 221, 222, 223, 224, 225, 227, 228, 229, 230, 231, 232, 233, 234, 235, 237,
        242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
      ],
    },
  },
  programError: {
    summary: 'Your mail program could not complete the operation.',
    details: 'restartProgram',
    placement: 'notification-bar',
    rows: {
      outlook: [
        145, 146, 148, 149, 150, 151, 154, 165, 180, 181, 185, 186, 189, 191, 324, 325, 326, 327,
        328, 329, 330, 333, 336, 337, 339, 340, 346, 347, 348, 349, 350, 351, 352, 353, 355, 356,
        357, 358, 359, 363, 364, 365, 366, 367,
      ],
    },
  },
  accountProblem: {
    summary: 'There is a problem with the email account that sends the message.',
    details: 'contactProvider',
    placement: 'notification-bar',
    rows: {
      mailgun: [31, 32, 33, 34, 37],
      gmail: [89, 90, 120, 121],
      outlook: [164, 236, 318, 319, 341],
    },
  },
  routingProblem: {
    summary: 'The message could not be routed to the recipient.',
    details: 'contactAdministrator',
    placement: 'im-area',
    rows: { gmail: [105, 135], outlook: [272, 277, 284, 285, 286, 287, 288, 290] },
  },
  contentNotAccepted: {
    summary: 'The mail server did not accept the content of the message.',
    details: 'contactAdministrator',
    placement: 'im-area',
    rows: {
      gmail: [104, 134],
      outlook: [281, 299, 300, 301, 302, 303, 304, 305, 309, 313],
    },
  },
};

/** The topic of a reply with only a reply class (RFC 5321 4.2.1: 2yz, 4yz, 5yz). */
export const CLASS_TOPICS = { 2: 'messageAccepted', 4: 'sendDelayed', 5: 'sendFailed' };

/** The topic of a reply with no readable code. */
export const GENERIC_TOPIC = 'mailError';

/** The labels of the support facts (`fact.<name>`). */
export const FACT_LABELS = {
  provider: 'Provider',
  category: 'Category',
  code: 'Code',
  enhancedCode: 'Enhanced status code',
  message: 'Error message',
  meaning: 'Meaning',
  solution: 'Solution',
  glossary: 'Glossary',
  match: 'Matched by',
  seedLine: 'Table row',
  reply: 'Server reply',
};

/** The neutral words shown for a placeholder with no value (`fallback.<name>`). */
export const FALLBACKS = { code: 'not known' };
