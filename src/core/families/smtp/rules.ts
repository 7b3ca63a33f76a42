/**
 * What picks a reason: the RFC 3463 enhanced status codes, the RFC 5321 basic reply codes
 * that name one reason, and the words of a reply. Static and small: this is what an app pays
 * for at start; the provider tables load on demand (providers.ts).
 *
 * A rule gives a reason only for specific evidence. A code whose meaning real servers stretch
 * (550, 554, 5.7.1 "delivery not authorized", 5.0.0) names no reason; a word rule is a
 * distinctive phrase, matched on word boundaries, never a short generic phrase ("rejected",
 * "not allowed" alone, "mailbox unavailable").
 */
import type { SmtpReason } from './reasons';

/**
 * RFC 3463 section 3 (subjects and details), RFC 5248's registry additions, RFC 7372 (X.7.25
 * reverse DNS, X.7.26 multiple authentication checks), RFC 7505 (X.1.10 null MX), RFC 4954
 * (X.7.8 credentials). Keyed by `subject.detail`; the class (2, 4, 5) decides behaviour, not
 * the reason. Codes without an entry (X.0.0, X.1.0, X.2.0, X.4.0, X.5.0, X.7.0, X.7.1, …) are
 * too broad to name a reason: the words or the basic code decide.
 *
 * Real usage that differs from the RFC, followed here:
 * - X.7.9 is RFC 4954's "authentication mechanism is too weak", but Yahoo answers
 *   `554 5.7.9 Message not accepted for policy reasons` (issue 19 and its bounce corpus), and a
 *   relay never negotiates a mechanism: read as a policy rejection.
 * - X.4.1 is RFC 3463's "no answer from host", but Microsoft 365 rejects unknown recipients with
 *   `550 5.4.1 Recipient address rejected: Access denied` (Directory-Based Edge Blocking; seen in
 *   crisp-oss/email-bounce-parser fixtures 550_5_4_1_no_such_recipient*.txt): with class 5 it is
 *   read by its words, with class 4 as a network error (see `enhancedReason`).
 * - X.2.1 "mailbox disabled" is also Yahoo's and Gmail's code for a disabled account; its
 *   words decide when they say the user does not exist.
 */
const ENHANCED: Readonly<Record<string, SmtpReason>> = {
  '1.1': 'userUnknown',
  '1.2': 'hostUnknown',
  '1.3': 'syntaxError',
  '1.6': 'addressMoved',
  '1.7': 'senderRejected',
  '1.8': 'senderRejected',
  '1.10': 'notAcceptingMail',
  '2.1': 'accountSuspended',
  '2.2': 'mailboxFull',
  '2.3': 'messageTooLarge',
  '2.4': 'systemError',
  '3.1': 'systemFull',
  '3.2': 'systemError',
  '3.3': 'systemError',
  '3.4': 'messageTooLarge',
  '3.5': 'systemError',
  '4.2': 'networkError',
  '4.3': 'networkError',
  '4.4': 'hostUnknown',
  '4.5': 'systemError',
  '4.6': 'systemError',
  '4.7': 'expired',
  // Microsoft 365's "DNS domain does not exist" (learn.microsoft.com, NDR 5.4.310).
  '4.310': 'hostUnknown',
  '5.1': 'syntaxError',
  '5.2': 'syntaxError',
  '5.3': 'tooManyRecipients',
  '5.4': 'syntaxError',
  '5.5': 'syntaxError',
  '6.1': 'policyViolation',
  '6.2': 'policyViolation',
  '6.3': 'policyViolation',
  '6.4': 'policyViolation',
  '6.5': 'policyViolation',
  '7.2': 'policyViolation',
  '7.4': 'tlsRequired',
  '7.5': 'tlsRequired',
  // RFC 3463's "message integrity failure"; real servers answer it for a malformed or forged
  // header block (`554 5.7.7 too many equal X-headers`, crisp-oss/email-bounce-parser fixture
  // 554_5_7_7_equal_headers.txt): the message's content is refused.
  '7.7': 'policyViolation',
  '7.8': 'signInFailed',
  '7.9': 'policyViolation',
  '7.10': 'tlsRequired',
  '7.11': 'tlsRequired',
  '7.13': 'accountSuspended',
  '7.20': 'authenticationFailed',
  '7.21': 'authenticationFailed',
  '7.22': 'authenticationFailed',
  '7.23': 'authenticationFailed',
  '7.24': 'authenticationFailed',
  '7.25': 'reverseDnsRequired',
  '7.26': 'authenticationFailed',
  '7.27': 'senderRejected',
};

/**
 * Microsoft 365's three-digit details (learn.microsoft.com "Email non-delivery reports and SMTP
 * errors in Exchange Online", MicrosoftDocs/SupportArticles-docs
 * Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md @
 * 011846117ab5a172a986f920ef473dc11c1e6703): `[subject, first detail, last detail, reason]`.
 * RFC 3463 details stop at two digits, so these never meet another server's meaning.
 */
