/**
 * The SMTP family: why a message was not delivered, read from what an app receives (a reply
 * with any wrapper, a transcript, RFC 3464 fields, a whole bounce message, a sending service's
 * event, words with no code), told with a reason of a taxonomy of 32 and its sentence.
 *
 * The taxonomy and the code tables are bundled. What reads a reply into a reason (the
 * readers and word rules, resolve.ts) loads on demand with the family's words (`smtp.load()`,
 * which `loadLanguage` and the views call); the provider tables of the seed
 * (004_b903799864dc8d9e.txt: Mailgun, Gmail / Google Workspace, Outlook, SendGrid) load with
 * `smtp.loadProviders()` and only name the matched row. docs/families/smtp.md explains the
 * choices.
 */

import type { ContextField, Family, FamilyDisplay } from '../../family';
import type { RawMessage } from './bounce';
import bundled from './bundled.generated.json' with { type: 'json' };
import {
  SMTP_CLASS_TOPICS,
  SMTP_GENERIC_TOPIC,
  SMTP_OUTLOOK_NUMBERS,
  SMTP_PROVIDER_TITLES,
  SMTP_PROVIDERS,
  SMTP_TOPICS,
  type SmtpProvider,
  type SmtpTopic,
} from './catalog.generated';
import { locales } from './locales.generated';
import {
  loadedRows,
  loadProviders,
  matchRow,
  reader,
  readLoadedEvent,
  readWebhookEvent,
} from './providers';
import type { SmtpReply } from './read';
import {
  NOT_A_FAILURE,
  SMTP_BEHAVIOURS,
  SMTP_REASON_NAMES,
  SMTP_REASONS,
  type SmtpBehaviour,
  type SmtpReason,
} from './reasons';
import type { SmtpReport, SmtpService, SmtpServiceVerdict, SmtpWebhookEvent } from './report';
import type {
  EngineParts,
  SmtpContext,
  SmtpEntry,
  SmtpEvidence,
  SmtpInput,
  SmtpResolution,
} from './resolve';

/** What the reader reads from this start, handed to it on every call. */
const PARTS: EngineParts = {
  SMTP_CLASS_TOPICS,
  SMTP_GENERIC_TOPIC,
  SMTP_OUTLOOK_NUMBERS,
  SMTP_PROVIDER_TITLES,
  SMTP_PROVIDERS,
  SMTP_TOPICS,
  NOT_A_FAILURE,
  SMTP_REASONS,
  loadedRows,
  matchRow,
  readLoadedEvent,
};

/**
 * The answer before the reader is in (or when its chunk failed to load): the generic
 * message, with a problem that says how to load it. Views never show it: they wait for
 * `smtp.load()` as for the words, and a queue holds a push until then.
 */
function beforeReader(): SmtpResolution {
  const topic = SMTP_TOPICS[SMTP_GENERIC_TOPIC];
  return {
    family: 'smtp',
    handled: false,
    unhandledReason: 'no-row',
    code: undefined,
    summaryKey: topic.summaryKey,
    detailsKey: topic.detailsKey,
    values: {},
    placement: topic.placement,
    behaviour: 'undetermined',
    intent: 'error',
    show: true,
    facts: [],
    sameKey: JSON.stringify(['smtp', 'no-reader']),
    problems: [reader.problem('smtp')],
    reason: undefined,
    evidence: 'none',
    evidenceText: undefined,
    addressDead: false,
    staffKey: undefined,
    entry: undefined,
    provider: undefined,
    reply: { code: undefined, enhancedCode: undefined, text: '', lines: 0 },
    recipient: undefined,
  };
}

/**
 * Reads a whole bounce message (text or bytes) into one report per failed recipient, loading
 * the MIME reader on first use (bounce.ts); resolve each with `smtp.resolve`.
 * @example
 * const reports = await parseBounceMessage(rawEmail);
 * const sentences = reports.map((r) => formatError(smtp, r));
 */
const parseBounceMessage = async (raw: RawMessage): Promise<SmtpReport[]> =>
  (await import('./bounce')).parseBounceMessage(raw);

/** The context's fields, for the CLI's flags and story controls. */
const contextFields: readonly ContextField[] = [
  {
    name: 'provider',
    description:
      'The provider whose table may name the matched row (after loadProviders()); default none',
    values: SMTP_PROVIDERS,
    type: 'string',
  },
];

