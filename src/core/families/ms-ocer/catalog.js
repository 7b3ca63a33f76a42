/**
 * Catalog entries as objects, and the index the resolver looks codes up in.
 */
import { Categories, } from './catalog-data';
import { CATALOG_IDS, CATALOGS } from './catalogs/index';
import { errorInputFor } from './input';
import { placementOf } from './placement';
const indexes = new Map();
/** The `category mode code` lookup key; a string so that a Map can hold it. */
function slot(category, mode, code) {
    return `${category} ${mode} ${code}`;
}
function parseRanges(ranges) {
    const out = new Set();
    for (const part of ranges.split(',')) {
        const [lo, hi = lo] = part.split('-').map(Number);
        for (let n = lo; n <= hi; n++)
            out.add(n);
    }
    return out;
}
function toEntry(catalog, category, row, first) {
    const [mode, code, action, summaryKey, detailsKey] = row;
    const entry = {
        id: `${catalog} ${category} ${mode} ${code} ${action}`,
        input: errorInputFor(category, code),
        context: { catalog, mode, action },
        catalog,
        category,
        mode,
        code,
        action,
        isDefault: first,
        summaryKey: summaryKey || undefined,
        detailsKey: detailsKey || undefined,
        reasonKey: undefined,
        placement: placementOf(catalog, mode, summaryKey !== ''),
    };
    return entry;
}
function build(catalog, data) {
    const handled = new Map();
    const entries = [];
    for (const category of Categories) {
        for (const row of data.rows[category]) {
            const key = slot(category, row[0], row[1]);
            const list = handled.get(key) ?? [];
            const entry = toEntry(catalog, category, row, list.length === 0);
            // Every ms-diagnostics row gives the server's reason, one per ErrorId (the generator
            // checks both), so the key is derived rather than stored.
            if (category === 'ms-diagnostics')
                entry.reasonKey = `${data.reasonPrefix ?? 'reason.'}${entry.code}`;
            list.push(entry);
            handled.set(key, list);
            entries.push(entry);
        }
    }
    const generic = new Map();
    for (const [mode, action, summaryKey, detailsKey] of data.generic) {
        const list = generic.get(mode) ?? [];
        list.push({
            catalog,
            mode,
            action: action || undefined,
            isDefault: list.length === 0,
            summaryKey,
            detailsKey: detailsKey || undefined,
            placement: placementOf(catalog, mode),
        });
        generic.set(mode, list);
    }
    return { handled, generic, notHandled: parseRanges(data.notHandled), entries };
}
/** The index of one catalog, built on first use. */
function catalogIndex(catalog) {
    let index = indexes.get(catalog);
    if (!index) {
        index = build(catalog, CATALOGS[catalog]);
        indexes.set(catalog, index);
    }
    return index;
}
/**
 * Every handled row of the display catalogs, in the spec's order, for tooling, stories and
 * tests.
 * @example listCatalogEntries({ catalog: 'lync2010' }).filter((e) => e.code === 1008)
 */
function listCatalogEntries(options = {}) {
    const ids = options.catalog === undefined ? CATALOG_IDS : [options.catalog];
    return ids.flatMap((id) => (CATALOG_IDS.includes(id) ? catalogIndex(id).entries : []));
}
/** Every generic message of a catalog (or of all catalogs), in the spec's order. */
function listGenericMessages(options = {}) {
    const ids = options.catalog === undefined ? CATALOG_IDS : [options.catalog];
    return ids.flatMap((id) => CATALOG_IDS.includes(id) ? [...catalogIndex(id).generic.values()].flat() : []);
}
/** The ErrorIds a catalog never handles, ascending. */
function listNotHandled(catalog) {
    return CATALOG_IDS.includes(catalog)
        ? [...catalogIndex(catalog).notHandled].sort((a, b) => a - b)
        : [];
}
export { build as buildCatalogIndex, catalogIndex, listCatalogEntries, listGenericMessages, listNotHandled, slot, };
