import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/uc-error-kit-smtp.json';
import { buildRows, generatedFiles } from '../../../scripts/extract-smtp.mjs';
import { readRawRows } from '../../../scripts/seed/smtp-rows.mjs';
import { SMTP_TOPICS } from '../../../src/core/families/smtp/catalog.generated';
import { type SmtpEntry, smtp } from '../../../src/core/families/smtp/index';
import { MAX_LENGTH, parseReply } from '../../../src/core/families/smtp/parse';

const words = en as Record<string, string>;
const entries = smtp.entries();
/** The rows as the generator reads them from the seed now (its `text` is the row verbatim). */
const fresh = buildRows() as unknown as (Record<string, unknown> & {
  text: string;
  line: number;
})[];
const FIELDS = [
  'provider',
  'category',
  'code',
  'enhancedCode',
  'message',
  'meaning',
  'solution',
  'glossary',
  'behaviour',
  'line',
] as const;
const byLine = (provider: string, line: number) =>
  entries.find((e) => e.provider === provider && e.line === line) as SmtpEntry;

describe('the SMTP catalog', () => {
  it('is what the generator makes from the seed today', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      expect(readFileSync(file, 'utf8'), file).toBe(expected);
    }
  });

  it('has every entry exactly as a fresh extraction from the seed gives it', () => {
    expect(entries).toHaveLength(fresh.length);
    entries.forEach((e, i) => {
      const row = fresh[i] as (typeof fresh)[number];
      expect(e.id).toBe(row.id);
      for (const f of FIELDS) expect(e[f], `${e.id} ${f}`).toBe(row[f]);
    });
  });

  it('reads 361 rows: Mailgun 37, Gmail / Google Workspace 89, Outlook 219, SendGrid 16', () => {
    const count = (p: string) => entries.filter((e) => e.provider === p).length;
    expect(entries).toHaveLength(361);
    expect(count('mailgun')).toBe(37);
    expect(count('gmail')).toBe(89);
    expect(count('outlook')).toBe(219);
    expect(count('sendgrid')).toBe(16);
  });

  it('keeps every word of every row: the fields joined back give the row', () => {
    for (const row of fresh) {
      const code =
        row.provider === 'gmail'
          ? `${row.code}, "${row.enhancedCode}"`
          : (row.code ?? row.enhancedCode);
      const cells = [row.category, code, row.message, row.meaning, row.solution, row.glossary];
      const joined = cells.filter((c) => c !== undefined).join(' ');
      if (row.line === 345) {
        // Repaired: the seed prints the category last; the same words, two cells swapped.
        expect(joined.split(' ').sort()).toEqual(row.text.split(' ').sort());
      } else {
        expect(joined, `line ${row.line}`).toBe(row.text);
      }
    }
  });

  it('keeps the rows that share a code: Mailgun 400 ×28, Gmail 550 5.7.1 ×16', () => {
    const n = (p: string, code: string, enh?: string) =>
      entries.filter((e) => e.provider === p && e.code === code && e.enhancedCode === enh).length;
    expect(n('mailgun', '400')).toBe(28);
    expect(n('gmail', '550', '5.7.1')).toBe(16);
    // Gmail prints a second table of the same codes (seed lines 115-137).
    expect(byLine('gmail', 115).message).toBe(byLine('gmail', 83).message);
  });

  it('keeps the rows with missing or empty cells', () => {
    // SMTP_REJECTED_SENDER 0x800CCC7A and 0x800CCC7B print no glossary cell at all.
    expect(entries.filter((e) => e.glossary === undefined).map((e) => e.line)).toEqual([215, 216]);
    expect(byLine('outlook', 146)).toMatchObject({ meaning: '-', solution: '-', glossary: '-' });
    // SendGrid rows with a name, not a code, in the Error column.
    expect(
      entries
        .filter((e) => e.provider === 'sendgrid' && e.code === undefined)
        .map((e) => e.category),
    ).toEqual(['Other', 'Turning off click tracking', 'Invalid SMTP API header']);
    // The category broken over seed lines 203-207, joined.
    expect(byLine('outlook', 203)).toMatchObject({
      category: 'SMTP_551_USER_NOT_LOCAL',
      code: '0x800CCC6C',
    });
    // Line 345: the category printed last, repaired.
    expect(byLine('outlook', 345)).toMatchObject({ category: 'Other Errors', glossary: '-' });
  });

  it('keeps markup-like text verbatim in the catalog and never in the words', () => {
    expect(byLine('mailgun', 16).message).toBe('Header name must be pure ASCII: <header-name>');
    expect(byLine('outlook', 329).solution).toContain('<br>- Empty your Temp folder');
    expect(byLine('sendgrid', 386).meaning).toContain('{"enable": 0}}}}');
    for (const [key, text] of Object.entries(words)) {
      expect(text, key).not.toMatch(/[<>]|\{\{(?!code\}\})|\}\}\}/);
    }
  });

  it('records where the class and the text disagree: the class decides (RFC 5321 4.2.1)', () => {
    // Gmail 550 5.2.1 says "Try again later"; SendGrid 550 says "temporarily blocked".
    expect(byLine('gmail', 85).behaviour).toBe('permanent');
    expect(byLine('sendgrid', 380).behaviour).toBe('permanent');
    // The Gmail code's class and its enhanced code's class agree on every row.
    for (const e of entries.filter((x) => x.provider === 'gmail')) {
      expect(e.enhancedCode?.[0]).toBe(e.code?.[0]);
    }
    expect(byLine('sendgrid', 372).behaviour).toBe('not-a-failure');
    expect(byLine('mailgun', 41).behaviour).toBe('temporary');
    expect(byLine('mailgun', 8).behaviour).toBe('permanent');
    expect(byLine('outlook', 264).behaviour).toBe('undetermined');
  });

  it('maps every entry to sentences that exist, with keys that end in no digit', () => {
    for (const e of entries) {
      expect(words[e.summaryKey as string], e.id).toBeTypeOf('string');
      if (e.detailsKey !== undefined) expect(words[e.detailsKey], e.id).toBeTypeOf('string');
    }
    for (const key of Object.keys(words)) expect(key).not.toMatch(/\d$/);
    for (const t of Object.values(SMTP_TOPICS)) expect(words[t.summaryKey]).toBeTypeOf('string');
    expect(words['fallback.code']).toBeTypeOf('string');
  });

  it('reads the 361 rows of a fresh read of the seed', () => {
    expect(readRawRows()).toHaveLength(361);
  });
});

