import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/uc-error-kit-eas.json';
import { generatedFiles } from '../../../../scripts/extract-eas.mjs';
import { readEasSeed } from '../../../../scripts/seed/eas-seed.mjs';
import {
  EAS_BEHAVIOURS,
  EAS_HTTP_SHARED,
} from '../../../../src/core/families/eas/catalog.generated';
import { EAS_COMMAND_STATUSES } from '../../../../src/core/families/eas/commands';
import { EAS_HTTP_STATUSES } from '../../../../src/core/families/eas/http';
import { type EasContext, eas, loadEasEntries } from '../../../../src/core/families/eas/index';
import { readStatusText } from '../../../../src/core/families/eas/parse';
import { EAS_GENERIC } from '../../../../src/core/families/eas/start.generated';
import { describeWithSeeds, HAVE_SEEDS } from '../../../seeds';

const words = en as Record<string, string>;
// The seed is read only where it is there; the tests that need it say they skipped.
const seed = HAVE_SEEDS ? readEasSeed() : undefined;
// The entries with the seed's texts, loaded on demand (`entries()` has what resolve reads).
const entries = await loadEasEntries();
const byStatus = new Map<number, (typeof entries)[number]>(entries.map((e) => [e.status, e]));
const statusesOf = (r: { candidates: readonly { status: number }[] }) =>
  r.candidates.map((c) => c.status);
const http = (httpStatus: number, context: EasContext = { protocolVersion: '12.1' }) =>
  eas.resolve({ httpStatus }, context);

