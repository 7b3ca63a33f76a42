import { describe, expect, it, vi } from 'vitest';
import { eas } from '../../src/core/families/eas/index';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { msnp } from '../../src/core/families/msnp/index';
import { smtp } from '../../src/core/families/smtp/index';
import { ErrorNoticeQueue } from '../../src/core/index';
import { toy } from './toy-family';

const busy = { family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } } as const;

describe('ErrorNoticeQueue', () => {
  it('lists the newest notice first', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.push(busy);
    queue.push({ family: msOcer, error: { sipStatus: 480 }, context: { mode: 'Voice' } });
    expect(queue.getSnapshot().map((n) => n.error)).toEqual([
      { sipStatus: 480 },
      { sipStatus: 486 },
    ]);
  });

  it('keeps one notice for the same error pushed twice, and returns its id', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const first = queue.push(busy);
    const again = queue.push({ ...busy });
    expect(again).toBe(first);
    expect(queue.size).toBe(1);
  });

  it('takes 486 and "SIP/2.0 486 Busy Here" for the same error', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const a = queue.push({ family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    const b = queue.push({
      family: msOcer,
      error: { sipStatus: 'SIP/2.0 486 Busy Here' },
      context: { mode: 'Voice' },
    });
    expect(b).toBe(a);
    expect(queue.size).toBe(1);
    // The same code in another mode, or with another action, is another error.
    queue.push({ family: msOcer, error: { sipStatus: 486 }, context: { mode: 'IM' } });
    queue.push({
      family: msOcer,
      error: { sipStatus: 486 },
      context: { mode: 'Voice', action: 'transfer' },
    });
    expect(queue.size).toBe(3);
  });

  it('shows a dismissed error again when it is pushed again', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const first = queue.push(busy);
    queue.dismiss(first as string);
    expect(queue.size).toBe(0);
    const again = queue.push(busy);
    expect(again).not.toBe(first);
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([again]);
  });

  it('tells a repeat from the notice it replaced by its seq', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.dismiss(queue.push(busy) as string);
    queue.push(busy);
    const [notice] = queue.getSnapshot();
    expect(notice?.seq).toBe(2);
  });

  it('holds at most max notices, evicting the oldest', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer, max: 3 });
    const ids = [1, 2, 3, 4, 5].map((n) =>
      queue.push({
        family: msOcer,
        error: { msDiagnostics: 90_000 + n },
        context: { mode: 'Voice' },
      }),
    );
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([ids[4], ids[3], ids[2]]);
  });

  it('holds 50 notices when max is missing or not a positive integer', () => {
    for (const max of [undefined, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      const queue = new ErrorNoticeQueue({ family: msOcer, max: max as number });
      for (let i = 0; i < 60; i++)
        queue.push({
          family: msOcer,
          error: { msDiagnostics: 90_000 + i },
          context: { mode: 'Voice' },
        });
      expect(queue.size).toBe(50);
    }
  });

  it('takes 100,000 distinct errors and holds only max of them', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer, max: 50 });
    let changes = 0;
    queue.subscribe(() => {
      changes++;
    });
    for (let i = 0; i < 100_000; i++)
      queue.push({
        family: msOcer,
        error: { msDiagnostics: 100_000 + i },
        context: { mode: 'Voice' },
      });
    expect(changes).toBe(100_000);
    expect(queue.size).toBe(50);
    const snapshot = queue.getSnapshot();
    expect(snapshot).toHaveLength(50);
    expect(snapshot[0]?.error).toEqual({ msDiagnostics: 199_999 });
    expect(snapshot[49]?.error).toEqual({ msDiagnostics: 199_950 });
  }, 60_000);

  it('forgets an evicted error entirely: memory stays bounded and it shows again when pushed', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer, max: 10 });
    const first = queue.push({
      family: msOcer,
      error: { msDiagnostics: 100_000 },
      context: { mode: 'Voice' },
    });
    for (let i = 1; i <= 20_000; i++)
      queue.push({
        family: msOcer,
        error: { msDiagnostics: 100_000 + i },
        context: { mode: 'Voice' },
      });
    // Had the key of an evicted notice been kept, this push would answer with its dead id.
    const again = queue.push({
      family: msOcer,
      error: { msDiagnostics: 100_000 },
      context: { mode: 'Voice' },
    });
    expect(again).not.toBe(first);
    expect(queue.getSnapshot()[0]?.id).toBe(again);
    expect(queue.size).toBe(10);
  });

  it('keeps the latest of two notices given the same id', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.push({ ...busy, id: 'call-1' });
    queue.push({
      family: msOcer,
      error: { sipStatus: 480 },
      id: 'call-1',
      context: { mode: 'Voice' },
    });
    expect(queue.getSnapshot().map((n) => [n.id, n.error])).toEqual([
      ['call-1', { sipStatus: 480 }],
    ]);
    // The replaced error's key is free again.
    queue.push(busy);
    expect(queue.size).toBe(2);
  });

  it('returns the same snapshot until something changes, and tells subscribers of each change', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const listener = vi.fn();
    const stop = queue.subscribe(listener);
    const empty = queue.getSnapshot();
    expect(queue.getSnapshot()).toBe(empty);
    const id = queue.push(busy) as string;
    expect(listener).toHaveBeenCalledTimes(1);
    const one = queue.getSnapshot();
    expect(one).not.toBe(empty);
    expect(queue.getSnapshot()).toBe(one);
    queue.dismiss('no-such-id');
    expect(listener).toHaveBeenCalledTimes(1);
    queue.dismiss(id);
    queue.dismissAll();
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    queue.push(busy);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('counts the same error pushed again, moves it to the front and tells subscribers', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const listener = vi.fn();
    queue.subscribe(listener);
    const id = queue.push(busy);
    queue.push({ family: msOcer, error: { sipStatus: 404 }, context: { mode: 'Voice' } });
    expect(queue.getSnapshot()[0]?.id).not.toBe(id);
    const first = queue.getSnapshot().find((n) => n.id === id);
    expect(queue.push(busy)).toBe(id);
    expect(listener).toHaveBeenCalledTimes(3);
    const again = queue.getSnapshot()[0];
    expect(again?.id).toBe(id);
    expect(again?.count).toBe(2);
    // A new push number, so a view announces it again; the same identity, so it is one notice.
    expect(again?.seq).toBeGreaterThan(first?.seq ?? 0);
    expect(queue.size).toBe(2);
  });

  it('lists nothing for an outcome its family does not show, unless asked to', () => {
    const hidden = { family: toy, error: { code: 4 } };
    expect(new ErrorNoticeQueue().push(hidden)).toBeUndefined();
    const all = new ErrorNoticeQueue({ includeHidden: true });
    expect(all.push(hidden)).toBeTypeOf('string');
    expect(all.getSnapshot()[0]?.intent).toBe('info');
  });

  it('needs a family, from the queue or the push, and says how to give one', () => {
    expect(() => new ErrorNoticeQueue().push({ error: { sipStatus: 486 } })).toThrow(
      /needs a family: `new ErrorNoticeQueue\(\{ family: msOcer \}\)`/,
    );
    expect(() => new ErrorNoticeQueue({ family: 'msOcer' as never })).toThrow(/not a family/);
  });

  it('never writes into what a family returned (frozen results)', () => {
    const queue = new ErrorNoticeQueue({ family: toy });
    expect(() => queue.push({ error: { code: 1 } })).not.toThrow();
    expect(queue.getSnapshot()[0]?.intent).toBe('warning');
  });

  it('places a notice where its family says', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.push({ family: msOcer, error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    queue.push({ family: msOcer, error: { msDiagnostics: 1008 }, context: { mode: 'IM' } });
    expect(queue.getSnapshot().map((n) => n.placement)).toEqual(['im-area', 'notification-bar']);
  });

  it('looks up hostile codes and modes without touching the prototype chain', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      queue.push({
        family: msOcer,
        error: { sipStatus: hostile, msDiagnostics: hostile },
        id: hostile,
        context: { mode: hostile },
      });
    }
    // Every one of them is the same unreadable error in mode Other: one notice, the first id.
    expect(queue.getSnapshot().map((n) => n.id)).toEqual(['__proto__']);
  });

  it('refuses a push that is not an object with a message that shows the fix', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    for (const bad of [null, undefined, 486, 'SIP/2.0 486']) {
      expect(() => queue.push(bad as never)).toThrow(/expects an object such as \{ error:/);
    }
  });
});

