/**
 * The notice queue as React state.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { ErrorNoticeQueue } from './notice-queue';
/**
 * The errors a notification area shows, with push, dismiss and dismiss-all. The same error
 * (by its family's sameness key: codes as parsed and context) is listed once while active; once dismissed it shows again
 * only when it is pushed again.
 * @example const { notices, push, dismiss, dismissAll } = useErrorNotices()
 */
function useErrorNotices(options = {}) {
    // Made even when a queue is given, so that dropping the option later still has one.
    const [own] = useState(() => new ErrorNoticeQueue());
    const queue = options.queue ?? own;
    const notices = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
    return useMemo(() => ({
        notices,
        push: queue.push,
        dismiss: queue.dismiss,
        dismissAll: queue.dismissAll,
        queue,
    }), [notices, queue]);
}
export { useErrorNotices };
