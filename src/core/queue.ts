/**
 * The list of errors a notification area shows: plain state with no React in it, as React
 * Stately's `ToastQueue` is, so that a call or SIP layer can push from outside any component.
 */
import type { AnyFamily, Intent, Placement } from './family';
import { isFamily } from './format';
import { isOwnReady, loadOwn } from './words';

/** A received error as a notice is made of it: which family reads it, the codes, the context. */
interface NoticeInit {
  /** The family that reads `error`; the queue's `family` when omitted. */
  family?: AnyFamily | undefined;
  /** The codes received, in the family's input shape. */
  error: unknown;
  /** What the user was doing, in the family's context shape. */
  context?: unknown;
  /** An id of the caller's choosing; one is generated when omitted. */
  id?: string | undefined;
}

/** A notice in the queue: what was pushed, plus what the queue knows of it. */
type QueuedNotice<T extends NoticeInit = NoticeInit> = T & {
  /** The caller's id, or a generated one. */
  id: string;
  /** The family's sameness key: equal keys are one notice. */
  key: string;
  /** Where the family says the message belongs. */
  placement: Placement;
  /** The family's intent for it: error, warning, info or success. */
  intent: Intent;
  /** How many times it was pushed while active: 2 for "again" (the view says "×2"). */
  count: number;
  /** A number unique to each push, repeats included, so a view can tell a repeat apart. */
  seq: number;
};

/** Options of {@link ErrorNoticeQueue}. */
interface ErrorNoticeQueueOptions {
  /**
   * At most this many notices are kept (and as many pushes waiting for their family's data);
   * one more evicts the oldest (the one listed longest ago), which a view shows last anyway.
   * Codes come from remote servers, so the queue must not grow without bound. @default 50
   */
  max?: number | undefined;
  /** The family of every notice pushed without one of its own. */
  family?: AnyFamily | undefined;
  /**
   * Keep outcomes the family marks `show: false` (a client recovers by itself: a redirect,
   * a sync key to reset), for a host that lists them for support staff. @default false
   */
  includeHidden?: boolean | undefined;
}

/**
 * The identity of a notice: the family's sameness key, behind its id so that two families'
 * keys cannot meet (U+0000 occurs in no family id). A queue and a standalone view agree on it.
 */
function noticeKey(family: Pick<AnyFamily, 'id'>, sameKey: string): string {
  return `${family.id}\u0000${sameKey}`;
}

/** What a push needs to name; said as the fix, since this is a programming mistake. */
const NEEDS_FAMILY =
  'ErrorNoticeQueue.push(notice) needs a family: `new ErrorNoticeQueue({ family: msOcer })`, or `push({ family: msOcer, error, context })`.';

/**
 * Holds the active notices, newest first. The same error (by its family's sameness key) is
 * listed once while active; a dismissed one is gone until it is pushed again. Push and
 * dismiss take constant time; the snapshot is rebuilt once per change, at most `max` long.
 * @example const queue = new ErrorNoticeQueue({ family: msOcer }); queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } })
 */
class ErrorNoticeQueue<T extends NoticeInit = NoticeInit> {
  /** id -> notice, oldest first (a Map keeps insertion order). */
  #byId = new Map<string, QueuedNotice<T>>();
  /** sameness key -> id of the active notice with that key. */
  #byKey = new Map<string, string>();
  #listeners = new Set<() => void>();
  #snapshot: readonly QueuedNotice<T>[] = [];
  #dirty = false;
  #seq = 0;
  /** The last number of an id the queue made. */
  #ids = 0;
  readonly #max: number;
  readonly #family: AnyFamily | undefined;
  readonly #includeHidden: boolean;
  /**
   * Pushes waiting for their family's own data, by id, in push order. A push under the id of
   * one waiting replaces it, as it replaces a listed one.
   */
  #waiting = new Map<string, { family: AnyFamily; init: T }>();
  /** The id a waiting push returned -> the active notice it joined (the same error). */
  #joined = new Map<string, string>();
  /** The loads the queue has started and not seen settle, by family and context: one each. */
  #loading = new Map<AnyFamily, Set<string>>();
  /** True while a drain lists pushes: listeners hear once, at its end, and cannot re-enter it. */
  #draining = false;
  /** Whether a change happened while draining. */
  #changedWhileDraining = false;

