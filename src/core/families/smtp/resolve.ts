/**
 * Chooses the reason and the sentence for whatever the app received: a reply, a transcript,
 * a bounce's text, RFC 3464 fields, a service's event.
 *
 * The order of evidence (docs/families/smtp.md, "How a reason is chosen"):
 * 1. what the message or the service says it is (an auto-reply, a feedback report, a
 *    suppressed address); a DSN that failed with a 4.x.x status (retries ran out: expired);
 * 2. the words of the decisive reply (the remote server's own words win over a wrapper's code);
 * 3. its enhanced code (RFC 3463, with the real-usage exceptions in rules.ts), else the DSN's
 *    Status field; then the words that name a reason only in a 5xx reply ("mailbox
 *    unavailable");
 * 4. the words of the wrapper around it (its paragraph), or of the whole text when no reply has
 *    a code (qmail's prose, "retry timeout exceeded");
 * 5. its basic code, when the code names one reason (rules.ts);
 * 6. the service's own classification (an SES bounce subtype, a Mailgun reason);
 * 7. Outlook's error number (its row's topic). A provider row matched on specific evidence
 *    (once the tables are loaded) is named in `entry` and the facts, never changing the reason.
 * The class of the code (2, 4, 5), else the DSN's Action, else the service's verdict, decides
 * `behaviour`; the reason only when nothing else says.
 */
import type { Fact, InputProblem, Intent, Placement } from '../../family';
import type * as Catalog from './catalog.generated';
import type { SmtpProvider, SmtpTopic } from './catalog.generated';
import type * as Providers from './providers';
import type { SmtpRow } from './providers.generated';
import { classOf, readText, type SmtpReply, statusCode } from './read';
import type * as Reasons from './reasons';
import type { SmtpBehaviour, SmtpReason } from './reasons';
import type { SmtpReport } from './report';
import {
  basicReason,
  enhancedReason,
  isChallengeResponse,
  microsoftReason,
  permanentWordsReason,
  wordsReason,
} from './rules';

/**
 * What the resolver reads from the family's start modules, handed in by the family rather
 * than imported (docs/adding-a-family.md, "What loads on demand"): the tables its entry
 * exports, and the provider tables and event readers once they are loaded.
 */
type EngineParts = Pick<
  typeof Catalog,
  | 'SMTP_CLASS_TOPICS'
  | 'SMTP_GENERIC_TOPIC'
  | 'SMTP_OUTLOOK_NUMBERS'
  | 'SMTP_PROVIDER_TITLES'
  | 'SMTP_PROVIDERS'
  | 'SMTP_TOPICS'
> &
  Pick<typeof Reasons, 'NOT_A_FAILURE' | 'SMTP_REASONS'> &
  Pick<typeof Providers, 'loadedRows' | 'matchRow' | 'readLoadedEvent'>;

/** What the family reads: a reply or any text, a delivery report, or a service's event. */
type SmtpInput = string | SmtpReport | Readonly<Record<string, unknown>>;

/** Which provider's table to name rows from; optional. */
interface SmtpContext {
  /** The provider whose table may name the row (`'gmail'`, …); rows load with `loadProviders()`. */
  provider?: SmtpProvider | undefined;
}

/** What decided the reason. */
type SmtpEvidence =
  | 'report'
  | 'event'
  | 'words'
  | 'enhanced-code'
  | 'code'
  | 'provider-row'
  | 'class'
  | 'none';

/** One entry of the family's catalog: a reason of the taxonomy, or a provider's table row. */
interface SmtpEntry {
  /** `reason userUnknown`, or the row's id (`gmail 550 5.1.1 #1`). */
  id: string;
  /** The input that gives this entry. */
  input: SmtpInput;
  /** The context that gives it. */
  context: SmtpContext;
  summaryKey: string | undefined;
  detailsKey: string | undefined;
  placement: Placement;
  /** A reason of the taxonomy, or a provider's row. */
  kind: 'reason' | 'provider-row';
  /** The reason (a reason entry) or the reason the row's topic says, if one. */
  reason: SmtpReason | undefined;
  /** The provider of a row; undefined for a reason entry. */
  provider: SmtpProvider | undefined;
  /** The codes of the row or the reason's example. */
  code: string | undefined;
  enhancedCode: string | undefined;
  /** The row's error text (seed, verbatim) or the reason's example. */
  message: string | undefined;
  /** Outlook's or SendGrid's category cell. */
  category: string | undefined;
  /** The seed line of a row. */
  line: number | undefined;
  /** The whole row, for support staff. */
  row: SmtpRow | undefined;
}

