#!/usr/bin/env node
// Regenerates the Exchange ActiveSync catalog from the [MS-ASCMD] 2.2.2 seed and the keys
// chosen in scripts/seed/eas-keys.json.
//
//   node scripts/extract-eas.mjs          writes src/core/families/eas/catalog.generated.ts
//                                         (what resolve needs, loaded with the reader),
//                                         start.generated.ts (what the family bundles) and
//                                         details.generated.ts (the seed texts, on demand)
//   node scripts/extract-eas.mjs --check  exits 1 when the committed file differs
//
// The text is printed as Biome formats it (Biome reads it on stdin), so the committed file
// reads like the rest of the code and a byte comparison in the tests is stable.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEasLines, readEasSeed } from './seed/eas-seed.mjs';
import { writeOrCheck } from './seed/generated.mjs';
import { needSeeds } from './seed/seeds.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG = resolve(root, 'src/core/families/eas/catalog.generated.ts');
const DETAILS = resolve(root, 'src/core/families/eas/details.generated.ts');
const START = resolve(root, 'src/core/families/eas/start.generated.ts');

/** The fields of a common Status value that `resolve` reads; the rest load on demand. */
const STATUS_FIELDS = [
  'status',
  'name',
  'versions',
  'httpStatus',
  'scope',
  'summaryKey',
  'detailsKey',
  'behaviour',
];
const pick = (row, fields) => Object.fromEntries(fields.map((k) => [k, row[k]]));
const omit = (row, fields, keep) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k === keep || !fields.includes(k)));
const KEYS = resolve(root, 'scripts/seed/eas-keys.json');
const BIOME = resolve(root, 'node_modules/.bin/biome');

/** The committed human choices. */
export function readKeys() {
  return JSON.parse(readFileSync(KEYS, 'utf8'));
}

const KEY = /^[a-z][A-Za-z]*[A-Za-z]$/;
const IDENTIFIER_NAME = /^[A-Z][A-Za-z]+$/;

/** Joins the seed rows with the chosen keys; stops on a status without, or with two, groups. */
export function buildEas(seed = readEasSeed(readEasLines()), keys = readKeys()) {
  const behaviours = Object.keys(keys.behaviours);
  const groupOf = new Map();
  for (const g of keys.groups) {
    for (const k of [g.summaryKey, g.detailsKey]) {
      if (k !== null && !KEY.test(k)) throw new Error(`Key "${k}" must say what it means`);
    }
    if (g.behaviour !== null && !behaviours.includes(g.behaviour)) {
      throw new Error(`Unknown behaviour "${g.behaviour}"`);
    }
    for (const s of g.statuses) {
      if (groupOf.has(s)) throw new Error(`Status ${s} is in two groups`);
      groupOf.set(s, g);
    }
  }
  const known = new Set(seed.statuses.map((r) => r.status));
  for (const s of groupOf.keys()) if (!known.has(s)) throw new Error(`No seed row ${s}`);
  for (const [s, n] of Object.entries(keys.names)) {
    if (s.startsWith('$')) continue;
    const row = seed.statuses.find((r) => String(r.status) === s);
    if (!row || row.elementName !== undefined) throw new Error(`Status ${s} needs no chosen name`);
    if (!IDENTIFIER_NAME.test(n.name))
      throw new Error(`Status ${s}: "${n.name}" is no element name`);
  }

  const statuses = seed.statuses.map((r) => {
    const g = groupOf.get(r.status);
    if (!g) throw new Error(`Seed line ${r.line}: status ${r.status} has no keys`);
    return {
      status: r.status,
      elementName: r.elementName,
      // The seed's element name, else the peers' name chosen in the keys file (147).
      name: r.elementName ?? keys.names[String(r.status)]?.name,
      meaning: r.meaning,
      versions: r.versions,
      versionsText: r.versionsText,
      httpText: r.httpText,
      httpStatus: r.httpStatus,
      scope: keys.scopes[String(r.status)],
      missing: r.missing,
      line: r.line,
      summaryKey: g.summaryKey,
      detailsKey: g.detailsKey ?? undefined,
      behaviour: g.behaviour ?? undefined,
    };
  });

  // An HTTP status whose rows read differently needs a sentence that fits them all.
  const byHttp = new Map();
  for (const r of statuses) {
    for (const a of r.httpStatus) byHttp.set(a.status, [...(byHttp.get(a.status) ?? []), r]);
  }
  const httpShared = [];
  for (const [status, rows] of [...byHttp].sort((a, b) => a[0] - b[0])) {
    const looks = new Set(rows.map((r) => `${r.summaryKey}|${r.detailsKey}|${r.behaviour}`));
    const chosen = keys.http[String(status)];
    if (looks.size > 1 && !chosen) throw new Error(`HTTP ${status} needs a shared sentence`);
    if (looks.size === 1 && chosen) throw new Error(`HTTP ${status} needs no shared sentence`);
    if (chosen) {
      httpShared.push({
        httpStatus: status,
        summaryKey: chosen.summaryKey,
        detailsKey: chosen.detailsKey ?? undefined,
        behaviour: chosen.behaviour ?? undefined,
      });
    }
  }

  const versions = new Set(['1.0', ...seed.legacyVersions, ...statuses.flatMap((r) => r.versions)]);
  const protocolVersions = [...versions].sort((a, b) => Number(a) - Number(b));
  return {
    commands: seed.commands,
    scopes: seed.scopes,
    legacyVersions: seed.legacyVersions,
    protocolVersions,
    behaviours,
    statuses,
    httpShared,
    generic: { summaryKey: keys.generic.summaryKey, detailsKey: keys.generic.detailsKey },
  };
}

