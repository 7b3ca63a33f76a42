/**
 * The bounce events of the sending services an app most often receives from its own backend,
 * read into the family's report shape. Only documented fields are read, each defensively
 * (these objects arrive over HTTP): a field of the wrong type is ignored.
 *
 * - Amazon SES bounce / complaint / delivery notifications (SNS, or event publishing with
 *   `eventType`), one report per recipient: "Amazon SNS notification contents for Amazon SES",
 *   https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (bounce types
 *   Undetermined / Permanent / Transient and their subtypes; `bouncedRecipients[]` with
 *   `emailAddress`, `action`, `status`, `diagnosticCode`), and the API's Bounce type,
 *   https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_Bounce.html.
 * - Mailgun's `failed` event (`severity` permanent / temporary, `reason`, `delivery-status`
 *   with `code`, `message`, `description`), bare or inside a webhook's `event-data`:
 *   https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types and
 *   https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads.
 * - SendGrid's Event Webhook `bounce` (type `bounce` or `blocked`, `status`, `reason`),
 *   `dropped` (`reason`: "Bounced Address", "Unsubscribed Address", "Invalid", …), `deferred`,
 *   `delivered` and `spamreport` events, one object or the batched array:
 *   https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event.
 */
import type { SmtpBehaviour } from './reasons';
import { MAX_REPORTS, type SmtpReport, type SmtpServiceVerdict } from './report';

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const field = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;
const text = (x: unknown): string | undefined =>
  typeof x === 'string'
    ? x.slice(0, 20_000)
    : typeof x === 'number' && Number.isFinite(x)
      ? String(x)
      : undefined;
const joined = (...parts: (string | undefined)[]) => {
  const t = parts.filter((p) => p !== undefined && p !== '').join(' ');
  return t === '' ? undefined : t;
};

/** At most this many reports from one event (a batch or a notification's recipients). */

function fromSes(n: Record<string, unknown>): SmtpReport[] | undefined {
  const type = text(field(n, 'notificationType')) ?? text(field(n, 'eventType'));
  if (type === undefined) return undefined;
  const t = type.toLowerCase();
  if (t === 'bounce' && isObject(field(n, 'bounce'))) {
    const b = field(n, 'bounce') as Record<string, unknown>;
    const bounceType = text(field(b, 'bounceType'))?.toLowerCase();
    const verdict: SmtpServiceVerdict = {
      service: 'ses',
      event: type,
      behaviour:
        bounceType === 'permanent'
          ? 'permanent'
          : bounceType === 'transient'
            ? 'temporary'
            : bounceType === undefined
              ? undefined
              : 'undetermined',
      classification: text(field(b, 'bounceSubType')),
    };
    const list = field(b, 'bouncedRecipients');
    const recipients = Array.isArray(list) ? list.slice(0, MAX_REPORTS).filter(isObject) : [];
    if (recipients.length === 0) return [{ kind: 'bounce', verdict }];
    return recipients.map((r) => ({
      kind: 'bounce',
      recipient: text(field(r, 'emailAddress')),
      action: text(field(r, 'action')),
      status: text(field(r, 'status')),
      diagnosticCode: text(field(r, 'diagnosticCode')),
      verdict,
    }));
  }
  if (t === 'complaint' && isObject(field(n, 'complaint'))) {
    const c = field(n, 'complaint') as Record<string, unknown>;
    const verdict: SmtpServiceVerdict = {
      service: 'ses',
      event: type,
      behaviour: 'not-a-failure',
      classification: text(field(c, 'complaintSubType')) ?? text(field(c, 'complaintFeedbackType')),
    };
    const list = field(c, 'complainedRecipients');
    const recipients = Array.isArray(list) ? list.slice(0, MAX_REPORTS).filter(isObject) : [];
    if (recipients.length === 0) return [{ kind: 'feedback-report', verdict }];
    return recipients.map((r) => ({
      kind: 'feedback-report',
      recipient: text(field(r, 'emailAddress')),
      verdict,
    }));
  }
  if (t === 'delivery' && isObject(field(n, 'delivery'))) {
    const d = field(n, 'delivery') as Record<string, unknown>;
    const verdict: SmtpServiceVerdict = {
      service: 'ses',
      event: type,
      behaviour: 'not-a-failure',
      classification: undefined,
    };
    const list = field(d, 'recipients');
    const recipients = Array.isArray(list) ? list.slice(0, MAX_REPORTS) : [undefined];
    return recipients.map((r) => ({
      kind: 'delivery-report',
      action: 'delivered',
      reply: text(field(d, 'smtpResponse')),
      recipient: text(r),
      verdict,
    }));
  }
  return undefined;
}

