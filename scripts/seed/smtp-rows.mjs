// Reads the four provider tables of the SMTP seed (004_b903799864dc8d9e.txt) and splits each
// row into its cells.
//
// The seed prints one row per line with its cells separated only by single spaces, so a cell
// boundary cannot be seen in the text. Each row is split by the provider's column rule below
// (where the next cell starts: a sentence the provider writes as an instruction, a glossary
// term before a colon), and every row the rule splits wrongly is written out by hand in
// `smtp-splits.mjs` with ` | ` between its cells. Either way the cells joined with single
// spaces give the row back, character for character: the generator checks it for every row.
import { readSeed, SEED_FILES, seedPath } from './seeds.mjs';
import { SPLITS } from './smtp-splits.mjs';

/** The SMTP seed: "SMTP Error Code Tables" for Mailgun, Gmail / Google Workspace, Outlook, SendGrid. */
export const SMTP_SEED = seedPath(SEED_FILES.smtp);

/** The seed's file name, cited in generated headers. */
export const SMTP_SEED_NAME = '004_b903799864dc8d9e.txt';

/** The providers, in the seed's order, and the heading line that opens each table. */
export const PROVIDERS = [
  { id: 'mailgun', heading: 'Error Codes for Mailgun SMTP', title: 'Mailgun' },
  {
    id: 'gmail',
    heading: 'Error Codes for Gmail / Google Workspace:',
    title: 'Gmail / Google Workspace',
  },
  { id: 'outlook', heading: 'Error Codes for Outlook:', title: 'Outlook' },
  { id: 'sendgrid', heading: 'Error Codes for Sendgrid', title: 'SendGrid' },
];

/** Outlook's "Error Category" cells, longest first (the first cell of every Outlook row). */
export const OUTLOOK_CATEGORIES = [
  'Enhanced Mail System Status Codes',
  'SMTP_551_USER_NOT_LOCAL',
  'SMTP_REJECTED_SENDER',
  'General Errors',
  'Winsock Errors',
  'SMTP Errors',
  'POP3 Errors',
  'IMAP Errors',
  'NNTP Errors',
  'RAS Errors',
  'Other Errors',
  '-',
];

/** The web page's footer line after the SendGrid table, which is no table row. */
const FOOTER = 'Still need help?';

/** The seed's lines, without terminators (index 0 is line 1). */
export function readSmtpSeed(path = SMTP_SEED) {
  return readSeed(path).split(/\r?\n/);
}

/**
 * The table rows of each provider: `{ provider, line, text }`, text trimmed. A row is a
 * non-empty line between a table's column header and the next heading. Outlook prints one
 * category cell broken over three lines (`SMTP_551_` / `USER_NOT_` / `LOCAL`, seed lines
 * 203-207, blank lines between): a line with no space in it is such a fragment, and is joined
 * without a space to the fragments and the row that follow it (the row keeps the first line).
 */
export function readRawRows(lines = readSmtpSeed()) {
  const starts = PROVIDERS.map((p) => {
    const i = lines.findIndex((l) => l.trim() === p.heading);
    if (i < 0) throw new Error(`SMTP seed: heading "${p.heading}" not found`);
    return i;
  });
  const rows = [];
  PROVIDERS.forEach((p, n) => {
    // The column header is the first non-empty line after the heading.
    let i = starts[n] + 1;
    while (lines[i].trim() === '') i++;
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    let pending;
    for (i++; i < end; i++) {
      const text = lines[i].trim();
      // The page's footer follows the last table (seed line 389).
      if (text.startsWith(FOOTER)) break;
      if (text === '') continue;
      if (!text.includes(' ')) {
        pending = pending
          ? { line: pending.line, text: pending.text + text }
          : { line: i + 1, text };
        continue;
      }
      if (pending) {
        rows.push({
          provider: p.id,
          line: pending.line,
          text: `${pending.text} ${text}`,
          joined: true,
        });
        pending = undefined;
      } else {
        rows.push({ provider: p.id, line: i + 1, text });
      }
    }
    if (pending) throw new Error(`SMTP seed line ${pending.line}: a fragment with no row after it`);
  });
  return rows;
}

/** Words that open an instruction (the Troubleshooting / Solution column). */
const VERBS = new Set(
  `Access Activate Adjust Advise Ask Authenticate Change Check Choose Close Configure Consider
  Contact Correct Disconnect Do Double-check Enable Ensure Establish Follow Include Install
  Investigate Limit Log Make Manage Provide Re-enter Recheck Reduce Refer Reinstall Remove
  Request Resend Restart Retry Review Send Shorten Try Update Upgrade Use Verify Wait`.split(/\s+/),
);

/** Outlook also opens its Troubleshooting sentences with a condition or with "You …". */
const OUTLOOK_OPENERS = new Set([...VERBS, 'Double', 'If', 'You']);

