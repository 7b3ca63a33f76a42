#!/usr/bin/env node
// Regenerates the MSNP family's catalog from the two MSNP seeds and the committed choices.
//
//   node scripts/extract-msnp.mjs          writes src/core/families/msnp/catalog.generated.ts
//                                          (what resolve needs, loaded with the reader),
//                                          start.generated.ts (what the family bundles) and
//                                          details.generated.ts (the seed texts, on demand)
//   node scripts/extract-msnp.mjs --check  exits 1 when the committed file differs
//
// The seed texts go into the catalog verbatim (trimmed); the sentences a person reads are
// chosen in scripts/seed/msnp-keys.mjs and written in locales/en/uc-error-kit-msnp.json.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './seed/generated.mjs';
import {
  BEHAVIOURS,
  DISAGREEMENTS,
  GENERIC,
  NAMES_001,
  RULE_SENTENCES,
  SENTENCES,
} from './seed/msnp-keys.mjs';
import { commandsOf, read000, read001, readLines, SEED_000, SEED_001 } from './seed/msnp-seed.mjs';
import { needSeeds } from './seed/seeds.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG = resolve(root, 'src/core/families/msnp/catalog.generated.ts');
const DETAILS = resolve(root, 'src/core/families/msnp/details.generated.ts');
const START = resolve(root, 'src/core/families/msnp/start.generated.ts');
const ENGLISH = resolve(root, 'locales/en/uc-error-kit-msnp.json');

/** A success HRESULT has the severity bit clear (0x0xxxxxxx .. 0x7xxxxxxx). */
const isSuccess = (hresult) => hresult !== undefined && Number.parseInt(hresult[2], 16) < 8;

/** Reads both seeds and joins them by code, with each code's sentence group. */
export function buildMsnp(lines000 = readLines(SEED_000), lines001 = readLines(SEED_001)) {
  const t000 = read000(lines000);
  const t001 = read001(NAMES_001, lines001);
  const groupOfCode = new Map();
  const groupOfHresult = new Map();
  for (const g of SENTENCES) {
    if (!BEHAVIOURS.includes(g.behaviour)) throw new Error(`Unknown behaviour ${g.behaviour}`);
    for (const k of [g.summary, g.details]) {
      if (k !== undefined && /\d$/.test(k)) throw new Error(`A key ends in a digit: ${k}`);
    }
    for (const c of g.codes ?? []) {
      if (groupOfCode.has(c)) throw new Error(`Code ${c} is in two sentence groups`);
      groupOfCode.set(c, g);
    }
    for (const h of g.hresults ?? []) {
      if (groupOfHresult.has(h)) throw new Error(`HRESULT ${h} is in two sentence groups`);
      groupOfHresult.set(h, g);
    }
  }

  const byCode = new Map();
  const slot = (code) => {
    if (!byCode.has(code)) byCode.set(code, { code });
    return byCode.get(code);
  };
  for (const r of t000.codes) {
    if (byCode.get(r.code)?.r000) throw new Error(`000 line ${r.line}: code ${r.code} twice`);
    slot(r.code).r000 = r;
  }
  for (const b of t001) {
    if (byCode.get(b.code)?.r001) throw new Error(`001 line ${b.line}: code ${b.code} twice`);
    slot(b.code).r001 = b;
  }
  const codes = [...byCode.values()]
    .sort((a, b) => a.code - b.code)
    .map(({ code, r000, r001 }) => {
      const g = groupOfCode.get(code);
      if (g === undefined) throw new Error(`Code ${code} has no sentence group`);
      const hresult = r000?.hresult;
      const failure = !isSuccess(hresult);
      if (failure === (g.behaviour === 'not-a-failure')) {
        throw new Error(`Code ${code}: behaviour ${g.behaviour} but HRESULT ${hresult}`);
      }
      const disagreement = DISAGREEMENTS[code];
      if (disagreement !== undefined && (r000 === undefined || r001 === undefined)) {
        throw new Error(`Code ${code} is listed as a disagreement but is not in both seeds`);
      }
      return {
        code,
        summaryKey: g.summary,
        detailsKey: g.details,
        behaviour: g.behaviour,
        placement: g.placement,
        failure,
        hresult,
        hresultName: r000?.hresultName,
        draftName: r000?.draftName,
        description: r000?.description,
        row000: r000?.row,
        line000: r000?.line,
        name: r001?.name,
        cause: r001?.cause,
        line001: r001?.line,
        causeLines: r001?.causeLines ?? [],
        traces: r001?.traces ?? [],
        disagreement,
      };
    });
  for (const c of groupOfCode.keys()) {
    if (!byCode.has(c)) throw new Error(`Sentence group lists code ${c}, which no seed has`);
  }

  const related = t000.related.map((r) => {
    const g = groupOfHresult.get(r.hresult);
    if (g === undefined) throw new Error(`Related HRESULT ${r.hresult} has no sentence group`);
    const failure = !isSuccess(r.hresult);
    if (failure === (g.behaviour === 'not-a-failure')) {
      throw new Error(`HRESULT ${r.hresult}: behaviour ${g.behaviour} but severity says otherwise`);
    }
    return {
      hresult: r.hresult,
      group: r.group,
      hresultName: r.hresultName,
      description: r.description,
      row: r.row,
      line: r.line,
      summaryKey: g.summary,
      detailsKey: g.details,
      behaviour: g.behaviour,
      placement: g.placement,
      failure,
    };
  });
  for (const h of groupOfHresult.keys()) {
    if (!related.some((r) => r.hresult === h)) throw new Error(`No related HRESULT ${h}`);
  }

  checkEnglish([...SENTENCES, GENERIC]);
  return { t000, t001, codes, related, commands: commandsOf(t001) };
}

