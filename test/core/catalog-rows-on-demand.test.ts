/**
 * The [MS-OCER] reader (engine.ts: the resolver, the header readers, the catalog index) and
 * Lync 2010's rows (Appendix D) load on demand with the family's words: `loadLanguage` and
 * the views ask for them, so an app's start carries neither. Before they are in, the generic
 * message answers where the mode puts its messages and says how to load them, and a queue
 * holds a push until the reader decides. The test setup loads them up front
 * (test/english.ts), so each test here imports the kit afresh, as an app has it at start.
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  const core = await import('../../src/core/index');
  const { msOcer } = await import('../../src/core/families/ms-ocer/index');
  return { core, msOcer };
}

const cases = [
  [{ msDiagnostics: 1008 }, { mode: 'IM' }],
  [{ sipStatus: 486 }, { mode: 'Voice', action: 'transfer' }],
  [{ msDiagnostics: 1003 }, { mode: 'Conference', action: 'join' }],
  [{ sipStatus: 101, msDiagnostics: 1008 }, { mode: 'Voice' }],
  [{ sipStatus: 'SIP/2.0 480 Temporarily Unavailable' }, { mode: 'Sharing' }],
] as const;

describe('[MS-OCER] before its reader and Lync 2010 rows have loaded', () => {
  it('lists no rows and is not ready, until loadLanguage brings the rows with the words', async () => {
    const { core, msOcer } = await fresh();
    expect(msOcer.isReady()).toBe(false);
    expect(msOcer.isReady({ mode: 'Voice' })).toBe(false);
    expect(msOcer.entries()).toEqual([]);
    expect(core.isLanguageLoaded('en', [msOcer])).toBe(false);
    await core.loadLanguage('en', [msOcer]);
    expect(msOcer.isReady()).toBe(true);
    expect(core.isLanguageLoaded('en', [msOcer])).toBe(true);
    expect(msOcer.entries().length).toBeGreaterThan(200);
  });

  it('answers with the generic message where the mode puts it, and says how to load the reader', async () => {
    const { core, msOcer } = await fresh();
    const before = cases.map(([input, context]) => msOcer.resolve(input, context));
    await msOcer.load();
    for (const [i, [input, context]] of cases.entries()) {
      const b = before[i]!;
      const after = msOcer.resolve(input, context);
      expect([b.handled, b.catalog, b.mode, b.summaryKey]).toEqual([
        false,
        'lync2010',
        context.mode,
        'errorOccurred',
      ]);
      expect(b.problems).toEqual([
        {
          field: 'reader',
          in: 'call',
          message: expect.stringContaining('await msOcer.load() first'),
        },
      ]);
      // Where the message goes follows the mode alone, before and after.
      expect(b.placement).toBe(after.placement);
      expect(after.problems.some((p) => p.field === 'reader' || p.field === 'catalog')).toBe(false);
    }
    expect(msOcer.resolve({ msDiagnostics: 1008 }, { mode: 'IM' }).handled).toBe(true);
    // A notice pushed before the rows arrive waits for them, so one pushed again after is
    // the same notice.
    vi.resetModules();
    const { msOcer: early } = await import('../../src/core/families/ms-ocer/index');
    const queue = new core.ErrorNoticeQueue({ family: early });
    // A 101 Progress Report is no failure: once the reader decides, it is never listed.
    queue.push({ error: { sipStatus: 101, msDiagnostics: 1008 }, context: { mode: 'Voice' } });
    const first = queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    expect(queue.size).toBe(0);
    await early.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([first]);
    const again = queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    expect(again).toBe(first);
    expect(queue.getSnapshot()[0]?.count).toBe(2);
  });

  it('words the generic message in the meantime, never a key', async () => {
    const { core, msOcer } = await fresh();
    const f = core.formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' });
    expect(f.summary).toBe('An error occurred.');
    expect(f.summary).not.toMatch(/^[a-z]+[A-Z]/);
  });

  it('settles on the generic messages when the rows fail to load, and says so', async () => {
    vi.resetModules();
    vi.doMock('../../src/core/families/ms-ocer/catalogs/lync2010.generated', () => {
      throw new Error('offline');
    });
    const core = await import('../../src/core/index');
    const { msOcer } = await import('../../src/core/families/ms-ocer/index');
    const said: string[] = [];
    const previous = core.setWarningHandler((code) => said.push(code));
    try {
      await expect(msOcer.load()).resolves.toBeUndefined();
      expect(msOcer.isReady()).toBe(true);
      const r = msOcer.resolve({ sipStatus: 486 }, { mode: 'Voice' });
      expect(r.handled).toBe(false);
      expect(r.problems).toContainEqual(expect.objectContaining({ field: 'catalog', in: 'input' }));
      expect(said).toEqual(['language-load-failed']);
    } finally {
      core.setWarningHandler(previous);
      vi.doUnmock('../../src/core/families/ms-ocer/catalogs/lync2010.generated');
    }
  });
});
