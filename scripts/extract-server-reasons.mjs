// Extracts the server ErrorId tables of [MS-OCER] Appendix B (Lync Server 2010 and later)
// and Appendix C (Office Communications Server 2007 and 2007 R2) from the seed text and
// writes them to src/core/families/ms-ocer/server-reasons/data/{lync2010,ocs2007}.json.
//
//   node scripts/extract-server-reasons.mjs [path/to/seed.txt]
//   node scripts/extract-server-reasons.mjs --check   exits 1 when a committed file differs
//
// Its own row reader on purpose (only the seed's location comes from scripts/seed/): the
// drift test re-runs it, and the row reader here has to cope with quirks of these two appendices that a general
// reader would fold into the wrong cell (see readTables).
//
// Each table has four columns: ErrorId, Header (which diagnostics header carries the id),
// "SIP Request, Response" (which kind of SIP message carries it) and Reason string. The
// JSON is shaped for a small gzip: a component states the header and SIP message most of
// its rows share, and a row repeats them only where it differs:
//
//   { "source": "[MS-OCER] Appendix B",
//     "components": [{ "name": "SipStack", "range": [1000, 1999],
//                      "header": "ms-diagnostics", "sipMessage": "response",
//                      "rows": [[1001, "reason"], [1002, "reason", "ms-diagnostics-public"],
//                               [1003, "reason", 0, "request"]] }] }
//
// A row's third element is its header when it differs from the component's (0 when only
// the SIP message differs); the fourth is its SIP message when that differs. Rows keep the
// seed's order, duplicated ErrorIds included (Appendix C lists five twice).
//
// What the extraction changes, all of it reported when run: `[bookmark: ...]` tags go
// everywhere; a footnote marker such as `<7>` goes from the end of 83 Appendix C reasons;
// the space around 2 Appendix C reason cells goes; header kinds are lower-cased (Appendix
// C writes "Ms-diagnostics" 90 times); one Appendix B row cut in two by a blank line
// (10040) is joined. Reason text is otherwise byte for byte the seed's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needSeeds, readSeed, SEED_FILES, seedPath } from './seed/seeds.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The [MS-OCER] seed, in `../shared/seeds` beside the repository root or `$UC_ERROR_KIT_SEEDS`. */
export const DEFAULT_SEED = seedPath(SEED_FILES.msOcer);

/** Where the generated tables go, by release. */
export const OUTPUT_FILES = {
  lync2010: resolve(repoRoot, 'src/core/families/ms-ocer/server-reasons/data/lync2010.json'),
  ocs2007: resolve(repoRoot, 'src/core/families/ms-ocer/server-reasons/data/ocs2007.json'),
};

/**
 * Appendix B headings the seed lost: 18 of its 26 tables follow the previous table with
 * no heading line, only the sentence that introduces them. The _Toc bookmarks of the
 * headings that survive leave exactly these gaps: 14 between Presence (_Toc79582331) and
 * Group chat server (_Toc79582346), 4 between that and Conference auto attendant
 * (_Toc79582351). Each is named from that sentence, spelled like the Appendix C
 * heading for the same range where there is one, with "Lync" for "OCS". Keyed by the first
 * id of the range; `subject` must match the intro sentence ("lists the <subject>
 * ErrorIds"), so a changed seed fails loudly instead of naming the wrong table.
 */
