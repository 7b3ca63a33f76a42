/**
 * Prop errors and hook warnings of the React layer, said once each through the kit's one
 * warning channel (`setWarningHandler`), so a host that logs the kit's warnings sees these too.
 *
 * A component validates its props on every render, and React renders twice in StrictMode;
 * saying each distinct message once keeps one mistake to one line, as react-i18next's
 * `warnOnce` does. Callers guard each call with `process.env.NODE_ENV !== 'production'`, so a
 * production build drops the words of validation along with the calls.
 */
import { warnOnce as coreWarnOnce, resetWarnings as resetCoreWarnings } from '../core/warn';

/** Longer values are cut: the console line is for finding the mistake, not for the data. */
function preview(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'function') text = 'a function';
  else if (Array.isArray(value)) text = 'an array';
  else if (value === null) text = 'null';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Says `Invalid prop \`prop\` supplied to \`Component\`. Expected ...` once, in the wording
 * of React's own prop checks and Radix's, so that the console search a developer already
 * knows finds it.
 */
function invalidProp(
  component: string,
  prop: string,
  expected: string,
  value: unknown,
  instead: string,
): void {
  const message = `Invalid prop \`${prop}\` supplied to \`${component}\`. Expected ${expected}; got ${preview(value)}. ${instead}`;
  coreWarnOnce('invalid-prop', message, message);
}

/**
 * Says `Invalid prop \`prop\` supplied to \`Component\`.` with the family's own words for
 * what was wrong (the one place a family's context vocabulary is checked), once.
 */
function invalidContext(component: string, prop: string, problem: string): void {
  const message = `Invalid prop \`${prop}\` supplied to \`${component}\`. ${problem} Using the family's default.`;
  coreWarnOnce('invalid-prop', message, message);
}

/** Says a hook's warning once per message. */
function warnOnce(message: string): void {
  coreWarnOnce('unknown-context', message, message);
}

/** Forgets what was said; for tests, which check that a message appears exactly once. */
function resetWarnings(): void {
  resetCoreWarnings();
}

export { invalidContext, invalidProp, preview, resetWarnings, warnOnce };