  constructor(options: ErrorNoticeQueueOptions = {}) {
    const max = options?.max;
    this.#max = typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : 50;
    const family = options?.family;
    if (family !== undefined && !isFamily(family))
      throw new TypeError(`ErrorNoticeQueue: \`family\` is not a family. ${NEEDS_FAMILY}`);
    this.#family = family;
    this.#includeHidden = options?.includeHidden === true;
  }

  /** The family of a notice: its own, else the queue's. */
  familyOf(init: NoticeInit): AnyFamily | undefined {
    return isFamily(init?.family) ? init.family : this.#family;
  }

  /**
   * Adds an error and returns its id. An error already active is not listed twice: it moves
   * to the front with its count raised, so a view can say it happened again. Newest first:
   * the latest failure describes the conversation as it is now (a "call ended" matters more
   * than the "network is busy" before it), so it stays in view. Returns undefined, listing
   * nothing, for an outcome the family marks `show: false`, unless `includeHidden` is set.
   *
   * A family decides once its own data is in (`family.isReady(context)`: its reader, which
   * loads with the words). Until then a push waits for it, behind the family's pushes already
   * waiting, and returns the id the notice will have; it is listed as the newest when the data
   * arrives (so `max` evicts what was listed longest ago). One that turns out hidden is never
   * listed, and one that repeats an active error joins it (`dismiss` takes either id).
   */
  push = (init: T): string | undefined => {
    if (init === null || typeof init !== 'object') {
      throw new TypeError(
        'ErrorNoticeQueue.push(notice) expects an object such as { error: { sipStatus: 486 }, context: { mode: "Voice" } }.',
      );
    }
    const family = this.familyOf(init);
    if (family === undefined) throw new TypeError(NEEDS_FAMILY);
    if (!this.#waitsFor(family) && isOwnReady(family, init.context)) {
      if (typeof init.id === 'string') this.#waiting.delete(init.id);
      return this.#add(family, init);
    }
    const id = typeof init.id === 'string' && init.id !== '' ? init.id : this.#newId();
    this.#waiting.delete(id);
    this.#waiting.set(id, { family, init });
    // Bounded like the list: a flood while the data loads evicts the oldest push waiting.
    if (this.#waiting.size > this.#max)
      this.#waiting.delete(this.#waiting.keys().next().value as string);
    this.#startLoad(family, init.context);
    return id;
  };

  /** An id no notice, waiting push or joined id has: a caller may choose `ucek-notice-2` too. */
  #newId(): string {
    let id: string;
    do id = `ucek-notice-${++this.#ids}`;
    while (this.#byId.has(id) || this.#waiting.has(id) || this.#joined.has(id));
    return id;
  }

  /**
   * Starts the family's load for a context, once while it is under way; when it settles, what
   * is ready is listed. Only the queue is held meanwhile, never a push, so a load that never
   * settles keeps nothing but the bounded list and one entry here.
   */
  #startLoad(family: AnyFamily, context: unknown): void {
    let key: string;
    try {
      key = JSON.stringify(context) ?? '';
    } catch {
      key = '';
    }
    const started = this.#loading.get(family) ?? new Set<string>();
    if (started.has(key)) return;
    started.add(key);
    this.#loading.set(family, started);
    void loadOwn(family, context).then(() => {
      started.delete(key);
      if (started.size === 0) this.#loading.delete(family);
      this.#drain();
    });
  }

  /** True when a push of this family is waiting: a later one waits behind it, in order. */
  #waitsFor(family: AnyFamily): boolean {
    for (const w of this.#waiting.values()) if (w.family === family) return true;
    return false;
  }

