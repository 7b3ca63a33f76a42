// The SMTP family's failure reasons: the sentences people read, chosen by people and read by
// scripts/extract-smtp.mjs into locales/en/uc-error-kit-smtp.json. The taxonomy itself (which
// reason uses which keys, its behaviour, whether the address is dead) is TypeScript:
// src/core/families/smtp/reasons.ts; a test checks that every key it names is here.
//
// Three kinds of words:
// - summaries: what happened, for the person who sent the message (reasons that a seed topic
//   already says well reuse the topic's sentence, so its 33 translations stay);
// - details: what that person can do;
// - `staff.<reason>`: what the reason means technically, for support staff (the details dialog,
//   `explain`), naming the codes and words that lead to it.

/** New summary sentences (the reasons no seed topic says). */
export const REASON_SUMMARIES = {
  autoReplyReceived: "The recipient's mail system sent an automatic reply.",
  feedbackReportReceived:
    "The recipient's mail provider reported the message, usually because the recipient marked it as unwanted mail.",
  deliveryExpired: 'The message could not be delivered, and the mail server has stopped trying.',
  recipientDomainRefusesMail: "The recipient's domain does not accept email.",
  senderServerBlocked: "The recipient's mail server blocked messages from your mail server.",
  virusDetected: 'The message was blocked because it appears to contain a virus.',
  senderServerNotIdentified:
    "The recipient's mail server refused the message because your mail server is not properly identified.",
  recipientAccountDisabled: "The recipient's email account is disabled.",
  recipientMoved: "The recipient's address has changed.",
  recipientServerStorageFull: "The recipient's mail server is out of storage space.",
  recipientServerUnreachable: "The recipient's mail server could not be reached.",
  deliveryOnHold: 'The message is being held and has not been delivered yet.',
  recipientSuppressed:
    'The message was not sent because this address bounced or reported unwanted mail before.',
  recipientServerProgramFailed:
    "A program on the recipient's mail server could not deliver the message.",
  recipientRefusedSender: 'The recipient does not accept messages from you.',
};

/** New details sentences. */
export const REASON_DETAILS = {
  checkAttachments: 'Check the attachments with a virus scanner, then send the message again.',
  askForNewAddress: 'Ask the recipient for their new address.',
  askAdministratorToCheckReverseDns:
    'Ask your email administrator to set up the reverse DNS name of your mail server.',
  waitForDelivery: 'Wait a while, then check whether the message was delivered.',
  stopSendingToRecipient: 'Do not send more messages of this kind to this recipient.',
};

/** What each reason means, for support staff: `staff.<reason>`. */
export const REASON_STAFF = {
  delivered:
    'The receiving server accepted the message (a 2xx reply, or a delivery status notification with Action: delivered).',
  autoReply:
    'An automatic reply (vacation or out-of-office message, RFC 3834 Auto-Submitted: auto-replied); the message itself was delivered.',
  feedbackReport:
    'A feedback report (RFC 5965 ARF), usually a complaint: the recipient marked the message as spam at their provider.',
  userUnknown:
    'The receiving server says the mailbox does not exist (typically 550 5.1.1, "user unknown", "no such user"). The address is unusable; remove it from mailing lists.',
  mailboxFull:
    'The recipient\'s mailbox is over its storage quota (typically 552 or 452 with 5.2.2 or 4.2.2, "mailbox full", "over quota").',
  messageTooLarge:
    'The message is larger than the receiving server accepts (5.3.4 or 5.2.3, "message size exceeds").',
  expired:
    'The sending server retried delivery until its queue lifetime ran out ("retry timeout exceeded", "Envelope expired", X.4.7, or Action: failed with a 4.x.x status).',
  hostUnknown:
    'The recipient domain has no mail server in the DNS, or the domain does not exist (5.1.2, 5.4.4, "Host not found", "no MX").',
  notAcceptingMail:
    'The recipient domain publishes that it accepts no email (null MX, RFC 7505: 556 or 5.1.10), or its server answered 521.',
  relayingDenied:
    'A server refused to pass the message on to the recipient domain ("Relay access denied"): usually a wrong MX record or a sending server that requires sign-in.',
  blockedReputation:
    "The receiving server refused the sending server's IP address or domain because of its reputation or a DNS block list (Spamhaus, Barracuda, SpamCop, …).",
  spamDetected: "The receiving server's spam filter rejected the message's content.",
  virusDetected: "The receiving server's malware scanner found a virus or a forbidden attachment.",
  policyViolation:
    "The message breaks the receiving organisation's content or security policy (5.7.x with policy words, X.6.x content errors).",
  authenticationFailed:
    'The message failed the SPF, DKIM or DMARC checks of the receiving server (5.7.20 to 5.7.26).',
  reverseDnsRequired:
    "The sending server's IP address has no reverse DNS (PTR) name, or it does not match (5.7.25).",
  rateLimited:
    'The receiving server limits how fast or how many connections or messages it accepts from the sending server; delivery is retried.',
  accountSuspended:
    'The recipient\'s account exists but is disabled, suspended or inactive (5.2.1, "account disabled").',
  addressMoved:
    'The recipient has moved to another address (551 "User not local; please try …", 5.1.6).',
  syntaxError:
    'A command or address was malformed or out of sequence (500 to 504, 555, 5.5.x, 5.1.3): usually a fault of the sending program.',
  systemError:
    'The receiving system failed while handling the message (a local error, a configuration fault, a mail loop).',
  systemFull:
    'The receiving system is out of storage (452, 4.3.1 "insufficient system storage"); delivery is retried.',
  networkError:
    'The sending server could not connect to, or lost its connection with, the receiving server (timeouts, refused connections, DNS lookup failures).',
  tlsRequired:
    'An encrypted connection (STARTTLS) was required, or its negotiation failed (530 "Must issue a STARTTLS command first", 454, 5.7.10).',
  onHold:
    'The message is held in a queue (quarantine or manual review) and has not been delivered yet.',
  senderRejected:
    'The receiving server refused the envelope sender address (5.1.7, 5.1.8, "sender address rejected").',
  suppressed:
    'The sending service did not try: the address is on its suppression list after an earlier hard bounce, complaint or unsubscribe.',
  tooManyRecipients:
    'The message lists more recipients than the server accepts at once (5.5.3, 452).',
  quotaExceeded:
    "The sender's account reached its sending limit (per day or per hour) at its own provider.",
  signInFailed:
    'The submission server rejected the sign-in (535, 5.7.8): the user name, password or app password is wrong.',
  mailerError:
    'A local delivery program on the receiving system failed (a pipe or filter command such as procmail exited with an error).',
  rejectedByRecipient:
    "The recipient's own filter or block list refuses messages from this sender.",
};

/** New fact labels (`fact.<name>`). */
export const REASON_FACT_LABELS = {
  reason: 'Reason',
  evidence: 'Decided by',
  recipient: 'Recipient',
  status: 'Status',
  action: 'Action',
  diagnosticCode: 'Diagnostic code',
  remoteMta: 'Remote server',
};