const isUpperStart = (w) => /^[A-Z('"‘]/.test(w);
const endsSentence = (w) => /[.!?]$/.test(w);

/** The first instruction word at or after `from`; with `afterStop`, only one that opens a sentence. */
function solutionStart(t, from, afterStop, openers = VERBS) {
  for (let i = from; i < t.length; i++) {
    if (openers.has(t[i]) && (!afterStop || endsSentence(t[i - 1]))) return i;
  }
  return -1;
}

/**
 * Where the glossary cell starts, searching after `from`: `-` as the last word is an empty
 * glossary; otherwise the first word ending in a colon closes the glossary's term. A term
 * that ends in a lower-case word (`'from' parameter:`, `URL escape characters:`) starts at the
 * capitalised or quoted word before it, over at most one more lower-case word; a term that
 * ends in a capitalised word (`Internal Server Error:`, `SPF (Sender Policy Framework):`)
 * runs back over capitalised words, four words at most. Neither runs past a word that ends a
 * sentence or a parenthesis, nor over a repeat of the term (`… 'multipart/form-data'
 * 'multipart/form-data':`). -1 when the row has no glossary cell.
 */
function glossaryStart(t, from) {
  const last = t.length - 1;
  if (t[last] === '-') return last;
  for (let i = from; i <= last; i++) {
    if (!t[i].endsWith(':')) continue;
    const term = t[i].slice(0, -1);
    const open = (j) => j - 1 > from && !endsSentence(t[j - 1]) && !t[j - 1].endsWith(')');
    if (!isUpperStart(t[i])) {
      let j = i;
      if (open(j) && !isUpperStart(t[j - 1])) j--;
      if (open(j) && isUpperStart(t[j - 1])) return j - 1;
      return open(i) && isUpperStart(t[i - 1]) ? i - 1 : i;
    }
    let j = i;
    while (open(j) && isUpperStart(t[j - 1]) && t[j - 1] !== term && i - j < 3) j--;
    return j;
  }
  return -1;
}

/** Cuts the words `t` at the given word indexes into cells joined by single spaces. */
function cut(t, at) {
  const bounds = [0, ...at, t.length];
  return bounds.slice(0, -1).map((b, k) => t.slice(b, bounds[k + 1]).join(' '));
}

/** The provider's column rule: the row's cells, or undefined when the rule cannot place them. */
function splitByRule(provider, text) {
  const t = text.split(' ');
  if (provider === 'mailgun') {
    // Code | Error Message | Meaning | Solution | Glossary
    let m = -1;
    for (let i = 2; i < t.length && m < 0; i++) {
      if (['The', 'Neither', 'Both', 'There'].includes(t[i])) m = i;
    }
    const s = m < 0 ? -1 : solutionStart(t, m + 1, false);
    const g = s < 0 ? -1 : glossaryStart(t, s + 1);
    return g < 0 ? undefined : cut(t, [1, m, s, g]);
  }
  if (provider === 'gmail') {
    // Error Code (`421, "4.3.0"`) | Meaning (the reply text) | Troubleshooting | Glossary
    const s = solutionStart(t, 3, false);
    const g = s < 0 ? -1 : glossaryStart(t, s + 1);
    return g < 0 ? undefined : cut(t, [2, s, g]);
  }
  if (provider === 'outlook') {
    // Error Category | Error Codes | Meaning | Troubleshooting | Glossary; the RFC 3463 rows
    // (`X.1.1`) print the status code's name before the meaning.
    const category = OUTLOOK_CATEGORIES.find((c) => text.startsWith(`${c} `));
    if (category === undefined) return undefined;
    const c = category.split(' ').length;
    const cells = [c, c + 1];
    let from = c + 1;
    if (t[c].startsWith('X.')) {
      let m = -1;
      for (let i = c + 2; i < t.length && m < 0; i++) {
        if (['The', 'A', 'An'].includes(t[i])) m = i;
      }
      if (m < 0) return undefined;
      cells.push(m);
      from = m;
    }
    // `- -` at the end: the Troubleshooting and Glossary cells are both empty.
    if (t.length >= from + 3 && t.at(-1) === '-' && t.at(-2) === '-') {
      return cut(t, [...cells, t.length - 2, t.length - 1]);
    }
    const s = solutionStart(t, from + 1, true, OUTLOOK_OPENERS);
    if (s < 0) return undefined;
    cells.push(s);
    const g = glossaryStart(t, s + 1);
    if (g >= 0) cells.push(g);
    return cut(t, cells);
  }
  return undefined;
}

/**
 * The cells of a row: the hand-written split when there is one (checked to give the row
 * back), else the provider's rule. Throws when neither places the cells.
 */
export function splitRow(row) {
  const marked = SPLITS[row.provider]?.[row.line];
  if (marked !== undefined) {
    const cells = marked.split(' | ');
    if (cells.join(' ') !== row.text) {
      throw new Error(
        `smtp-splits.mjs, ${row.provider} line ${row.line}: the cells do not give the row back`,
      );
    }
    return { cells, by: 'hand' };
  }
  const cells = splitByRule(row.provider, row.text);
  if (cells === undefined)
    throw new Error(`SMTP seed line ${row.line}: no split for "${row.text}"`);
  return { cells, by: 'rule' };
}
