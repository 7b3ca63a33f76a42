#!/usr/bin/env node
// Regenerates the SMTP family's catalog and English words from the SMTP seed.
//
//   node scripts/extract-smtp.mjs          writes the files below
//   node scripts/extract-smtp.mjs --check  exits 1 when a committed file differs
//
// src/core/families/smtp/catalog.generated.ts    the providers, topics and Outlook's error
//                                               numbers: small, bundled (picks a sentence)
// src/core/families/smtp/providers.generated.ts  every row of the four tables, seed text
//                                               verbatim: loaded on demand (names a row)
// locales/en/uc-error-kit-smtp.json              the sentences of scripts/seed/smtp-keys.mjs
//                                               and scripts/seed/smtp-reasons.mjs
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './seed/generated.mjs';
import { needSeeds } from './seed/seeds.mjs';
import {
  CLASS_TOPICS,
  DETAILS,
  FACT_LABELS,
  FALLBACKS,
  GENERIC_TOPIC,
  TOPICS,
} from './seed/smtp-keys.mjs';
import {
  REASON_DETAILS,
  REASON_FACT_LABELS,
  REASON_STAFF,
  REASON_SUMMARIES,
} from './seed/smtp-reasons.mjs';

import {
  PROVIDERS,
  readRawRows,
  readSmtpSeed,
  SMTP_SEED_NAME,
  splitRow,
} from './seed/smtp-rows.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG = resolve(root, 'src/core/families/smtp/catalog.generated.ts');
const PROVIDER_ROWS = resolve(root, 'src/core/families/smtp/providers.generated.ts');
const LOCALE = resolve(root, 'locales/en/uc-error-kit-smtp.json');

/** What a failure means for the sender: the family's closed vocabulary (docs/families/smtp.md). */
export const BEHAVIOURS = ['permanent', 'temporary', 'not-a-failure', 'undetermined'];

/**
 * Repairs of a row's cells, by seed line, each recorded in docs/families/smtp.md.
 * Line 345 prints its category last: `- 0x8004210B … Other Errors`. Its first cell `-` and
 * last cell `Other Errors` trade places, so the row has the category of its neighbours and an
 * empty glossary; the words are the seed's, only their columns change.
 */
export const REPAIRS = {
  outlook: {
    345: (f) => ({ ...f, category: f.glossary, glossary: f.category }),
  },
};

/** The seed fields of a row from its cells, by the provider's columns. */
function fieldsOf(provider, cells) {
  const [a, b, c, d, e, f] = cells;
  if (provider === 'mailgun') {
    // Code | Error Message | Meaning | Solution | Glossary
    return { code: a, message: b, meaning: c, solution: d, glossary: e };
  }
  if (provider === 'gmail') {
    // Error Code (`421, "4.3.0"`) | Meaning | Troubleshooting | Glossary. The "Meaning"
    // column holds the text of Gmail's reply, so it is the entry's message.
    const m = /^(\d{3}), "(\d\.\d{1,3}\.\d{1,3})"$/.exec(a);
    if (!m) throw new Error(`Gmail code cell "${a}" is not 'NNN, "C.S.D"'`);
    return { code: m[1], enhancedCode: m[2], message: b, solution: c, glossary: d };
  }
  if (provider === 'outlook') {
    // Error Category | Error Codes | Meaning | Troubleshooting | Glossary; the RFC 3463 rows
    // (`X.1.1`) print the status code's name (the message) before the meaning.
    if (b.startsWith('X.')) {
      return { category: a, enhancedCode: b, message: c, meaning: d, solution: e, glossary: f };
    }
    return { category: a, code: b, meaning: c, solution: d, glossary: e };
  }
  // SendGrid: Error | Message | Explanation | Troubleshooting | Glossary. Three rows put a
  // name in the Error column instead of a code (seed lines 385-387): it is their category.
  const named = !/^\d{3}$/.test(a);
  return {
    ...(named ? { category: a } : { code: a }),
    message: b,
    meaning: c,
    solution: d,
    glossary: e,
  };
}

/**
 * A row's behaviour. SMTP replies (Gmail, SendGrid): the reply class, RFC 5321 4.2.1
 * (2yz completed, 4yz transient, 5yz permanent), which RFC 3463 2 gives the enhanced code's
 * class too. Mailgun's codes are HTTP statuses: 429 (RFC 6585 4) and 5xx (RFC 9110 15.6)
 * may succeed later, other 4xx (RFC 9110 15.5) fail until the request is changed. Outlook's
 * codes are the mail program's own error numbers, and its RFC 3463 rows print the class as
 * `X`: neither says whether a retry can succeed.
 */
function behaviourOf(provider, f) {
  if (provider === 'mailgun') {
    const n = Number(f.code);
    return n === 429 || n >= 500 ? 'temporary' : 'permanent';
  }
  if (provider === 'outlook' || f.code === undefined) return 'undetermined';
  return { 2: 'not-a-failure', 4: 'temporary', 5: 'permanent' }[f.code[0]];
}

