#!/usr/bin/env node
// Regenerates the [MS-OCER] display catalogs and their English sentences from the seed.
//
//   node scripts/extract-catalogs.mjs          writes src/core/families/ms-ocer/**.generated.ts
//                                              and locales/en/uc-error-kit-ms-ocer.json
//   node scripts/extract-catalogs.mjs --check  exits 1 when the committed files differ
//
// The catalogs are tables of codes and keys; the sentences go to locales/en once each, under
// the keys people chose in scripts/seed/ms-ocer-keys.json. The diagnostic reasons stay
// English by design (they are what server logs say), so they are TypeScript data, not words.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionOf, readAppendixD } from './seed/appendix-d.mjs';
import { actionOfE, readAppendixE } from './seed/appendix-e.mjs';
import { writeOrCheck } from './seed/generated.mjs';
import { assignKeys, toI18next } from './seed/keys.mjs';
import chosenKeys from './seed/ms-ocer-keys.json' with { type: 'json' };
import { needSeeds } from './seed/seeds.mjs';
import { readSeedLines } from './seed/tables.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALE = resolve(root, 'locales/en/uc-error-kit-ms-ocer.json');
const FAMILY = 'src/core/families/ms-ocer';

/** Collapses sorted integers into `a-b` runs: the not-handled lists are mostly runs. */
function toRanges(codes) {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return out.join(',');
}