function fromMailgun(e: Record<string, unknown>): SmtpReport[] | undefined {
  const event = text(field(e, 'event'));
  if (event === undefined) return undefined;
  const ds = isObject(field(e, 'delivery-status'))
    ? (field(e, 'delivery-status') as Record<string, unknown>)
    : undefined;
  const severity = text(field(e, 'severity'))?.toLowerCase();
  const code = ds === undefined ? undefined : text(field(ds, 'code'));
  const enhanced = ds === undefined ? undefined : text(field(ds, 'enhanced-code'));
  const message = ds === undefined ? undefined : text(field(ds, 'message'));
  const description = ds === undefined ? undefined : text(field(ds, 'description'));
  const base = {
    recipient: text(field(e, 'recipient')),
    // Mailgun's `code` is the remote server's SMTP reply code (HTTP codes are its API's).
    reply: joined(code, enhanced, message, description),
  };
  if (event === 'failed' || event === 'rejected') {
    return [
      {
        ...base,
        kind: 'bounce',
        verdict: {
          service: 'mailgun',
          event,
          behaviour:
            severity === 'permanent'
              ? 'permanent'
              : severity === 'temporary'
                ? 'temporary'
                : event === 'rejected'
                  ? 'permanent'
                  : undefined,
          classification: text(field(e, 'reason')),
        },
      },
    ];
  }
  if (event === 'delivered' || event === 'complained') {
    return [
      {
        ...base,
        kind: event === 'delivered' ? 'delivery-report' : 'feedback-report',
        action: event === 'delivered' ? 'delivered' : undefined,
        verdict: {
          service: 'mailgun',
          event,
          behaviour: 'not-a-failure',
          classification: undefined,
        },
      },
    ];
  }
  return undefined;
}

function fromSendGrid(e: Record<string, unknown>): SmtpReport | undefined {
  const event = text(field(e, 'event'));
  if (event === undefined || text(field(e, 'email')) === undefined) return undefined;
  const recipient = text(field(e, 'email'));
  const verdict = (behaviour: SmtpBehaviour | undefined, classification?: string) => ({
    service: 'sendgrid' as const,
    event,
    behaviour,
    classification,
  });
  switch (event) {
    case 'bounce':
      // `type`: `bounce` (the receiving server refused it) or `blocked` (it refused for now).
      return {
        kind: 'bounce',
        recipient,
        status: text(field(e, 'status')),
        reply: text(field(e, 'reason')),
        verdict: verdict(
          text(field(e, 'type')) === 'blocked' ? undefined : 'permanent',
          text(field(e, 'bounce_classification')),
        ),
      };
    case 'dropped':
      // SendGrid did not send it; its reason is its own words ("Bounced Address", …).
      return {
        kind: 'bounce',
        recipient,
        reply: text(field(e, 'reason')),
        verdict: verdict('permanent', text(field(e, 'reason'))),
      };
    case 'deferred':
      return {
        kind: 'bounce',
        recipient,
        reply: text(field(e, 'response')),
        verdict: verdict('temporary'),
      };
    case 'delivered':
      return {
        kind: 'delivery-report',
        action: 'delivered',
        recipient,
        reply: text(field(e, 'response')),
        verdict: verdict('not-a-failure'),
      };
    case 'spamreport':
      return { kind: 'feedback-report', recipient, verdict: verdict('not-a-failure') };
    default:
      return undefined;
  }
}

/** An SNS envelope's `Message` is the SES notification as JSON text. */
function unwrapSns(o: Record<string, unknown>): Record<string, unknown> {
  const message = field(o, 'Message');
  if (text(field(o, 'Type')) !== 'Notification' || typeof message !== 'string') return o;
  if (message.length > 1_000_000) return o;
  try {
    const inner: unknown = JSON.parse(message);
    return isObject(inner) ? inner : o;
  } catch {
    return o;
  }
}

/**
 * Reads a sending service's bounce event into reports, one per recipient: an Amazon SES
 * notification (or its SNS envelope), a Mailgun event (or webhook body with `event-data`), a
 * SendGrid event or batch. Anything else gives `[]`; never throws.
 * @example
 * readWebhookEvent({ event: 'dropped', email: 'a@example.org', reason: 'Bounced Address' })
 */
function readWebhookEvent(event: unknown): SmtpReport[] {
  try {
    if (Array.isArray(event)) {
      const out: SmtpReport[] = [];
      for (const e of event.slice(0, MAX_REPORTS)) {
        if (!isObject(e)) continue;
        const r = fromSendGrid(e) ?? fromMailgun(e)?.[0];
        if (r !== undefined) out.push(r);
      }
      return out;
    }
    if (!isObject(event)) return [];
    const o = unwrapSns(event);
    const data = isObject(field(o, 'event-data'))
      ? (field(o, 'event-data') as Record<string, unknown>)
      : o;
    return (
      fromSes(o) ??
      (fromSendGrid(data) ? [fromSendGrid(data) as SmtpReport] : undefined) ??
      fromMailgun(data) ??
      []
    );
  } catch {
    // A getter or proxy that throws: the object is not an event this family reads.
    return [];
  }
}

export { readWebhookEvent };
