/**
 * The list of errors a notification area shows: state with no React in it, as React
 * Stately's `ToastQueue` is, so a call or SIP layer can push from outside any component.
 */
import { type Placement, type Resolution, resolveError } from '../core/index';
import type { ErrorNoticeInit } from './types';

/** An error in the queue. */
interface ErrorNoticeItem extends ErrorNoticeInit {
  /** The caller's id, or a generated one. */
  id: string;
  /** What makes two errors "the same": the codes received, mode, action and catalog. */
  key: string;
  /** Where the core says the message belongs; the bar shows `notification-bar` ones. */
  placement: Placement;
  /** A number unique to this push, so a view can tell a repeat from the notice it replaced. */
  seq: number;
}

/**
 * Two pushes are the same error when they carry the same codes (as parsed, so `486` and
 * `'SIP/2.0 486 Busy Here'` agree) in the same mode, action and catalog. The values are not
 * part of it: a repeat of the same failure is one notice, as the brief for the queue asks.
 */
function noticeKey(init: ErrorNoticeInit): { key: string; placement: Placement } {
  const resolution = resolveError(init.error, {
    mode: init.mode,
    action: init.action,
    catalog: init.catalog,
  });
  return { key: keyOf(resolution, init.action), placement: resolution.placement };
}

/** The sameness key of an error already resolved (see {@link noticeKey}). */
function keyOf(resolution: Resolution, action: string | undefined): string {
  const codes = resolution.received.map((r) => `${r.category}:${r.code}`).join(',');
  // U+0000 cannot occur in a mode, action or catalog name, so the fields cannot run together.
  return [resolution.catalog, resolution.mode, action ?? '', codes].join('\u0000');
}

/**
 * Holds the active notices, newest first. The same error is listed once while active; a
 * dismissed one is gone until it is pushed again.
 * @example const queue = new ErrorNoticeQueue(); queue.push({ error: { sipStatus: 486 }, mode: 'Voice' })
 */
class ErrorNoticeQueue {
  #notices: readonly ErrorNoticeItem[] = [];
  #listeners = new Set<() => void>();
  #seq = 0;

  /**
   * Adds an error and returns its id. An error already active is not added again; its id is
   * returned. Newest first: the area shows the first few and folds the rest into "+N more",
   * and the latest failure describes the conversation as it is now (a "call ended" matters
   * more than the "network is busy" before it), so it is the one that must stay in view.
   */
  push = (init: ErrorNoticeInit): string => {
    if (init === null || typeof init !== 'object') {
      throw new TypeError(
        'ErrorNoticeQueue.push(notice) expects an object such as { error: { sipStatus: 486 }, mode: "Voice" }.',
      );
    }
    const { key, placement } = noticeKey(init);
    const active = this.#notices.find((n) => n.key === key);
    if (active) return active.id;
    const seq = ++this.#seq;
    const id = typeof init.id === 'string' && init.id !== '' ? init.id : `ucek-notice-${seq}`;
    const item: ErrorNoticeItem = { ...init, id, key, placement, seq };
    this.#set([item, ...this.#notices.filter((n) => n.id !== id)]);
    return id;
  };

  /** Removes one notice; it shows again only if the error is pushed again. */
  dismiss = (id: string): void => {
    const rest = this.#notices.filter((n) => n.id !== id);
    if (rest.length !== this.#notices.length) this.#set(rest);
  };

  /** Removes every notice. */
  dismissAll = (): void => {
    if (this.#notices.length > 0) this.#set([]);
  };

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The active notices, newest first; the same array until something changes. */
  getSnapshot = (): readonly ErrorNoticeItem[] => this.#notices;

  #set(next: readonly ErrorNoticeItem[]) {
    this.#notices = next;
    for (const listener of [...this.#listeners]) listener();
  }
}

export type { ErrorNoticeItem };
export { ErrorNoticeQueue, keyOf };