/** A text's words as matching compares them: case, punctuation and quotes ignored. */
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Rows that cannot come back by their own input: a provider prints the same code and the
 * same words twice, and the first row wins. Mailgun line 26 repeats line 18; Gmail's second
 * table (lines 115-137) repeats rows of the first with other advice (line 129 differs from
 * line 98 only by a final period).
 */
function firstTwin(e: SmtpEntry): SmtpEntry | undefined {
  return entries.find(
    (x) =>
      x.provider === e.provider &&
      x.code === e.code &&
      x.enhancedCode === e.enhancedCode &&
      normal(x.input) === normal(e.input) &&
      x.line < e.line,
  );
}

describe('resolving an entry input', () => {
  it('gives back the entry, or the first row of the same code and text', () => {
    const twins: number[] = [];
    for (const e of entries) {
      const r = smtp.resolve(e.input, e.context);
      const twin = firstTwin(e);
      expect(r.entry?.id, `${e.id} (line ${e.line})`).toBe((twin ?? e).id);
      if (twin) twins.push(e.line);
      expect(r.handled).toBe(true);
      expect(r.summaryKey).toBe(e.summaryKey);
      // SendGrid's named rows (lines 385-387) have no code: the reader notes it, and the
      // provider's rows are matched by text.
      const named = e.code === undefined && e.enhancedCode === undefined;
      expect(r.problems).toHaveLength(named ? 1 : 0);
      expect(r.match, e.id).toBe(named || e.provider !== 'outlook' || e.message ? 'text' : 'code');
    }
    expect(twins).toEqual([
      26, 115, 116, 117, 118, 119, 121, 122, 123, 126, 127, 128, 129, 131, 132, 133, 134, 135, 137,
    ]);
  });

  it('matches by text among the 28 Mailgun 400 rows', () => {
    const r = smtp.resolve('400 to parameter is missing', { provider: 'mailgun' });
    expect(r.match).toBe('text');
    expect(r.entry?.line).toBe(9);
    const real = smtp.resolve(
      '400 Domain mg.acme.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.',
      { provider: 'mailgun' },
    );
    expect(real.entry?.line).toBe(32);
  });

  it('reads a multiline reply with continuation lines (RFC 5321 4.2)', () => {
    const reply = [
      '550-5.7.1 The user or domain that you are sending to (or from) has a policy that',
      '550-5.7.1 prohibits the mail that you sent. Please contact your domain',
      '550 5.7.1 administrator for further details. d2-20020a05 - gsmtp',
    ].join('\r\n');
    const r = smtp.resolve(reply, { provider: 'gmail' });
    expect(r.reply).toMatchObject({ code: '550', enhancedCode: '5.7.1', lines: 3 });
    expect(r.match).toBe('text');
    expect(r.entry?.line).toBe(95);
    expect(r.behaviour).toBe('permanent');
    expect(r.placement).toBe('im-area');
    expect(r.values).toEqual({ code: '550 5.7.1' });
  });

  it('falls back to the code when the text matches no row of it', () => {
    const r = smtp.resolve('452 4.2.2 something else entirely', { provider: 'gmail' });
    expect(r.match).toBe('code');
    expect(r.entry?.line).toBe(63);
  });

  it('uses the RFC 3463 rows for an enhanced code without a provider', () => {
    const r = smtp.resolve('550 5.1.1 <bob@example.com>: Recipient address rejected');
    expect(r.match).toBe('enhanced-code');
    expect(r.entry?.enhancedCode).toBe('X.1.1');
    expect(r.summaryKey).toBe('recipientNotFound');
    expect(r.behaviour).toBe('permanent');
    // X.2.0 printed twice: line 273 is RFC 3463's X.2.0; line 265 has X.1.2's name.
    expect(smtp.resolve('550 5.2.0').entry?.line).toBe(273);
    expect(
      smtp.resolve('X.2.0 Bad destination system address', { provider: 'outlook' }).entry?.line,
    ).toBe(265);
    // An unknown detail is read as the subject's X.s.0 (RFC 3463 3).
    expect(smtp.resolve('550 5.7.99 blocked').entry?.enhancedCode).toBe('X.7.0');
  });

  it('falls back to the reply class, then to the generic message', () => {
    const temp = smtp.resolve('421 mx.example.com Service not available');
    expect(temp).toMatchObject({ match: 'class', handled: false, unhandledReason: 'no-row' });
    expect(temp.summaryKey).toBe('sendDelayed');
    expect(temp.behaviour).toBe('temporary');
    expect(smtp.resolve('250 OK').summaryKey).toBe('messageAccepted');
    const none = smtp.resolve('hello there');
    expect(none).toMatchObject({
      handled: false,
      unhandledReason: 'no-code',
      summaryKey: 'mailError',
    });
    expect(none.problems).toHaveLength(1);
    expect(none.values).toEqual({});
  });

  it('matches an Outlook error number and a SendGrid row without a code', () => {
    expect(smtp.resolve('0x800ccc0e', { provider: 'outlook' }).entry?.line).toBe(156);
    const r = smtp.resolve('Delayed Bounce - Unable to Parse Server Reason', {
      provider: 'sendgrid',
    });
    expect(r).toMatchObject({ match: 'text', handled: true });
    expect(r.entry?.line).toBe(385);
  });

  it('lists the seed texts as facts and builds the same key from the same codes', () => {
    const r = smtp.resolve('550 5.1.1 The email account that you tried to reach does not exist', {
      provider: 'gmail',
    });
    const labels = r.facts.map((f) => f.label);
    expect(labels).toEqual([
      'fact.provider',
      'fact.code',
      'fact.enhancedCode',
      'fact.message',
      'fact.solution',
      'fact.seedLine',
      'fact.match',
      'fact.reply',
    ]);
    for (const l of labels) expect(words[l], l).toBeTypeOf('string');
    expect(r.facts.find((f) => f.label === 'fact.message')?.lang).toBe('en');
    const again = smtp.resolve(
      '550-5.1.1 The email account that you tried to reach does not exist',
      {
        provider: 'gmail',
      },
    );
    expect(again.sameKey).toBe(r.sameKey);
    expect(smtp.resolve('550 5.1.1 x', { provider: 'gmail' }).sameKey).not.toBe(
      smtp.resolve('550 5.1.1 x').sameKey,
    );
  });

  it('notes an unknown provider and reads on without it', () => {
    const r = smtp.resolve('550 5.1.1 no', { provider: 'hotmail' as never });
    expect(r.provider).toBeUndefined();
    expect(r.problems.map((p) => p.field)).toEqual(['context.provider']);
  });
});