describe('ErrorNoticeQueue with other families', () => {
  it.each([
    ['msnp', msnp, '217 12', '217 13', '911 1'],
    ['eas', eas, '126', ' 126 ', '131'],
    ['smtp', smtp, '550 5.1.1 No such user', '550 5.1.1 No such user', '421 4.7.0 Try again later'],
    ['toy', toy, 'toy 1', 'toy 001', 'toy 2'],
  ] as const)('keeps one notice per %s error', (_, family, line, same, other) => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const a = queue.push({ family, error: family.parseText(line) });
    const b = queue.push({ family, error: family.parseText(same) });
    expect(b).toBe(a);
    queue.push({ family, error: family.parseText(other) });
    expect(queue.size).toBe(2);
    expect(queue.getSnapshot()[1]?.key.startsWith(`${family.id}\u0000`)).toBe(true);
  });

  it('never takes errors of two families for one, whatever their keys', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.push({ family: msOcer, error: {} });
    queue.push({ family: msnp, error: msnp.parseText('') });
    queue.push({ family: eas, error: eas.parseText('') });
    queue.push({ family: smtp, error: smtp.parseText('') });
    queue.push({ family: toy, error: toy.parseText('') });
    expect(queue.size).toBe(5);
  });

  it("passes a family's context to its resolve", () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    queue.push({ family: toy, error: { code: 1 }, context: { channel: 'call' } });
    queue.push({ family: toy, error: { code: 1 }, context: { channel: 'chat' } });
    expect(queue.getSnapshot().map((n) => n.placement)).toEqual(['im-area', 'notification-bar']);
  });
});

describe('a repeat', () => {
  it('shows the newest push’s values, buttons and message under the same notice', () => {
    const queue = new ErrorNoticeQueue<{ error: unknown; context?: unknown; note?: string }>({
      family: msOcer,
    });
    const first = queue.push({
      error: { sipStatus: 486 },
      context: { mode: 'Voice' },
      note: 'Bob',
    });
    queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' }, note: 'Avery' });
    const [notice] = queue.getSnapshot();
    expect(notice?.id).toBe(first);
    expect(notice?.note).toBe('Avery');
    expect(notice?.count).toBe(2);
  });

  it('tells every subscriber even when one throws', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const heard = vi.fn();
    queue.subscribe(() => {
      throw new Error('a subscriber’s bug');
    });
    queue.subscribe(heard);
    const thrown = vi.fn();
    process.once('uncaughtException', thrown);
    queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
