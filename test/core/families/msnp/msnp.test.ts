import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/uc-error-kit-msnp.json';
import { buildMsnp, generatedFiles } from '../../../../scripts/extract-msnp.mjs';
import { BEHAVIOURS, DISAGREEMENTS, NAMES_001 } from '../../../../scripts/seed/msnp-keys.mjs';
import { read000, read001, SEED_000, SEED_001 } from '../../../../scripts/seed/msnp-seed.mjs';
import {
  entriesForHresult,
  listRelatedHresults,
  loadMsnpEntries,
  loadMsnpRelatedHresults,
  MSNP_BEHAVIOURS,
  msnp,
  relatedHresultFor,
} from '../../../../src/core/families/msnp/index';
import { parseMsnpLine } from '../../../../src/core/families/msnp/parse';
import { describeWithSeeds, HAVE_SEEDS } from '../../../seeds';

const words = en as Record<string, string>;
// The seeds are read only where they are there; the tests that need them say they skipped.
const fresh = HAVE_SEEDS ? buildMsnp() : (undefined as never as ReturnType<typeof buildMsnp>);
const seed000 = HAVE_SEEDS ? read000() : (undefined as never as ReturnType<typeof read000>);
const seed001 = HAVE_SEEDS
  ? read001(NAMES_001)
  : (undefined as never as ReturnType<typeof read001>);
// The entries with the seeds' texts, loaded on demand (`entries()` has what resolve reads).
const entries = await loadMsnpEntries();
const byCode = new Map(entries.map((e) => [e.code, e]));
const related = await loadMsnpRelatedHresults();

