/**
 * The core's notice queue, typed for the views: a notice carries buttons, a help link and
 * the undelivered message besides its codes.
 */
import { type AnyFamily, ErrorNoticeQueue as CoreQueue, type QueuedNotice } from '../core/index';
import type { ErrorNoticeInit } from './types';

/** A notice in the queue. */
type ErrorNoticeItem = QueuedNotice<ErrorNoticeInit<AnyFamily>>;

/**
 * Holds the active notices, newest first, at most `max` (50): see the core's
 * `ErrorNoticeQueue`. Push from anywhere; `useErrorNotices({ queue })` renders it.
 * @example const queue = new ErrorNoticeQueue({ family: msOcer }); queue.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } })
 */
class ErrorNoticeQueue extends CoreQueue<ErrorNoticeInit<AnyFamily>> {}

export type { ErrorNoticeItem };
export { ErrorNoticeQueue };
