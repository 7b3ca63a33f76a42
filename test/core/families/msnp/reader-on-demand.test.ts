/**
 * The MSNP reader (engine.ts: the catalog, the rules and the line reader) loads on demand with
 * the family's words: `loadLanguage` and the views ask for it. Before it is in, the generic
 * message answers and says how to load it, nothing is listed, and a queue holds a push until
 * the reader decides (a code libpurple only logs is never shown). The test setup loads it up
 * front (test/english.ts), so each test here imports the family afresh, as an app has it.
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  const core = await import('../../../../src/core/index');
  const family = await import('../../../../src/core/families/msnp/index');
  return { core, ...family };
}

describe('MSNP before its reader has loaded', () => {
  it('answers with the generic message, says how to load the reader, and lists nothing', async () => {
    const { core, msnp, relatedHresultFor, entriesForHresult, listRelatedHresults } = await fresh();
    expect(msnp.isReady()).toBe(false);
    expect(msnp.entries()).toEqual([]);
    expect(listRelatedHresults()).toEqual([]);
    expect(entriesForHresult('0x8100030a')).toEqual([]);
    expect(relatedHresultFor('0x80048821')).toBeUndefined();
    expect(msnp.parseText('OUT OTH')).toBe('OUT OTH');
    const before = msnp.resolve('OUT OTH');
    expect([before.handled, before.sessionEnded, before.summaryKey]).toEqual([
      false,
      false,
      'unknownError',
    ]);
    expect(before.problems).toEqual([
      expect.objectContaining({
        field: 'reader',
        in: 'call',
        message: expect.stringContaining('await msnp.load() first'),
      }),
    ]);
    // The generic sentence, never a key nor a placeholder.
    const generic = core.formatError(msnp, '217 5').summary;
    expect(generic.startsWith(msnp.bundled.unknownError.split('{{')[0] as string)).toBe(true);
    expect(generic).not.toMatch(/\{\{|unknownError/);

    await core.loadLanguage('en', [msnp]);
    expect(msnp.isReady()).toBe(true);
    const after = msnp.resolve('OUT OTH');
    expect([after.summaryKey, after.sessionEnded, after.problems]).toEqual([
      'signedInElsewhere',
      true,
      [],
    ]);
    expect(msnp.entries().length).toBe(103);
    expect(entriesForHresult('0x8100030a').map((e) => e.code)).toEqual([205, 206, 208, 216]);
    expect(msnp.parseText('OUT OTH')).toMatchObject({ signedOut: true, outReason: 'OTH' });
  });

  it('lets a queue decide only once the reader is in', async () => {
    const { core, msnp } = await fresh();
    const queue = new core.ErrorNoticeQueue({ family: msnp });
    // 200 is a code libpurple only logs: hidden once the reader decides.
    queue.push({ error: '200 1' });
    const out = queue.push({ error: 'OUT OTH' });
    expect(queue.size).toBe(0);
    await msnp.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.getSnapshot().map((n) => [n.id, n.intent])).toEqual([[out, 'warning']]);
  });

  it('gives the rules and the OUT reasons on demand', async () => {
    const { msnp, loadMsnpTables } = await fresh();
    const { MSNP_RULES, MSNP_OUT_REASONS } = await loadMsnpTables();
    expect(MSNP_RULES.length).toBeGreaterThan(0);
    expect(MSNP_OUT_REASONS.length).toBeGreaterThan(0);
    expect(msnp.isReady()).toBe(true);
  });
});