/** A row the seed prints twice (Appendix D: Sharing, SIP 415) is one entry. */
function dedupe(rows) {
  const seen = new Set();
  return rows.filter((r) => {
    const id = JSON.stringify([r.category, r.mode, r.code, r.summary.text, r.details?.text]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The diagnostic reason belongs to the ErrorId, not the row: one sentence per code. Every
 * ms-diagnostics row must give one, because the catalog derives the reason key of each such
 * row from its code (src/core/catalog.ts).
 */
function reasonsOf(rows, appendix) {
  const reasons = new Map();
  for (const r of rows) {
    if (r.category !== 'ms-diagnostics') continue;
    if (r.reason === undefined) {
      throw new Error(`Appendix ${appendix}, seed line ${r.line}: ErrorId ${r.code} has no reason`);
    }
    const had = reasons.get(r.code);
    if (had !== undefined && had !== r.reason) {
      throw new Error(`ErrorId ${r.code} has two reasons: "${had}" / "${r.reason}"`);
    }
    reasons.set(r.code, r.reason);
  }
  return reasons;
}

/**
 * Appendix E words 11 of the 44 ErrorIds it shares with Appendix D differently ("timed-out"
 * / "timed out", "protocol client" / "client", 6000 "Service unavailable." / "SIP request
 * send failed."), so E's reasons get keys of their own rather than overwrite D's.
 */
const OCS2007_REASON_PREFIX = 'reason.ocs2007.';

/** Builds every catalog's rows and the sentence table from the seed. */
export function buildCatalogs(lines = readSeedLines(), existingLocale = readLocale()) {
  const d = readAppendixD(lines);
  const e = readAppendixE(lines);

  const rows = dedupe(d.rows);
  for (const r of rows) r.action = actionOf(r.mode, r.summary.text, r.details?.text);
  for (const g of d.generic) g.action = actionOf(g.mode, g.summary.text, g.details?.text);
  checkActionsDistinct(rows, (r) => `${r.category} ${r.mode} ${r.code}`);
  checkActionsDistinct(d.generic, (g) => `generic ${g.mode}`);

  const rowsE = dedupe(e.rows);
  for (const r of rowsE) r.action = actionOfE(r.mode, r.summary.text, r.details?.text);
  checkActionsDistinct(rowsE, (r) => `Appendix E ${r.category} ${r.mode} ${r.code}`);

  const reasons = reasonsOf(rows, 'D');
  const reasonsE = reasonsOf(rowsE, 'E');

  // D's and E's sentences go in together, so that a sentence both print has one key.
  const sentences = [...rows, ...d.generic, ...rowsE, ...e.generic].flatMap((r) =>
    [r.summary.text, r.details?.text].filter((t) => t).map(toI18next),
  );
  const keyOf = keysFor(sentences);
  const key = (cell) => (cell?.text ? keyOf.get(toI18next(cell.text)) : '');

  const catalogOf = (list, generic, notHandled) => ({
    rows: Object.fromEntries(
      ['ms-diagnostics', 'sip', 'sip-warning', 'windows'].map((category) => [
        category,
        list
          .filter((r) => r.category === category)
          .map((r) => [r.mode, r.code, r.action, key(r.summary), key(r.details)]),
      ]),
    ),
    generic: generic.map((g) => [g.mode, g.action ?? '', key(g.summary), key(g.details)]),
    notHandled: toRanges(notHandled.map((n) => n.code)),
  });
  const lync2010 = catalogOf(rows, d.generic, d.notHandled);
  const ocs2007 = {
    ...catalogOf(rowsE, e.generic, e.notHandled),
    reasonPrefix: OCS2007_REASON_PREFIX,
  };

  const messages = {};
  for (const [text, k] of [...keyOf].sort((a, b) => a[1].localeCompare(b[1]))) messages[k] = text;
  const reasonEntries = (map, prefix) =>
    [...map].sort((a, b) => a[0] - b[0]).map(([code, text]) => [`${prefix}${code}`, text]);
  // The family's own words that are not sentences of the seed are written by hand in the
  // same file and kept as they are: fallback.*, fact.*, the no-name sentence of each sentence
  // with a name (`<key>_noName`, placed after its key) and the adapters' own sentences (a
  // server's sign-out). A key people chose for a seed sentence is always the seed's.
  const seedKeys = new Set(Object.keys(chosenKeys));
  const own = Object.entries(existingLocale).filter(([k]) => !seedKeys.has(k));
  const noName = new Map(own.filter(([k]) => k.endsWith('_noName')));
  const locale = {};
  for (const [k, text] of Object.entries(messages)) {
    locale[k] = text;
    if (noName.has(`${k}_noName`)) locale[`${k}_noName`] = noName.get(`${k}_noName`);
  }
  for (const [k, text] of own) if (!Object.hasOwn(locale, k)) locale[k] = text;
  const reasonTable = {
    ...Object.fromEntries(reasonEntries(reasons, 'reason.')),
    ...Object.fromEntries(reasonEntries(reasonsE, OCS2007_REASON_PREFIX)),
  };
  return { appendixD: d, appendixE: e, rows, rowsE, lync2010, ocs2007, locale, reasonTable };
}

/**
 * The key of every sentence, from the committed file people chose them in. A sentence with no
 * key there stops the generator with a suggested name, so a key never changes by itself under
 * a translation.
 */
function keysFor(sentences) {
  const keyOf = new Map(Object.entries(chosenKeys).map(([key, text]) => [text, key]));
  const missing = [...new Set(sentences)].filter((s) => !keyOf.has(s));
  if (missing.length > 0) {
    const suggested = assignKeys(missing, new Map());
    throw new Error(
      `Sentences with no key in scripts/seed/ms-ocer-keys.json; add them, e.g.:\n${missing
        .map((s) => `  ${JSON.stringify(suggested.get(s))}: ${JSON.stringify(s)}`)
        .join('\n')}`,
    );
  }
  const used = new Set(sentences);
  const unused = Object.keys(chosenKeys).filter((k) => !used.has(chosenKeys[k]));
  if (unused.length > 0) throw new Error(`Keys with no sentence in the seed: ${unused.join(', ')}`);
  return keyOf;
}

function checkActionsDistinct(rows, groupOf) {
  const groups = new Map();
  for (const r of rows) {
    const g = groupOf(r);
    const actions = groups.get(g) ?? [];
    if (r.mode !== 'Other' && r.action === undefined) throw new Error(`No action: ${g}`);
    if (actions.includes(r.action)) {
      throw new Error(`Two rows of ${g} read as "${r.action}" (seed line ${r.line})`);
    }
    actions.push(r.action);
    groups.set(g, actions);
  }
}

function readLocale() {
  try {
    return JSON.parse(readFileSync(LOCALE, 'utf8'));
  } catch {
    return {};
  }
}

function catalogModule(name, source, data) {
  const rows = Object.entries(data.rows)
    .map(
      ([category, list]) =>
        `    '${category}': [\n${list.map((r) => `      ${JSON.stringify(r)},`).join('\n')}\n    ],`,
    )
    .join('\n');
  return `// Generated by scripts/extract-catalogs.mjs from the [MS-OCER] seed; edit the script, not this file.
/**
 * ${source}
 *
 * Rows: [mode, code, action, summary key, details key ('' when the cell is empty)], in the
 * seed's order, which is the order the resolver falls back on. notHandled: ErrorIds the
 * client never handles, as ranges. Its generic messages are in generic.generated.ts, with the reader.
 */
import type { CatalogData } from '../catalog-data';

export const ${name} = {
  rows: {
${rows}
  },
  notHandled: '${data.notHandled}',${data.reasonPrefix ? `\n  reasonPrefix: '${data.reasonPrefix}',` : ''}
} as const satisfies CatalogData;
`.replaceAll('"', "'");
}

/**
 * Every catalog's generic messages, bundled: what a catalog answers before its rows load
 * (they load on demand, with the words), and for the codes it does not handle.
 */
function genericModule(built) {
  const lines = ['lync2010', 'ocs2007'].map(
    (name) =>
      `  ${name}: [\n${built[name].generic.map((g) => `    ${JSON.stringify(g)},`).join('\n')}\n  ],`,
  );
  return `// Generated by scripts/extract-catalogs.mjs from the [MS-OCER] seed; edit the script, not this file.
/**
 * Each display catalog's generic messages (Appendix D, "Generic Error Message Strings", seed
 * line 14428; Appendix E, "Unhandled Error", line 15337): [mode, action, summary key, details
 * key ('' when the cell is empty)], in the seed's order. They come with the family's reader,
 * so a catalog answers with them before its rows have loaded.
 */
import type { GenericRow } from '../catalog-data';
import type { CatalogId } from './index';

export const GENERIC_MESSAGES = {
${lines.join('\n')}
} as const satisfies Record<CatalogId, readonly GenericRow[]>;
`.replaceAll('"', "'");
}

function reasonsModule(table) {
  const lines = Object.entries(table).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  return `// Generated by scripts/extract-catalogs.mjs from the [MS-OCER] seed; edit the script, not this file.
/**
 * The diagnostic reason of every ms-diagnostics row of Appendix D (\`reason.<ErrorId>\`) and
 * Appendix E (\`reason.ocs2007.<ErrorId>\`, whose wording differs for some IDs). English by
 * design: it is what the server's logs and documentation say, for support staff.
 */
export const CATALOG_REASONS = {
${lines.join('\n')}
} as const;
`;
}

/** Every generated file and its text. */
export function generatedFiles(built = buildCatalogs()) {
  return {
    [`${FAMILY}/catalogs/lync2010.generated.ts`]: catalogModule(
      'lync2010',
      '[MS-OCER] Appendix D, "Client Display of Received Diagnostic Codes for Releases\n * subsequent to Lync 2010": Lync 2010, Lync 2013 / Skype for Business 2015-2019 clients.',
      built.lync2010,
    ),
    [`${FAMILY}/catalogs/ocs2007.generated.ts`]: catalogModule(
      'ocs2007',
      '[MS-OCER] Appendix E, "Client Display of Received Diagnostic Codes for Releases prior\n * to Lync 2010": Office Communicator 2007 and Office Communicator 2007 R2 clients.',
      built.ocs2007,
    ),
    [`${FAMILY}/catalogs/generic.generated.ts`]: genericModule(built),
    [`${FAMILY}/reasons.generated.ts`]: reasonsModule(built.reasonTable),
    'locales/en/uc-error-kit-ms-ocer.json': `${JSON.stringify(built.locale, null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  needSeeds('node scripts/extract-catalogs.mjs');
  writeOrCheck(generatedFiles(), 'node scripts/extract-catalogs.mjs');
}
