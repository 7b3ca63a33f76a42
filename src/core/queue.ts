/**
 * The list of errors a notification area shows: plain state with no React in it, as React
 * Stately's `ToastQueue` is, so that a call or SIP layer can push from outside any component.
 */
import { msOcer } from './families/ms-ocer/index';
import type { AnyFamily, Placement } from './family';
import { isFamily } from './format';

/** A received error as a notice is made of it: which family reads it, the codes, the context. */
interface NoticeInit {
  /** The family that reads `error`. @default msOcer */
  family?: AnyFamily | undefined;
  /** The codes received, in the family's input shape. */
  error: unknown;
  /** What the user was doing, in the family's context shape. */
  context?: unknown;
  /** [MS-OCER] shorthand for `context.mode`. */
  mode?: string | undefined;
  /** [MS-OCER] shorthand for `context.action`. */
  action?: string | undefined;
  /** [MS-OCER] shorthand for `context.catalog`. */
  catalog?: string | undefined;
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
  /** A number unique to this push, so a view can tell a repeat from the notice it replaced. */
  seq: number;
};

/** Options of {@link ErrorNoticeQueue}. */
interface ErrorNoticeQueueOptions {
  /**
   * At most this many notices are kept; pushing one more evicts the oldest (the one pushed
   * longest ago), which a view shows last anyway. Codes come from remote servers, so the
   * queue must not grow without bound. @default 50
   */
  max?: number | undefined;
}

/** The context a notice carries: its own, else the [MS-OCER] shorthands. */
function contextOf(init: NoticeInit): unknown {
  if (init.context !== undefined && init.context !== null) return init.context;
  if (init.mode === undefined && init.action === undefined && init.catalog === undefined)
    return undefined;
  return { mode: init.mode, action: init.action, catalog: init.catalog };
}

/**
 * The identity of a notice: the family's sameness key, behind its id so that two families'
 * keys cannot meet (U+0000 occurs in no family id). A queue and a standalone view agree on it.
 */
function noticeKey(family: Pick<AnyFamily, 'id'>, sameKey: string): string {
  return `${family.id}\u0000${sameKey}`;
}

/** The family of a notice, and the sameness key and placement it gives. */
function keyOf(init: NoticeInit): { key: string; placement: Placement } {
  // A family that is not one (a string, a typo) reads as the default, as the views do.
  const family: AnyFamily = isFamily(init.family) ? init.family : msOcer;
  const resolution = family.resolve(init.error, contextOf(init));
  return { key: noticeKey(family, resolution.sameKey), placement: resolution.placement };
}

/**
 * Holds the active notices, newest first. The same error (by its family's sameness key) is
 * listed once while active; a dismissed one is gone until it is pushed again. Push and
 * dismiss take constant time; the snapshot is rebuilt once per change, at most `max` long.
 * @example const queue = new ErrorNoticeQueue(); queue.push({ error: { sipStatus: 486 }, mode: 'Voice' })
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
  readonly #max: number;

  constructor(options: ErrorNoticeQueueOptions = {}) {
    const max = options?.max;
    this.#max = typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : 50;
  }

  /**
   * Adds an error and returns its id. An error already active is not added again; its id is
   * returned. Newest first: the latest failure describes the conversation as it is now (a
   * "call ended" matters more than the "network is busy" before it), so it stays in view.
   */
  push = (init: T): string => {
    if (init === null || typeof init !== 'object') {
      throw new TypeError(
        'ErrorNoticeQueue.push(notice) expects an object such as { error: { sipStatus: 486 }, mode: "Voice" }.',
      );
    }
    const { key, placement } = keyOf(init);
    const active = this.#byKey.get(key);
    if (active !== undefined) return active;
    const seq = ++this.#seq;
    const id = typeof init.id === 'string' && init.id !== '' ? init.id : `ucek-notice-${seq}`;
    this.#remove(id);
    this.#byId.set(id, { ...init, id, key, placement, seq });
    this.#byKey.set(key, id);
    if (this.#byId.size > this.#max) this.#remove(this.#byId.keys().next().value as string);
    this.#changed();
    return id;
  };

  /** Removes one notice; it shows again only if the error is pushed again. */
  dismiss = (id: string): void => {
    if (this.#remove(id)) this.#changed();
  };

  /** Removes every notice. */
  dismissAll = (): void => {
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
    if (this.#byKey.get(item.key) === id) this.#byKey.delete(item.key);
    return true;
  }

  #changed() {
    this.#dirty = true;
    for (const listener of [...this.#listeners]) listener();
  }
}

export type { ErrorNoticeQueueOptions, NoticeInit, QueuedNotice };
export { contextOf, ErrorNoticeQueue, noticeKey };
