/**
 * SMTP's part of `uc-error-kit explain`, loaded only by the command: what a support engineer
 * pastes may be a reply line, a transcript, a sending service's event (JSON) or a whole bounce
 * message; a message or an event gives one run per failed recipient.
 */
import type { Explainer, ExplainRun } from '../../family';
import { parseBounceMessage } from './bounce';
import type { loadProviders } from './providers';
import type { SmtpReport } from './report';
import { readWebhookEvent } from './webhooks';

/** A message has a header block: `Name: value` lines, then a blank line, then the body. */
function isMessage(text: string): boolean {
  const head = text.slice(0, text.search(/\r?\n\r?\n/) >>> 0);
  return (
    /^(?:received|return-path|from|to|subject|date|message-id|content-type|mime-version):/im.test(
      head,
    ) && /\r?\n\r?\n/.test(text)
  );
}

/** A JSON event of a sending service, if the text is one. */
function eventOf(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

const runsOf = (reports: readonly SmtpReport[], context: unknown): ExplainRun[] =>
  reports.map((report, i) => ({
    title: `recipient ${i + 1}${report.recipient ? `: ${report.recipient}` : ''}`,
    input: report,
    context,
  }));

/**
 * SMTP's part of `uc-error-kit explain`, handed the family's loader of provider rows
 * (docs/adding-a-family.md, "What loads on demand").
 */
const explainerWith = (parts: { loadProviders: typeof loadProviders }): Explainer => ({
  options: {},
  usage: `Pasted text may be a reply line or transcript ("550 5.1.1 ... User unknown"), a DSN's
Diagnostic-Code, a sending service's bounce event (SES, Mailgun, SendGrid JSON), or a whole
bounce message (--file bounce.eml, or - for standard input): one block per failed recipient.`,
  async read(text, options) {
    const context = { ...options };
    // The provider rows only name a matched row for support staff: load them, since the
    // command has no bundle to keep small.
    await parts.loadProviders();
    const whole = text.join('\n');
    if (whole.trim() === '')
      throw Object.assign(new Error('no code given: paste a reply, an event or a bounce message'), {
        exitCode: 2,
      });
    const event = eventOf(whole);
    if (event !== undefined) {
      const reports = readWebhookEvent(event);
      if (reports.length > 0) return runsOf(reports, context);
    }
    if (isMessage(whole)) {
      const reports = await parseBounceMessage(whole);
      if (reports.length > 0) return runsOf(reports, context);
    }
    return [{ input: whole, context }];
  },
});

export { explainerWith };