describe('untrusted input', () => {
  it('answers for prototype keys, odd values and odd contexts', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      Number.NaN,
      {},
      [],
      { __proto__: { provider: 'gmail' } },
      '__proto__',
      'constructor',
      'toString 550',
      '550 __proto__',
    ];
    for (const input of odd) {
      for (const context of [
        undefined,
        null,
        'gmail',
        { provider: '__proto__' },
        { provider: 'toString' },
        JSON.parse('{"__proto__": {"provider": "gmail"}}'),
        { constructor: 1 },
      ]) {
        const r = smtp.resolve(input as never, context as never);
        expect(r.family).toBe('smtp');
        expect(typeof r.summaryKey).toBe('string');
      }
    }
  });

  it('never throws and always returns a resolution (fast-check)', () => {
    const providers = fc.constantFrom(undefined, 'mailgun', 'gmail', 'outlook', 'sendgrid', 'x');
    const replyish = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom('5', '4', '2', '0', 'x', 'X', '.', '-', ' ', '\n', '\r', '"', ','),
      }),
      fc
        .tuple(fc.integer({ min: 200, max: 599 }), fc.string())
        .map(([c, t]) => `${c}-5.1.1 ${t}\n${c} ${t}`),
    );
    fc.assert(
      fc.property(fc.oneof(replyish, fc.anything()), providers, (input, provider) => {
        const r = smtp.resolve(input as never, { provider } as never);
        expect(typeof r.summaryKey).toBe('string');
        expect(r.facts.every((f) => typeof f.value === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads in one pass: the text read grows with the input, never past its length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (unit, times) => {
        const s = unit.repeat(times);
        const parsed = parseReply(s);
        expect(parsed.text.length).toBeLessThanOrEqual(s.length);
        expect(parsed.lines).toBeLessThanOrEqual(s.length);
      }),
    );
    // Linear: the number of lines read equals the newlines, and a reply longer than the cap is
    // cut to it, so the work per reply is bounded by its length and by MAX_LENGTH.
    const long = '550-5.1.1 x\n'.repeat(100_000);
    const p = parseReply(long);
    expect(p.lines).toBe(Math.ceil(MAX_LENGTH / 12));
    expect(p.problems.map((x) => x.field)).toEqual(['input']);
  });
});
