#!/usr/bin/env node
// The gzip size of every language of every namespace as built (dist/locales), as a Markdown
// table for the README: what an app downloads when it shows that language of that family.
//
//   npm run build && node scripts/locale-sizes.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/locales');
const languages = readdirSync(dist).sort();
const namespaces = readdirSync(join(dist, 'en'))
  .filter((f) => f.endsWith('.json.js'))
  .map((f) => f.slice(0, -'.json.js'.length))
  .sort();
const size = (lng, ns) => {
  const file = join(dist, lng, `${ns}.json.js`);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : undefined;
};
const kb = (n) => (n === undefined ? '–' : (n / 1000).toFixed(2));
const short = (ns) => ns.replace(/^uc-error-kit-?/, '') || 'interface';
console.log(`| language | ${namespaces.map(short).join(' | ')} | all |`);
console.log(`| --- | ${namespaces.map(() => '---:').join(' | ')} | ---: |`);
for (const lng of languages) {
  const sizes = namespaces.map((ns) => size(lng, ns));
  const all = sizes.reduce((a, b) => a + (b ?? 0), 0);
  console.log(
    `| ${lng}${lng === 'en' ? ' (bundled)' : ''} | ${sizes.map(kb).join(' | ')} | ${kb(all)} |`,
  );
}