const MICROSOFT: readonly (readonly [number, number, number, SmtpReason])[] = [
  // 5.4.300 "Message expired"; 5.4.310 "DNS domain does not exist"; 4.4.312 DNS query failed,
  // 4.4.316 "Connection refused", 4.4.317-318 connection lost.
  [4, 300, 300, 'expired'],
  [4, 310, 310, 'hostUnknown'],
  [4, 311, 399, 'networkError'],
  // 5.7.12, 5.7.124, 5.7.133-136: the recipient (a group, a mailbox) accepts only some senders.
  [7, 12, 12, 'rejectedByRecipient'],
  [7, 124, 124, 'rejectedByRecipient'],
  [7, 133, 136, 'rejectedByRecipient'],
  // 5.7.57 "Client was not authenticated to send anonymous mail"; 5.7.64 "Relay Access Denied".
  [7, 57, 57, 'signInFailed'],
  [7, 64, 64, 'relayingDenied'],
  // 5.2.121-122 the recipient's hourly receive limit; 5.7.520 external forwarding not allowed.
  [2, 121, 122, 'rateLimited'],
  [7, 520, 520, 'policyViolation'],
  // 5.7.321-325: TLS required, certificate or DANE failures.
  [7, 321, 325, 'tlsRequired'],
  // 5.7.504-505: the recipient address is not valid; 5.7.507 rejected by the recipient's
  // organisation; 5.7.508 rate; 5.7.509 DMARC; 5.7.510 no IPv6; 5.7.511 and 5.7.513 banned or
  // customer-blocked sending IP; 5.7.512 no valid From address.
  [7, 504, 505, 'userUnknown'],
  [7, 507, 507, 'rejectedByRecipient'],
  [7, 508, 508, 'rateLimited'],
  [7, 509, 509, 'authenticationFailed'],
  [7, 510, 510, 'policyViolation'],
  [7, 511, 511, 'blockedReputation'],
  [7, 512, 512, 'policyViolation'],
  [7, 513, 513, 'blockedReputation'],
  // 4.7.500-699 and 4.7.850-899 "Access denied, please try again later" (suspicious traffic),
  // 5.7.606-649 "banned sending IP", 5.7.705 and 5.7.708 a banned tenant or IP.
  [7, 606, 649, 'blockedReputation'],
  [7, 705, 708, 'blockedReputation'],
  [7, 850, 899, 'blockedReputation'],
];

/** Microsoft 365's reason for a subject and detail, if its table lists them. */
function microsoftDetail(subject: number, detail: number): SmtpReason | undefined {
  for (const [s, from, to, reason] of MICROSOFT)
    if (s === subject && detail >= from && detail <= to) return reason;
  return undefined;
}

/** An enhanced code's subject and detail as numbers (`5.7.511`: 7 and 511). */
function subjectAndDetail(enhanced: string): [number, number] {
  const sd = enhanced.slice(2);
  const dot = sd.indexOf('.');
  return [Number(sd.slice(0, dot)), Number(sd.slice(dot + 1))];
}

/**
 * The reason of a Microsoft 365 three-digit detail (`5.7.511`), if the table names one: a
 * documented meaning more specific than the generic words that come with it ("Access denied,
 * banned sender" is a banned sending IP, not a policy).
 */
function microsoftReason(enhanced: string | undefined): SmtpReason | undefined {
  if (enhanced === undefined || enhanced[0] === '2') return undefined;
  const [subject, detail] = subjectAndDetail(enhanced);
  // Not subject 4: "5.4.316 Message expired, connection refused" is the words' `expired`.
  return detail >= 100 && subject !== 4 ? microsoftDetail(subject, detail) : undefined;
}

/** The reason an enhanced code names, if its subject and detail name one. */
function enhancedReason(enhanced: string | undefined): SmtpReason | undefined {
  if (enhanced === undefined) return undefined;
  const cls = enhanced[0];
  const sd = enhanced.slice(2);
  if (cls === '2') return 'delivered';
  // X.4.1 with class 5: Microsoft 365's recipient rejection (see ENHANCED), read by its words.
  if (sd === '4.1') return cls === '4' ? 'networkError' : undefined;
  if (Object.hasOwn(ENHANCED, sd)) return ENHANCED[sd];
  const [subject, detail] = subjectAndDetail(enhanced);
  if (detail < 100 && !(subject === 7 && (detail === 12 || detail === 57 || detail === 64)))
    return undefined;
  if (cls === '4' && subject === 7 && detail >= 500 && detail <= 699) return 'blockedReputation';
  return microsoftDetail(subject, detail);
}

