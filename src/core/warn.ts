/**
 * Warnings for the developer, each said once: what the kit worked around and how to fix it.
 */

/**
 * What a warning is about; a closed list, as react-i18next's `warnOnce` codes are, and each
 * one is said somewhere:
 * - `bad-translation`: a translation broke a rule (markup, placeholders, ...); English shows.
 * - `language-load-failed`: a language's file did not load; English shows.
 * - `unknown-context`: a hook got a context its family does not know (`useErrorMessage`).
 * - `invalid-prop`: a component got a prop it cannot use; a safe value is used instead.
 * - `dialog-load-failed`: the details dialog's code did not load; the dialog closed.
 */
type WarningCode =
  | 'bad-translation'
  | 'language-load-failed'
  | 'unknown-context'
  | 'invalid-prop'
  | 'dialog-load-failed';

/** Receives every warning of the kit, prop errors included. */
type WarningHandler = (code: WarningCode, message: string) => void;

/**
 * The default: prop errors as `console.error`, in the wording of React's own prop checks (a
 * developer's console search finds them), everything else as `console.warn`.
 */
const defaultHandler: WarningHandler = (code, message) => {
  if (code === 'invalid-prop') console.error(message);
  else console.warn(`uc-error-kit [${code}]: ${message}`);
};

let handler: WarningHandler = defaultHandler;

const said = new Set<string>();

/**
 * Says `message` the first time `code` and `id` come together. Bounded: ids can come from
 * remote text, so past 1,000 the memory of what was said starts over.
 */
function warnOnce(code: WarningCode, id: string, message: string): void {
  const key = `${code}\u0000${id}`;
  if (said.has(key)) return;
  if (said.size >= 1000) said.clear();
  said.add(key);
  try {
    handler(code, message);
  } catch {
    // A logger that throws is the app's bug; the kit's answer must not become an exception.
  }
}

/**
 * Sends every warning and prop error of the kit to `next` (a logger, a test spy); returns the
 * previous handler. `null` restores the default (the console).
 * @example setWarningHandler((code, message) => logger.warn({ code }, message))
 */
function setWarningHandler(next: WarningHandler | null): WarningHandler {
  const previous = handler;
  handler = typeof next === 'function' ? next : defaultHandler;
  return previous;
}

/** Forgets which warnings were said, so tests can expect them again. */
function resetWarnings(): void {
  said.clear();
}

export type { WarningCode, WarningHandler };
export { resetWarnings, setWarningHandler, warnOnce };
