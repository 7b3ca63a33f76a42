/**
 * The reason taxonomy: why a message was not delivered (or what a report that is not a failure
 * says), each with its sentences, its usual behaviour and whether the address itself is dead.
 *
 * The names follow what bounce parsers commonly distinguish (Sisimai's reasons are the model
 * the issue names), grouped so that each reason has one sentence a person can act on.
 * `addressDead` answers the mailing-list question ("stop sending to this address"), which is
 * not the same as `permanent` ("sending it again unchanged fails"): a permanent spam rejection
 * says nothing about the address. Like Sisimai's hard / soft verdict, only a reason about the
 * address itself (it does not exist, its domain does not exist or takes no mail, it moved, it
 * is suppressed) makes it dead, and only when the failure is permanent.
 */
import type { Placement } from '../../family';

/** What a failure means for the sender (docs/families/smtp.md, "Behaviour"). */
const SMTP_BEHAVIOURS = ['permanent', 'temporary', 'not-a-failure', 'undetermined'] as const;

/** One of the family's behaviours. */
type SmtpBehaviour = (typeof SMTP_BEHAVIOURS)[number];

interface ReasonInfo {
  /** The sentence for the person who sent the message. */
  readonly summaryKey: string;
  /** What that person can do; undefined when there is nothing to do. */
  readonly detailsKey: string | undefined;
  /** The behaviour when no code class says otherwise. */
  readonly behaviour: SmtpBehaviour;
  /** True when a permanent failure of this reason means the address itself is unusable. */
  readonly addressDead: boolean;
  /** Where the notice goes: next to the message, or the bar (account / server problems). */
  readonly placement: Placement;
  /** A real-looking input that gives this reason (tests and galleries use it). */
  readonly example: string;
}

const im = 'im-area' as const;
const bar = 'notification-bar' as const;

