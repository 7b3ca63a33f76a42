/**
 * The order the bundled English lists its sentences in, derived from the catalogs.
 *
 * The bundled English ships its sentences without their keys: the catalogs already hold every
 * sentence key and every ErrorId with a reason, so walking them gives the keys in a fixed
 * order, and the sentences are listed in that order. The build (scripts/vite-english.ts) and
 * the runtime (english.ts) both call this function, so the two cannot disagree.
 */
import { type CatalogData, Categories } from './catalog-data';
import { CATALOG_IDS, CATALOGS } from './catalogs/index';

/** Every sentence key, then every reason key, in catalog order, each once. */
function englishKeyOrder(): string[] {
  const keys = new Set<string>();
  const add = (key: string) => {
    if (key !== '') keys.add(key);
  };
  for (const id of CATALOG_IDS) {
    const data = CATALOGS[id];
    for (const category of Categories) {
      for (const row of data.rows[category]) {
        add(row[3]);
        add(row[4]);
      }
    }
    for (const row of data.generic) {
      add(row[2]);
      add(row[3]);
    }
  }
  for (const id of CATALOG_IDS) {
    const data: CatalogData = CATALOGS[id];
    for (const row of data.rows['ms-diagnostics'])
      add(`${data.reasonPrefix ?? 'reason.'}${row[1]}`);
  }
  return [...keys];
}

export { englishKeyOrder };