export const MISSING_HEADINGS = [
  // seed line 2124; Appendix C: "Conferencing"
  { from: 3000, subject: 'conferencing', name: 'Conferencing' },
  // seed line 3184; Appendix C: "OCS front-end server"
  { from: 4000, subject: 'Lync front-end server', name: 'Lync front-end server' },
  // seed line 4584; Appendix C: "OCS server API and applications"
  {
    from: 5000,
    subject: 'Lync server API and applications',
    name: 'Lync server API and applications',
  },
  // seed line 4739; Appendix C: "IM conferencing"
  { from: 6000, subject: 'IM conferencing', name: 'IM conferencing' },
  // seed line 4914; Appendix C: "Audio video conferencing"
  { from: 7000, subject: 'audio video conferencing', name: 'Audio video conferencing' },
  // seed line 5174; Appendix C: "Audio video edge authentication"
  {
    from: 9000,
    subject: 'audio video edge authentication',
    name: 'Audio video edge authentication',
  },
  // seed line 5259; Appendix C: "OCS mediation server"
  { from: 10000, subject: 'Lync mediation server', name: 'Lync mediation server' },
  // seed line 5775 ("Voice over IP (VoIP) outbound routing"); Appendix C: "VoIP outbound routing"
  {
    from: 12000,
    subject: 'Voice over IP (VoIP) outbound routing',
    name: 'VoIP outbound routing',
  },
  // seed line 5945; Appendix C: "VoIP inbound routing"
  { from: 13000, subject: 'VoIP inbound routing', name: 'VoIP inbound routing' },
  // seed line 6085; Appendix C: "VoIP translation service"
  { from: 14000, subject: 'VoIP translation service', name: 'VoIP translation service' },
  // seed line 6170; Appendix C: "VoIP Exchange UM service"
  { from: 15000, subject: 'VoIP Exchange UM service', name: 'VoIP Exchange UM service' },
  // seed line 6365; Appendix C: "Intelligent IM filter"
  { from: 16000, subject: 'intelligent IM filter', name: 'Intelligent IM filter' },
  // seed line 6395; Appendix C: "Protocol client version filter"
  {
    from: 17000,
    subject: 'protocol client version filter',
    name: 'Protocol client version filter',
  },
  // seed line 6440; Appendix C: "User PIN service"
  { from: 18000, subject: 'user PIN service', name: 'User PIN service' },
  // seed line 6659 ("Application Sharing Multipoint Control Unit (ASMCU)"); Appendix C:
  // "Application sharing MCU"
  {
    from: 21000,
    subject: 'Application Sharing Multipoint Control Unit (ASMCU)',
    name: 'Application sharing MCU',
  },
  // seed line 6799; Appendix C: "Unified communications managed API"
  {
    from: 24000,
    subject: 'unified communications managed API',
    name: 'Unified communications managed API',
  },
  // seed line 7469; no Appendix C table (new in Lync Server 2010)
  { from: 25000, subject: 'Inter cluster routing', name: 'Inter cluster routing' },
  // seed line 7589; no Appendix C table (new in Lync Server 2010)
  { from: 28000, subject: 'Web auth', name: 'Web auth' },
];

/**
 * The "MS-Diagnostic Public Errors" tables state no range ("lists the ms-diagnostics header
 * (section 2.2.1.1) ErrorIds"); their ids sit below the first numbered range, SipStack's
 * 1000 – 1999, so the range given here is 0 – 999.
 */
const PUBLIC_ERRORS_RANGE = [0, 999];

// Appendix B prints every header as "ms-diagnostics" or "ms-diagnostics-public". Appendix
// C also has "Ms-diagnostics" (90 rows, a capital only) and "ms-diagnostics/
// ms-diagnostics-public" (37 rows, one with a trailing space): the id is sent in either
// header, written "both" here.
const HEADER_KINDS = new Map([
  ['ms-diagnostics', 'ms-diagnostics'],
  ['ms-diagnostics-public', 'ms-diagnostics-public'],
  ['ms-diagnostics/ms-diagnostics-public', 'both'],
]);

const SIP_MESSAGES = new Map([
  ['Request', 'request'],
  ['Response', 'response'],
]);

const INTRO = /^The following table lists the (.+?) ErrorIds(?:, numbered (\d+) – (\d+))?[ ,]/;

// The one note between a heading and its table (Appendix C, audio video conferencing):
// it points at a footnote about product behaviour and carries no row data.
const TABLE_NOTE = /^This table follows the product behavior described in this footnote <\d+>\.$/;

/** Removes `[bookmark: ...]` tags, which the seed puts before headings and some cells. */
function stripBookmarks(text) {
  return text.replace(/\[bookmark: [^\]]*\]/g, '');
}

/**
 * Removes a footnote reference such as `<7>` from the end of a reason. Appendix C marks 83
 * reasons this way; the footnotes say which product versions send the id, which this
 * table does not keep.
 */
function stripFootnote(text) {
  return text.replace(/<\d+>$/, '');
}