  /**
   * Lists the waiting pushes whose family is ready, in push order; a family's pushes stay in
   * order behind its first that is not (another family's never wait for it). A family that
   * throws reports it without stopping the others.
   */
  #drain(): void {
    if (this.#draining) return;
    this.#draining = true;
    const blocked = new Set<AnyFamily>();
    try {
      for (const [id, entry] of [...this.#waiting]) {
        const { family, init } = entry;
        if (this.#waiting.get(id) !== entry) continue;
        if (blocked.has(family) || !isOwnReady(family, init.context)) {
          blocked.add(family);
          continue;
        }
        this.#waiting.delete(id);
        this.#list(id, family, init);
      }
    } finally {
      this.#draining = false;
    }
    if (this.#changedWhileDraining) {
      this.#changedWhileDraining = false;
      this.#changed();
    }
  }

  /** Lists one push that waited; a family that throws is reported and the others go on. */
  #list(id: string, family: AnyFamily, init: T): void {
    try {
      const listed = this.#add(family, { ...init, id });
      if (listed !== undefined && listed !== id) {
        this.#joined.set(id, listed);
        if (this.#joined.size > this.#max)
          this.#joined.delete(this.#joined.keys().next().value as string);
      }
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  /** Lists a push whose family is ready; see {@link push}. */
  #add(family: AnyFamily, init: T): string | undefined {
    const resolution = family.resolve(init.error, init.context);
    // Nothing a person needs to see: listed nowhere, so no view counts or announces it.
    if (resolution.show === false && !this.#includeHidden) return undefined;
    const key = noticeKey(family, resolution.sameKey);
    const seq = ++this.#seq;
    const active = this.#byKey.get(key);
    if (active !== undefined) {
      const old = this.#byId.get(active) as QueuedNotice<T>;
      this.#byId.delete(active);
      // The newest push's values, buttons and undelivered message: "Bob is busy" after
      // "Avery is busy" shows Bob, and an IM that failed again quotes the new message.
      this.#byId.set(active, {
        ...old,
        ...init,
        family,
        id: active,
        key,
        placement: resolution.placement,
        intent: resolution.intent,
        count: old.count + 1,
        seq,
      });
      this.#changed();
      return active;
    }
    const id = typeof init.id === 'string' && init.id !== '' ? init.id : this.#newId();
    this.#remove(id);
    // The id names this notice now, not one it joined before.
    this.#joined.delete(id);
    const { placement, intent } = resolution;
    this.#byId.set(id, { ...init, family, id, key, placement, intent, count: 1, seq });
    this.#byKey.set(key, id);
    if (this.#byId.size > this.#max) this.#remove(this.#byId.keys().next().value as string);
    this.#changed();
    return id;
  }

  /** Removes one notice (or a push still waiting); it shows again only if pushed again. */
  dismiss = (id: string): void => {
    this.#waiting.delete(id);
    const joined = this.#joined.get(id);
    this.#joined.delete(id);
    if (this.#remove(id) || (joined !== undefined && this.#remove(joined))) this.#changed();
  };

  /** Removes every notice, and every push still waiting. */
  dismissAll = (): void => {
    this.#waiting.clear();
    this.#joined.clear();
    if (this.#byId.size === 0) return;
    this.#byId.clear();
    this.#byKey.clear();
    this.#changed();
  };

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The active notices, newest first; the same array until something changes. */
  getSnapshot = (): readonly QueuedNotice<T>[] => {
    if (this.#dirty) {
      this.#snapshot = [...this.#byId.values()].reverse();
      this.#dirty = false;
    }
    return this.#snapshot;
  };

  /** How many notices are active. */
  get size(): number {
    return this.#byId.size;
  }

  #remove(id: string): boolean {
    const item = this.#byId.get(id);
    if (!item) return false;
    this.#byId.delete(id);
    // Ids that joined this notice name nothing now.
    for (const [from, to] of this.#joined) if (to === id) this.#joined.delete(from);
    if (this.#byKey.get(item.key) === id) this.#byKey.delete(item.key);
    return true;
  }

  #changed() {
    this.#dirty = true;
    if (this.#draining) {
      this.#changedWhileDraining = true;
      return;
    }
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch (error) {
        // One subscriber's bug must not keep the others from hearing of the change.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

export type { ErrorNoticeQueueOptions, NoticeInit, QueuedNotice };
export { ErrorNoticeQueue, noticeKey };
