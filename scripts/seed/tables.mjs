// Reads the tab-indented tables of the [MS-OCER] seed text.
//
// The seed prints a table as one cell per line, each starting with a TAB, and a blank
// line between rows. An empty cell is a bare TAB. A cell that runs over several lines
// (the dialing-format examples) continues on lines that do not start with a TAB.
import { readSeed, SEED_DIR, SEED_FILES, seedPath } from './seeds.mjs';

/** Where the spec material sits: `../shared/seeds` beside the repository or `$UC_ERROR_KIT_SEEDS`. */
export { SEED_DIR };

/** The [MS-OCER] seed file. */
export const MS_OCER = seedPath(SEED_FILES.msOcer);

/** The seed's lines, without line terminators (index 0 is line 1). */
export function readSeedLines(path = MS_OCER) {
  return readSeed(path).split(/\r?\n/);
}

/** Strips `[bookmark: ...]` tags, which the seed puts in front of some cells and headings. */
export function stripBookmarks(text) {
  return text.replace(/\[bookmark: [^\]]*\]/g, '');
}

/** 1-based line number of the first line at or after `from` whose text contains `needle`. */
export function findLine(lines, needle, from = 1) {
  for (let i = from - 1; i < lines.length; i++) {
    if (lines[i].includes(needle)) return i + 1;
  }
  throw new Error(`Seed text not found: ${needle}`);
}

/**
 * Rows of the table(s) between two 1-based lines (end exclusive). Each row is
 * `{ line, cells: [{ text, line }] }`; prose lines between tables end the current row.
 */
export function readRows(lines, start, end) {
  const rows = [];
  let cells = [];
  const flush = () => {
    if (cells.length > 0) rows.push({ line: cells[0].line, cells });
    cells = [];
  };
  for (let n = start; n < end; n++) {
    const raw = lines[n - 1];
    if (raw.startsWith('\t')) {
      cells.push({ text: stripBookmarks(raw.slice(1)), line: n });
    } else if (raw.trim() === '') {
      flush();
    } else if (cells.length > 0 && lines[n - 2]?.trim() !== '') {
      // A cell that runs over several lines: the seed keeps its line breaks.
      cells[cells.length - 1].text += `\n${stripBookmarks(raw)}`;
    } else {
      flush();
    }
  }
  flush();
  return rows;
}

/** The cell as completed by `repairs` (seed line -> { seed, text }), checked against the seed. */
export function repaired(cell, repairs) {
  const repair = repairs[cell.line];
  if (!repair) return cell;
  if (!cell.text.endsWith(repair.seed)) {
    throw new Error(`Repair at seed line ${cell.line} no longer matches the seed`);
  }
  return { ...cell, text: cell.text.slice(0, -repair.seed.length) + repair.text, repaired: true };
}

/** The bare numbers of a one-column ID list between two 1-based lines (end exclusive). */
export function readIdList(lines, start, end) {
  const ids = [];
  for (let n = start; n < end; n++) {
    const text = stripBookmarks(lines[n - 1]).trim();
    if (/^\d+$/.test(text)) ids.push({ code: Number(text), line: n });
  }
  return ids;
}

/**
 * The four display tables of Appendix D or E (ms-diagnostics, SIP, SIP warning, Windows),
 * each opened by its heading, the last one ending at `end`. A row is
 * `{ line, category, mode, code, summary, details?, reason? }`, its cells completed by
 * `repairs`; `mode` is the seed's cell, `summary` and `details` the cells with their lines.
 */
export function readDisplayTables(lines, start, end, repairs) {
  const tables = [
    { category: 'ms-diagnostics', heading: ']MS-Diagnostic Errors' },
    { category: 'sip', heading: ']SIP Errors' },
    { category: 'sip-warning', heading: ']SIP Warning Errors' },
    { category: 'windows', heading: ']Windows Errors' },
  ];
  const rows = [];
  tables.forEach((table, i) => {
    const from = findLine(lines, table.heading, start);
    const to = i + 1 < tables.length ? findLine(lines, tables[i + 1].heading, from) : end;
    // The first row of each table is its header row.
    for (const row of readRows(lines, from + 1, to).slice(1)) {
      const [mode, code, summary, details, reason] = row.cells.map((c) => repaired(c, repairs));
      rows.push({
        line: row.line,
        category: table.category,
        mode,
        code: Number(code.text),
        summary,
        details: details && details.text !== '' ? details : undefined,
        reason: reason && reason.text !== '' ? reason.text : undefined,
      });
    }
  });
  return rows;
}