/** Every row of the seed as an entry of the catalog, in the seed's order. */
export function buildRows(lines = readSmtpSeed()) {
  const topicOf = new Map();
  for (const [topic, t] of Object.entries(TOPICS)) {
    for (const [provider, list] of Object.entries(t.rows)) {
      for (const line of list) {
        const k = `${provider} ${line}`;
        if (topicOf.has(k)) throw new Error(`smtp-keys.mjs lists ${k} twice`);
        topicOf.set(k, topic);
      }
    }
  }
  const rows = readRawRows(lines).map((raw) => {
    const { cells, by } = splitRow(raw);
    let f = fieldsOf(raw.provider, cells);
    const repair = REPAIRS[raw.provider]?.[raw.line];
    if (repair) f = repair(f);
    const topic = topicOf.get(`${raw.provider} ${raw.line}`);
    if (topic === undefined)
      throw new Error(`smtp-keys.mjs has no topic for ${raw.provider} line ${raw.line}`);
    topicOf.delete(`${raw.provider} ${raw.line}`);
    return {
      line: raw.line,
      provider: raw.provider,
      ...f,
      behaviour: behaviourOf(raw.provider, f),
      topic,
      split: by,
      text: raw.text,
    };
  });
  if (topicOf.size > 0)
    throw new Error(`smtp-keys.mjs lists rows the seed lacks: ${[...topicOf.keys()]}`);

  // Ids: provider, code and enhanced code (or the category of a row with neither), numbered
  // when a provider prints the same codes on several rows.
  const base = (r) =>
    [r.provider, r.code ?? r.category, r.enhancedCode].filter((x) => x !== undefined).join(' ');
  const total = new Map();
  for (const r of rows) total.set(base(r), (total.get(base(r)) ?? 0) + 1);
  const seen = new Map();
  for (const r of rows) {
    const b = base(r);
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    r.id = total.get(b) > 1 ? `${b} #${n}` : b;
  }
  return rows;
}

/** The English words: summaries, details, fallbacks, fact labels. */
export function buildLocale() {
  const words = {};
  for (const [topic, t] of Object.entries(TOPICS)) words[topic] = t.summary;
  for (const [key, text] of Object.entries(DETAILS)) words[key] = text;
  for (const [name, text] of Object.entries(FALLBACKS)) words[`fallback.${name}`] = text;
  for (const [name, text] of Object.entries(FACT_LABELS)) words[`fact.${name}`] = text;
  // The reason taxonomy's words (src/core/families/smtp/reasons.ts names the keys).
  for (const [key, text] of Object.entries({ ...REASON_SUMMARIES, ...REASON_DETAILS })) {
    if (Object.hasOwn(words, key)) throw new Error(`smtp-reasons.mjs repeats the key ${key}`);
    words[key] = text;
  }
  for (const [name, text] of Object.entries(REASON_FACT_LABELS)) words[`fact.${name}`] = text;
  for (const [reason, text] of Object.entries(REASON_STAFF)) words[`staff.${reason}`] = text;
  return words;
}

const FIELDS = ['category', 'code', 'enhancedCode', 'message', 'meaning', 'solution', 'glossary'];

const str = (s) => (s === undefined ? 'undefined' : JSON.stringify(s));

function catalogModule(rows) {
  const topics = Object.entries(TOPICS)
    .map(
      ([topic, t]) =>
        `  ${topic}: { summaryKey: '${topic}', detailsKey: ${t.details === undefined ? 'undefined' : `'${t.details}'`}, placement: '${t.placement}' },`,
    )
    .join('\n');
  // Outlook's error numbers are unique: each names its row's topic without the rows.
  const numbers = rows
    .filter((r) => r.provider === 'outlook' && r.code !== undefined)
    .map((r) => `  ${str(`0x${r.code.slice(2).toUpperCase()}`)}: '${r.topic}',`);
  const text = `// Generated by scripts/extract-smtp.mjs from the SMTP seed; edit the script or
// scripts/seed/smtp-*.mjs, not this file.
/**
 * What the SMTP family needs at start from "SMTP Error Code Tables" (seed ${SMTP_SEED_NAME}):
 * the providers, the topics (sentence keys and placement of each) and the topic of each of
 * Outlook's error numbers. The rows themselves are in providers.generated.ts, loaded on demand.
 */

/** The providers whose tables the seed prints, in its order. */
export const SMTP_PROVIDERS = ${JSON.stringify(PROVIDERS.map((p) => p.id))} as const;

/** A provider of the seed. */
export type SmtpProvider = (typeof SMTP_PROVIDERS)[number];

/** The providers' names as the seed prints them. */
export const SMTP_PROVIDER_TITLES = {
${PROVIDERS.map((p) => `  ${p.id}: ${str(p.title)},`).join('\n')}
} as const satisfies Record<SmtpProvider, string>;

/** The topics: the sentence keys of each and where its notice goes (scripts/seed/smtp-keys.mjs). */
export const SMTP_TOPICS = {
${topics}
} as const;

/** A topic: what happened, said once for people. */
export type SmtpTopic = keyof typeof SMTP_TOPICS;

/** The topic of a reply class with no reason (RFC 5321 4.2.1). */
export const SMTP_CLASS_TOPICS = { '2': '${CLASS_TOPICS[2]}', '4': '${CLASS_TOPICS[4]}', '5': '${CLASS_TOPICS[5]}' } as const satisfies Record<string, SmtpTopic>;

/** The topic of a reply with no readable code and no reason. */
export const SMTP_GENERIC_TOPIC = '${GENERIC_TOPIC}' satisfies SmtpTopic;

/** The topic of each of Outlook's error numbers (upper-case hex), from its row. */
export const SMTP_OUTLOOK_NUMBERS: Readonly<Record<string, SmtpTopic>> = {
${numbers.join('\n')}
};
`;
  return biomeFormat(text, 'catalog.ts');
}