describeWithSeeds('the MSNP catalog', () => {
  it('is what the generator makes from the two seeds today', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      expect(readFileSync(file, 'utf8'), file).toBe(expected);
    }
  });

  it('reads 84 codes and 17 related HRESULTs from seed 000, 71 codes from seed 001, 102 merged, and 301 from libpurple', () => {
    expect(seed000.codes).toHaveLength(84);
    expect(seed000.related).toHaveLength(17);
    expect(seed001).toHaveLength(71);
    expect(entries).toHaveLength(103);
    expect(entries.filter((e) => e.peer !== undefined).map((e) => e.code)).toEqual([301]);
    expect(listRelatedHresults()).toHaveLength(17);
    expect(related).toHaveLength(17);
    const only000 = entries.filter((e) => e.line000 !== undefined && e.line001 === undefined);
    const only001 = entries.filter((e) => e.line000 === undefined && e.line001 !== undefined);
    expect(only000).toHaveLength(31);
    expect(only001).toHaveLength(18);
    expect(entries.length - 1 - only000.length - only001.length).toBe(53);
  });

  it('keeps every seed 000 row verbatim in its entry, cell by cell', () => {
    for (const row of seed000.codes) {
      const e = byCode.get(row.code);
      expect(e, `000 line ${row.line}`).toBeDefined();
      expect(e?.row000).toBe(row.row);
      expect(e?.line000).toBe(row.line);
      expect(e?.hresult).toBe(row.hresult);
      expect(e?.hresultName).toBe(row.hresultName);
      expect(e?.draftName).toBe(row.draftName);
      expect(e?.description).toBe(row.description);
    }
  });

  it('keeps every seed 000 line of the two tables, trimmed, as a row', () => {
    const lines = readFileSync(SEED_000, 'utf8').split(/\r?\n/);
    const rows = new Set([...entries.map((e) => e.row000), ...related.map((r) => r.row)]);
    for (let n = 13; n <= 114; n++) {
      if (n === 97) continue; // the related table's header
      expect(rows.has(lines[n - 1]?.trim()), `000 line ${n}`).toBe(true);
    }
  });

  it('keeps every seed 001 block: name, cause and traces verbatim', () => {
    const lines = readFileSync(SEED_001, 'utf8').split(/\r?\n/);
    for (const block of seed001) {
      const e = byCode.get(block.code);
      expect(e?.line001, `001 line ${block.line}`).toBe(block.line);
      expect(e?.name).toBe(block.name);
      expect(e?.cause).toBe(block.cause);
      // Name, a space and the first line of the cause give back the seed's line.
      const first = lines[(e?.causeLines[0] ?? 0) - 1]?.trim();
      expect(`${e?.name} ${e?.cause?.split('\n')[0]}`).toBe(first);
      for (const t of e?.traces ?? []) expect(t.text).toBe(lines[t.line - 1]?.trim());
    }
    // Every non-empty line from the 200s heading on is a code, a heading, a cause or a trace.
    const used = new Set<number>();
    for (const e of entries) {
      if (e.line001 !== undefined) used.add(e.line001);
      for (const n of e.causeLines) used.add(n);
      for (const t of e.traces) used.add(t.line);
    }
    for (let n = 31; n <= lines.length; n++) {
      const text = lines[n - 1]?.trim() ?? '';
      if (text === '' || /^\d00s$/.test(text)) continue;
      expect(used.has(n), `001 line ${n}: ${text}`).toBe(true);
    }
  });

  it('keeps traces as data: markup-like text and literal \\r\\n stay as they are', () => {
    const e240 = byCode.get(240);
    expect(e240?.traces[0]?.text).toBe(
      '>>> ADL TrId xxx <ml> <d n="hotmail.com"> <c n="user" l="3" t="1" /> </d> <d n="yahoo.fr" /> </ml> <<< 240 TrId',
    );
    expect(byCode.get(731)?.traces[0]?.text).toContain('<o> Server Closes Connection\\r\\n');
    for (const text of Object.values(words)) {
      expect(text).not.toMatch(/<[a-z]|\\r\\n|>>>/);
    }
  });

  it('matches the fresh extraction entry by entry', () => {
    const seeded = entries.filter((e) => e.peer === undefined);
    expect(seeded.map((e) => e.code)).toEqual(fresh.codes.map((c) => c.code));
    for (const [i, c] of fresh.codes.entries()) {
      const e = seeded[i];
      expect(e?.summaryKey, `code ${c.code}`).toBe(c.summaryKey);
      expect(e?.detailsKey).toBe(c.detailsKey);
      expect(e?.behaviour).toBe(c.behaviour);
      expect(e?.placement).toBe(c.placement);
      expect(e?.failure).toBe(c.failure);
      expect(e?.traces.map((t) => t.text)).toEqual(c.traces.map((t: { text: string }) => t.text));
    }
  });

  it('gives every entry an id, its input, an empty context, a line and English sentences', () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    for (const e of entries) {
      expect(e.id).toBe(`msnp ${e.code}`);
      expect(e.input).toBe(e.code);
      expect(e.context).toEqual({});
      expect(e.line).toBe(e.line000 ?? e.line001);
      expect(words[e.summaryKey], e.summaryKey).toBeTruthy();
      if (e.detailsKey !== undefined) expect(words[e.detailsKey], e.detailsKey).toBeTruthy();
      expect(MSNP_BEHAVIOURS).toContain(e.behaviour);
    }
  });

  it('resolves every entry from its input and context', () => {
    for (const e of entries) {
      const r = msnp.resolve(e.input, e.context);
      expect(r.entry?.id, e.id).toBe(e.id);
      expect(r.handled).toBe(true);
      expect(r.code).toBe(e.code);
      expect(r.summaryKey).toBe(e.summaryKey);
      expect(r.behaviour).toBe(e.behaviour);
      expect(r.values).toEqual({ code: String(e.code) });
      // The same from the error line as the server sends it.
      expect(msnp.resolve(`${e.code} 12\r\n`).entry?.code).toBe(e.code);
    }
  });

  it('lists the same entries, in the same order, in entries() and with their texts', () => {
    const slim = msnp.entries();
    expect(entries.map((e) => e.id)).toEqual(slim.map((e) => e.id));
    for (const [i, e] of slim.entries()) expect(entries[i]).toMatchObject(e);
    // What chooses the sentence is bundled; the seeds' texts are not.
    expect(slim[0]).not.toHaveProperty('row000');
    expect(slim[0]).not.toHaveProperty('name');
  });
});

