/**
 * The provider tables (seed 004) and the matcher that names the row a reply matches, loaded on
 * demand by `loadProviders()` (providers.ts): the rows are ~6,000 lines and the matcher only
 * names a row for support staff; the sentence is picked without them (rules.ts).
 *
 * A row is named only on specific evidence (issue 19, "No confident wrong answers"): Outlook's
 * unique error numbers; or the reply's code (and enhanced code, when both have one) plus at
 * least three of the row's distinctive words, three quarters of them found in the reply. Rows
 * whose text is a short generic phrase ("Syntax error", "MAIL first.") are never matched by
 * words; a reply that is only the code of a single row names that row (pasted from the table).
 */
import type { SmtpProvider, SmtpTopic } from './catalog.generated';
import { SMTP_ROWS, type SmtpRow } from './providers.generated';
import type { normalise as Normalise } from './rules';

interface Indexed {
  row: SmtpRow;
  /** Distinctive words (stop words and words under three letters left out). */
  words: readonly string[];
}

let byCode: Map<string, Indexed[]> | undefined;
// The family's own normaliser (rules.ts), handed in by `indexRows` (docs/adding-a-family.md,
// "What loads on demand").
let normalise: typeof Normalise | undefined;
let named: Indexed[] | undefined;

/** Words too common in the rows to tell them apart. */
const STOP = new Set(
  'the and for are was not you your this that with from has have been can could please try again later email mail message server smtp error code address recipient sender account domain'.split(
    ' ',
  ),
);

const wordsOf = (text: string, norm: typeof Normalise) =>
  [...new Set(norm(text).trim().split(' '))].filter((w) => w.length >= 3 && !STOP.has(w));

/** The text a row is matched by: its error message; a named SendGrid row's name; Outlook's meaning. */
function matchTextOf(row: SmtpRow): string {
  if (row.message !== undefined && row.message !== '-') return row.message;
  if (row.code === undefined && row.enhancedCode === undefined) return row.category ?? '';
  return row.meaning !== undefined && row.meaning !== '-' ? row.meaning : '';
}

const keyOf = (provider: string, code: string) => `${provider} ${code}`;

/** Indexes the rows, reading their words with the family's normaliser; once, on load. */
function indexRows(normaliser: typeof Normalise, list: readonly SmtpRow[] = SMTP_ROWS): void {
  normalise = normaliser;
  const map = new Map<string, Indexed[]>();
  const noCode: Indexed[] = [];
  for (const row of list) {
    const x = { row, words: wordsOf(matchTextOf(row), normaliser) };
    const code =
      row.code !== undefined
        ? row.code.startsWith('0x')
          ? `0x${row.code.slice(2).toUpperCase()}`
          : row.code
        : row.enhancedCode;
    if (code === undefined) {
      noCode.push(x);
      continue;
    }
    const k = keyOf(row.provider, code);
    const l = map.get(k) ?? [];
    l.push(x);
    map.set(k, l);
  }
  byCode = map;
  named = noCode;
}

/** How a row was found. */
type RowMatch = 'number' | 'words' | 'code';

/** The row a reply names in a provider's table, if the evidence is specific. */
function matchRow(
  provider: SmtpProvider,
  code: string | undefined,
  enhancedCode: string | undefined,
  text: string,
): { row: SmtpRow; by: RowMatch } | undefined {
  if (byCode === undefined || named === undefined || normalise === undefined) return undefined;
  if (code?.startsWith('0x')) {
    const hit = byCode.get(keyOf(provider, code))?.[0];
    return hit === undefined ? undefined : { row: hit.row, by: 'number' };
  }
  let candidates: Indexed[] = [];
  if (code !== undefined) {
    candidates = (byCode.get(keyOf(provider, code)) ?? []).filter(
      (x) =>
        x.row.enhancedCode === undefined ||
        enhancedCode === undefined ||
        x.row.enhancedCode === enhancedCode,
    );
  } else if (enhancedCode !== undefined && provider === 'outlook') {
    candidates = byCode.get(keyOf(provider, `X${enhancedCode.slice(1)}`)) ?? [];
  } else if (enhancedCode === undefined) {
    candidates = named.filter((x) => x.row.provider === provider);
  }
  if (candidates.length === 0) return undefined;
  const inReply = new Set(normalise(text).trim().split(' '));
  let best: Indexed | undefined;
  let bestShare = 0;
  for (const c of candidates) {
    if (c.words.length < 3) continue;
    let hits = 0;
    for (const w of c.words) if (inReply.has(w)) hits++;
    const share = hits / c.words.length;
    if (
      share > bestShare ||
      (share === bestShare && best !== undefined && c.words.length > best.words.length)
    ) {
      best = c;
      bestShare = share;
    }
  }
  if (best !== undefined && bestShare >= 0.75) return { row: best.row, by: 'words' };
  // A reply that is only a code (pasted from the table) names the single row of that code.
  const exact = candidates.filter((x) => x.row.enhancedCode === enhancedCode);
  if (text.trim() === '' && exact.length === 1)
    return { row: (exact[0] as Indexed).row, by: 'code' };
  return undefined;
}

/** The topic a row shows: what the row says happened. */
const topicOfRow = (row: SmtpRow): SmtpTopic => row.topic;

export type { RowMatch };
export { indexRows, matchRow, matchTextOf, SMTP_ROWS, topicOfRow };
