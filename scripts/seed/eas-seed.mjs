// Reads the [MS-ASCMD] 2.2.2 "Common Status Codes" seed (002_77ef90f2a6a57ec1.txt).
//
// The seed prints each table cell on its own line ending in ` |`, a header row, a `---|` rule,
// and no blank line between rows. Where a cell is empty the seed prints a bare `|` line AFTER
// the row's last cell (rows 113, 137, 147, 168-171, 173), so a missing cell is told by what
// the other cells are, not by its position. The last row (184) ends the file with no
// "Supported by" cell.
import { resolve } from 'node:path';
import { findLine, readSeedLines, SEED_DIR } from './tables.mjs';

/** The [MS-ASCMD] common status codes seed. */
export const MS_ASCMD = resolve(SEED_DIR, '002_77ef90f2a6a57ec1.txt');

/** The seed's lines (index 0 is line 1). */
export function readEasLines(path = MS_ASCMD) {
  return readSeedLines(path);
}

/** A cell's text: the line without its trailing `|`, trimmed (the seed's words otherwise kept). */
function cellText(raw) {
  const t = raw.trimEnd();
  return (t.endsWith('|') ? t.slice(0, -1) : t).trim();
}

/**
 * How the seed words a condition on one HTTP status, and what it means for the resolver.
 * An unknown wording stops the generator: a person must decide what it means.
 */
const CONDITIONS = new Map([
  ['for the SendMail command', { command: 'SendMail' }],
  ['for the Provision command', { command: 'Provision' }],
  // Seed line 214 (row 138): a version outside "2.5, 12.0, or 12.1" that the same sentence opens
  // with; the kit keeps it as the seed says (505 only when the context says 1.0 or says nothing).
  ['for version 1.0 devices', { protocolVersion: '1.0' }],
  // Seed line 222 (row 140): the request carried no policy key header.
  ['for no policy key header', { policyKeyHeader: false }],
]);

/**
 * The HTTP statuses of a "When protocol version 2.5, 12.0, or 12.1 is used, ..." sentence:
 * `[{ status, condition?, command?, protocolVersion?, policyKeyHeader?, otherwise? }]`. An
 * unconditioned status beside a conditioned one is the `otherwise` case ("an HTTP 400
 * response, or an HTTP 500 response for the SendMail command": 400 for every other command).
 */
export function readHttpAlternatives(sentence, line) {
  const out = [];
  const re = /an HTTP (\d{3}) response(?: (for [^,]+?))?(?=,| or | is returned)/g;
  for (const m of sentence.matchAll(re)) {
    const alt = { status: Number(m[1]) };
    if (m[2] !== undefined) {
      const when = CONDITIONS.get(m[2]);
      if (!when) throw new Error(`Seed line ${line}: unknown HTTP condition "${m[2]}"`);
      Object.assign(alt, { condition: m[2] }, when);
    }
    out.push(alt);
  }
  if (out.length === 0) throw new Error(`Seed line ${line}: no HTTP status in "${sentence}"`);
  if (out.some((a) => a.condition !== undefined)) {
    for (const a of out) if (a.condition === undefined) a.otherwise = true;
  }
  return out;
}

/** The two-column tables: `[{ first, second, line }]` from the line after the `---|` rule. */
function readPairs(lines, from, to) {
  const rule = findLine(lines, '---|---|', from);
  const cells = [];
  for (let n = rule + 1; n < to; n++) cells.push({ text: cellText(lines[n - 1]), line: n });
  if (cells.length % 2 !== 0) throw new Error(`Odd number of cells in the table at line ${rule}`);
  const pairs = [];
  for (let i = 0; i < cells.length; i += 2) {
    pairs.push({ first: cells[i].text, second: cells[i + 1].text, line: cells[i].line });
  }
  return pairs;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const VERSIONS_PREFIX = 'Supported by: ';

/** Reads the commands table, the scope table, the legacy versions and the 78 status rows. */
export function readEasSeed(lines = readEasLines()) {
  const scopeIntro = findLine(lines, 'Many of the status values');
  const commonIntro = findLine(lines, 'In addition to the status values');
  const commands = readPairs(lines, 1, scopeIntro).map((p) => {
    const m = /^([A-Za-z]+) \(section ([\d.]+)\)$/.exec(p.first);
    if (!m) throw new Error(`Seed line ${p.line}: command cell "${p.first}"`);
    return { name: m[1], section: m[2], statusSection: p.second, line: p.line };
  });
  const scopes = readPairs(lines, scopeIntro, commonIntro).map((p) => ({
    value: p.first,
    meaning: p.second,
    line: p.line,
  }));

  const legacyPhrase = /When protocol version ([^a-z]+?),? or ([\d.]+) is used/.exec(
    lines[commonIntro - 1],
  );
  if (!legacyPhrase) throw new Error(`Seed line ${commonIntro}: no legacy protocol versions`);
  const legacyVersions = [...legacyPhrase[1].split(/, ?/), legacyPhrase[2]];

  const rule = findLine(lines, '---|---|---|---|', commonIntro);
  const groups = [];
  for (let n = rule + 1; n <= lines.length; n++) {
    const text = cellText(lines[n - 1] ?? '');
    if (/^\d{3}$/.test(text)) groups.push({ status: Number(text), line: n, cells: [] });
    else if (lines[n - 1] !== undefined && lines[n - 1].trim() !== '') {
      groups.at(-1)?.cells.push({ text, line: n });
    }
  }

  const statuses = groups.map((g) => {
    const versionsCell = g.cells.find((c) => c.text.startsWith(VERSIONS_PREFIX));
    const empty = g.cells.filter((c) => c.text === '');
    const words = g.cells.filter((c) => c !== versionsCell && c.text !== '');
    let elementName;
    let meaning;
    if (words.length === 2) [elementName, meaning] = words;
    else if (words.length === 1) {
      // One cell for two columns: a bare identifier is the element name, a sentence the meaning.
      if (IDENTIFIER.test(words[0].text)) elementName = words[0];
      else meaning = words[0];
    } else
      throw new Error(`Seed line ${g.line}: status ${g.status} has ${words.length} text cells`);

    let versions = [];
    let versionsText;
    let httpText;
    let httpStatus = [];
    if (versionsCell) {
      const rest = versionsCell.text.slice(VERSIONS_PREFIX.length);
      const at = rest.indexOf(' When ');
      versionsText = versionsCell.text;
      versions = (at < 0 ? rest : rest.slice(0, at)).split(', ');
      if (at >= 0) {
        httpText = rest.slice(at + 1);
        httpStatus = readHttpAlternatives(httpText, versionsCell.line);
      }
    }
    const missing = [];
    if (!elementName) missing.push('elementName');
    if (!meaning) missing.push('meaning');
    if (!versionsCell) missing.push('versions');
    return {
      status: g.status,
      elementName: elementName?.text,
      meaning: meaning?.text,
      versions,
      versionsText,
      httpText,
      httpStatus,
      missing,
      line: g.line,
      emptyCellLines: empty.map((c) => c.line),
    };
  });
  return { commands, scopes, legacyVersions, statuses };
}