function providersModule(rows) {
  const rowText = rows
    .map((r) => {
      const fields = FIELDS.map((k) => `${k}: ${str(r[k])}`).join(', ');
      return `  { id: ${str(r.id)}, line: ${r.line}, provider: '${r.provider}', ${fields}, behaviour: '${r.behaviour}', topic: '${r.topic}', split: '${r.split}' },`;
    })
    .join('\n');
  const text = `// Generated by scripts/extract-smtp.mjs from the SMTP seed; edit the script or
// scripts/seed/smtp-*.mjs, not this file.
/**
 * "SMTP Error Code Tables" (seed ${SMTP_SEED_NAME}): the tables "Error Codes for Mailgun
 * SMTP", "Error Codes for Gmail / Google Workspace", "Error Codes for Outlook" and "Error Codes
 * for Sendgrid", one entry per row in the seed's order. The texts are the seed's, verbatim
 * (trimmed); markup-like text (\`<header-name>\`, \`<br>\`, JSON) is data, shown as plain text.
 * \`line\` is the row's seed line; \`split\` says whether the column rule or a hand-written split
 * (scripts/seed/smtp-splits.mjs) cut the row into cells. Loaded on demand (\`smtp.loadProviders()\`):
 * the rows name a matched row and show the seed's text; they never pick the sentence alone.
 */
import type { SmtpProvider, SmtpTopic } from './catalog.generated';

/** What a row's code says about retrying (docs/families/smtp.md, "Behaviour"). */
export type SmtpRowBehaviour = 'permanent' | 'temporary' | 'not-a-failure' | 'undetermined';

/** One row of a provider's table. A field is undefined when the row has no such cell. */
export interface SmtpRow {
  /** Unique and stable: provider, code, enhanced code, \`#n\` when codes repeat. */
  readonly id: string;
  /** The row's line in the seed. */
  readonly line: number;
  readonly provider: SmtpProvider;
  /** Outlook's "Error Category"; SendGrid's "Error" cell when it holds a name, not a code. */
  readonly category: string | undefined;
  /** The reply code (Gmail, SendGrid), HTTP status (Mailgun) or error number (Outlook). */
  readonly code: string | undefined;
  /** The RFC 3463 enhanced status code; Outlook prints its class as \`X\`. */
  readonly enhancedCode: string | undefined;
  /** The provider's error text (Mailgun, Gmail, SendGrid; the status name of Outlook's X rows). */
  readonly message: string | undefined;
  readonly meaning: string | undefined;
  readonly solution: string | undefined;
  readonly glossary: string | undefined;
  readonly behaviour: SmtpRowBehaviour;
  readonly topic: SmtpTopic;
  readonly split: 'rule' | 'hand';
}

/** Every row of the four tables. */
export const SMTP_ROWS: readonly SmtpRow[] = [
${rowText}
];
`;
  return biomeFormat(text, 'providers.ts');
}

/** Formats text the way Biome formats a file of that kind (the repository's settings). */
function biomeFormat(text, name) {
  return execFileSync(
    resolve(root, 'node_modules/.bin/biome'),
    ['format', `--stdin-file-path=${name}`],
    {
      cwd: root,
      input: text,
      encoding: 'utf8',
    },
  );
}

/** Every generated file and its text, by absolute path. */
export function generatedFiles(rows = buildRows()) {
  return {
    [CATALOG]: catalogModule(rows),
    [PROVIDER_ROWS]: providersModule(rows),
    [LOCALE]: biomeFormat(`${JSON.stringify(buildLocale(), null, 2)}\n`, 'words.json'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  needSeeds('node scripts/extract-smtp.mjs');
  writeOrCheck(generatedFiles(), 'node scripts/extract-smtp.mjs');
}