/** Every reason, in the order docs/families/smtp.md lists them. */
const SMTP_REASONS = {
  delivered: {
    summaryKey: 'messageAccepted',
    detailsKey: undefined,
    behaviour: 'not-a-failure',
    addressDead: false,
    placement: im,
    example: '250 2.0.0 OK 1700000000 a1si123 - gsmtp',
  },
  autoReply: {
    summaryKey: 'autoReplyReceived',
    detailsKey: undefined,
    behaviour: 'not-a-failure',
    addressDead: false,
    placement: im,
    example: 'I am out of the office until Monday and will reply on my return. (auto-reply)',
  },
  feedbackReport: {
    summaryKey: 'feedbackReportReceived',
    detailsKey: 'stopSendingToRecipient',
    behaviour: 'not-a-failure',
    addressDead: false,
    placement: im,
    example: 'Feedback-Type: abuse',
  },
  userUnknown: {
    summaryKey: 'recipientNotFound',
    detailsKey: 'checkRecipientAddress',
    behaviour: 'permanent',
    addressDead: true,
    placement: im,
    example: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
  },
  mailboxFull: {
    summaryKey: 'recipientMailboxFull',
    detailsKey: 'contactRecipientLater',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: '452 4.2.2 The email account that you tried to reach is over quota.',
  },
  messageTooLarge: {
    summaryKey: 'messageTooLarge',
    detailsKey: 'makeMessageSmaller',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '552 5.3.4 Message size exceeds fixed maximum message size',
  },
  expired: {
    summaryKey: 'deliveryExpired',
    detailsKey: 'contactRecipientLater',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: 'retry timeout exceeded',
  },
  hostUnknown: {
    summaryKey: 'recipientDomainNotFound',
    detailsKey: 'checkRecipientDomain',
    behaviour: 'permanent',
    addressDead: true,
    placement: im,
    example: "Sorry, I couldn't find any host named example.net. (#5.1.2)",
  },
  notAcceptingMail: {
    summaryKey: 'recipientDomainRefusesMail',
    detailsKey: 'checkRecipientDomain',
    behaviour: 'permanent',
    addressDead: true,
    placement: im,
    example: '556 5.1.10 Recipient address has null MX',
  },
  relayingDenied: {
    summaryKey: 'routingProblem',
    detailsKey: 'contactAdministrator',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '554 5.7.1 <bob@example.org>: Relay access denied',
  },
  blockedReputation: {
    summaryKey: 'senderServerBlocked',
    detailsKey: 'contactAdministrator',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  },
  spamDetected: {
    summaryKey: 'blockedAsSpam',
    detailsKey: 'contactAdministrator',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '550 5.7.1 Message rejected as spam by Content Filtering.',
  },
  virusDetected: {
    summaryKey: 'virusDetected',
    detailsKey: 'checkAttachments',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '554 5.7.0 Virus found in the message: Eicar-Test-Signature',
  },
  policyViolation: {
    summaryKey: 'blockedByPolicy',
    detailsKey: 'contactAdministrator',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '554 5.7.9 Message not accepted for policy reasons.',
  },
  authenticationFailed: {
    summaryKey: 'senderAuthenticationFailed',
    detailsKey: 'askAdministratorToCheckDomain',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example:
      '550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).',
  },
  reverseDnsRequired: {
    summaryKey: 'senderServerNotIdentified',
    detailsKey: 'askAdministratorToCheckReverseDns',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example: '550 5.7.25 The IP address sending this message does not have a PTR record setup',
  },
  rateLimited: {
    summaryKey: 'receivingServerBusy',
    detailsKey: 'tryAgainLater',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: '421 4.7.0 Too many concurrent SMTP connections; please try again later.',
  },
  accountSuspended: {
    summaryKey: 'recipientAccountDisabled',
    detailsKey: 'contactRecipientOtherWay',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '550 5.2.1 The email account that you tried to reach is disabled.',
  },
  addressMoved: {
    summaryKey: 'recipientMoved',
    detailsKey: 'askForNewAddress',
    behaviour: 'permanent',
    addressDead: true,
    placement: im,
    example: '551 5.1.6 User not local; please try <bob@example.net>',
  },
  syntaxError: {
    summaryKey: 'clientRequestInvalid',
    detailsKey: 'checkProgramSettings',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example: '501 5.5.2 Syntax error in parameters or arguments',
  },
  systemError: {
    summaryKey: 'serverError',
    detailsKey: 'tryAgainLater',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: '451 4.3.0 Requested action aborted: local error in processing',
  },
  systemFull: {
    summaryKey: 'recipientServerStorageFull',
    detailsKey: 'tryAgainLater',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: '452 4.3.1 Insufficient system storage',
  },
  networkError: {
    summaryKey: 'recipientServerUnreachable',
    detailsKey: 'tryAgainLater',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: 'connect to mx.example.org[192.0.2.1]:25: Connection timed out',
  },
  tlsRequired: {
    summaryKey: 'secureConnectionRequired',
    detailsKey: 'checkSecuritySettings',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example: '530 5.7.0 Must issue a STARTTLS command first.',
  },
  onHold: {
    summaryKey: 'deliveryOnHold',
    detailsKey: 'waitForDelivery',
    behaviour: 'temporary',
    addressDead: false,
    placement: im,
    example: 'The message has been placed in quarantine and is held for review.',
  },
  senderRejected: {
    summaryKey: 'senderAddressInvalid',
    detailsKey: 'checkSenderAddress',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example: '553 5.1.8 <news@example.com>: Sender address rejected: Domain not found',
  },
  suppressed: {
    summaryKey: 'recipientSuppressed',
    detailsKey: 'contactRecipientOtherWay',
    behaviour: 'permanent',
    addressDead: true,
    placement: im,
    example:
      'Amazon SES has suppressed sending to this address because it is on the suppression list.',
  },
  tooManyRecipients: {
    summaryKey: 'tooManyRecipients',
    detailsKey: 'sendToFewerRecipients',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '452 4.5.3 Too many recipients',
  },
  quotaExceeded: {
    summaryKey: 'sendingLimitReached',
    detailsKey: 'waitBeforeSending',
    behaviour: 'temporary',
    addressDead: false,
    placement: bar,
    example: '550 5.4.5 Daily user sending quota exceeded.',
  },
  signInFailed: {
    summaryKey: 'signInFailed',
    detailsKey: 'checkSignInDetails',
    behaviour: 'permanent',
    addressDead: false,
    placement: bar,
    example: '535 5.7.8 Username and Password not accepted.',
  },
  mailerError: {
    summaryKey: 'recipientServerProgramFailed',
    detailsKey: 'contactAdministrator',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: 'x-unix; procmail: Error while writing to mailbox (exit code 75)',
  },
  rejectedByRecipient: {
    summaryKey: 'recipientRefusedSender',
    detailsKey: 'contactRecipientOtherWay',
    behaviour: 'permanent',
    addressDead: false,
    placement: im,
    example: '550 5.7.1 The recipient has blocked messages from your address',
  },
} as const satisfies Record<string, ReasonInfo>;

/** A reason name: why a message was not delivered, or what a non-failure report says. */
type SmtpReason = keyof typeof SMTP_REASONS;

/** Every reason name, in the taxonomy's order. */
const SMTP_REASON_NAMES = Object.keys(SMTP_REASONS) as readonly SmtpReason[];

/** Is `name` a reason of the taxonomy (own key only, never a prototype name)? */
const isReason = (name: unknown): name is SmtpReason =>
  typeof name === 'string' && Object.hasOwn(SMTP_REASONS, name);

/** The reasons that are not failures: the message arrived, or a report about it did. */
const NOT_A_FAILURE: ReadonlySet<SmtpReason> = new Set([
  'delivered',
  'autoReply',
  'feedbackReport',
]);

export type { ReasonInfo, SmtpBehaviour, SmtpReason };
export { isReason, NOT_A_FAILURE, SMTP_BEHAVIOURS, SMTP_REASON_NAMES, SMTP_REASONS };