/** How generic tools list the entries: reasons first, then each provider's rows. */
const display: FamilyDisplay<SmtpEntry> = {
  groupOf: (e) => (e.provider === undefined ? 'Reasons' : SMTP_PROVIDER_TITLES[e.provider]),
  labelOf: (e) => {
    const code = [e.code, e.enhancedCode].filter((x) => x !== undefined).join(' ');
    const text = e.kind === 'reason' ? (e.reason ?? '') : (e.message ?? e.category ?? e.id);
    const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
    return code === '' ? short : `${code} ${short}`;
  },
  searchTextOf: (e) =>
    [
      e.id,
      e.code,
      e.enhancedCode,
      e.reason,
      e.provider === undefined ? 'Reasons' : SMTP_PROVIDER_TITLES[e.provider],
      e.category,
      e.message,
      e.row?.meaning,
    ]
      .filter((x) => x !== undefined && x !== '')
      .join(' '),
};

/**
 * The SMTP family. `resolve` is synchronous and never throws, once `load()` (or
 * `loadLanguage`) brought its reader in; whole messages go through `parseBounceMessage` first;
 * `loadProviders()` lets resolutions name the provider row.
 * @example
 * import { formatError, loadLanguage } from 'uc-error-kit/core';
 * import { smtp } from 'uc-error-kit/smtp';
 * await loadLanguage('en', [smtp]);
 * formatError(smtp, "host mx.example.jp[192.0.2.1] said: 550 5.1.1 <x@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)");
 * // reason 'userUnknown', addressDead true: "The message was not delivered because the recipient's address does not exist."
 */
const smtp = {
  id: 'smtp',
  title: 'SMTP delivery errors and bounces',
  namespace: 'uc-error-kit-smtp',
  bundled,
  locales,
  placeholders: ['code'],
  contextFields,
  display,
  isReady: reader.isSettled,
  /**
   * Loads the reader (`loadLanguage` and the views call it); never rejects: a chunk that fails
   * to load leaves the generic message, and is tried again on the next call.
   * @example await smtp.load(); smtp.resolve('550 5.1.1 User unknown').reason // 'userUnknown'
   */
  load: reader.load,
  resolve: (input: SmtpInput | null | undefined, context?: SmtpContext | null): SmtpResolution => {
    const loaded = reader.loaded();
    return loaded === undefined ? beforeReader() : loaded.resolveSmtp(input, context, PARTS);
  },
  /** The taxonomy's reasons once the reader is in, then every provider row once loaded. */
  entries: (): readonly SmtpEntry[] => reader.loaded()?.entries(PARTS) ?? [],
  parseText: (text: string): SmtpInput => (typeof text === 'string' ? text : ''),
  /** Loads the provider tables on demand; resolutions name rows once it resolves. */
  loadProviders,
  /** The same as `loadProviders`: the family's ready path (provider rows and event readers). */
  ready: loadProviders,
  /** Whether the provider tables are loaded. */
  providersLoaded: () => loadedRows() !== undefined,
  /** Reads a whole bounce message into one report per failed recipient. */
  parseBounceMessage,
  /** Reads a sending service's event (SES, Mailgun, SendGrid) into one report per recipient, loading its readers. */
  readWebhookEvent,
  explainer: () => import('./explainer').then((m) => m.explainerWith({ loadProviders })),
} satisfies Family<SmtpInput, SmtpContext, SmtpResolution, SmtpEntry> & Record<string, unknown>;

export type {
  RawMessage,
  SmtpBehaviour,
  SmtpContext,
  SmtpEntry,
  SmtpEvidence,
  SmtpInput,
  SmtpProvider,
  SmtpReason,
  SmtpReply,
  SmtpReport,
  SmtpResolution,
  SmtpService,
  SmtpServiceVerdict,
  SmtpTopic,
  SmtpWebhookEvent,
};
export {
  loadProviders,
  parseBounceMessage,
  readWebhookEvent,
  SMTP_BEHAVIOURS,
  SMTP_PROVIDERS,
  SMTP_REASON_NAMES,
  SMTP_REASONS,
  smtp,
};
