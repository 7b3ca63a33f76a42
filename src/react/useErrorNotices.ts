/**
 * The notice queue as React state.
 */
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { type AnyFamily, isFamily } from '../core/index';
import { useKitFamily } from './context';
import { type ErrorNoticeItem, ErrorNoticeQueue } from './notice-queue';
import type { ErrorNoticeInit } from './types';

/** Options of {@link useErrorNotices}. */
interface UseErrorNoticesOptions {
  /** A queue made outside React, to push to from a call or SIP layer; one per hook when omitted. */
  queue?: ErrorNoticeQueue | undefined;
  /** The family of notices pushed without one (the hook's own queue); else the provider's. */
  family?: AnyFamily | undefined;
}

/** What {@link useErrorNotices} returns. */
interface ErrorNoticesState {
  /** The active notices, newest first. */
  notices: readonly ErrorNoticeItem[];
  /**
   * Adds a received error and returns its id; the same error while active is counted again
   * ("×2") rather than listed twice. Undefined for an outcome the family does not show.
   */
  push: <F extends AnyFamily>(notice: ErrorNoticeInit<F>) => string | undefined;
  /** Removes one notice by id. */
  dismiss: (id: string) => void;
  /** Removes every notice. */
  dismissAll: () => void;
  /** The queue behind the state. */
  queue: ErrorNoticeQueue;
}

/**
 * The errors a notification area shows, with push, dismiss and dismiss-all. The same error
 * (by its family's sameness key: codes as parsed and context) is listed once while active,
 * with a count; once dismissed it shows again only when it is pushed again.
 * @example const { notices, push, dismiss, dismissAll } = useErrorNotices({ family: msOcer })
 */
function useErrorNotices(options: UseErrorNoticesOptions = {}): ErrorNoticesState {
  const kitFamily = useKitFamily();
  const family = isFamily(options?.family) ? options.family : kitFamily;
  // The family of this render, read at each push: a provider's family that arrives later
  // (loaded with `import()`) is the one a notice pushed then gets.
  const familyNow = useRef(family);
  familyNow.current = family;
  // Made even when a queue is given, so that dropping the option later still has one.
  const [own] = useState(() => new ErrorNoticeQueue());
  const queue = options.queue ?? own;
  const notices = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  const push = useCallback(
    ((notice) =>
      queue.push(
        notice !== null &&
          typeof notice === 'object' &&
          familyNow.current !== undefined &&
          queue.familyOf(notice) === undefined
          ? { ...notice, family: familyNow.current }
          : notice,
      )) as ErrorNoticesState['push'],
    [queue],
  );
  return useMemo(
    () => ({ notices, push, dismiss: queue.dismiss, dismissAll: queue.dismissAll, queue }),
    [notices, push, queue],
  );
}

export type { ErrorNoticesState, UseErrorNoticesOptions };
export { useErrorNotices };
