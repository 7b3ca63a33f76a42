/**
 * Console messages for developers, each printed once.
 *
 * A component validates its props on every render, and React renders twice in StrictMode;
 * printing each distinct message once keeps one mistake to one line in the console, as
 * react-i18next's `warnOnce` does.
 */
import { resetWarnings as resetCoreWarnings } from '../core/warn';
const printed = new Set();
/** Longer values are cut: the console line is for finding the mistake, not for the data. */
function preview(value) {
    let text;
    if (typeof value === 'string')
        text = JSON.stringify(value);
    else if (typeof value === 'function')
        text = 'a function';
    else if (Array.isArray(value))
        text = 'an array';
    else if (value === null)
        text = 'null';
    else if (typeof value === 'object')
        text = 'an object';
    else
        text = String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/**
 * Prints `Invalid prop \`prop\` supplied to \`Component\`. Expected ...` once, in the wording
 * of React's own prop checks and Radix's, so that the console search a developer already
 * knows finds it.
 */
function invalidProp(component, prop, expected, value, instead) {
    const message = `Invalid prop \`${prop}\` supplied to \`${component}\`. Expected ${expected}; got ${preview(value)}. ${instead}`;
    if (printed.has(message))
        return;
    printed.add(message);
    console.error(message);
}
/**
 * Prints `Invalid prop \`prop\` supplied to \`Component\`.` with the resolver's own words for
 * what was wrong (the one place a family's context vocabulary is checked), once.
 */
function invalidContext(component, prop, problem) {
    const message = `Invalid prop \`${prop}\` supplied to \`${component}\`. ${problem} Using the family's default.`;
    if (printed.has(message))
        return;
    printed.add(message);
    console.error(message);
}
/** Prints a hook's warning once per code and message. */
function warnOnce(code, message) {
    const line = `uc-error-kit: ${message} [${code}]`;
    if (printed.has(line))
        return;
    printed.add(line);
    console.warn(line);
}
/** Forgets what was printed; for tests, which check that a message appears exactly once. */
function resetWarnings() {
    printed.clear();
    resetCoreWarnings();
}
export { invalidContext, invalidProp, preview, resetWarnings, warnOnce };
