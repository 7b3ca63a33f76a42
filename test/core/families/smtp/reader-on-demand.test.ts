/**
 * SMTP's reader (resolve.ts, read.ts, rules.ts) loads on demand with the family's words:
 * `loadLanguage` and the views ask for it, so an app's start carries only the taxonomy and
 * the code tables. Before it is in, the generic message answers and says how to load it, and
 * a queue holds a push until the reader decides. The test setup loads it up front
 * (test/english.ts), so each test here imports the family afresh, as an app has it at start.
 */
import { describe, expect, it, vi } from 'vitest';

const READER = '../../../../src/core/families/smtp/resolve';

async function fresh() {
  vi.resetModules();
  const core = await import('../../../../src/core/index');
  const { smtp } = await import('../../../../src/core/families/smtp/index');
  return { core, smtp };
}

const LINE =
  'host mx.example.jp[192.0.2.1] said: 550 5.1.1 <x@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)';

describe('SMTP before its reader has loaded', () => {
  it('answers with the generic message, says how to load the reader, and lists nothing', async () => {
    const { core, smtp } = await fresh();
    expect(smtp.isReady()).toBe(false);
    expect(smtp.entries()).toEqual([]);
    const before = smtp.resolve(LINE);
    expect(before.handled).toBe(false);
    expect(before.reason).toBeUndefined();
    expect(before.summaryKey).toBe(smtp.resolve(null).summaryKey);
    expect(before.problems).toEqual([
      expect.objectContaining({
        field: 'reader',
        in: 'call',
        message: expect.stringContaining('await smtp.load() first'),
      }),
    ]);
    // The generic sentence, never a key.
    expect(core.formatError(smtp, LINE).summary).toBe(smtp.bundled.mailError);

    await core.loadLanguage('en', [smtp]);
    expect(smtp.isReady()).toBe(true);
    expect(core.isLanguageLoaded('en', [smtp])).toBe(true);
    const after = smtp.resolve(LINE);
    expect([after.reason, after.addressDead, after.problems]).toEqual(['userUnknown', true, []]);
    expect(smtp.entries().length).toBe(32);
    expect(core.formatError(smtp, LINE).summary).toBe(
      "The message was not delivered because the recipient's address does not exist.",
    );
  });

  it('lets a queue decide only once the reader is in', async () => {
    const { core, smtp } = await fresh();
    const queue = new core.ErrorNoticeQueue({ family: smtp });
    const id = queue.push({ error: LINE });
    // A delivery is no failure but is shown (what happened to my message?), as `success`.
    const delivered = queue.push({ error: '250 2.0.0 OK' });
    expect(queue.size).toBe(0);
    await smtp.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.getSnapshot().map((n) => [n.id, n.intent])).toEqual([
      [delivered, 'success'],
      [id, 'error'],
    ]);
  });

  it('settles on the generic message when the reader fails to load, says so, and tries again', async () => {
    vi.resetModules();
    vi.doMock(READER, () => {
      throw new Error('offline');
    });
    const { core, smtp } = await (async () => ({
      core: await import('../../../../src/core/index'),
      smtp: (await import('../../../../src/core/families/smtp/index')).smtp,
    }))();
    const said: string[] = [];
    const previous = core.setWarningHandler((code) => said.push(code));
    // A browser's `online` event: the listener the failed load leaves.
    const online: (() => void)[] = [];
    vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
      if (type === 'online') online.push(listener);
    });
    try {
      await expect(smtp.load()).resolves.toBeUndefined();
      expect(smtp.isReady()).toBe(true);
      const r = smtp.resolve(LINE);
      expect(r.reason).toBeUndefined();
      expect(r.problems).toContainEqual(expect.objectContaining({ field: 'reader', in: 'input' }));
      await smtp.load();
      expect(said).toEqual(['language-load-failed']);
      expect(online).toHaveLength(1);
      // Back online, it is tried again by itself.
      vi.doUnmock(READER);
      online[0]?.();
      await vi.waitFor(() => expect(smtp.resolve(LINE).reason).toBe('userUnknown'));
    } finally {
      core.setWarningHandler(previous);
      vi.doUnmock(READER);
      vi.unstubAllGlobals();
    }
  });
});
