#!/usr/bin/env node
// Splits [MS-OCER]'s English (locales/en/uc-error-kit-ms-ocer.json, the one file translators and
// the checks read) into what the family bundles and what loads with the Office Communicator
// 2007 catalog: the sentences only Appendix E uses, with their no-name variants, go to
// words/ocs2007.generated.json, loaded when a context asks for `catalog: 'ocs2007'`; the rest
// (Lync 2010 and later, fallbacks, fact labels, the adapters' sentences) to
// words/lync2010.generated.json, bundled.
//
//   node scripts/split-english.mjs           writes both
//   node scripts/split-english.mjs --check   fails when either is out of date
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeOrCheck } from './seed/generated.mjs';

const root = resolve(import.meta.dirname, '..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');
const FAMILY = 'src/core/families/ms-ocer';

/** The message keys a generated catalog names (every quoted key in its rows). */
function keysOf(catalog) {
  const body = read(`${FAMILY}/catalogs/${catalog}.generated.ts`);
  return new Set([...body.matchAll(/'([a-zA-Z][a-zA-Z0-9]*)'/g)].map((m) => m[1]));
}

const english = JSON.parse(read('locales/en/uc-error-kit-ms-ocer.json'));
const lync = keysOf('lync2010');
const ocs = keysOf('ocs2007');
const base = (key) => key.replace(/_noName$/, '');
const onlyOcs = (key) => ocs.has(base(key)) && !lync.has(base(key));

const bundled = {};
const onDemand = {};
for (const [key, text] of Object.entries(english)) (onlyOcs(key) ? onDemand : bundled)[key] = text;

const json = (words) => `${JSON.stringify(words, null, 2)}\n`;
writeOrCheck(
  {
    [`${FAMILY}/words/lync2010.generated.json`]: json(bundled),
    [`${FAMILY}/words/ocs2007.generated.json`]: json(onDemand),
  },
  'node scripts/split-english.mjs',
);
