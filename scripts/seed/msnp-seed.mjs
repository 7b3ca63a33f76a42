// Reads the two MSNP seed files: 000 (codes, HRESULTs, draft names, descriptions, then the
// related authentication HRESULTs) and 001 (a name, a known cause and protocol traces per code).
//
// Both are plain text. 000 prints one row per line, its cells separated by single spaces
// (the cells never contain a space except the description, which is last, and two cells
// noted in the decisions below). 001 prints a bare code on its own line, then a line that
// starts with the code's name and goes on with its cause, then prose and trace lines
// (`>>> ...` sent, `<<< ...` received) until the next code or hundreds heading (`300s`).
import { readSeed, SEED_DIR, SEED_FILES, seedPath } from './seeds.mjs';

/** Where the spec material sits: `../shared/seeds` beside the repository or `$UC_ERROR_KIT_SEEDS`. */
export { SEED_DIR };
/** The code / HRESULT table. */
export const SEED_000 = seedPath(SEED_FILES.msnpErrors);
/** The name / cause / traces list. */
export const SEED_001 = seedPath(SEED_FILES.msnpNames);

/** The file's lines without terminators (index 0 is line 1). */
export function readLines(path) {
  return readSeed(path).split(/\r?\n/);
}

/** The header line of the code table and of the related HRESULT table in 000. */
const HEADER_CODES = 'MSNP ERROR CODE related HRESULT value';
const HEADER_RELATED = "related HRESULT value related HRESULT's name";

/** `N/A` and `?` are the seed's words for an empty cell. */
const cell = (text) => (text === 'N/A' || text === '?' ? undefined : text);

function lineOf(lines, prefix, from = 0) {
  const i = lines.findIndex((l, n) => n >= from && l.startsWith(prefix));
  if (i < 0) throw new Error(`MSNP seed 000: header not found: ${prefix}`);
  return i;
}

/**
 * The 84 code rows and the 17 related HRESULT rows of seed 000. A row keeps its trimmed
 * line verbatim (`row`) besides the cells read from it.
 */
export function read000(lines = readLines(SEED_000)) {
  const codesHeader = lineOf(lines, HEADER_CODES);
  const relatedHeader = lineOf(lines, HEADER_RELATED, codesHeader + 1);
  const codes = [];
  for (let i = codesHeader + 1; i < relatedHeader; i++) {
    const row = lines[i].trim();
    if (row === '') continue;
    const tokens = row.split(' ');
    if (!/^\d{3}$/.test(tokens[0])) throw new Error(`MSNP seed 000 line ${i + 1}: no code`);
    let at = 0;
    const take = () => tokens[at++];
    const code = Number(take());
    const hresult = take();
    let hresultName = take();
    // Line 52 (503) names two HRESULTs in one cell: `MSGR_E_FAIL / E_FAIL`.
    if (tokens[at] === '/') hresultName = `${hresultName} ${take()} ${take()}`;
    const draftName = take();
    const description = tokens.slice(at).join(' ');
    if (!/^(0x[0-9a-f]{8}|N\/A)$/.test(hresult) || !/^(ERR_[A-Z_]+|N\/A)$/.test(draftName)) {
      throw new Error(`MSNP seed 000 line ${i + 1}: cells not as expected: ${row}`);
    }
    codes.push({
      line: i + 1,
      row,
      code,
      hresult: cell(hresult),
      hresultName: cell(hresultName),
      draftName: cell(draftName),
      description: cell(description),
    });
  }
  const related = [];
  for (let i = relatedHeader + 1; i < lines.length; i++) {
    const row = lines[i].trim();
    if (row === '') continue;
    const tokens = row.split(' ');
    const hresult = tokens[0];
    let at = 1;
    // Lines 112-114 put `System Error` before the Win32 name: a group, not part of the name.
    let group;
    if (tokens[1] === 'System' && tokens[2] === 'Error') {
      group = 'System Error';
      at = 3;
    }
    const hresultName = tokens[at];
    const description = tokens.slice(at + 1).join(' ');
    if (!/^0x[0-9a-f]{8}$/.test(hresult) || !/^[A-Z][A-Z0-9_]+$/.test(hresultName)) {
      throw new Error(`MSNP seed 000 line ${i + 1}: cells not as expected: ${row}`);
    }
    related.push({ line: i + 1, row, hresult, group, hresultName, description });
  }
  return { codes, related, codesHeaderLine: codesHeader + 1, relatedHeaderLine: relatedHeader + 1 };
}

/** A trace line: what the client sent (`>>>`) or received (`<<<`). */
const isTrace = (text) => text.startsWith('>>>') || text.startsWith('<<<');

/**
 * The 71 code blocks of seed 001. `names` (code -> name) says where each block's first line
 * splits into the name and the cause: the seed prints them with only a space between, so
 * the split is a human's choice, committed in msnp-keys.mjs and checked here.
 */
export function read001(names, lines = readLines(SEED_001)) {
  const start = lines.findIndex((l) => l.trim() === '200s');
  if (start < 0) throw new Error('MSNP seed 001: the 200s heading is missing');
  const blocks = [];
  let block;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '' || /^\d00s$/.test(text)) continue;
    if (/^\d{3}$/.test(text)) {
      block = { line: i + 1, code: Number(text), first: undefined, prose: [], traces: [] };
      blocks.push(block);
      continue;
    }
    if (block === undefined) throw new Error(`MSNP seed 001 line ${i + 1}: text before a code`);
    if (block.first === undefined) {
      block.first = { line: i + 1, text };
    } else if (isTrace(text)) {
      block.traces.push({ line: i + 1, text });
    } else {
      block.prose.push({ line: i + 1, text });
    }
  }
  return blocks.map((b) => {
    if (b.first === undefined) throw new Error(`MSNP seed 001 line ${b.line}: no name line`);
    const name = names[b.code];
    if (name === undefined) throw new Error(`MSNP seed 001 line ${b.line}: no name chosen`);
    if (!b.first.text.startsWith(`${name} `)) {
      throw new Error(`MSNP seed 001 line ${b.first.line}: does not start with "${name} "`);
    }
    const cause = [b.first.text.slice(name.length + 1), ...b.prose.map((p) => p.text)];
    return {
      line: b.line,
      code: b.code,
      name,
      cause: cause.join('\n'),
      causeLines: [b.first.line, ...b.prose.map((p) => p.line)],
      traces: b.traces,
    };
  });
}

/** The commands the traces show the client sending (`>>> CAL 2 ...`), first seen first. */
export function commandsOf(blocks) {
  const seen = [];
  for (const b of blocks) {
    for (const t of b.traces) {
      for (const part of t.text.split('>>> ').slice(1)) {
        const command = part.slice(0, 3);
        if (/^[A-Z]{3}$/.test(command) && !seen.includes(command)) seen.push(command);
      }
    }
  }
  return seen;
}