describeWithSeeds('the eas catalog', () => {
  it('is what the generator makes from the seed today', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      expect(readFileSync(file, 'utf8'), file).toBe(expected);
    }
  });

  it('has the 78 common status values, 101 to 184 with gaps', () => {
    expect(seed!.statuses).toHaveLength(78);
    expect(entries).toHaveLength(78);
    const all = entries.map((e) => e.status);
    expect(all[0]).toBe(101);
    expect(all.at(-1)).toBe(184);
    const gaps = [];
    for (let s = 101; s <= 184; s++) if (!all.includes(s as never)) gaps.push(s);
    expect(gaps).toEqual([157, 158, 159, 180, 181, 182]);
  });

  it('gives every seed row an entry with its verbatim texts, and resolve finds it', () => {
    for (const row of seed!.statuses) {
      const e = byStatus.get(row.status);
      expect(e, `seed line ${row.line}`).toBeDefined();
      if (!e) continue;
      expect(e.elementName).toBe(row.elementName);
      expect(e.meaning).toBe(row.meaning);
      expect(e.versions).toEqual(row.versions);
      expect(e.versionsText).toBe(row.versionsText);
      expect(e.httpText).toBe(row.httpText);
      expect(e.httpStatus).toEqual(row.httpStatus);
      expect(e.line).toBe(row.line);
      expect(e.id).toBe(`eas ${row.status}`);
      const r = eas.resolve(e.input, e.context);
      expect(r.entry?.id, `status ${row.status}`).toBe(e.id);
      expect(r.handled).toBe(true);
      expect(r.summaryKey).toBe(e.summaryKey);
      expect(r.placement).toBe('notification-bar');
    }
  });

  it('reads the commands table and the scope table', () => {
    expect(seed!.commands.map((c) => c.name)).toEqual([
      'Autodiscover',
      'Find',
      'FolderCreate',
      'FolderDelete',
      'FolderSync',
      'FolderUpdate',
      'GetItemEstimate',
      'ItemOperations',
      'MeetingResponse',
      'MoveItems',
      'Ping',
      'Provision',
      'ResolveRecipients',
      'Search',
      'SendMail',
      'Settings',
      'SmartForward',
      'SmartReply',
      'Sync',
      'ValidateCert',
    ]);
    expect(seed!.scopes.map((s: { value: string }) => s.value)).toEqual([
      'Global',
      'Item',
      'Policy',
    ]);
    expect(seed!.legacyVersions).toEqual(['2.5', '12.0', '12.1']);
    expect(entries.filter((e) => e.scope !== undefined).map((e) => [e.status, e.scope])).toEqual([
      [184, 'Item'],
    ]);
  });

  it('keeps the rows with empty cells, and says which cell is empty', () => {
    const missing = entries.filter((e) => e.missing.length > 0).map((e) => [e.status, e.missing]);
    expect(missing).toEqual([
      [113, ['meaning']],
      [137, ['meaning']],
      [147, ['elementName']],
      [168, ['meaning']],
      [169, ['meaning']],
      [170, ['meaning']],
      [171, ['meaning']],
      [173, ['meaning']],
    ]);
    expect(byStatus.get(147)?.meaning).toBe(
      'The request tried to operate on a type of items unknown to the server.',
    );
    expect(byStatus.get(113)?.elementName).toBe('MailboxQuotaExceeded');
  });

  it('describes a row with its seed texts, leaving out the cells the seed leaves empty', async () => {
    const r147 = await eas.describe(eas.resolve(147));
    expect(r147.map((f) => f.label)).not.toContain('fact.elementName');
    expect(r147).toContainEqual({
      label: 'fact.name',
      value: 'UnexpectedItemClass',
      lang: undefined,
    });
    expect((await eas.describe(eas.resolve(113))).map((f) => f.label)).not.toContain(
      'fact.meaning',
    );
    expect(await eas.describe(eas.resolve(142))).toContainEqual({
      label: 'fact.elementName',
      value: 'DeviceNotProvisioned',
      lang: undefined,
    });
  });

  it('lists the same entries, in the same order, in entries() and with their texts', () => {
    // entries() lists the common values first, then each command's own.
    const slim = eas.entries().filter((e) => !('command' in e));
    expect(entries.map((e) => e.id)).toEqual(slim.map((e) => e.id));
    for (const [i, e] of slim.entries()) expect(entries[i]).toMatchObject(e);
    expect(slim[0]).not.toHaveProperty('meaning');
  });

  it('describes only what the numbers name in the family tables, whatever it is handed', async () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const odd of [null, undefined, 142, 'x', throwing, { entry: { status: '142' } }]) {
      await expect(eas.describe(odd as never)).resolves.toEqual([]);
    }
    const sources = await eas.describe(eas.resolve({ command: 'Sync', status: 3 }));
    expect(sources.length).toBeGreaterThan(0);
    for (const f of sources) expect(f.label).toBe('fact.source');
    const h503 = await eas.describe(eas.resolve({ httpStatus: 503 }, { protocolVersion: '16.1' }));
    expect(h503.map((f) => f.label)).toContain('fact.source');
  });

  it('keeps the garbled element name of 118 verbatim (seed line 132)', () => {
    expect(byStatus.get(118)?.elementName).toBe('Message PreviouslySent');
  });

  it('keeps the seed’s punctuation verbatim (curly apostrophes, lower-case "section")', () => {
    expect(byStatus.get(132)?.meaning).toContain('server’s data file');
    expect(seed!.commands[1]?.statusSection).toBe('section 2.2.3.177.2');
  });
});