/** Every key the groups and the rules name has an English sentence, and every sentence is used. */
function checkEnglish(groups) {
  const english = JSON.parse(readFileSync(ENGLISH, 'utf8'));
  const used = new Set(groups.flatMap((g) => [g.summary, g.details]).filter(Boolean));
  for (const k of RULE_SENTENCES) used.add(k);
  for (const k of used) if (!Object.hasOwn(english, k)) throw new Error(`No English for ${k}`);
  for (const k of Object.keys(english)) {
    if (!k.startsWith('fact.') && !k.startsWith('fallback.') && !used.has(k)) {
      throw new Error(`English sentence ${k} is not used by any group`);
    }
  }
}

// --- TypeScript text, in the layout Biome gives it (objects expanded, single quotes) ----------

/** A string literal as Biome writes it: single quotes unless double quotes need fewer escapes. */
function str(s) {
  const json = JSON.stringify(s).slice(1, -1).replaceAll('\\"', '"');
  const singles = (s.match(/'/g) ?? []).length;
  const doubles = (s.match(/"/g) ?? []).length;
  if (singles > doubles) return `"${json.replaceAll('"', '\\"')}"`;
  return `'${json.replaceAll("'", "\\'")}'`;
}

function value(v, indent) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => typeof x === 'number')) {
      const flat = `[${v.join(', ')}]`;
      if (indent.length + flat.length < 60) return flat;
      return `[\n${v.map((x) => `${indent}  ${x},`).join('\n')}\n${indent}]`;
    }
    return `[\n${v.map((x) => `${indent}  ${value(x, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  // Biome moves a string that does not fit on the key's line (100 columns) to the next line,
  // unless the key is shorter than the indent width plus 3 (Prettier's "short key" rule).
  const props = Object.entries(v).map(([k, x]) => {
    const one = `${indent}  ${k}: ${value(x, `${indent}  `)},`;
    if (typeof x !== 'string' || one.length <= 100 || k.length < 5) return one;
    return `${indent}  ${k}:\n${indent}    ${value(x, `${indent}    `)},`;
  });
  return `{\n${props.join('\n')}\n${indent}}`;
}

/** The fields `resolve` reads: codes, keys, behaviour, placement and flags. */
const CODE_FIELDS = [
  'code',
  'summaryKey',
  'detailsKey',
  'behaviour',
  'placement',
  'failure',
  'hresult',
];
const RELATED_FIELDS = ['hresult', 'summaryKey', 'detailsKey', 'behaviour', 'placement', 'failure'];

const pick = (row, fields) => Object.fromEntries(fields.map((k) => [k, row[k]]));

/**
 * What most codes share, left out of each row and filled in by the family (index.ts
 * `entryOf`): the bar, a failure, no related HRESULT, and details under the summary's key
 * plus `Details`. Only the exceptions are written; `detailsKey: null` is a code without
 * details.
 */
const CODE_DEFAULTS = { placement: 'notification-bar', failure: true, hresult: undefined };
function packed(row) {
  const out = Object.fromEntries(
    Object.entries(row).filter(
      ([k, x]) => !Object.hasOwn(CODE_DEFAULTS, k) || CODE_DEFAULTS[k] !== x,
    ),
  );
  if (row.detailsKey === `${row.summaryKey}Details`) delete out.detailsKey;
  else if (row.detailsKey === undefined) out.detailsKey = null;
  return out;
}
const omit = (row, fields, keep) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k === keep || !fields.includes(k)));

function catalogModule(built) {
  return `// Generated by scripts/extract-msnp.mjs from the two MSNP seeds and scripts/seed/msnp-keys.mjs;
// edit those, not this file.
/**
 * MSNP error codes, merged by code from two seed files (000_a34c6aaa0a56f9e4.txt, "MSNP error
 * codes", and 001_69dc8c98e0354bf0.txt, "Protocols/MSNP/Reference/Error List"): what
 * \`resolve\` needs to choose the sentence, bundled. The seeds' own texts (names, descriptions,
 * causes, traces) are in details.generated.ts, loaded when support staff ask
 * (\`msnp.describe\`). The keys, behaviour and placement come from scripts/seed/msnp-keys.mjs.
 */
import type { MsnpPackedRow, MsnpRelatedRow } from './types';

/**
 * The ${built.codes.length} codes, in code order; \`hresult\` is seed 000's related HRESULT. A row
 * leaves out what most share (\`placement: 'notification-bar'\`, \`failure: true\`, no
 * \`hresult\`, \`detailsKey\` the summary's key plus \`Details\`; \`null\` for none);
 * \`entryOf\` in index.ts fills it in.
 */
export const msnpCodes = ${value(
    built.codes.map((c) => packed(pick(c, CODE_FIELDS))),
    '',
  )} as const satisfies readonly MsnpPackedRow[];

/** The ${built.related.length} related HRESULTs of seed 000, in the seed's order. */
export const msnpRelatedHresults = ${value(
    built.related.map((r) => pick(r, RELATED_FIELDS)),
    '',
  )} as const satisfies readonly MsnpRelatedRow[];
`;
}

/** What the family bundles of the seeds: the commands, for its context field's values. */
function startModule(built) {
  return `// Generated by scripts/extract-msnp.mjs from the two MSNP seeds; edit those, not this file.
/**
 * What the MSNP family bundles of its seeds (catalog.generated.ts loads on demand with the
 * reader): the commands the traces of seed 001_69dc8c98e0354bf0.txt show a client sending,
 * which generic tools offer for the context's \`command\`.
 */

/** The commands the seed's traces show a client sending, first seen first. */
export const MSNP_COMMANDS = [
${built.commands.map((c) => `  ${str(c)},\n`).join('')}] as const;
`;
}

function detailsModule(built) {
  const codes = built.codes.map((c) => ({
    ...omit(c, CODE_FIELDS, 'code'),
    causeLines: c.causeLines,
    traces: c.traces.map((t) => ({ line: t.line, text: t.text })),
    disagreement: c.disagreement && { drives: c.disagreement.drives, why: c.disagreement.why },
  }));
  return `// Generated by scripts/extract-msnp.mjs from the two MSNP seeds and scripts/seed/msnp-keys.mjs;
// edit those, not this file.
/**
 * The seeds' own texts for each MSNP code, for support staff: loaded on demand by
 * \`msnp.describe\` and \`loadMsnpEntries\`, never at start (catalog.generated.ts has what
 * \`resolve\` needs). From two seed files:
 * - \`000_a34c6aaa0a56f9e4.txt\`, "MSNP error codes" (lines ${built.t000.codesHeaderLine}-${built.t000.relatedHeaderLine - 1}): HRESULT name, draft
 *   name, description (\`line000\`, the row verbatim in \`row000\`), and the related
 *   authentication HRESULTs (lines ${built.t000.relatedHeaderLine}-${built.related.at(-1).line}).
 * - \`001_69dc8c98e0354bf0.txt\`, "Protocols/MSNP/Reference/Error List": name, known cause
 *   and protocol traces per code (\`line001\`; \`causeLines\` and each trace's \`line\`).
 *
 * The seeds' \`N/A\` and \`?\` cells are \`undefined\` here. Every text is the seed's, trimmed;
 * traces are data (they hold \`<ml>\` payloads and literal \`\\r\\n\`), never markup.
 */
import type { MsnpCodeDetails, MsnpRelatedDetails } from './types';

/** The seed texts of the ${built.codes.length} codes, in code order. */
export const msnpCodeDetails = ${value(codes, '')} as const satisfies readonly MsnpCodeDetails[];

/** The seed texts of the ${built.related.length} related HRESULTs of seed 000, in the seed's order. */
export const msnpRelatedDetails = ${value(
    built.related.map((r) => omit(r, RELATED_FIELDS, 'hresult')),
    '',
  )} as const satisfies readonly MsnpRelatedDetails[];
`;
}

/** Every generated file and its text. */
export function generatedFiles(built = buildMsnp()) {
  return {
    [CATALOG]: catalogModule(built),
    [START]: startModule(built),
    [DETAILS]: detailsModule(built),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  needSeeds('node scripts/extract-msnp.mjs');
  writeOrCheck(generatedFiles(), 'node scripts/extract-msnp.mjs');
}
