/**
 * The words of one error, in the current language, as data.
 */
import { useMemo } from 'react';
import {
  type ErrorInput,
  type FormattedError,
  type FormatValues,
  formatError,
  type ResolveContext,
} from '../core/index';
import { useKitI18n } from './context';
import { type WarningCode, warnOnce } from './warnings';

/** What {@link useErrorMessage} returns: the core's formatted error plus display helpers. */
interface ErrorMessage extends FormattedError {
  /** The server that reported the error (the ms-diagnostics `source`), for support staff. */
  source: string | undefined;
  /** The language the words were looked up in. */
  language: string | undefined;
}

/**
 * Only the context is the developer's to get right, so only it is warned about; a malformed
 * code comes from the server and is the core's documented generic message, not a bug.
 */
const CONTEXT_WARNINGS: Partial<Record<string, [WarningCode, string]>> = {
  mode: ['unknown-mode', "Showing the generic message of mode 'Other'."],
  action: ['unknown-action', 'Using the row the spec lists first for the code.'],
  catalog: ['unknown-catalog', 'Using the default catalog.'],
};

/**
 * Resolves and words an error for the current language, and updates when the codes, the
 * context, the values or the language change. Returns strings and flags, never elements.
 * @example const { summary, details, placement } = useErrorMessage({ sipStatus: 486 }, { mode: 'Voice' }, { userName: 'Avery' })
 */
function useErrorMessage(
  input: ErrorInput | null | undefined,
  context: ResolveContext,
  values?: FormatValues,
): ErrorMessage {
  const { i18n, revision } = useKitI18n();
  // Callers often build these objects inline, so a new object each render must not mean
  // new words: memoise on the primitives inside them.
  const codes = input !== null && typeof input === 'object' ? input : {};
  const { msDiagnostics, msDiagnosticsPublic, sipStatus, sipWarning, windowsError } = codes;
  const { mode, action, catalog } = context ?? ({} as Partial<ResolveContext>);
  const { userName, errorId, clientName, productName, applicationName } = values ?? {};

  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` changes when the instance's language or words do, which `formatError` reads through `i18n`.
  const message = useMemo((): ErrorMessage => {
    const formatted = formatError(
      { msDiagnostics, msDiagnosticsPublic, sipStatus, sipWarning, windowsError },
      { mode: mode as ResolveContext['mode'], action, catalog },
      {
        i18n,
        values: { userName, errorId, clientName, productName, applicationName },
      },
    );
    return {
      ...formatted,
      source: formatted.diagnostics?.source,
      language: i18n.language,
    };
  }, [
    msDiagnostics,
    msDiagnosticsPublic,
    sipStatus,
    sipWarning,
    windowsError,
    mode,
    action,
    catalog,
    userName,
    errorId,
    clientName,
    productName,
    applicationName,
    i18n,
    revision,
  ]);

  for (const problem of message.problems) {
    const warning = CONTEXT_WARNINGS[problem.field];
    if (warning) warnOnce(warning[0], `useErrorMessage: ${problem.message} ${warning[1]}`);
  }
  return message;
}

export type { ErrorMessage };
export { useErrorMessage };
