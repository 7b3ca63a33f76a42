/**
 * What loads on demand, and what it gives once loaded:
 * - the reader (resolve.ts with read.ts and rules.ts: how a reply, a report or a bounce's text
 *   becomes a reason), loaded with the family's words (`smtp.load()`, which `loadLanguage` and
 *   the views call); until it is in, `resolve` answers with the generic message and says so;
 * - the provider tables with their row matcher (rows.ts, seed 004) and the readers of sending
 *   services' events (webhooks.ts): `loadProviders()` (also `smtp.ready()`) loads them with
 *   the reader; until then `resolve` picks the sentence the same way, names no row, and reads
 *   no event object.
 * Each comes through a literal `import()`, so bundlers split it out of an app's start.
 */
import { onDemand } from '../../on-demand';
import type { SmtpProvider } from './catalog.generated';
import type { SmtpRow } from './providers.generated';
import type { SmtpReport } from './report';

type Rows = typeof import('./rows');
type Webhooks = typeof import('./webhooks');

/** The reader: what `resolve` needs to read anything (`smtp.load()`). */
const reader = onDemand('the SMTP reader', () => import('./resolve'));
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
  loading ??= Promise.all([import('./rows'), loadWebhooks(), reader.require()]).then(
    ([m, , reader]) => {
      m.indexRows(reader.normalise);
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

export { loadedRows, loadProviders, matchRow, reader, readLoadedEvent, readWebhookEvent };
