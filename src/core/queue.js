/**
 * The list of errors a notification area shows: plain state with no React in it, as React
 * Stately's `ToastQueue` is, so that a call or SIP layer can push from outside any component.
 */
import { msOcer } from './families/ms-ocer/index';
/** The context a notice carries: its own, else the [MS-OCER] shorthands. */
function contextOf(init) {
    if (init.context !== undefined)
        return init.context;
    if (init.mode === undefined && init.action === undefined && init.catalog === undefined)
        return undefined;
    return { mode: init.mode, action: init.action, catalog: init.catalog };
}
/** The family of a notice, and the sameness key and placement it gives. */
function keyOf(init) {
    const family = init.family ?? msOcer;
    const resolution = family.resolve(init.error, contextOf(init));
    // The family id keeps two families' keys apart; U+0000 occurs in no family id.
    return { key: `${family.id}\u0000${resolution.sameKey}`, placement: resolution.placement };
}
/**
 * Holds the active notices, newest first. The same error (by its family's sameness key) is
 * listed once while active; a dismissed one is gone until it is pushed again. Push and
 * dismiss take constant time; the snapshot is rebuilt once per change, at most `max` long.
 * @example const queue = new ErrorNoticeQueue(); queue.push({ error: { sipStatus: 486 }, mode: 'Voice' })
 */
class ErrorNoticeQueue {
    /** id -> notice, oldest first (a Map keeps insertion order). */
    #byId = new Map();
    /** sameness key -> id of the active notice with that key. */
    #byKey = new Map();
    #listeners = new Set();
    #snapshot = [];
    #dirty = false;
    #seq = 0;
    #max;
    constructor(options = {}) {
        const max = options?.max;
        this.#max = typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : 50;
    }
    /**
     * Adds an error and returns its id. An error already active is not added again; its id is
     * returned. Newest first: the latest failure describes the conversation as it is now (a
     * "call ended" matters more than the "network is busy" before it), so it stays in view.
     */
    push = (init) => {
        if (init === null || typeof init !== 'object') {
            throw new TypeError('ErrorNoticeQueue.push(notice) expects an object such as { error: { sipStatus: 486 }, mode: "Voice" }.');
        }
        const { key, placement } = keyOf(init);
        const active = this.#byKey.get(key);
        if (active !== undefined)
            return active;
        const seq = ++this.#seq;
        const id = typeof init.id === 'string' && init.id !== '' ? init.id : `ucek-notice-${seq}`;
        this.#remove(id);
        this.#byId.set(id, { ...init, id, key, placement, seq });
        this.#byKey.set(key, id);
        if (this.#byId.size > this.#max)
            this.#remove(this.#byId.keys().next().value);
        this.#changed();
        return id;
    };
    /** Removes one notice; it shows again only if the error is pushed again. */
    dismiss = (id) => {
        if (this.#remove(id))
            this.#changed();
    };
    /** Removes every notice. */
    dismissAll = () => {
        if (this.#byId.size === 0)
            return;
        this.#byId.clear();
        this.#byKey.clear();
        this.#changed();
    };
    /** Calls `listener` after every change; returns the function that stops it. */
    subscribe = (listener) => {
        this.#listeners.add(listener);
        return () => {
            this.#listeners.delete(listener);
        };
    };
    /** The active notices, newest first; the same array until something changes. */
    getSnapshot = () => {
        if (this.#dirty) {
            this.#snapshot = [...this.#byId.values()].reverse();
            this.#dirty = false;
        }
        return this.#snapshot;
    };
    /** How many notices are active. */
    get size() {
        return this.#byId.size;
    }
    #remove(id) {
        const item = this.#byId.get(id);
        if (!item)
            return false;
        this.#byId.delete(id);
        if (this.#byKey.get(item.key) === id)
            this.#byKey.delete(item.key);
        return true;
    }
    #changed() {
        this.#dirty = true;
        for (const listener of [...this.#listeners])
            listener();
    }
}
export { ErrorNoticeQueue, contextOf };