/** The SMTP family's resolution. */
interface SmtpResolution {
  family: string;
  handled: boolean;
  unhandledReason: 'no-code' | 'no-row' | 'never-handled' | undefined;
  code: string | undefined;
  summaryKey: string;
  detailsKey: string | undefined;
  values: Readonly<Record<string, string>>;
  placement: Placement;
  behaviour: SmtpBehaviour;
  intent: Intent;
  show: boolean;
  facts: readonly Fact[];
  sameKey: string;
  problems: InputProblem[];
  /** The reason that won; undefined when nothing specific was found. */
  reason: SmtpReason | undefined;
  /** What decided it. */
  evidence: SmtpEvidence;
  /** The phrase or code that decided it (`"user unknown"`, `5.1.1`). */
  evidenceText: string | undefined;
  /** A hard bounce: the address itself is unusable (distinct from `behaviour: 'permanent'`). */
  addressDead: boolean;
  /** The support-staff sentence's key (`staff.<reason>`), if a reason won. */
  staffKey: string | undefined;
  /** The provider row named, once the tables are loaded and the evidence is specific. */
  entry: SmtpEntry | undefined;
  /** The provider used (from the context, when valid). */
  provider: SmtpProvider | undefined;
  /** The decisive reply as read. */
  reply: SmtpReply;
  /** The recipient the report is about, when known. */
  recipient: string | undefined;
}

const EMPTY_REPLY: SmtpReply = { code: undefined, enhancedCode: undefined, text: '', lines: 0 };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (o: Record<string, unknown>, k: string): string | undefined => {
  const v = Object.hasOwn(o, k) ? o[k] : undefined;
  return typeof v === 'string'
    ? v
    : typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : undefined;
};

const KINDS = new Set(['bounce', 'auto-reply', 'feedback-report', 'delivery-report']);

/** Whether an object looks like a service's event rather than a report. */
function isWebhookEvent(o: Record<string, unknown>): boolean {
  return (
    Object.hasOwn(o, 'notificationType') ||
    Object.hasOwn(o, 'eventType') ||
    Object.hasOwn(o, 'event') ||
    Object.hasOwn(o, 'event-data') ||
    (Object.hasOwn(o, 'Type') && Object.hasOwn(o, 'Message'))
  );
}

/** The report to read, whatever the input; notes what was off. */
function toReport(input: unknown, problems: InputProblem[], parts: EngineParts): SmtpReport {
  if (typeof input === 'string') return { reply: input };
  if (typeof input === 'number' && Number.isFinite(input)) return { reply: String(input) };
  if (input === undefined || input === null) return {};
  if (!isObject(input)) {
    problems.push({
      field: 'input',
      message: `expected a reply, a report or an event, got ${Array.isArray(input) ? 'an array' : typeof input}`,
      in: 'call',
    });
    return {};
  }
  try {
    if (isWebhookEvent(input)) {
      // The event readers load on demand (providers.ts): an app that resolves events loads
      // them once with `await smtp.ready()`.
      const reports = parts.readLoadedEvent(input);
      if (reports === undefined) {
        problems.push({
          field: 'input',
          message:
            "a sending service's event is read once its readers are loaded: await smtp.ready() (or readWebhookEvent(event)) first",
          in: 'call',
        });
        return {};
      }
      if (reports.length > 1) {
        problems.push({
          field: 'input',
          message: `the event reports ${reports.length} recipients; the first is resolved (readWebhookEvent gives each)`,
          in: 'call',
        });
      }
      if (reports[0] !== undefined) return reports[0];
    }
    const verdict =
      Object.hasOwn(input, 'verdict') && isObject(input.verdict) ? input.verdict : undefined;
    const kind = str(input, 'kind');
    return {
      reply: str(input, 'reply'),
      diagnosticCode: str(input, 'diagnosticCode'),
      status: str(input, 'status'),
      action: str(input, 'action'),
      recipient: str(input, 'recipient'),
      remoteMta: str(input, 'remoteMta'),
      kind: kind !== undefined && KINDS.has(kind) ? (kind as SmtpReport['kind']) : undefined,
      verdict:
        verdict === undefined
          ? undefined
          : {
              service: (str(verdict, 'service') ?? 'ses') as 'ses',
              event: str(verdict, 'event') ?? '',
              behaviour: BEHAVIOURS.has(str(verdict, 'behaviour') ?? '')
                ? (str(verdict, 'behaviour') as SmtpBehaviour)
                : undefined,
              classification: str(verdict, 'classification'),
            },
    };
  } catch {
    problems.push({ field: 'input', message: 'the input object could not be read', in: 'call' });
    return {};
  }
}