/**
 * Basic reply codes that name one reason (RFC 5321 4.2.2-4.2.3; RFC 7504 521 and 556; RFC 3207
 * 454; RFC 4954 534, 535, 538). 550, 551, 552, 553, 554, 421, 450 and 451 are used for too many
 * different failures to name one: RFC 5321 gives 552 "exceeded storage allocation" and 551
 * "user not local", but real servers answer 552 for oversized messages and 551 for relaying.
 */
const BASIC: Readonly<Record<string, SmtpReason>> = {
  '250': 'delivered',
  '251': 'delivered',
  '252': 'delivered',
  '452': 'systemFull',
  '454': 'tlsRequired',
  '500': 'syntaxError',
  '501': 'syntaxError',
  '502': 'syntaxError',
  '503': 'syntaxError',
  '504': 'syntaxError',
  '521': 'notAcceptingMail',
  '534': 'signInFailed',
  '535': 'signInFailed',
  '538': 'tlsRequired',
  '555': 'syntaxError',
  '556': 'notAcceptingMail',
};

/** The reason a basic reply code names, if it names one. */
const basicReason = (code: string | undefined): SmtpReason | undefined =>
  code !== undefined && Object.hasOwn(BASIC, code) ? BASIC[code] : undefined;

/**
 * Challenge-response services' words (BoxTrapper, EarthLink spamBlocker, Boxbe): the message is
 * held until the sender proves to be a person. Not "challenge response" itself: it is also
 * CRAM-MD5's ("535 5.7.8 … challenge response mismatch").
 */
const CHALLENGE_RESPONSE = [
  'boxtrapper',
  'real live human being',
  'senders i have approved',
  'waitlisted',
  'not pre approved',
];

/** Whether a matched phrase is a challenge-response service's (an auto-reply that holds mail). */
const isChallengeResponse = (phrase: string): boolean => CHALLENGE_RESPONSE.includes(phrase);

/**
 * Word rules, in priority order: the first rule with a phrase in the text wins. Phrases are
 * matched on word boundaries after normalising (lower case, every run of characters other than
 * letters and digits one space), so `doesn't` is written `doesn t`. Specific before general:
 * a sender-address rejection before "domain not found", a domain that does not exist before
 * "does not exist", block lists before spam, the sender's own quota before a full mailbox.
 * Non-English phrases are the ones seen in the corpus (test/core/families/smtp/corpus).
 */
