/**
 * Warnings for the developer, each said once: what the kit worked around and how to fix it.
 */
let handler = (code, message) => {
    console.warn(`uc-error-kit [${code}]: ${message}`);
};
const said = new Set();
/**
 * Says `message` the first time `code` and `id` come together. Bounded: ids can come from
 * remote text, so past 1,000 the memory of what was said starts over.
 */
function warnOnce(code, id, message) {
    const key = `${code}\u0000${id}`;
    if (said.has(key))
        return;
    if (said.size >= 1000)
        said.clear();
    said.add(key);
    handler(code, message);
}
/**
 * Sends the kit's warnings to `next` (a logger, a test spy); returns the previous handler.
 * @example setWarningHandler((code, message) => logger.warn({ code }, message))
 */
function setWarningHandler(next) {
    const previous = handler;
    handler = next;
    return previous;
}
/** Forgets which warnings were said, so tests can expect them again. */
function resetWarnings() {
    said.clear();
}
export { resetWarnings, setWarningHandler, warnOnce };
