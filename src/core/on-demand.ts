/**
 * A module a family loads on demand with its words (its reader, its tables), and what the
 * shared layers need to know of it: whether it is in (`isReady`), how to bring it in (`load`,
 * which never rejects), and the module itself once it is.
 */
import type { InputProblem } from './family';
import { warnOnce } from './warn';
import { noteLoaded } from './words';

/** A module on demand: see {@link onDemand}. */
interface OnDemand<M> {
  /** The module, once loaded; undefined before (and after a failed load). */
  readonly loaded: () => M | undefined;
  /**
   * True when the module is in, or its chunk failed to load (offline, a broken deploy): the
   * family then answers with its generic message, so views show that rather than wait.
   */
  readonly isSettled: () => boolean;
  /**
   * Loads the module; never rejects. A failure is reported once through the warning handler
   * and tried again on the next call, or when the browser is back online. Views waiting on the
   * family re-render when it settles.
   */
  readonly load: () => Promise<void>;
  /** Loads the module and gives it; rejects when its chunk does not load. */
  readonly require: () => Promise<M>;
  /**
   * The problem a family's answer carries while the module is not in: how to load it (`name`
   * is the family's export, `smtp`), or, after a failed load, that it could not be loaded.
   */
  readonly problem: (name: string) => InputProblem;
}

/**
 * Wraps a literal `import()` (so that bundlers split the module out of an app's start).
 * `what` names the module in the warning of a failed load.
 * @example const reader = onDemand('the SMTP reader', () => import('./resolve'));
 */
function onDemand<M>(what: string, loader: () => Promise<M>): OnDemand<M> {
  let module: M | undefined;
  let failed = false;
  let pending: Promise<M> | undefined;
  /** Whether a retry waits for the browser to be back online: one listener, however often it fails. */
  let watching = false;
  const require = (): Promise<M> => {
    if (module !== undefined) return Promise.resolve(module);
    pending ??= loader().then(
      (m) => {
        module = m;
        failed = false;
        return m;
      },
      (error: unknown) => {
        pending = undefined;
        failed = true;
        throw error;
      },
    );
    return pending;
  };
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const self: OnDemand<M> = {
    loaded: () => module,
    isSettled: () => module !== undefined || failed,
    require,
    problem: (name) =>
      failed
        ? {
            field: 'reader',
            message: `${What} could not be loaded; the generic message answered.`,
            in: 'input',
          }
        : {
            field: 'reader',
            message: `${What} loads on demand: await ${name}.load() first, or loadLanguage(lng, [${name}]) (the views do it themselves); the generic message answered.`,
            in: 'call',
          },
    async load() {
      if (module !== undefined) return;
      try {
        await require();
      } catch (error) {
        // Back online, it is tried again, as a failed language file is (words.ts); the views
        // re-render when it comes in.
        if (!watching) {
          watching = true;
          globalThis.addEventListener?.(
            'online',
            () => {
              watching = false;
              void self.load();
            },
            { once: true },
          );
        }
        warnOnce(
          'language-load-failed',
          what,
          `Could not load ${what} (${String(error)}); showing the generic message.`,
        );
      }
      noteLoaded();
    },
  };
  return self;
}

export type { OnDemand };
export { onDemand };
