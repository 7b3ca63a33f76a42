/**
 * The Exchange ActiveSync reader (engine.ts: the catalog and the reading of a response) loads
 * on demand with the family's words: `loadLanguage` and the views ask for it. Before it is in,
 * the generic message answers and says how to load it, nothing is listed, and a queue holds
 * a push until the reader decides (a resync is never shown). The test setup loads it up front
 * (test/english.ts), so each test here imports the family afresh, as an app has it at start.
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  const core = await import('../../../../src/core/index');
  const { eas, loadEasTables } = await import('../../../../src/core/families/eas/index');
  return { core, eas, loadEasTables };
}

describe('Exchange ActiveSync before its reader has loaded', () => {
  it('answers with the generic message, says how to load the reader, and lists nothing', async () => {
    const { core, eas } = await fresh();
    expect(eas.isReady()).toBe(false);
    expect(eas.entries()).toEqual([]);
    expect(eas.parseText('Status 142')).toBe('Status 142');
    const before = eas.resolve({ httpStatus: 401, protocolVersion: '16.1' });
    expect([before.handled, before.behaviour, before.summaryKey]).toEqual([
      false,
      undefined,
      'syncProblem',
    ]);
    expect(before.problems).toEqual([
      expect.objectContaining({
        field: 'reader',
        in: 'call',
        message: expect.stringContaining('await eas.load() first'),
      }),
    ]);
    expect(core.formatError(eas, { httpStatus: 401 }).summary).toBe(eas.bundled.syncProblem);

    await core.loadLanguage('en', [eas]);
    expect(eas.isReady()).toBe(true);
    const after = eas.resolve({ httpStatus: 401, protocolVersion: '16.1' });
    expect([after.behaviour, after.retry, after.problems]).toEqual([
      'sign-in-again',
      'after-person',
      [],
    ]);
    expect(eas.entries().length).toBeGreaterThan(200);
  });

  it('lets a queue decide only once the reader is in: a resync is never listed', async () => {
    const { core, eas } = await fresh();
    const queue = new core.ErrorNoticeQueue({ family: eas });
    queue.push({ error: { command: 'Sync', status: 3 } });
    const signIn = queue.push({ error: { httpStatus: 401, protocolVersion: '16.1' } });
    expect(queue.size).toBe(0);
    await eas.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.getSnapshot().map((n) => [n.id, n.intent])).toEqual([[signIn, 'error']]);
  });

  it('gives the catalog’s tables and the seed’s texts on demand', async () => {
    const { eas, loadEasTables } = await fresh();
    const tables = await loadEasTables();
    expect(tables.EAS_COMMAND_STATUSES.length).toBe(136);
    expect(Object.keys(tables)).toEqual([
      'EAS_BEHAVIOURS',
      'EAS_COMMANDS',
      'EAS_COMMAND_STATUSES',
      'EAS_HTTP_STATUSES',
      'EAS_LEGACY_VERSIONS',
      'EAS_PROTOCOL_VERSIONS',
      'EAS_SCOPES',
    ]);
    expect(eas.isReady()).toBe(true);
  });
});