/** A value as a TypeScript literal (undefined kept, so that every row has every field). */
function lit(v) {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${lit(x)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** The text as Biome formats it, read from stdin as if it were `src/core/families/eas/<name>.ts`. */
function formatted(text, name) {
  return execFileSync(BIOME, ['format', '--stdin-file-path', `src/core/families/eas/${name}.ts`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
}

function catalogModule(b) {
  const text = `// Generated by scripts/extract-eas.mjs from the [MS-ASCMD] seed and scripts/seed/eas-keys.json;
// edit those, not this file.
/**
 * [MS-ASCMD] Exchange ActiveSync: Command Reference Protocol, section 2.2.2 "Common Status
 * Codes" (seed ../shared/seeds/002_77ef90f2a6a57ec1.txt): the commands and their Status
 * element sections, the scope values, and the Status values common to all commands. Seed
 * texts are verbatim (trimmed); \`line\` is the seed line where a row starts.
 */

/** The seed's table of commands and the sections that list their own Status values. */
export const EAS_COMMANDS = ${lit(b.commands)} as const;

/** The scope values of Status values ("Many of the status values ... have a scope"). */
export const EAS_SCOPES = ${lit(b.scopes)} as const;

/** The protocol versions that answer an HTTP status instead of a common Status value. */
export const EAS_LEGACY_VERSIONS = ${lit(b.legacyVersions)} as const;

/** Every protocol version the seed names (1.0 only in row 138's HTTP condition). */
export const EAS_PROTOCOL_VERSIONS = ${lit(b.protocolVersions)} as const;

/** What the app can do about a status (basis: scripts/seed/eas-keys.json, docs/families/eas.md). */
export const EAS_BEHAVIOURS = ${lit(b.behaviours)} as const;

/**
 * The common Status values in the seed's order, as \`resolve\` reads them (their seed texts are
 * in details.generated.ts, loaded on demand). \`name\`: the element name, or for a row whose
 * element name the seed leaves empty, the name the peers give it (scripts/seed/eas-keys.json). \`httpStatus\`: what 2.5 / 12.0 / 12.1 answer
 * instead, each with the seed's condition and what it means (\`command\`, \`protocolVersion\`,
 * \`policyKeyHeader\`); \`otherwise\`: the status answered when a sibling's condition does not
 * hold.
 */
export const EAS_STATUSES = ${lit(b.statuses.map((r) => pick(r, STATUS_FIELDS)))} as const;

/** The sentence for an HTTP status whose candidate rows read differently. */
export const EAS_HTTP_SHARED = ${lit(b.httpShared)} as const;
`;
  return formatted(text, 'catalog');
}

/**
 * What the family's start needs of the seed: its generic message, and the values of its
 * context fields for generic tools. The rest of the catalog loads on demand with the reader.
 */
function startModule(b) {
  const text = `// Generated by scripts/extract-eas.mjs from the [MS-ASCMD] seed and scripts/seed/eas-keys.json;
// edit those, not this file.
/**
 * What the Exchange ActiveSync family bundles of its catalog (catalog.generated.ts loads on
 * demand with the reader): its generic message, and the values generic tools offer for its
 * context fields (seed ../shared/seeds/002_77ef90f2a6a57ec1.txt).
 */

/** The family's message for an unknown or unreadable status, and before the reader is in. */
export const EAS_GENERIC = ${lit(b.generic)} as const;

/** The protocol versions and the commands the seed names, for the CLI's flags and story controls. */
export const EAS_CONTEXT_VALUES = ${lit({
    protocolVersion: b.protocolVersions,
    command: b.commands.map((c) => c.name),
  })} as const;
`;
  return formatted(text, 'start');
}

function detailsModule(b) {
  const text = `// Generated by scripts/extract-eas.mjs from the [MS-ASCMD] seed and scripts/seed/eas-keys.json;
// edit those, not this file.
/**
 * The seed's own texts of each common Status value ([MS-ASCMD] 2.2.2, seed
 * ../shared/seeds/002_77ef90f2a6a57ec1.txt), for support staff: loaded on demand by
 * \`eas.describe\` and \`loadEasEntries\`, never at start. Verbatim (trimmed); \`line\` is the
 * seed line where a row starts; \`missing\`: the cells the seed leaves empty.
 */

/** The seed texts of the common Status values, in the seed's order. */
export const EAS_STATUS_DETAILS = ${lit(b.statuses.map((r) => omit(r, STATUS_FIELDS, 'status')))} as const;
`;
  return formatted(text, 'details');
}

/** Every generated file (absolute path) and its expected text. */
export function generatedFiles(built = buildEas()) {
  return {
    [CATALOG]: catalogModule(built),
    [START]: startModule(built),
    [DETAILS]: detailsModule(built),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  needSeeds('node scripts/extract-eas.mjs');
  writeOrCheck(generatedFiles(), 'node scripts/extract-eas.mjs');
}
