/**
 * The [MS-OCER] reader, loaded on demand with the family's words (`msOcer.load()`, which
 * `loadLanguage` and the views call): the resolver and the catalog index. The catalogs' rows
 * load beside it (catalogs/index.ts). Only the family's entry imports it, by `import()`, and
 * hands it the start's parts (start-parts.ts).
 */
export {
  buildCatalogIndex,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
} from './catalog';
export { resolveIn, resolveMsOcer } from './resolve';
export { bindStart } from './start-parts';
