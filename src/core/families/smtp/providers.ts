/**
 * What loads on demand, and what it gives once loaded: the provider tables with their row
 * matcher (rows.ts, seed 004) and the readers of sending services' events (webhooks.ts). Each
 * comes through a literal `import()`, so bundlers split it out of an app's start.
 * `loadProviders()` (also `smtp.ready()`) loads both; until then `resolve` picks the sentence
 * the same way, names no row, and reads no event object.
 */
import type { SmtpProvider } from './catalog.generated';
import type { SmtpRow } from './providers.generated';
import type { SmtpReport } from './report';
import { normalise } from './rules';

type Rows = typeof import('./rows');
type Webhooks = typeof import('./webhooks');

let rows: Rows | undefined;
let webhooks: Webhooks | undefined;
let loading: Promise<void> | undefined;
let loadingWebhooks: Promise<Webhooks> | undefined;

/** Loads the event readers alone (what `readWebhookEvent` needs). */
function loadWebhooks(): Promise<Webhooks> {
  loadingWebhooks ??= import('./webhooks').then(
    (m) => {
      webhooks = m;
      return m;
    },
    (error: unknown) => {
      loadingWebhooks = undefined;
      throw error;
    },
  );
  return loadingWebhooks;
}

/**
 * Loads the provider tables and the event readers; resolves when `resolve` can name rows and
 * read events. Safe to call many times: one load. A failed load (a chunk that did not arrive)
 * can be retried.
 * @example
 * await smtp.loadProviders();
 * smtp.resolve('550 5.1.1 The email account that you tried to reach does not exist.', { provider: 'gmail' }).entry?.id;
 */
function loadProviders(): Promise<void> {
  loading ??= Promise.all([import('./rows'), loadWebhooks()]).then(
    ([m]) => {
      m.indexRows(normalise);
      rows = m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The rows, once loaded; undefined before. */
const loadedRows = (): readonly SmtpRow[] | undefined => rows?.SMTP_ROWS;

/** The row a reply names in a provider's table, once loaded and if the evidence is specific. */
const matchRow = (
  provider: SmtpProvider,
  code: string | undefined,
  enhancedCode: string | undefined,
  text: string,
): { row: SmtpRow } | undefined => rows?.matchRow(provider, code, enhancedCode, text);

/** The reports of a service's event, or undefined while its readers are not loaded. */
const readLoadedEvent = (event: unknown): SmtpReport[] | undefined =>
  webhooks?.readWebhookEvent(event);

/**
 * Reads a sending service's event (Amazon SES, Mailgun, SendGrid; one or a batch) into one
 * report per recipient, loading the readers on first use; `[]` for anything else; never rejects
 * but for a chunk that did not load.
 * @example
 * const reports = await readWebhookEvent({ event: 'dropped', email: 'a@example.org', reason: 'Bounced Address' });
 */
async function readWebhookEvent(event: unknown): Promise<SmtpReport[]> {
  return (await loadWebhooks()).readWebhookEvent(event);
}

export { loadedRows, loadProviders, matchRow, readLoadedEvent, readWebhookEvent };