const BEHAVIOURS = new Set(['permanent', 'temporary', 'not-a-failure', 'undetermined']);

function readContext(
  context: unknown,
  problems: InputProblem[],
  { SMTP_PROVIDERS }: EngineParts,
): SmtpProvider | undefined {
  if (context === undefined || context === null) return undefined;
  if (typeof context !== 'object') {
    problems.push({
      field: 'context',
      message: `expected an object, got ${typeof context}`,
      in: 'context',
    });
    return undefined;
  }
  const provider = Object.hasOwn(context, 'provider')
    ? (context as { provider?: unknown }).provider
    : undefined;
  if (provider === undefined || provider === null) return undefined;
  if (typeof provider === 'string' && (SMTP_PROVIDERS as readonly string[]).includes(provider)) {
    return provider as SmtpProvider;
  }
  problems.push({
    field: 'context.provider',
    message: `unknown provider; expected one of ${SMTP_PROVIDERS.join(', ')}`,
    in: 'context',
  });
  return undefined;
}

/** The reasons a service's own classification names (SES subtypes, Mailgun reasons). */
const VERDICT_REASONS: Readonly<Record<string, SmtpReason>> = {
  suppressed: 'suppressed',
  onaccountsuppressionlist: 'suppressed',
  'suppress-bounce': 'suppressed',
  'suppress-unsubscribe': 'suppressed',
  'suppress-complaint': 'suppressed',
  'bounced address': 'suppressed',
  'unsubscribed address': 'suppressed',
  'spam reporting address': 'suppressed',
  noemail: 'userUnknown',
  mailboxfull: 'mailboxFull',
  messagetoolarge: 'messageTooLarge',
  contentrejected: 'policyViolation',
  attachmentrejected: 'policyViolation',
  espblock: 'blockedReputation',
  greylisted: 'rateLimited',
  old: 'expired',
};

/** The reasons a service classification names about the service itself, not the remote reply. */
const SERVICE_FIRST = new Set<SmtpReason>(['suppressed']);

/** The topic keys of Outlook's error numbers and of named rows; the reason each topic says. */
const TOPIC_REASONS: Partial<Record<SmtpTopic, SmtpReason>> = {
  messageAccepted: 'delivered',
  recipientNotFound: 'userUnknown',
  recipientDomainNotFound: 'hostUnknown',
  recipientMailboxFull: 'mailboxFull',
  recipientUnavailable: 'accountSuspended',
  senderAddressInvalid: 'senderRejected',
  messageTooLarge: 'messageTooLarge',
  tooManyRecipients: 'tooManyRecipients',
  sendingLimitReached: 'quotaExceeded',
  receivingServerBusy: 'rateLimited',
  serverNotResponding: 'networkError',
  serverError: 'systemError',
  signInFailed: 'signInFailed',
  secureConnectionRequired: 'tlsRequired',
  secureConnectionFailed: 'tlsRequired',
  blockedAsSpam: 'spamDetected',
  blockedByPolicy: 'policyViolation',
  senderAuthenticationFailed: 'authenticationFailed',
  clientRequestInvalid: 'syntaxError',
  cannotConnect: 'networkError',
  receiveFailed: 'networkError',
  contentNotAccepted: 'policyViolation',
};