const WORD_RULES: readonly (readonly [SmtpReason, readonly string[]])[] = [
  [
    'suppressed',
    [
      'suppression list',
      'has suppressed sending',
      'suppressed sending',
      'previously bounced',
      'bounced address',
      'unsubscribed address',
      'spam reporting address',
      'suppress bounce',
      'suppress complaint',
      'suppress unsubscribe',
      // The sending service's own refusals of a listed address: Mailgun's drop reasons ("Not
      // delivering to previously bounced address / unsubscribed address / a user who marked
      // your messages as spam"), Postmark's "marked as inactive", SparkPost's "recipient
      // address suppressed due to customer policy", Brevo's "blocked : due to blacklist user"
      // (anymail/django-anymail tests). Not "not delivering to" alone: MTAs say it of any failure.
      'marked your messages as spam',
      'marked as inactive',
      'address suppressed',
      'due to blacklist user',
      // Brevo's "blocked : due to unsubscribed user"; Mailjet's documented "preblocked" (an
      // address its own lists block; symfony/symfony Mailer bridges' webhook fixtures).
      'due to unsubscribed user',
      'preblocked',
    ],
  ],
  // Challenge-response services hold a message until the sender proves to be a person: on hold,
  // whatever else their text says about spam or auto-replies (BoxTrapper's "verify that you are
  // a real live human being", apache/spamassassin t.rules/BOUNCE_MESSAGE-10; EarthLink
  // spamBlocker's "senders I have approved", voku/PHPMailer-BMH tests/fixtures/node-baunsu).
  ['onHold', CHALLENGE_RESPONSE],
  // A recipient's complaint that a sending service reports (Postmark's SpamComplaint: "The
  // subscriber explicitly marked this message as spam"): a feedback report, not a spam filter.
  ['feedbackReport', ['marked this message as spam', 'marked the message as spam']],
  // Postfix's queue state while a destination does not answer ("delivery temporarily
  // suspended: connect to …: Connection refused"): a network failure, never a suspended account.
  // …unless it says why: "delivery temporarily suspended: TLS is required, but was not offered".
  ['tlsRequired', ['tls is required']],
  ['networkError', ['delivery temporarily suspended']],
  // A mailbox full through every retry: the lasting state is the reason, not the retries
  // (Exim's "mailbox is full: retry timeout exceeded", Exim/exim test/mail/0310.CALLER).
  [
    'mailboxFull',
    [
      'mailbox is full',
      'mailbox full',
      'mailboxfull',
      'inbox is full',
      'mailbox quota',
      // Gmail's 4.2.2 OverQuotaTemp: "The recipient's inbox is out of storage space. Please
      // direct …" (not its "… out of storage space and inactive", an inactive account).
      'inbox is out of storage space please',
      // Japanese providers' notices (fmlorg/fml8 regress/errormails: goo, freeserve, nms354):
      // "the mailbox is over its capacity", "has reached its limit", "size limit exceeded".
      'メールボックスが容量を越え',
      'メールボックスが制限値に達し',
      'メールボックスのサイズ制限を超過',
      '割当て制限が超過',
    ],
  ],
  // A delivery program's own failure, whatever words of the user it prints: vpopmail's catch-all
  // ("user does not exist, but will deliver to …/ can not open new email file").
  ['mailerError', ['can not open new email file']],
  [
    'expired',
    [
      'retry timeout exceeded',
      'retry time exceeded',
      'envelope expired',
      'message expired',
      'delivery time expired',
      'expired after',
      'could not be delivered within',
      'was not delivered within',
      'maximum time in queue',
      'too long in queue',
      'retry limit',
      // Not qmail's "Giving up on 192.0.2.1": it follows a host's permanent refusal, whose words
      // decide (flufl.bounce qmail_05, bounce_email tt_bounce_25).
      'gave up on',
      'in the queue too long',
      'maximum delivery attempts',
      // Exim's bounce after its retry rules ran out for every host.
      'all hosts have been failing for a long time',
      'allowed queue period',
      'has been expired',
      'delivery attempts have failed',
      // X.400's non-delivery diagnostic, as gateways write it in a DSN ("Diagnostic 5
      // (Maximum-Time-Expired)", wRAR/flufl.bounce tests/data/dsn_02.txt).
      'maximum time expired',
      // Sendmail 8.6's give-up notice ("Message could not be delivered for 5 days / Message will
      // be deleted from queue", fmlorg/fml8 regress/errormails/smi-8.6).
      'will be deleted from queue',
    ],
  ],
  // Gmail's 4.7.28 names the SPF domain whose mail arrives at an unusual rate: a reputation block.
  ['blockedReputation', ['unusual rate of unsolicited mail']],
  // Lotus Domino's unknown recipient; "listed in" would read it as a block list otherwise.
  [
    'userUnknown',
    [
      'not listed in domino directory',
      'not listed in the domino directory',
      'not listed in public name address book',
    ],
  ],
  // A content filter's own name or score: its verdict is spam, whatever else the reply names
  // ("configured correctly (spf, HELO, PTR)", "security policies - MCSpamSignature").
  [
    'spamDetected',
    [
      'antispam',
      'anti spam',
      'spam score',
      'spam pattern',
      'spam content',
      'spam contents',
      'spam signature',
      'spamsignature',
      'mcspamsignature',
      'spamassassin',
      'spamprofiler',
      'spambouncer',
      'bbspamreject',
      'dspam',
      'uribl',
      'surbl',
      'spamming',
    ],
  ],
  // "spam or virus" is a spam filter's verdict; the virus rule would take it otherwise.
  ['spamDetected', ['spam or virus']],
  ['virusDetected', ['virus', 'viruses', 'malware', 'infected', 'trojan', 'eicar']],
  [
    'authenticationFailed',
    [
      'spf',
      'dkim',
      'dmarc',
      'sender policy framework',
      'does not pass authentication',
      'fails to pass authentication',
      'unauthenticated email',
      // Exim's SPF example ACL (its specification, "SPF"): "$sender_host_address is not allowed
      // to send mail from $sender_address_domain".
      'not allowed to send mail from',
      'sender is unauthenticated',
      'authentication checks',
    ],
  ],
  [
    'reverseDnsRequired',
    [
      'reverse dns',
      'ptr record',
      'no ptr',
      'rdns',
      'reverse lookup',
      'reverse hostname',
      'cannot find your hostname',
      'cannot find your reverse hostname',
      'reverse mapping',
    ],
  ],
  // Before the sender rules: Exchange's SenderFilterAgent says "Sender denied" for a recipient's
  // own block list.
  [
    'rejectedByRecipient',
    [
      'recipient has blocked',
      'user has blocked',
      'blocked by recipient',
      'blocked by the recipient',
      'refused by recipient',
      'rejected by recipient',
      'on the blocked senders list',
      'blocked senders list',
      'sender is blocked by recipient',
      'senderfilterconfig',
      'not in allowed senders list',
      'sender not authenticated for group',
      // Microsoft 365's 5.7.133-136 (RESOLVER.RST.SenderNotAuthenticatedForGroup, ...).
      'sendernotauthenticatedforgroup',
      'sendernotauthenticatedformailbox',
      'delivery restriction check failed',
      // AOL's recipient-side block ("not accepting mail from <sender>").
      'not accepting mail from',
      // Microsoft 365's RESOLVER.RST.AuthRequired: a group that takes mail from signed-in senders.
      'authrequired',
      // Exim's user filter that ran `fail` ("(filter fail)").
      'filter fail',
    ],
  ],
  [
    'senderRejected',
    [
      'sender address rejected',
      'sender rejected',
      'sender verify failed',
      'sender verification failed',
      'domain of sender address',
      'sender domain',
      'from address rejected',
      'invalid sender',
      'sender address invalid',
      'sender denied',
      // Yahoo's 451 for a MAIL FROM domain with no DNS (postmaster.yahooinc.com error codes).
      'rfc 5321 from domain',
    ],
  ],
  [
    'blockedReputation',
    [
      'spamhaus',
      'spamcop',
      'barracuda',
      'barracudacentral',
      'sorbs',
      'blacklist',
      'blacklisted',
      'blocklist',
      'blocklisted',
      'block list',
      'black list',
      'spam list',
      'spamlist',
      'dnsbl',
      'rbl',
      'blocked using',
      'listed at',
      'listed in',
      'listed on',
      'reputation',
      'unusual rate of unsolicited mail',
      'client host rejected',
      'ip address has been blocked',
      'ip has been blocked',
      'your ip address',
      'sending ip',
      'dynamic ip',
      'dialup',
      'dial up',
      'residential ip',
      'refused to talk to me',
      'service refused',
      'bad reputation',
      'not allowed to connect',
      'access from ip address',
      'untrusted ip',
    ],
  ],
  [
    'spamDetected',
    [
      'spam',
      'junk mail',
      'unsolicited',
      'bulk mail',
      'bulk email',
      'mass mailer',
      'uce',
      // amavisd-new's verdict for spam ("554 5.7.0 Reject, id=…, UBE"; "Message content
      // rejected, UBE").
      'ube',
      'spam content',
      'likely spam',
      'spammy',
      'looks like spam',
    ],
  ],
  [
    'relayingDenied',
    [
      'relay access denied',
      'relaying denied',
      'relay denied',
      'relay not permitted',
      'relaying not permitted',
      'not permitted to relay',
      'unable to relay',
      'relaying disallowed',
      'we do not relay',
      'not allowed to relay',
      'relay not allowed',
      'relaying not allowed',
      'relaying is not allowed',
      'relay prohibited',
      'no relaying',
      'relaying mail to',
      // qmail's refusal of a domain it does not serve (#5.7.1); Exim's own when it has no
      // router for other domains ("Mailing to remote domains not supported").
      'allowed rcpthosts',
      'remote domains not supported',
      'as a relay',
    ],
  ],
  [
    'quotaExceeded',
    [
      'sending quota',
      'sending limit',
      'daily user sending',
      'exceeded the daily',
      'daily limit',
      'outgoing mail limit',
      'message limit exceeded',
      // Microsoft 365's 5.2.2 for the sender's own rate (its NDR table), not a full mailbox.
      'submission quota',
    ],
  ],
  [
    'mailboxFull',
    [
      'mailbox full',
      'mailbox is full',
      'mailbox has exceeded',
      'mailbox exceeds',
      'mailbox exceeded',
      'inbox is full',
      'over quota',
      'overquota',
      'quota exceeded',
      'quota usage exceeded',
      'exceeded storage allocation',
      'exceeded its quota',
      'exceeds quota',
      'exceeded quota',
      'quota exceed',
      'quota full',
      'mail quota',
      'disk quota',
      'mailbox size limit',
      'mailfolder is full',
      'user is over',
      'mailboxfull',
      'not enough space in mailbox',
      'out of space',
      'postfach voll',
      'casella piena',
      'boite pleine',
      'buzon lleno',
      'benutzer hat zuviele mails',
      'not enough storage space',
      'exhausted allowed storage',
      'too many messages on the server',
      'casella di posta piena',
      'exceed mailbox quota',
      'quota violation',
      'full mailbox',
      'diskspace quota',
      'disk space quota',
      'does not have enough space',
      'mail box space not enough',
      'exceeding their quota',
      'exceeding quota',
    ],
  ],
  [
    'messageTooLarge',
    [
      'message too large',
      'message is too large',
      'message too big',
      'message is too big',
      'message size exceeds',
      'size exceeds',
      'exceeds size limit',
      'message size limit',
      'size limit',
      'message length exceeds',
      'maximum message size',
      'max message size',
      'maximum incoming message size',
      'maximum inbound message size',
      'mesgtoobig',
      'message exceeds',
      'too large',
    ],
  ],
  ['tooManyRecipients', ['too many recipients']],
  [
    'notAcceptingMail',
    [
      'null mx',
      'does not accept mail',
      'does not accept email',
      'accepts no mail',
      'does not receive mail',
      'domain no longer accepts mail',
    ],
  ],
  [
    'hostUnknown',
    [
      'host unknown',
      'unknown host',
      'host not found',
      'domain not found',
      'no such domain',
      'domain does not exist',
      'domain doesn t exist',
      'domain name not found',
      'name or service not known',
      'nxdomain',
      'couldn t find any host',
      'could not find any host',
      'unrouteable address',
      'unroutable address',
      'no mx',
      'host or domain name not found',
      'name service error',
      'unable to route',
      'unknown domain',
      'invalid domain',
      'unrouteable mail domain',
      'dns domain',
      'infodomainnonexistent',
    ],
  ],
  [
    'accountSuspended',
    [
      'account disabled',
      'account is disabled',
      'account has been disabled',
      'mailbox disabled',
      'mailbox is disabled',
      'is disabled',
      'account suspended',
      'account is suspended',
      'account has been suspended',
      'suspended',
      // "Recipient suspend the service" with the Japanese "has stopped receiving mail" (fml8 pdx).
      'suspend the service',
      'メールの受取を停止',
      'deactivated',
      'inactive',
      'account expired',
      'account is locked',
      'mailbox is inactive',
      'casilla ha expirado',
      'falta de uso',
    ],
  ],
  [
    'addressMoved',
    ['has moved', 'user not local', 'address has changed', 'address changed', 'new address'],
  ],
  [
    'userUnknown',
    [
      'user unknown',
      'unknown user',
      'no such user',
      'no such recipient',
      'no such mailbox',
      'no such address',
      'user not found',
      'recipient not found',
      'mailbox not found',
      'address not found',
      'unknown recipient',
      'recipient unknown',
      'recipnotfound',
      'unknown address',
      'address unknown',
      'addressee unknown',
      'unknown mailbox',
      'does not exist',
      'doesn t exist',
      'not exist',
      'invalid recipient',
      'invalid mailbox',
      'invalid user',
      'bad destination mailbox',
      'unknown local part',
      'not a valid mailbox',
      'no mailbox here',
      'no mailbox',
      'not our customer',
      'not our user',
      'unknown or illegal alias',
      'recipient address rejected access denied',
      'mailbox does not exist',
      'no longer in use',
      'no longer valid',
      'no longer active',
      'not listed in',
      'user doesn t have',
      'is not a valid user',
      'not a valid user',
      'utilisateur inconnu',
      'adresse inconnue',
      'benutzer unbekannt',
      'unbekannt',
      'existiert nicht',
      'usuario desconocido',
      'no existe',
      'utente sconosciuto',
      'n existe pas',
      // Alibaba Mail's (mxhichina) spelling.
      'dosn t exist',
      'no such email address',
      'no one with that email address',
      'not a known user',
      'user not known',
      'destinatario sconosciuto',
      'indirizzo inesistente',
      'destinataire inconnu',
      'nie istnieje',
      'nie ma takiego konta',
      // qmail's badrcptto patch, IMail, phquery (LLNL, UCI, Yale), Exchange 5.5.
      'badrcptto',
      'no mail box',
      'no account by that name',
      'bad recipient',
      'not an active address',
      'invalid final delivery userid',
      'nonexistent user',
      'non existent user',
      // Sendmail's "(err.nosuchuser)"; Microsoft 365's RESOLVER.ADR.RecipientNotFound (5.1.10);
      // qmail's bouncesaying "This address no longer accepts mail."; Sendmail's "Unknown E-Mail
      // Address"; IBM's gateway "is not a registered gateway user".
      'nosuchuser',
      'recipientnotfound',
      // SMTPSVC (MSN): "The user's email name is not found."; Japanese providers (fml8 pakeo,
      // jp-r): "the address … is not registered", "the destination address does not match".
      'email name is not found',
      // Yahoo's "554: delivery error: dd Not a valid recipient".
      'not a valid recipient',
      // Outlook's NDR: "bob wasn't found at contoso.com."
      'wasn t found at',
      'は、登録されていません',
      'アドレスの不一致',
      'no longer accepts mail',
      'unknown e mail address',
      'not a registered gateway user',
      'nonexistent address',
      'no matches to nameserver query',
      'does not have a final email delivery point',
      'recipient name is not recognized',
    ],
  ],
  [
    'rateLimited',
    [
      'too many connections',
      'too many concurrent',
      'rate limit',
      'rate limited',
      'ratelimit',
      'ratelimited',
      'throttled',
      'throttling',
      'too many messages',
      'exceeded the rate',
      'receiving mail at a rate',
      'connection limit',
      'too many smtp sessions',
      'server busy',
      'receiving mail too quickly',
      'unexpected volume',
      'greylisted',
      'greylisting',
      // Microsoft 365's 5.2.121-122: the recipient's hourly receive limit.
      'receive limit',
      // Microsoft 365's 4.3.2 STOREDRV.Deliver "recipient thread limit exceeded" (its NDR table):
      // too many deliveries to one mailbox at once.
      'thread limit exceeded',
      'graylisted',
      'graylisting',
    ],
  ],
  [
    'systemFull',
    [
      'insufficient system storage',
      'system storage',
      'disk full',
      'no space left',
      'out of disk',
      'out of storage',
      'mail system full',
      'queue full',
    ],
  ],
  [
    'tlsRequired',
    [
      'starttls',
      'tls',
      'ssl',
      'encryption required',
      'secure connection',
      'encrypted connection',
      'certificate',
    ],
  ],
  [
    'signInFailed',
    [
      'username and password not accepted',
      'authentication credentials invalid',
      'invalid credentials',
      'authentication failed',
      'authentication required',
      'incorrect password',
      'login failed',
      'bad username or password',
    ],
  ],
  // Postfix pipe(8) "Command output:": the program's own words above decide (a quota, an
  // unknown user, a virus); otherwise it is the program's failure, even when it cannot reach a
  // daemon (flufl.bounce dsn_08: "avpcheck: unable to connect to avp daemon").
  ['mailerError', ['command output']],
  [
    'networkError',
    [
      'connection timed out',
      'timed out',
      'connection refused',
      'network is unreachable',
      'no route to host',
      'connection reset',
      'lost connection',
      'could not connect',
      'unable to connect',
      'host unreachable',
      'connection dropped',
      'broken pipe',
      'no answer from host',
      'temporary dns',
      'did not respond',
      'not responding',
      'connection was dropped',
      // Microsoft 365's 4.7.0 "Proxy session setup failed on Frontend" (its NDR table).
      'proxy session setup failed',
      // Brevo's soft bounce "server is down".
      'server is down',
    ],
  ],
  [
    'syntaxError',
    [
      'syntax error',
      'command unrecognized',
      'unrecognized command',
      'bad sequence',
      'invalid command',
      'command not implemented',
      'line too long',
      'malformed',
      // Lotus Notes' report: "received bad SMTP command syntax".
      'bad smtp command',
      // Microsoft 365's 5.6.11 (bare line feeds from the sending program, its NDR table).
      'invalid characters',
      'barelinefeedsareillegal',
      'bare linefeeds',
    ],
  ],
  [
    'mailerError',
    [
      'procmail',
      'mailer error',
      'command died',
      'exit code',
      'exited with',
      'pipe to',
      'x unix',
      // Exim's failures of a pipe or local transport.
      'local delivery failed',
      'generated during the delivery attempt',
    ],
  ],
  [
    'systemError',
    [
      'local error',
      'internal error',
      'system error',
      'server error',
      'mail loop',
      'loop detected',
      'too many hops',
      'message looping',
      // Postfix: the MX points back at the sending host.
      'loops back to myself',
      // Exim: the domain's best MX is the host itself.
      'points to local host',
      'routing loop',
      'configuration error',
      'misconfigured',
      'temporary local problem',
    ],
  ],
  [
    'policyViolation',
    [
      'policy',
      'policies',
      'mailpolicy',
      'prohibited',
      'content rejected',
      'content restrictions',
      'message content',
      'banned',
      'forbidden',
      'restricted',
      'not permitted',
      'not authorized',
      'blocked attachment',
      'not accepting mail with attachments',
    ],
  ],
  [
    'onHold',
    ['quarantine', 'quarantined', 'held for review', 'on hold', 'pending approval', 'moderation'],
  ],
];

