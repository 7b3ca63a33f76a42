/**
 * What the family reads besides text: a delivery report (RFC 3464's per-recipient fields, a
 * reply, what the message or the service said it is), and how an event of a sending service is
 * told from a report (`isWebhookEvent`, in resolve.ts). The readers of events (webhooks.ts)
 * and of whole messages (bounce.ts) load on demand; they alone import this file's values, so
 * it loads with them.
 */
import type { SmtpBehaviour } from './reasons';

/** The services whose events the family reads. */
type SmtpService = 'ses' | 'mailgun' | 'sendgrid';

/** What the service itself said about the outcome, beside the remote server's words. */
interface SmtpServiceVerdict {
  /** The service. */
  service: SmtpService;
  /** Its event or notification type (`Bounce`, `failed`, `dropped`, …). */
  event: string;
  /** Its behaviour, when it says one (SES bounce type, Mailgun severity, SendGrid's event). */
  behaviour: SmtpBehaviour | undefined;
  /** Its own classification (SES bounce subtype, Mailgun reason, SendGrid drop reason). */
  classification: string | undefined;
}

/**
 * A delivery report, as the family reads it: RFC 3464's per-recipient fields, a reply or any
 * text, and what the message or the service said it is. Every field is optional.
 * @example
 * smtp.resolve({ status: '5.1.1', action: 'failed', diagnosticCode: 'smtp; 550 5.1.1 User unknown' })
 */
interface SmtpReport {
  /** A reply line, a transcript, or any text (a bounce's body, a log line). */
  reply?: string | undefined;
  /** RFC 3464 Diagnostic-Code, any diagnostic type (`smtp; 550 …`, `x-postfix; …`). */
  diagnosticCode?: string | undefined;
  /** RFC 3464 Status: the enhanced status code (`5.1.1`). */
  status?: string | undefined;
  /** RFC 3464 Action: `failed`, `delayed`, `delivered`, `relayed` or `expanded`. */
  action?: string | undefined;
  /** The recipient the report is about (Final-Recipient without its type). */
  recipient?: string | undefined;
  /** RFC 3464 Remote-MTA without its type. */
  remoteMta?: string | undefined;
  /** What the whole message is, when a reader of it knows (headers, report type). */
  kind?: 'bounce' | 'auto-reply' | 'feedback-report' | 'delivery-report' | undefined;
  /** What a sending service said, when the report comes from its event. */
  verdict?: SmtpServiceVerdict | undefined;
}

/** An event object as a service posts it (checked field by field when read). */
type SmtpWebhookEvent = Readonly<Record<string, unknown>>;

/** The most reports one event or message gives (a batch, a digest). */
const MAX_REPORTS = 1000;

export type { SmtpReport, SmtpService, SmtpServiceVerdict, SmtpWebhookEvent };
export { MAX_REPORTS };
