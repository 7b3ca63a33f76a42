/**
 * [MS-OCER], the Client Error Reporting Protocol, as a family of the kit: the codes a Lync /
 * Skype for Business client receives (ms-diagnostics ErrorIds, SIP status, SIP Warning,
 * Windows errors), and what Appendix D (Lync 2010 and later) and Appendix E (Office
 * Communicator 2007 / 2007 R2) say the client shows for each, by mode and action.
 */
import english from '../../../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { listCatalogEntries } from './catalog';
import { parseText } from './input';
import { locales } from './locales.generated';
import { resolveError } from './resolve';
/**
 * The placeholders of the spec's sentences, by their i18next name: `[user name]` is
 * `userName`, `[error ID]` `errorId`, `[client name]` `clientName`, `<product name>`
 * `productName`, and Appendix E's bare `%3` (the application that failed to start, which the
 * spec leaves undefined) `applicationName`.
 */
const PLACEHOLDER_NAMES = [
    'userName',
    'errorId',
    'clientName',
    'productName',
    'applicationName',
];
/**
 * The catalog's diagnostic reason for the row used (Appendix D or E), loaded on demand:
 * English data for support staff, wanted only when a details view opens.
 */
async function catalogReason(resolution) {
    if (resolution.reasonKey === undefined)
        return undefined;
    const { CATALOG_REASONS } = await import('./reasons.generated');
    return CATALOG_REASONS[resolution.reasonKey];
}
/**
 * More for support staff, on demand: the catalog's reason for the row (when the server sent
 * none of its own) and the server's reason for the first ErrorId received, from Appendix B
 * or C. Each comes from a chunk of its own: the tables are 40 kB gzip.
 */
async function describe(resolution) {
    const facts = [];
    const reason = await catalogReason(resolution);
    // The header's own reason usually is the catalog's, less a full stop: say it once.
    const same = (a, b) => a.replace(/\.\s*$/, '') === b.replace(/\.\s*$/, '');
    if (reason !== undefined && (resolution.reason === undefined || !same(reason, resolution.reason)))
        facts.push({ label: 'fact.reason', value: reason, lang: 'en' });
    const first = resolution.received.find((r) => r.category === 'ms-diagnostics');
    if (!first)
        return facts;
    const { describeDiagnostic } = await import('./server-reasons/index');
    const release = resolution.catalog === 'ocs2007' ? 'ocs2007' : 'lync2010';
    const found = await describeDiagnostic(first.code, { release });
    if (found)
        facts.push({
            label: 'fact.server',
            value: `${found.errorId}, ${found.component}: ${found.reason}`,
            lang: 'en',
        });
    return facts;
}
/**
 * The [MS-OCER] family: pass it to `formatError`, `<ErrorNotice family>` and the rest; it is
 * also what they use when no family is given.
 * @example formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).summary
 */
const msOcer = {
    id: 'ms-ocer',
    title: '[MS-OCER] client error codes (Lync, Skype for Business, Office Communicator)',
    namespace: 'uc-error-kit-ms-ocer',
    english,
    locales,
    placeholders: PLACEHOLDER_NAMES,
    resolve: resolveError,
    entries: () => listCatalogEntries(),
    parseText,
    describe,
};
export { catalogReason, msOcer, PLACEHOLDER_NAMES };