/** Rules that need the text to carry no code at all: prose that a bounce can quote by chance. */
const CODELESS_RULES: readonly (readonly [SmtpReason, readonly string[]])[] = [
  ['feedbackReport', ['feedback type abuse', 'feedback type fraud', 'abuse report']],
  [
    'autoReply',
    [
      'auto reply',
      'autoreply',
      'automatic reply',
      'out of office',
      'out of the office',
      // Outlook's and other clients' automatic replies in other languages (their subject
      // prefixes and the German receipt confirmation, okfde/froide test_mail_09), accents folded.
      'automatische antwort',
      'abwesenheitsnotiz',
      'empfangsbestatigung',
      'eingangsbestatigung',
      'reponse automatique',
      'respuesta automatica',
      'risposta automatica',
      'resposta automatica',
      'automatisch antwoord',
    ],
  ],
];

/**
 * Phrases that list possible causes without naming one: a text with one names no reason by its
 * words (cPanel's Exim: "The account or domain may not exist, they may be blacklisted, or
 * missing the proper dns entries", crisp-oss/email-bounce-parser fixture 550_unkown_server.txt).
 */
const HEDGES = ['may not exist they may be blacklisted'];

/**
 * Words that name a reason only in a permanent (5xx) reply whose enhanced code is not a security
 * or policy one (X.7.x). "Requested action not taken: mailbox unavailable" is RFC 5321's text
 * for any 550, but real servers answer it to RCPT TO for an address that does not exist:
 * Microsoft documents `550 5.5.0 Requested action not taken: mailbox unavailable` as "the
 * recipient's address [@hotmail.com, @outlook.com] wasn't found by SMTP address lookup, similar
 * to 550 5.1.10" (MicrosoftDocs/SupportArticles-docs non-delivery-reports-in-exchange-online.md
 * @ 011846117ab5a172a986f920ef473dc11c1e6703), and the open-source classifiers read it as a
 * hard bounce: cfortune/PHP-Bounce-Handler bounce_responses.php @ 956e65b ('mailbox
 * unavailable' => 5.1.1), sisimai/p5-sisimai lib/Sisimai/Rhost/ExchangeOnline.pm @ 1e2a073
 * (userunknown). The same words in a 450 are RFC 5321's "mailbox busy": not read.
 */