/** Mailgun's API answers with HTTP statuses: 429 (RFC 6585 4) and 5xx (RFC 9110 15.6) pass later. */
const MAILGUN_HTTP = new Set([
  '400',
  '401',
  '402',
  '403',
  '404',
  '413',
  '429',
  '500',
  '502',
  '503',
  '504',
]);

function classBehaviour(cls: string | undefined): SmtpBehaviour | undefined {
  if (cls === '2') return 'not-a-failure';
  if (cls === '4') return 'temporary';
  if (cls === '5') return 'permanent';
  return undefined;
}

function actionBehaviour(action: string | undefined): SmtpBehaviour | undefined {
  const a = action
    ?.trim()
    .toLowerCase()
    .split(/[\s;(]/)[0];
  if (a === 'failed') return 'permanent';
  if (a === 'delayed') return 'temporary';
  if (a === 'delivered' || a === 'relayed' || a === 'expanded') return 'not-a-failure';
  return undefined;
}

/**
 * Reasons that retries can outlast: a DSN that failed after 4xx replies with these words is
 * `expired` (the queue lifetime ended), not the last attempt's passing condition.
 */
const TRANSIENT = new Set<SmtpReason>(['networkError', 'rateLimited', 'systemError', 'expired']);

/**
 * Whether a text with no code says its failure is final, in the words MTAs print for it
 * (qmail "This is a permanent error", Exim "This is a permanent error", Gmail "failed
 * permanently", Sendmail "permanent fatal errors"). Read in the first 20,000 characters.
 */
function statesPermanence(text: string): boolean {
  const t = text.slice(0, 20_000).toLowerCase();
  return PERMANENCE.some((p) => t.includes(p));
}

const PERMANENCE = [
  'permanent error',
  'failed permanently',
  'permanent fatal error',
  'permanent failure',
  'permanently rejected',
];

/** Words of a failure notice, which may quote an automatic reply's subject. */
const FAILED_DELIVERY =
  /undeliverable|could ?n[o']t be delivered|not be delivered|delivery has failed|wasn't found at/i;

const MAX_FACT = 1000;
const cut = (s: string) => (s.length > MAX_FACT ? `${s.slice(0, MAX_FACT)}…` : s);

/** Chooses the message; never throws, whatever it is given. */
function resolveSmtp(input: unknown, context: unknown, parts: EngineParts): SmtpResolution {
  const {
    SMTP_CLASS_TOPICS,
    SMTP_GENERIC_TOPIC,
    SMTP_OUTLOOK_NUMBERS,
    SMTP_PROVIDER_TITLES,
    SMTP_TOPICS,
    NOT_A_FAILURE,
    SMTP_REASONS,
    loadedRows,
    matchRow,
  } = parts;
  const problems: InputProblem[] = [];
  const report = toReport(input, problems, parts);
  const provider = readContext(context, problems, parts);
  const read = readText(report.reply ?? '', {
    action: report.action,
    status: report.status,
    diagnosticCode: report.diagnosticCode,
    recipient: report.recipient,
    remoteMta: report.remoteMta,
  });
  problems.push(...read.problems);
  const decisive = read.decisive ?? EMPTY_REPLY;
  // In a bounce's own text a bare 2.x.x with no basic code is a version number (`Mailman
  // 2.0.12`), never a success: it is not read as a code.
  const reply =
    report.kind === 'bounce' && decisive.code === undefined && decisive.enhancedCode?.[0] === '2'
      ? { ...decisive, enhancedCode: undefined }
      : decisive;
  const status = statusCode(read.fields.status);
  const enhanced = reply.enhancedCode ?? status;
  const cls = classOf(reply) ?? status?.[0];
  const anyCode = read.replies.some((r) => r.code !== undefined && !r.code.startsWith('0x'));
  const action = read.fields.action;
  const verdictReason = (() => {
    const c = report.verdict?.classification?.trim().toLowerCase();
    return c !== undefined && Object.hasOwn(VERDICT_REASONS, c) ? VERDICT_REASONS[c] : undefined;
  })();

  let reason: SmtpReason | undefined;
  let evidence: SmtpEvidence = 'none';
  let evidenceText: string | undefined;
  let topic: SmtpTopic | undefined;
  const pick = (r: SmtpReason | undefined, e: SmtpEvidence, t: string | undefined) => {
    if (reason !== undefined || r === undefined) return;
    reason = r;
    evidence = e;
    evidenceText = t;
  };

  // 1. What the message or service says it is. A challenge-response service's automatic answer
  // holds the message until the sender replies: on hold, not an auto-reply.
  if (report.kind === 'auto-reply') {
    const held = wordsReason(read.text);
    if (held !== undefined && isChallengeResponse(held.phrase))
      pick('onHold', 'words', held.phrase);
    pick('autoReply', 'report', 'auto-reply');
  }
  if (report.kind === 'feedback-report') pick('feedbackReport', 'report', 'feedback-report');
  if (verdictReason !== undefined && SERVICE_FIRST.has(verdictReason))
    pick(verdictReason, 'event', report.verdict?.classification);
  // 2. The decisive reply's words; a DSN that failed after 4xx replies is `expired` unless they
  // name a lasting state of the recipient (a mailbox full through every retry is full).
  const w = wordsReason(reply.text);
  if (actionBehaviour(action) === 'permanent' && status?.[0] === '4') {
    // The state the retries met: the reply's words, else its paragraph's (InterMail's "The
    // user(s) account is temporarily over quota." stands apart from its 4.2.2). Read only for
    // such a DSN: every other input reads the paragraph later, if at all.
    const state = w ?? wordsReason(read.paragraph);
    if (state === undefined || TRANSIENT.has(state.reason))
      pick('expired', 'report', `Action: failed, Status: ${status}`);
  }
  if (report.kind === 'delivery-report' || actionBehaviour(action) === 'not-a-failure')
    pick('delivered', 'report', action ?? 'delivered');
  // A Microsoft 365 three-digit detail says more than the generic words that come with it.
  pick(microsoftReason(enhanced), 'enhanced-code', enhanced);
  if (w !== undefined) pick(w.reason, 'words', w.phrase);
  // 3. Its enhanced code, else the Status field.
  pick(enhancedReason(enhanced), 'enhanced-code', enhanced);
  // 3b. Words that name a reason only in a permanent reply outside X.7.x (rules.ts).
  if (reason === undefined && cls === '5' && enhanced?.slice(1, 4) !== '.7.') {
    const p = permanentWordsReason(reply.text);
    if (p !== undefined) pick(p.reason, 'words', p.phrase);
  }
  // 4. The wrapper's words, or the whole text's when no reply carries a code.
  if (reason === undefined) {
    const around = wordsReason(read.paragraph);
    if (around !== undefined) pick(around.reason, 'words', around.phrase);
    else if (!anyCode) {
      const all = wordsReason(read.text, true);
      // An automatic reply's subject quoted in a failure notice is not an automatic reply.
      if (all !== undefined && !(all.reason === 'autoReply' && FAILED_DELIVERY.test(read.text)))
        pick(all.reason, 'words', all.phrase);
    }
  }
  // 5. The basic code.
  pick(basicReason(reply.code), 'code', reply.code);
  // 6. The service's classification.
  pick(verdictReason, 'event', report.verdict?.classification);

  // 7. The provider row (named once loaded), or Outlook's error number.
  let entry: SmtpEntry | undefined;
  if (provider !== undefined && loadedRows() !== undefined) {
    const m = matchRow(provider, reply.code, reply.enhancedCode, reply.text);
    // The row is named for support staff; it never changes the reason read without it, so a
    // resolution is the same before and after the tables load (issue 19, "Size").
    if (m !== undefined) entry = entryOfRow(m.row, parts);
  }
  if (reason === undefined && topic === undefined && reply.code?.startsWith('0x')) {
    const t = Object.hasOwn(SMTP_OUTLOOK_NUMBERS, reply.code)
      ? SMTP_OUTLOOK_NUMBERS[reply.code]
      : undefined;
    if (t !== undefined) {
      topic = t;
      reason = TOPIC_REASONS[t];
      evidence = 'code';
      evidenceText = reply.code;
    }
  }

  // Behaviour: the code's class, else the Action, else the service, else the reason.
  const mailgunHttp =
    provider === 'mailgun' &&
    reply.enhancedCode === undefined &&
    reply.code !== undefined &&
    MAILGUN_HTTP.has(reply.code);
  let behaviour: SmtpBehaviour =
    (mailgunHttp
      ? reply.code === '429' || Number(reply.code) >= 500
        ? 'temporary'
        : 'permanent'
      : undefined) ??
    // A DSN that failed after 4xx replies: the retries are over, the failure is final.
    (actionBehaviour(action) === 'permanent' && cls === '4' ? 'permanent' : undefined) ??
    classBehaviour(cls) ??
    actionBehaviour(action) ??
    (cls === undefined && statesPermanence(read.text) ? 'permanent' : undefined) ??
    report.verdict?.behaviour ??
    (reason !== undefined ? SMTP_REASONS[reason].behaviour : undefined) ??
    'undetermined';
  if (reason !== undefined && NOT_A_FAILURE.has(reason)) behaviour = 'not-a-failure';
  // A reason that says "delivered" cannot stand against a failure's class.
  if (
    reason === 'delivered' &&
    cls !== undefined &&
    cls !== '2' &&
    (evidence as SmtpEvidence) !== 'report'
  ) {
    reason = undefined;
    evidence = 'class';
  }

  const info = reason === undefined ? undefined : SMTP_REASONS[reason];
  let summaryKey: string;
  let detailsKey: string | undefined;
  let placement: Placement;
  if (topic !== undefined) {
    // An Outlook number's own topic says it best (a mail program's own errors).
    const t = SMTP_TOPICS[topic];
    summaryKey = t.summaryKey;
    detailsKey = t.detailsKey;
    placement = t.placement;
  } else if (info !== undefined) {
    summaryKey = info.summaryKey;
    detailsKey = info.detailsKey;
    placement = info.placement;
  } else {
    const classTopic =
      cls !== undefined && Object.hasOwn(SMTP_CLASS_TOPICS, cls)
        ? SMTP_CLASS_TOPICS[cls as keyof typeof SMTP_CLASS_TOPICS]
        : behaviour === 'permanent'
          ? SMTP_CLASS_TOPICS['5']
          : behaviour === 'temporary'
            ? SMTP_CLASS_TOPICS['4']
            : SMTP_GENERIC_TOPIC;
    const t = SMTP_TOPICS[classTopic];
    summaryKey = t.summaryKey;
    detailsKey = t.detailsKey;
    placement = t.placement;
    if (evidence === 'none' && (cls !== undefined || behaviour !== 'undetermined'))
      evidence = 'class';
  }

  // Sisimai's hard / soft verdict: a dead address is a permanent failure about the address;
  // an unexplained permanent failure counts as hard too (the common list-hygiene rule).
  const addressDead =
    behaviour === 'permanent' &&
    (info !== undefined
      ? info.addressDead
      : cls === '5' ||
        actionBehaviour(action) === 'permanent' ||
        (cls === undefined && behaviour === 'permanent'));

  const intent: Intent =
    reason === 'delivered' || (reason === undefined && behaviour === 'not-a-failure')
      ? 'success'
      : behaviour === 'not-a-failure'
        ? 'info'
        : behaviour === 'temporary'
          ? 'warning'
          : 'error';

  const codeText = [reply.code, reply.enhancedCode ?? status]
    .filter((x) => x !== undefined)
    .join(' ');
  const facts: Fact[] = [];
  const fact = (name: string, value: string | undefined, lang?: string) => {
    if (value === undefined || value === '' || value === '-') return;
    facts.push(
      lang === undefined
        ? { label: `fact.${name}`, value }
        : { label: `fact.${name}`, value, lang },
    );
  };
  fact('reason', reason);
  fact('evidence', evidenceText === undefined ? evidence : `${evidence}: ${evidenceText}`);
  fact('recipient', read.fields.recipient);
  fact('code', codeText);
  fact('status', read.fields.status);
  fact('action', action);
  fact('remoteMta', read.fields.remoteMta);
  if (entry?.row !== undefined) {
    const row = entry.row;
    fact('provider', SMTP_PROVIDER_TITLES[row.provider]);
    fact('category', row.category, 'en');
    fact('message', row.message, 'en');
    fact('meaning', row.meaning, 'en');
    fact('solution', row.solution, 'en');
    fact('glossary', row.glossary, 'en');
    fact('seedLine', String(row.line));
  }
  fact('reply', cut(reply.text === '' ? '' : reply.text));
  if (read.fields.diagnosticCode !== undefined)
    fact('diagnosticCode', cut(read.fields.diagnosticCode));

  const handled = reason !== undefined || topic !== undefined;
  return {
    family: 'smtp',
    handled,
    unhandledReason: handled ? undefined : codeText === '' ? 'no-code' : 'no-row',
    code: codeText === '' ? undefined : codeText,
    summaryKey,
    detailsKey,
    values: codeText === '' ? {} : { code: codeText },
    placement,
    behaviour,
    intent,
    // Every SMTP outcome is about a message the person sent, so it is shown: even a delivery
    // (success) or an auto-reply (info) answers "what happened to my message?".
    show: true,
    facts,
    sameKey: JSON.stringify([
      'smtp',
      provider ?? '',
      reply.code ?? '',
      enhanced ?? '',
      reason ?? topic ?? summaryKey,
      read.fields.recipient ?? '',
    ]),
    problems,
    reason,
    evidence,
    evidenceText,
    addressDead,
    staffKey: reason === undefined ? undefined : `staff.${reason}`,
    entry,
    provider,
    reply,
    recipient: read.fields.recipient,
  };
}

/** A provider row as a catalog entry. */
function entryOfRow(row: SmtpRow, { SMTP_TOPICS }: EngineParts): SmtpEntry {
  const t = SMTP_TOPICS[row.topic];
  const text =
    row.message !== undefined && row.message !== '-'
      ? row.message
      : row.code === undefined && row.enhancedCode === undefined
        ? (row.category ?? '')
        : row.meaning !== undefined && row.meaning !== '-'
          ? row.meaning
          : '';
  const input =
    row.provider === 'outlook' && row.code !== undefined
      ? row.code
      : [row.code, row.enhancedCode, text].filter((x) => x !== undefined && x !== '').join(' ');
  return {
    id: row.id,
    input,
    context: { provider: row.provider },
    summaryKey: t.summaryKey,
    detailsKey: t.detailsKey,
    placement: t.placement,
    kind: 'provider-row',
    reason: TOPIC_REASONS[row.topic],
    provider: row.provider,
    code: row.code,
    enhancedCode: row.enhancedCode,
    message: row.message,
    category: row.category,
    line: row.line,
    row,
  };
}

/** The taxonomy's reasons as catalog entries, each with its example input. */
const reasonEntries = ({ SMTP_REASONS }: EngineParts): readonly SmtpEntry[] =>
  (Object.keys(SMTP_REASONS) as SmtpReason[]).map((reason) => {
    const info = SMTP_REASONS[reason];
    const example = info.example as string;
    const input: SmtpInput =
      reason === 'autoReply'
        ? { kind: 'auto-reply', reply: example }
        : reason === 'feedbackReport'
          ? { kind: 'feedback-report', reply: example }
          : example;
    const head = readText(example).decisive;
    return {
      id: `reason ${reason}`,
      input,
      context: {},
      summaryKey: info.summaryKey,
      detailsKey: info.detailsKey,
      placement: info.placement,
      kind: 'reason',
      reason,
      provider: undefined,
      code: head?.code,
      enhancedCode: head?.enhancedCode,
      message: example,
      category: undefined,
      line: undefined,
      row: undefined,
    };
  });

let reasonList: readonly SmtpEntry[] | undefined;
let rowEntries: readonly SmtpEntry[] | undefined;

/** The reasons, then (once loaded) every provider row in the seed's order. */
function entries(parts: EngineParts): readonly SmtpEntry[] {
  reasonList ??= reasonEntries(parts);
  const rows = parts.loadedRows();
  if (rows === undefined) return reasonList;
  rowEntries ??= [...reasonList, ...rows.map((row) => entryOfRow(row, parts))];
  return rowEntries;
}

export { normalise } from './rules';
export type { EngineParts, SmtpContext, SmtpEntry, SmtpEvidence, SmtpInput, SmtpResolution };
export { entries, resolveSmtp };