describe('words and keys', () => {
  it('uses one behaviour vocabulary in the generator and the family', () => {
    expect([...MSNP_BEHAVIOURS]).toEqual(BEHAVIOURS);
  });

  it('has keys that say what they mean (no trailing digit) and calm English sentences', () => {
    for (const [key, text] of Object.entries(words)) {
      expect(key).not.toMatch(/\d$/);
      expect(text.trim()).toBe(text);
      if (key.startsWith('fact.') || key.startsWith('fallback.')) continue;
      expect(text).toMatch(/[.]$/);
      expect(text).not.toMatch(/^\{\{/);
      // Placeholders are i18next's `{{name}}`, and only the family's.
      for (const m of text.matchAll(/\{\{(\w+)\}\}/g)) expect(msnp.placeholders).toContain(m[1]);
    }
    for (const p of msnp.placeholders) expect(words[`fallback.${p}`]).toBeTruthy();
  });

  it('labels every fact a resolution can carry, and every fact describe adds', async () => {
    const inputs = [...entries.map((e) => e.input), '0x8100030a', '0x80048821', '999 3', 'x'];
    for (const input of inputs) {
      for (const context of [{ command: 'CAL' }, {}] as const) {
        const r = msnp.resolve(input, context);
        for (const f of r.facts) expect(words[f.label], f.label).toBeTruthy();
        for (const f of await msnp.describe(r)) expect(words[f.label], f.label).toBeTruthy();
      }
    }
  });
});

describe('shared HRESULTs', () => {
  it('lists 0x8100030a for 205, 206, 208 and 216, and returns the first in code order', () => {
    expect(entriesForHresult('0x8100030a').map((e) => e.code)).toEqual([205, 206, 208, 216]);
    const r = msnp.resolve('0x8100030A');
    expect(r.entry?.code).toBe(205);
    expect(r.candidates.map((e) => e.code)).toEqual([205, 206, 208, 216]);
    expect(r.summaryKey).toBe('contactNotFound');
    expect(r.facts).toContainEqual({ label: 'fact.sameHresult', value: '206, 208, 216' });
  });

  it('gives every HRESULT that several codes share all of them as candidates', () => {
    const shared = new Map<string, number[]>();
    for (const e of entries) {
      if (e.hresult === undefined) continue;
      shared.set(e.hresult, [...(shared.get(e.hresult) ?? []), e.code]);
    }
    const many = [...shared].filter(([, codes]) => codes.length > 1);
    expect(Object.fromEntries(many)).toEqual({
      '0x8100030a': [205, 206, 208, 216],
      '0x810003a8': [500, 520, 918, 919],
      '0x81000339': [606, 710],
      '0x8100030e': [600, 729, 910, 921, 922],
      '0x8100035a': [718, 927],
    });
    for (const [hresult, codes] of many) {
      const r = msnp.resolve(hresult);
      expect(r.candidates.map((e) => e.code)).toEqual(codes);
      expect(r.entry?.code).toBe(codes[0]);
    }
  });

  it('finds a code by its HRESULT as a number, signed or not', () => {
    expect(msnp.resolve(0x81000430).entry?.code).toBe(217);
    expect(msnp.resolve(0x81000430 | 0).entry?.code).toBe(217);
    expect(msnp.resolve(String(0x81000430 | 0)).entry?.code).toBe(217);
  });

  it('resolves the related authentication HRESULTs, E_FAIL through code 503', async () => {
    for (const rel of related) {
      expect(relatedHresultFor(rel.hresult)?.hresult).toBe(rel.hresult);
      const r = msnp.resolve(rel.hresult);
      expect(r.related?.hresult).toBe(rel.hresult);
      expect(r.handled).toBe(true);
      if (rel.hresult === '0x80004005') {
        expect(r.entry?.code).toBe(503);
      } else {
        expect(r.entry).toBeUndefined();
        expect(r.summaryKey).toBe(rel.summaryKey);
        expect(r.behaviour).toBe(rel.behaviour);
        expect(await msnp.describe(r)).toContainEqual({
          label: 'fact.description',
          value: rel.description,
          lang: 'en',
        });
      }
    }
    const winhttp = related.find((r) => r.hresult === relatedHresultFor('0x80072F7D')?.hresult);
    expect(winhttp?.group).toBe('System Error');
    expect(winhttp?.hresultName).toBe('ERROR_WINHTTP_SECURE_CHANNEL_ERROR');
  });
});

describe('codes that are not failures', () => {
  it('marks 218 (MSGR_S_ALREADY_IN_THE_MODE) and the two success HRESULTs as not failures', () => {
    const r = msnp.resolve('218 16\r\n');
    expect(r.failure).toBe(false);
    expect(r.behaviour).toBe('not-a-failure');
    expect(r.hresult).toBe('0x01000301');
    expect(entries.filter((e) => !e.failure).map((e) => e.code)).toEqual([218]);
    expect(
      listRelatedHresults()
        .filter((h) => !h.failure)
        .map((h) => h.hresult),
    ).toEqual(['0x00048802', '0x00048803']);
    for (const h of listRelatedHresults()) {
      expect(h.behaviour === 'not-a-failure').toBe(!h.failure);
    }
  });
});

describe('where the seeds disagree', () => {
  it('keeps both texts and records which one drives the sentence', () => {
    expect(Object.keys(DISAGREEMENTS).map(Number)).toEqual([
      213, 420, 710, 800, 911, 917, 918, 919, 928,
    ]);
    for (const code of Object.keys(DISAGREEMENTS).map(Number)) {
      const e = byCode.get(code);
      expect(e?.disagreement, `code ${code}`).toBeDefined();
      expect(e?.row000).toBeDefined();
      expect(e?.name).toBeDefined();
      expect(e?.disagreement?.why).toContain(`line ${e?.line000}`);
    }
    expect(entries.filter((e) => e.disagreement).length).toBe(9);
  });

  it('shows 911 as an authentication failure (000) while keeping "Server is busy" (001)', async () => {
    const e = byCode.get(911);
    expect(e?.description).toBe('Generic authentication failure.');
    expect(e?.name).toBe('Server is busy');
    expect(e?.disagreement?.drives).toBe('000');
    const r = msnp.resolve('911 3');
    expect(r.summaryKey).toBe('signInFailed');
    expect(r.behaviour).toBe('session-ends');
    expect((await msnp.describe(r)).map((f) => f.value)).toEqual(
      expect.arrayContaining(['Generic authentication failure.', 'Server is busy']),
    );
  });

  it('shows 710 as a rejected sign-in request (001), not as paging unavailable (000)', () => {
    const e = byCode.get(710);
    expect(e?.hresultName).toBe('MSGR_E_PAGING_UNAVAILABLE');
    expect(e?.name).toBe('Bad CVR parameters sent');
    expect(e?.disagreement?.drives).toBe('001');
    expect(e?.summaryKey).toBe('requestNotAcceptedSignedOut');
  });

  it('keeps 928, 917, 420 and 800 with both texts under the 000 reading', () => {
    expect(byCode.get(928)?.summaryKey).toBe('signInFailed');
    expect(byCode.get(928)?.name).toBe('Bad ticket');
    expect(byCode.get(917)?.summaryKey).toBe('signInFailed');
    expect(byCode.get(420)?.summaryKey).toBe('appVersionNotAllowed');
    expect(byCode.get(800)?.summaryKey).toBe('tooManyRequests');
    expect(byCode.get(800)?.description).toBe('You are being rate limited.');
  });
});

describe('rows with missing or odd cells', () => {
  it('reads N/A and ? as no value, and keeps the row verbatim', () => {
    const e281 = byCode.get(281);
    expect(e281?.row000).toBe('281 N/A N/A ERR_NOTIFY_XFR_FAILED ?');
    expect(e281?.hresult).toBeUndefined();
    expect(e281?.description).toBeUndefined();
    expect(byCode.get(920)?.hresult).toBe('0x81000326');
    expect(byCode.get(920)?.hresultName).toBeUndefined();
  });

  it('keeps the two-name cell of 503 whole (000 line 52)', () => {
    expect(byCode.get(503)?.hresultName).toBe('MSGR_E_FAIL / E_FAIL');
  });

  it('splits 511 as the name "Banned" (001 line 148) and keeps the 227 trace that shows 226', () => {
    expect(byCode.get(511)?.cause).toBe(
      'User account you are attempting to connect with is banned.',
    );
    expect(byCode.get(227)?.traces[0]?.text).toBe('>>> RMG 28 15\\r\\n <<< 226 28\\r\\n');
    expect(byCode.get(226)).toBeUndefined();
  });

  it('keeps the misspellings of the seeds', () => {
    expect(byCode.get(403)?.description).toContain('unavaliable');
    expect(byCode.get(219)?.cause).toMatch(/^Send in reply/);
  });
});

describe('resolve', () => {
  it('reads the error line with or without CRLF, and the transaction id', () => {
    for (const line of ['217 12', '217 12\r\n', '  217 12  ', '<<< 217 12\\r\\n', '217']) {
      const r = msnp.resolve(line);
      expect(r.entry?.code, line).toBe(217);
      expect(r.problems, line).toEqual([]);
    }
    expect(msnp.resolve('217 12\r\n').transactionId).toBe('12');
    expect(msnp.resolve('<<< 217 12\\r\\n').transactionId).toBe('12');
    expect(msnp.resolve('240 TrId').transactionId).toBe('TrId');
  });

  it('places conversation failures in the IM area and the rest in the bar', () => {
    expect(msnp.resolve(217).placement).toBe('im-area');
    expect(msnp.resolve(280).placement).toBe('im-area');
    expect(msnp.resolve(911).placement).toBe('notification-bar');
    expect(msnp.resolve(210).placement).toBe('notification-bar');
    for (const e of entries) {
      if (e.behaviour === 'conversation-fails') expect(e.placement).toBe('im-area');
      if (e.behaviour.startsWith('session-ends')) expect(e.placement).toBe('notification-bar');
    }
  });

  it('falls back to the generic message with the code for an unknown code', () => {
    const r = msnp.resolve('999 4');
    expect(r.handled).toBe(false);
    expect(r.unhandledReason).toBe('no-row');
    expect(r.summaryKey).toBe('unknownError');
    expect(r.values).toEqual({ code: '999' });
    expect(r.problems).toEqual([]);
    const h = msnp.resolve('0x8100ffff');
    expect(h.unhandledReason).toBe('no-row');
    expect(h.values).toEqual({ code: '0x8100ffff' });
  });

  it('notes a problem for malformed input and shows the generic message', () => {
    for (const input of ['hello', '21x 3', '0xZZ', '0x123456789', '', '   ']) {
      const r = msnp.resolve(input);
      expect(r.handled, input).toBe(false);
      expect(r.unhandledReason).toBe('no-code');
      expect(r.problems.length, input).toBeGreaterThan(0);
    }
    expect(msnp.resolve(null).problems).toEqual([]);
    expect(msnp.resolve(undefined).unhandledReason).toBe('no-code');
  });

  it('keeps the context command in the facts and the sameness key; it changes the sentence only by a rule', () => {
    const a = msnp.resolve('217 2', { command: 'ADL' });
    const b = msnp.resolve('217 9');
    expect(a.summaryKey).toBe(b.summaryKey);
    expect(msnp.resolve('217 2', { command: 'CAL' }).summaryKey).toBe('sentAsOfflineMessages');
    expect(a.sameKey).not.toBe(b.sameKey);
    expect(a.facts).toContainEqual({ label: 'fact.command', value: 'ADL' });
    expect(msnp.resolve('217 3').sameKey).toBe(b.sameKey);
    const bad = msnp.resolve(217, { command: '<b>' as never });
    expect(bad.command).toBeUndefined();
    expect(bad.problems[0]?.field).toBe('context.command');
  });

  it('accepts what parseText returns', () => {
    const parsed = msnp.parseText('216 14\r\n');
    expect(parsed).toMatchObject({ code: 216, transactionId: '14' });
    expect(msnp.resolve(parsed).entry?.code).toBe(216);
    expect(msnp.resolve(msnp.parseText('0x81000304')).entry?.code).toBe(207);
  });

  it('survives prototype keys and odd values', () => {
    const odd: unknown[] = [
      '__proto__',
      'constructor',
      'toString',
      JSON.parse('{"__proto__": {"code": 217}}'),
      { constructor: 217 },
      { toString: () => '217' },
      Object.create({ code: 217 }),
      { code: '217' },
      { hresult: 7 },
      [217],
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      1.5,
      2 ** 40,
      true,
      Symbol('x'),
      () => 217,
      BigInt(217),
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('no');
          },
          getOwnPropertyDescriptor() {
            throw new Error('no');
          },
        },
      ),
    ];
    for (const input of odd) {
      const r = msnp.resolve(input as never, input as never);
      expect(r.family).toBe('msnp');
      expect(r.handled).toBe(false);
    }
  });

  it('describes only what the code names in the family table, whatever it is handed', async () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const odd of [null, undefined, 217, 'x', throwing, { entry: { code: '217' } }]) {
      await expect(msnp.describe(odd as never)).resolves.toEqual([]);
    }
    // A copy (as formatting makes) with an entry of its own: the family's texts, not the copy's.
    const forged = { ...msnp.resolve(217), entry: { code: 217, name: '<b>forged</b>' } };
    const facts = await msnp.describe(forged as never);
    expect(facts.map((f) => f.value)).toContain('Principal not online');
    expect(facts.map((f) => f.value)).not.toContain('<b>forged</b>');
  });
});

