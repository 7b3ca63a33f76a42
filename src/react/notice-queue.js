/**
 * The core's notice queue, typed for the views: a notice carries buttons, a help link and
 * the undelivered message besides its codes.
 */
import { ErrorNoticeQueue as CoreQueue, } from '../core/index';
/**
 * Holds the active notices, newest first, at most `max` (50): see the core's
 * `ErrorNoticeQueue`. Push from anywhere; `useErrorNotices({ queue })` renders it.
 * @example const queue = new ErrorNoticeQueue(); queue.push({ error: { sipStatus: 486 }, mode: 'Voice' })
 */
class ErrorNoticeQueue extends CoreQueue {
    // biome-ignore lint/complexity/noUselessConstructor: gives the subclass the options' documentation
    constructor(options) {
        super(options);
    }
}
export { ErrorNoticeQueue };
