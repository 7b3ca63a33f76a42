/**
 * A push whose family's own data is not in yet (`isReady` false: a catalog's rows, SMTP's
 * readers, loaded with the words) waits for it, since only then does the family decide
 * whether it shows, where, and which notice it is. Order, dismissal, repeats and the bound
 * hold as for any push.
 */
import { describe, expect, it, vi } from 'vitest';
import { ErrorNoticeQueue } from '../../src/core/index';
import { toy } from './toy-family';

/** The toy family with its own data on demand: in once `release()` is called. */
function lazyToy() {
  let ready = false;
  let release = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = () => {
      ready = true;
      resolve();
    };
  });
  let loads = 0;
  const family = {
    ...toy,
    isReady: () => ready,
    load: () => {
      loads++;
      return loaded;
    },
  };
  return { family, release, loads: () => loads };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a push before its family is ready', () => {
  it('returns the id the notice will have and lists it once the data is in', async () => {
    const { family, release, loads } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    let changes = 0;
    queue.subscribe(() => changes++);
    const id = queue.push({ error: { code: 1 } });
    expect(id).toMatch(/^ucek-notice-/);
    expect(queue.getSnapshot()).toEqual([]);
    expect(loads()).toBe(1);
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => [n.id, n.placement, n.intent])).toEqual([
      [id, 'im-area', 'warning'],
    ]);
    expect(changes).toBe(1);
  });

  it('keeps the order of pushes, those made after the data arrived included', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    const first = queue.push({ error: { code: 1 } });
    const second = queue.push({ error: { code: 2 }, id: 'mine' });
    release();
    // Ready now, but behind the pushes still waiting.
    const third = queue.push({ error: { code: 3 } });
    await settle();
    expect(second).toBe('mine');
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([third, 'mine', first]);
  });

  it('lists nothing for an outcome the family hides, and nothing dismissed while it waited', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    queue.push({ error: { code: 4 } }); // the toy's recovered code: show false
    const dismissed = queue.push({ error: { code: 1 } });
    const cleared = queue.push({ error: { code: 2 } });
    queue.dismiss(dismissed as string);
    queue.dismissAll();
    const kept = queue.push({ error: { code: 3 } });
    expect(cleared).toBeDefined();
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([kept]);
  });

  it('joins a repeat to the active notice, and dismisses it by either id', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    const first = queue.push({ error: { code: 1 } });
    const again = queue.push({ error: { code: '1' } });
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => [n.id, n.count])).toEqual([[first, 2]]);
    queue.dismiss(again as string);
    expect(queue.size).toBe(0);
  });

  it('keeps at most `max` pushes waiting: a flood evicts the oldest', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family, max: 2 });
    const ids = [1, 2, 3].map((code) => queue.push({ error: { code } }));
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([ids[2], ids[1]]);
  });

  it('lists the latest push under an id, never one dismissed before the id came again', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    queue.push({ error: { code: 1 }, id: 'call-9' });
    queue.dismiss('call-9');
    queue.push({ error: { code: 3 }, id: 'call-9' });
    queue.push({ error: { code: 1 }, id: 'call-7' });
    queue.push({ error: { code: 2 }, id: 'call-7' });
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => [n.id, n.error])).toEqual([
      ['call-7', { code: 2 }],
      ['call-9', { code: 3 }],
    ]);
  });

  it('keeps listing when a family throws, and never waits for another family', async () => {
    const { family: lazy, release } = lazyToy();
    let calls = 0;
    const throwsOnce = {
      ...lazy,
      resolve: (input: unknown, context?: unknown) => {
        calls++;
        if (calls === 1) throw new Error('a family’s bug');
        return lazy.resolve(input as never, context as never);
      },
    };
    const stuck = { ...toy, isReady: () => false, load: () => new Promise<void>(() => {}) };
    const queue = new ErrorNoticeQueue({ family: throwsOnce });
    const thrown = vi.fn();
    process.once('uncaughtException', thrown);
    queue.push({ error: { code: 1 } });
    const second = queue.push({ error: { code: 2 } });
    queue.push({ family: stuck, error: { code: 1 } });
    // A ready family is listed at once, whatever waits for another.
    const ready = queue.push({ family: toy, error: { code: 3 } });
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([ready]);
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([second, ready]);
    const later = queue.push({ error: { code: 1 } });
    expect(queue.getSnapshot()[0]?.id).toBe(later);
  });

  it('tells listeners once per drain, after it, so one that dismisses or pushes cannot re-enter it', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    let heard = 0;
    const stop = queue.subscribe(() => {
      heard++;
      stop();
      queue.dismissAll();
      queue.push({ error: { code: 3 }, id: 'x' });
    });
    for (const code of [1, 2]) queue.push({ error: { code } });
    queue.push({ error: { code: 2 }, id: 'x' });
    release();
    await settle();
    expect(heard).toBe(1);
    expect(queue.getSnapshot().map((n) => [n.id, n.error])).toEqual([['x', { code: 3 }]]);
  });

  it('never lets an id that joined a notice remove another once the id names its own', async () => {
    const { family, release } = lazyToy();
    const queue = new ErrorNoticeQueue({ family });
    const first = queue.push({ error: { code: 1 } });
    queue.push({ error: { code: '1' }, id: 'x' });
    release();
    await settle();
    expect(queue.getSnapshot().map((n) => [n.id, n.count])).toEqual([[first, 2]]);
    queue.push({ error: { code: 3 }, id: 'x' });
    queue.dismiss('x');
    expect(queue.getSnapshot().map((n) => n.id)).toEqual([first]);
  });

  it('gives ids no caller has chosen', () => {
    const queue = new ErrorNoticeQueue({ family: toy });
    queue.push({ error: { code: 1 }, id: 'ucek-notice-2' });
    const made = queue.push({ error: { code: 2 } });
    expect(made).not.toBe('ucek-notice-2');
    expect(queue.size).toBe(2);
  });
});