describe('the line reader (property tests)', () => {
  it('never throws and always returns a resolution', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, context) => {
        const r = msnp.resolve(input as never, context as never);
        expect(typeof r.summaryKey).toBe('string');
        expect(typeof r.sameKey).toBe('string');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(() => msnp.parseText(text)).not.toThrow();
        expect(msnp.resolve(text).family).toBe('msnp');
      }),
    );
  });

  it('reads any code and transaction id back from the line it makes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 999 }),
        fc.nat(),
        fc.constantFrom('', '\r\n', '\\r\\n', '\n'),
        (code, trid, end) => {
          const parsed = parseMsnpLine(`${code} ${trid}${end}`);
          expect(parsed.code).toBe(code);
          expect(parsed.transactionId).toBe(String(trid));
          expect(parsed.problems).toEqual([]);
        },
      ),
    );
  });

  it('looks at each character a bounded number of times (linear time)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('2', '1', '7', ' ', '0', 'x', 'f', '\\', 'r', '<', '-'),
        }),
        fc.integer({ min: 1, max: 50 }),
        (piece, times) => {
          const text = piece.repeat(times);
          const meter = { steps: 0 };
          parseMsnpLine(text, meter);
          expect(meter.steps).toBeLessThanOrEqual(4 * text.length + 16);
        },
      ),
    );
    const meter = { steps: 0 };
    parseMsnpLine(`217 ${'1'.repeat(1_000_000)}`, meter);
    expect(meter.steps).toBeLessThanOrEqual(4 * 4096 + 16);
  });
});