describe('the words', () => {
  const used = new Set<string>();
  for (const e of entries) {
    used.add(e.summaryKey);
    if (e.detailsKey) used.add(e.detailsKey);
  }
  for (const s of EAS_HTTP_SHARED) {
    used.add(s.summaryKey);
    if (s.detailsKey) used.add(s.detailsKey);
  }
  used.add(EAS_GENERIC.summaryKey);
  used.add(EAS_GENERIC.detailsKey);
  for (const s of [...EAS_COMMAND_STATUSES, ...EAS_HTTP_STATUSES]) {
    used.add(s.summaryKey);
    if (s.detailsKey) used.add(s.detailsKey);
  }

  it('has a sentence for every key used, and no sentence that is not used', () => {
    for (const k of used) expect(words[k], k).toBeTypeOf('string');
    const sentences = Object.keys(words).filter((k) => !k.includes('.'));
    expect(sentences.filter((k) => !used.has(k))).toEqual([]);
  });

  it('writes keys that say what they mean and sentences that translate cleanly', () => {
    for (const [key, text] of Object.entries(words)) {
      expect(key, key).not.toMatch(/\d$/);
      expect(text, key).not.toMatch(/^\{\{/);
      expect(text, key).not.toMatch(/<|>/);
      for (const m of text.matchAll(/\{\{(\w+)\}\}/g)) expect(eas.placeholders).toContain(m[1]);
    }
    for (const p of eas.placeholders) expect(words[`fallback.${p}`]).toBeTypeOf('string');
  });

  it('labels every fact it gives, and every fact describe adds', async () => {
    const labels = new Set<string>();
    for (const e of entries) {
      const r = eas.resolve(e.input);
      for (const f of [...r.facts, ...(await eas.describe(r))]) labels.add(f.label);
    }
    const provision = http(403, { protocolVersion: '12.1', command: 'Provision' });
    for (const f of [...provision.facts, ...(await eas.describe(provision))]) {
      labels.add(f.label);
    }
    for (const l of labels) expect(words[l], l).toBeTypeOf('string');
  });

  it('uses only the behaviours of its vocabulary', () => {
    for (const e of entries) {
      if (e.behaviour !== undefined) expect(EAS_BEHAVIOURS).toContain(e.behaviour);
    }
  });
});

describe('HTTP statuses of protocol versions 2.5, 12.0 and 12.1', () => {
  it('maps a 403 to all five candidates and one sentence that fits them', () => {
    const r = http(403);
    expect(statusesOf(r)).toEqual([112, 125, 126, 132, 140]);
    expect(r.handled).toBe(true);
    expect(r.entry).toBeUndefined();
    expect(r.summaryKey).toBe('syncRefused');
    expect(r.detailsKey).toBe('syncRefusedDetails');
    // Several rows that differ: what clients do with a 403 for every version decides.
    expect(r.behaviour).toBe('access-denied-by-policy');
    expect(r.code).toBe(403);
    expect(r.facts.filter((f) => f.label === 'fact.candidate').map((f) => f.value)).toEqual([
      '112 ActiveDirectoryAccessDenied',
      '125 UserPrincipalCouldNotBeFound',
      '126 UserDisabledForSync',
      '132 SyncStateNotFound',
      '140 RemoteWipeRequested',
    ]);
  });

  it('narrows a 403 by the command and the policy key header, as the seed’s conditions say', () => {
    expect(statusesOf(http(403, { protocolVersion: '12.1', command: 'Provision' }))).toEqual([
      112, 125, 126, 132, 140,
    ]);
    expect(statusesOf(http(403, { protocolVersion: '12.1', command: 'Sync' }))).toEqual([
      112, 125, 126, 140,
    ]);
    expect(
      statusesOf(http(403, { protocolVersion: '2.5', command: 'Sync', policyKeyHeader: true })),
    ).toEqual([112, 125, 126]);
  });

  it('maps a 500 by command: SendMail adds 106 (InvalidIDs), Provision drops 132', () => {
    expect(statusesOf(http(500, { protocolVersion: '12.0', command: 'SendMail' }))).toEqual([
      106, 110, 132,
    ]);
    expect(statusesOf(http(500, { protocolVersion: '12.0', command: 'Sync' }))).toEqual([110, 132]);
    const provision = http(500, { protocolVersion: '12.0', command: 'Provision' });
    expect(statusesOf(provision)).toEqual([110]);
    expect(provision.entry?.name).toBe('ServerError');
    // 110 backs off now (eas-keys.json, EAS-4-TbSync BUSY_BACKOFF_MS).
    expect(provision.behaviour).toBe('retry-later');
    expect(provision.retryAfter).toBe(1800);
    expect(http(500).summaryKey).toBe('serverProblem');
  });

  it('maps a 400 to five statuses that read alike; SendMail leaves 106 out', () => {
    const r = http(400);
    expect(statusesOf(r)).toEqual([101, 103, 106, 138, 147]);
    expect(r.summaryKey).toBe('requestNotUnderstood');
    expect(r.behaviour).toBe('fix-request');
    expect(statusesOf(http(400, { protocolVersion: '12.1', command: 'SendMail' }))).toEqual([
      101, 103, 138, 147,
    ]);
  });

  it('answers 505 with 138 only for version 1.0 devices (seed line 214)', () => {
    expect(http(505, { protocolVersion: '1.0' }).entry?.status).toBe(138);
    expect(http(505, { protocolVersion: '12.1' }).unhandledReason).toBe('no-row');
    // 138's 400 is for 2.5 / 12.x: a 1.0 device's 400 gets the every-version reading.
    expect(http(400, { protocolVersion: '1.0' }).candidates).toEqual([]);
    expect(http(400, { protocolVersion: '1.0' }).behaviour).toBe('fix-request');
  });

  it('maps a 449 to the provisioning statuses; no policy key header moves 140 to 403', () => {
    const r = http(449, { protocolVersion: '12.0' });
    expect(statusesOf(r)).toEqual([140, 141, 142, 143, 144]);
    expect(r.summaryKey).toBe('securitySettingsUpdate');
    expect(r.behaviour).toBe('re-provision');
    const noKey = http(449, { protocolVersion: '12.0', policyKeyHeader: false });
    expect(statusesOf(noKey)).toEqual([141, 142, 143, 144]);
  });

  it('maps the statuses only one row names', () => {
    expect(http(503).entry?.name).toBe('ServerErrorRetryLater');
    expect(http(503).behaviour).toBe('retry-later');
    expect(http(507).entry?.name).toBe('MailboxQuotaExceeded');
    expect(statusesOf(http(501))).toEqual([137, 147]);
  });

  it('does not map an HTTP status back for 14.0 and later, and notes a missing version', () => {
    const r = http(403, { protocolVersion: '14.1' });
    expect(r.candidates).toEqual([]);
    expect(r.behaviour).toBe('access-denied-by-policy');
    expect(r.values).toEqual({ code: '403' });
    expect(http(418, { protocolVersion: '14.1' }).unhandledReason).toBe('no-row');
    const noVersion = eas.resolve({ httpStatus: 403 });
    expect(statusesOf(noVersion)).toEqual([112, 125, 126, 132, 140]);
    expect(noVersion.problems.map((p) => p.field)).toContain('protocolVersion');
  });
});

describe('reading the input', () => {
  it('reads a Status value as a number, digits or XML', () => {
    expect(eas.resolve(142).entry?.name).toBe('DeviceNotProvisioned');
    expect(eas.resolve(' 142 ').entry?.status).toBe(142);
    expect(eas.resolve('<Status>142</Status>').entry?.status).toBe(142);
    expect(eas.resolve({ status: '142' }).entry?.status).toBe(142);
    expect(eas.parseText('<airsync:Status>142</airsync:Status>')).toEqual({ status: 142 });
  });

  it('reads an HTTP response and its protocol version from pasted text', () => {
    const text =
      'HTTP/1.1 449 Retry after sending a PROVISION command\r\nMS-ASProtocolVersion: 12.1';
    expect(eas.parseText(text)).toEqual({ httpStatus: 449, protocolVersion: '12.1' });
    const r = eas.resolve(text);
    expect(r.protocolVersion).toBe('12.1');
    expect(statusesOf(r)).toEqual([140, 141, 142, 143, 144]);
    expect(eas.parseText('HTTP status code 403')).toEqual({ httpStatus: 403 });
  });

  it('gives the generic message for an unknown status, with the code', () => {
    const r = eas.resolve(157);
    expect(r.handled).toBe(false);
    expect(r.unhandledReason).toBe('no-row');
    expect(r.summaryKey).toBe('syncProblem');
    expect(r.values).toEqual({ code: '157' });
    expect(r.problems).toEqual([]);
  });

  it('notes unreadable input and gives the generic message without a code', () => {
    for (const bad of ['', 'no status here', -1, 1.5, Number.NaN, true, [], Symbol('x')]) {
      const r = eas.resolve(bad as never);
      expect(r.handled).toBe(false);
      expect(r.unhandledReason).toBe('no-code');
      expect(r.problems.length).toBeGreaterThan(0);
    }
    expect(eas.resolve(null).problems).toEqual([]);
  });

  it('notes a status the seed does not list for the context’s protocol version', () => {
    const r = eas.resolve(183, { protocolVersion: '14.1' });
    expect(r.entry?.status).toBe(183);
    expect(r.problems.map((p) => p.field)).toEqual(['protocolVersion']);
  });

  it('reads only own fields: prototype keys are no codes', () => {
    const proto = JSON.parse('{"__proto__": {"status": 142}, "constructor": 1, "toString": 2}');
    expect(eas.resolve(proto).unhandledReason).toBe('no-code');
    expect(eas.resolve('constructor').unhandledReason).toBe('no-code');
    const ctx = JSON.parse('{"command": "toString", "protocolVersion": "__proto__"}');
    const r = eas.resolve(142, ctx);
    expect(r.command).toBeUndefined();
    expect(r.protocolVersion).toBeUndefined();
    expect(r.problems.map((p) => p.field)).toEqual(['context.protocolVersion', 'context.command']);
    expect(eas.resolve({ httpStatus: 403 }, { command: 'hasOwnProperty' as never }).command).toBe(
      undefined,
    );
  });

  it('survives an object whose getters throw', () => {
    const hostile = {
      get status(): number {
        throw new Error('boom');
      },
    };
    const r = eas.resolve(hostile as never);
    expect(r.handled).toBe(false);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('builds the same sameKey from the same codes and context', () => {
    expect(eas.resolve('142').sameKey).toBe(eas.resolve(142).sameKey);
    expect(http(403).sameKey).not.toBe(http(403, { protocolVersion: '12.0' }).sameKey);
  });
});

describe('properties', () => {
  const anyContext = fc.oneof(
    fc.anything(),
    fc.record(
      {
        protocolVersion: fc.oneof(
          fc.constantFrom('1.0', '2.5', '12.0', '12.1', '14.0'),
          fc.string(),
        ),
        command: fc.oneof(fc.constantFrom('Sync', 'SendMail', 'Provision'), fc.string()),
        policyKeyHeader: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  );
  const anyInput = fc.oneof(
    fc.anything(),
    fc.integer(),
    fc.string(),
    fc.record({ status: fc.anything(), httpStatus: fc.anything() }, { requiredKeys: [] }),
    fc.constantFrom(...entries.map((e) => e.status)),
  );

  it('resolve never throws and always answers with words it has', () => {
    fc.assert(
      fc.property(anyInput, anyContext, (input, context) => {
        const r = eas.resolve(input as never, context as never);
        expect(words[r.summaryKey]).toBeTypeOf('string');
        if (r.detailsKey) expect(words[r.detailsKey]).toBeTypeOf('string');
        expect(r.family).toBe('eas');
        expect(r.handled).toBe(r.unhandledReason === undefined);
        expect(typeof r.sameKey).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('parseText never throws and works in linear time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const read = readStatusText(text);
        expect(read.steps).toBeLessThanOrEqual(3 * text.length);
        expect(eas.parseText(text)).toEqual(read.fields);
      }),
      { numRuns: 500 },
    );
  });

  it('reads pasted statuses back wherever they sit in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }).filter((s) => !/[\w.-]/.test(s.at(-1) ?? ' ')),
        fc.constantFrom(...entries.map((e) => e.status)),
        (prefix, status) => {
          expect(eas.resolve(`${prefix} <Status>${status}</Status>`).entry?.status).toBe(status);
        },
      ),
    );
  });

  it('does work that grows with the text, not faster', () => {
    const unit = 'Status HTTP 1.1 <x> 4033333333 ';
    const small = readStatusText(unit.repeat(1_000)).steps;
    const large = readStatusText(unit.repeat(100_000)).steps;
    expect(large).toBeLessThanOrEqual(small * 100 + unit.length);
    expect(readStatusText('9'.repeat(1_000_000)).steps).toBeLessThanOrEqual(3_000_000);
  });
});

describe('every code a tool lists', () => {
  it('lists each command-level status as an entry that resolves to itself', () => {
    const commands = eas.entries().filter((e) => 'command' in e);
    expect(commands.length).toBeGreaterThanOrEqual(100);
    for (const e of commands) {
      const r = eas.resolve(e.input as never, e.context);
      expect(r.summaryKey, e.id).toBe(e.summaryKey);
      expect(eas.display.groupOf(e)).toBe((e as { command: string }).command);
      expect(eas.display.searchTextOf(e)).toContain(String((e as { status: number }).status));
    }
    expect(new Set(eas.entries().map((e) => e.id)).size).toBe(eas.entries().length);
  });
});