/** 1-based line of the first line that, without bookmarks, starts with `prefix`. */
function findHeading(lines, prefix) {
  const index = lines.findIndex((line) => stripBookmarks(line).startsWith(prefix));
  if (index < 0) throw new Error(`Seed heading not found: ${prefix}`);
  return index + 1;
}

/**
 * Reads the components of one appendix, lines `start` (the appendix heading) to `end`
 * (exclusive). Returns `{ components, repairs }`; a component has its intro `subject`,
 * its `heading` (undefined where the seed lost it), its `range` (undefined where the
 * intro states none) and its rows as `{ line, reasonLine, cells }`.
 *
 * Quirks handled, all checked rather than assumed:
 * - an intro sentence may follow the last row of the previous table with no blank line
 *   and no heading (Appendix B, 18 times), so an intro always closes the open row;
 * - the header cell "SIP Request, Response" of Appendix C wraps onto a line without a TAB;
 * - an ErrorId cell may be cut from the rest of its row by a blank line (10040, Appendix
 *   B); the pieces are joined and the join is reported as a repair.
 */
function readTables(lines, start, end) {
  const components = [];
  const repairs = [];
  let component;
  let cells = [];
  let pendingId;

  const closeRow = () => {
    if (cells.length === 0) return;
    const row = cells;
    cells = [];
    if (pendingId) {
      row.unshift(pendingId);
      repairs.push({
        line: pendingId.line,
        what: `ErrorId ${pendingId.text} is cut from the rest of its row by a blank line; joined`,
      });
      pendingId = undefined;
    }
    if (row.length === 1 && /^\d+$/.test(row[0].text)) {
      pendingId = row[0];
      return;
    }
    if (!component) throw new Error(`Seed line ${row[0].line}: table row before any intro`);
    if (row.length !== 4) {
      throw new Error(`Seed line ${row[0].line}: expected 4 cells, found ${row.length}`);
    }
    const texts = row.map((cell) => cell.text.replace(/\s+/g, ' ').trim());
    if (texts[0] === 'ErrorId') {
      const [, header, message, reason] = texts;
      if (
        header !== 'Header' ||
        message !== 'SIP Request, Response' ||
        !/^Reason( string)?$/i.test(reason)
      ) {
        throw new Error(`Seed line ${row[0].line}: unexpected columns ${texts.join(' | ')}`);
      }
      return;
    }
    if (texts.every((text) => text === '')) return; // the spacer rows under each column row
    component.rows.push({
      line: row[0].line,
      reasonLine: row[3].line,
      cells: row.map((cell) => cell.text),
    });
  };

  // The line after the appendix heading says which products the tables cover.
  if (!lines[start].startsWith('The tables in this section list the ErrorIDs')) {
    throw new Error(`Seed line ${start + 1}: expected the appendix introduction`);
  }
  for (let n = start + 2; n < end; n++) {
    const raw = lines[n - 1];
    const text = stripBookmarks(raw);
    if (raw.startsWith('\t')) {
      cells.push({ text: text.slice(1), line: n });
      continue;
    }
    if (text.trim() === '') {
      closeRow();
      continue;
    }
    const intro = INTRO.exec(text.trim());
    if (intro) {
      closeRow();
      const previous = stripBookmarks(lines[n - 2]).trim();
      const hasHeading = previous !== '' && !lines[n - 2].startsWith('\t') && !INTRO.test(previous);
      component = {
        line: n,
        intro: text.trim(),
        subject: intro[1],
        heading: hasHeading ? previous : undefined,
        range: intro[2] ? [Number(intro[2]), Number(intro[3])] : undefined,
        rows: [],
      };
      components.push(component);
      continue;
    }
    if (cells.length > 0) {
      // A cell that wraps: only the column row of Appendix C does ("SIP Request,\nResponse").
      cells[cells.length - 1].text += `\n${text}`;
      continue;
    }
    if (TABLE_NOTE.test(text.trim())) continue;
    // Otherwise the line must be a heading, which the next line's intro will pick up.
    if (!INTRO.test(stripBookmarks(lines[n] ?? '').trim())) {
      throw new Error(`Seed line ${n}: unexpected text ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
  closeRow();
  if (pendingId) throw new Error(`Seed line ${pendingId.line}: ErrorId with no row`);
  return { components, repairs };
}

/** The most common value of `values` (the first listed on a tie, so the output is stable). */
function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best;
  for (const [value, count] of counts) {
    if (best === undefined || count > counts.get(best)) best = value;
  }
  return best;
}

/** Builds one release's JSON document from the components `readTables` found. */
function toDocument(source, components, { missingHeadings, cleanups }) {
  const missing = new Map(missingHeadings.map((entry) => [entry.from, entry]));
  const used = new Set();
  const out = [];
  for (const component of components) {
    let name = component.heading;
    const range = component.range ?? PUBLIC_ERRORS_RANGE;
    if (name === undefined) {
      const entry = missing.get(range[0]);
      if (!entry || entry.subject !== component.subject) {
        throw new Error(
          `Seed line ${component.line}: table "${component.subject}" has no heading and no name in MISSING_HEADINGS`,
        );
      }
      name = entry.name;
      used.add(range[0]);
    }
    const rows = component.rows.map(({ line, reasonLine, cells }) => {
      const [idText, headerText, messageText, reasonText] = cells;
      if (!/^\d+$/.test(idText)) throw new Error(`Seed line ${line}: ErrorId ${idText}`);
      const id = Number(idText);
      if (id < range[0] || id > range[1]) {
        throw new Error(`Seed line ${line}: ErrorId ${id} outside ${name} ${range.join('–')}`);
      }
      const header = HEADER_KINDS.get(headerText.trim().toLowerCase());
      const message = SIP_MESSAGES.get(messageText.trim());
      if (!header) throw new Error(`Seed line ${line}: header ${JSON.stringify(headerText)}`);
      if (!message) {
        throw new Error(`Seed line ${line}: SIP message ${JSON.stringify(messageText)}`);
      }
      // Reasons are kept as printed; only the bookmark tags (removed while reading), a
      // trailing footnote marker and the space around the cell go, each one recorded.
      const unfooted = stripFootnote(reasonText.trim());
      const reason = unfooted.trim();
      if (unfooted !== reasonText.trim()) {
        cleanups.push({
          line: reasonLine,
          what: `footnote ${reasonText.trim().slice(unfooted.length)}`,
        });
      }
      if (reasonText !== reasonText.trim() || unfooted !== reason) {
        cleanups.push({ line: reasonLine, what: `space around ${JSON.stringify(reasonText)}` });
      }
      if (reason === '') throw new Error(`Seed line ${line}: empty reason`);
      return { id, reason, header, sipMessage: message };
    });
    const header = mostCommon(rows.map((row) => row.header));
    const sipMessage = mostCommon(rows.map((row) => row.sipMessage));
    out.push({
      name,
      range,
      header,
      sipMessage,
      rows: rows.map((row) => {
        const packed = [row.id, row.reason];
        if (row.sipMessage !== sipMessage) {
          packed.push(row.header === header ? 0 : row.header, row.sipMessage);
        } else if (row.header !== header) {
          packed.push(row.header);
        }
        return packed;
      }),
    });
  }
  for (const entry of missingHeadings) {
    if (!used.has(entry.from)) throw new Error(`MISSING_HEADINGS entry ${entry.from} not used`);
  }
  return { source, components: out };
}

/**
 * Extracts both appendices from the seed's text. Returns `{ lync2010, ocs2007, repairs,
 * cleanups }`: the two JSON documents as written to disk, the seed repairs made on the way
 * and what was stripped from reason cells besides bookmark tags (footnote markers, space
 * around the text), each `{ appendix, line, what }`. Duplicated ErrorIds are kept as
 * separate rows in seed order.
 */
export function extractServerReasons(seedText) {
  const lines = seedText.split(/\r?\n/);
  const b = findHeading(lines, 'Appendix B: Diagnostics Header Error Identifiers');
  const c = findHeading(lines, 'Appendix C: Diagnostics Header Error Identifiers');
  const d = findHeading(lines, 'Appendix D:');
  const tablesB = readTables(lines, b, c);
  const tablesC = readTables(lines, c, d);
  const cleanupsB = [];
  const cleanupsC = [];
  return {
    lync2010: toDocument('[MS-OCER] Appendix B', tablesB.components, {
      missingHeadings: MISSING_HEADINGS,
      cleanups: cleanupsB,
    }),
    ocs2007: toDocument('[MS-OCER] Appendix C', tablesC.components, {
      missingHeadings: [],
      cleanups: cleanupsC,
    }),
    repairs: [
      ...tablesB.repairs.map((repair) => ({ appendix: 'B', ...repair })),
      ...tablesC.repairs.map((repair) => ({ appendix: 'C', ...repair })),
    ],
    cleanups: [
      ...cleanupsB.map((cleanup) => ({ appendix: 'B', ...cleanup })),
      ...cleanupsC.map((cleanup) => ({ appendix: 'C', ...cleanup })),
    ],
  };
}

const LINE_WIDTH = 100; // biome.json "lineWidth", so the written files pass `biome check`

/** An array of primitives and arrays on one line, as Biome spaces it; undefined if it holds an object. */
function flatArray(value) {
  const items = [];
  for (const item of value) {
    if (Array.isArray(item)) {
      const flat = flatArray(item);
      if (flat === undefined) return undefined;
      items.push(flat);
    } else if (typeof item === 'object' && item !== null) {
      return undefined;
    } else {
      items.push(JSON.stringify(item));
    }
  }
  return `[${items.join(', ')}]`;
}

/**
 * Formats a value as Biome formats JSON: objects one member per line, an array on one line
 * when it fits in the line width (with what follows it on that line), else one element per
 * line. Writing that shape here keeps the script's output and `biome check` in agreement.
 */
function formatJson(value, indent = '', prefix = '', suffix = '') {
  if (Array.isArray(value)) {
    const flat = flatArray(value);
    if (
      flat !== undefined &&
      indent.length + prefix.length + flat.length + suffix.length <= LINE_WIDTH
    ) {
      return flat;
    }
    const inner = `${indent}  `;
    const items = value.map(
      (item, i) => `${inner}${formatJson(item, inner, '', i < value.length - 1 ? ',' : '')}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = `${indent}  `;
    const entries = Object.entries(value);
    const members = entries.map(([key, item], i) => {
      const head = `${JSON.stringify(key)}: `;
      return `${inner}${head}${formatJson(item, inner, head, i < entries.length - 1 ? ',' : '')}`;
    });
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The JSON text written for one document, formatted as `biome format` would leave it. */
export function serialize(document) {
  return `${formatJson(document)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!given) needSeeds('node scripts/extract-server-reasons.mjs');
  const result = extractServerReasons(readSeed(given ? resolve(given) : DEFAULT_SEED));
  if (process.argv.includes('--check')) {
    const stale = ['lync2010', 'ocs2007'].filter((release) => {
      let old = '';
      try {
        old = readFileSync(OUTPUT_FILES[release], 'utf8');
      } catch {}
      return old !== serialize(result[release]);
    });
    for (const release of stale) {
      console.error(
        `${OUTPUT_FILES[release].slice(repoRoot.length + 1)} is out of date: run node scripts/extract-server-reasons.mjs`,
      );
    }
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const release of ['lync2010', 'ocs2007']) {
    const document = result[release];
    mkdirSync(dirname(OUTPUT_FILES[release]), { recursive: true });
    writeFileSync(OUTPUT_FILES[release], serialize(document));
    const rows = document.components.reduce((sum, component) => sum + component.rows.length, 0);
    console.log(`${document.source}: ${rows} rows in ${document.components.length} components`);
  }
  for (const repair of result.repairs) {
    console.log(`repair, Appendix ${repair.appendix} seed line ${repair.line}: ${repair.what}`);
  }
  const footnotes = result.cleanups.filter((cleanup) => cleanup.what.startsWith('footnote'));
  console.log(`stripped ${footnotes.length} footnote markers from reasons`);
  for (const cleanup of result.cleanups) {
    if (cleanup.what.startsWith('space')) {
      console.log(
        `trimmed, Appendix ${cleanup.appendix} seed line ${cleanup.line}: ${cleanup.what}`,
      );
    }
  }
}