const PERMANENT_RULES: readonly (readonly [SmtpReason, readonly string[]])[] = [
  ['userUnknown', ['mailbox unavailable']],
];

/** The longest text the word rules read; a bounce explains itself well before this. */
const MAX_WORDS_TEXT = 20_000;

/**
 * A text for the word rules: lower case, every run of characters that are not ASCII letters or
 * digits one space (letters beyond ASCII are kept, so other scripts keep their words), padded
 * with spaces so that ` phrase ` matches on word boundaries. One pass, linear.
 */
function normalise(text: string): string {
  const s = text.length > MAX_WORDS_TEXT ? text.slice(0, MAX_WORDS_TEXT) : text;
  let out = ' ';
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (word) {
      out += s[i];
      space = false;
    } else if (c >= 65 && c <= 90) {
      out += String.fromCharCode(c + 32);
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return space ? out : `${out} `;
}

/** Folds the accents of the Latin letters the non-English phrases use (`boîte` → `boite`). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Japanese and Chinese write no spaces between words: their phrases match anywhere in a run. */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** A phrase as the text is read: normalised, accents folded (as `wordsOf` folds the text). */
const compilePhrase = (p: string) => {
  const n = fold(normalise(p));
  return CJK.test(p) ? n.trim() : n;
};

const compile = (rules: typeof WORD_RULES) =>
  rules.map(([reason, phrases]) => [reason, phrases.map(compilePhrase)] as const);

const COMPILED = compile(WORD_RULES);
const COMPILED_CODELESS = compile(CODELESS_RULES);
const COMPILED_PERMANENT = compile(PERMANENT_RULES);
const COMPILED_HEDGES = HEDGES.map((p) => normalise(p));

/** The text the word rules read: addresses out, normalised, accents folded. */
function wordsOf(text: string): string {
  // An address's words are not the reply's (`<dmarc@reports.example>`, `spam@…`).
  const capped = text.length > MAX_WORDS_TEXT ? text.slice(0, MAX_WORDS_TEXT) : text;
  // Only the address itself goes: `x@earthlink.net...User unknown` keeps "User unknown".
  const words = capped
    .split(/\s+/)
    .map((w) => (w.includes('@') ? w.replace(/^[^@]*@[a-z0-9-]*(?:\.[a-z0-9-]+)*/i, ' ') : w));
  return fold(normalise(words.join(' ')));
}

/** The reason a text's words name, with the phrase that matched; undefined when none does. */
function wordsReason(
  text: string,
  codeless = false,
): { reason: SmtpReason; phrase: string } | undefined {
  if (text === '') return undefined;
  const t = wordsOf(text);
  if (COMPILED_HEDGES.some((h) => t.includes(h))) return undefined;
  for (const list of codeless ? [COMPILED, COMPILED_CODELESS] : [COMPILED]) {
    for (const [reason, phrases] of list) {
      for (const p of phrases) if (t.includes(p)) return { reason, phrase: p.trim() };
    }
  }
  return undefined;
}

/** The reason a permanent reply's words name by the rules that hold only for 5xx replies. */
function permanentWordsReason(text: string): { reason: SmtpReason; phrase: string } | undefined {
  if (text === '') return undefined;
  const t = wordsOf(text);
  for (const [reason, phrases] of COMPILED_PERMANENT) {
    for (const p of phrases) if (t.includes(p)) return { reason, phrase: p.trim() };
  }
  return undefined;
}

export {
  basicReason,
  enhancedReason,
  isChallengeResponse,
  MAX_WORDS_TEXT,
  microsoftReason,
  normalise,
  permanentWordsReason,
  WORD_RULES,
  wordsReason,
};
