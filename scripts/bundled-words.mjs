#!/usr/bin/env node
// Writes the little English each family bundles, so that an answer never waits for a file:
// its generic message (what `resolve(null)` answers, with the no-name variants), its neutral
// words (`fallback.*`) and its fact labels (`fact.*`). Every other sentence, English
// included, is in locales/<lng>/<namespace>.json and loads on demand with its language.
//
//   node scripts/bundled-words.mjs           writes src/core/families/<id>/bundled.generated.json
//   node scripts/bundled-words.mjs --check   fails when one is out of date
//
// A unit test checks that each family's generic message is among these keys
// (test/core/english-on-demand.test.ts), so the table below cannot drift from the resolvers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeOrCheck } from './seed/generated.mjs';

const root = resolve(import.meta.dirname, '..');

/** Each family's generic message: the summary and details keys `resolve(null)` answers with. */
const GENERIC = {
  'ms-ocer': ['errorOccurred', 'quoteErrorIdToSupport'],
  msnp: ['unknownError', 'unknownErrorDetails'],
  eas: ['syncProblem', 'syncProblemDetails'],
  smtp: ['mailError', 'contactAdministratorWithCode'],
};

const files = {};
for (const [id, keys] of Object.entries(GENERIC)) {
  const english = JSON.parse(
    readFileSync(resolve(root, `locales/en/uc-error-kit-${id}.json`), 'utf8'),
  );
  const wanted = (key) =>
    key.startsWith('fact.') ||
    key.startsWith('fallback.') ||
    keys.includes(key.replace(/_noName$/, ''));
  const bundled = Object.fromEntries(Object.entries(english).filter(([key]) => wanted(key)));
  for (const key of keys)
    if (!Object.hasOwn(bundled, key))
      throw new Error(`locales/en/uc-error-kit-${id}.json has no "${key}"`);
  files[`src/core/families/${id}/bundled.generated.json`] = `${JSON.stringify(bundled, null, 2)}\n`;
}
writeOrCheck(files, 'node scripts/bundled-words.mjs');
