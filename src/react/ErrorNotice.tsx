/**
 * One error, shown where the spec puts it: a line in the notification bar at the top of the
 * conversation window, or a line in the IM area.
 */
import { useRef, useState } from 'react';
// Here, in the module every view renders, so that the bundler keeps it: the package marks
// only CSS as having side effects, and an import in a file of re-exports would be skipped.
// Vite emits it as `dist/styles.css`, without an import in the built JS, so a host imports
// `uc-error-kit/styles.css` once (a library must not inject styles the host cannot order).
import './styles.css';
import type { Action, CatalogId, ErrorInput, FormatValues, Mode } from '../core/index';
import { useKitI18n } from './context';
import { ErrorDetailsDialog } from './ErrorDetailsDialog';
import { AlertIcon, CloseIcon } from './icons';
import { keyOf } from './notice-queue';
import { uiText } from './text';
import type { NoticeAction } from './types';
import { useErrorMessage } from './useErrorMessage';
import { checkNoticeProps } from './validate';
import { NOTICE_VARIANTS, type NoticeVariant } from './variants';

/** Props of {@link ErrorNotice}. */
interface ErrorNoticeProps {
  /** The codes received with the failure, e.g. `{ sipStatus: 486 }` or `{ msDiagnostics: '...' }`. */
  error: ErrorInput | null | undefined;
  /** What the user was doing: `'IM'`, `'Voice'`, `'Conference'`, `'Sharing'` or `'Other'`. */
  mode: Mode | (string & {});
  /** The action within the mode, e.g. `'transfer'`; picks among a code's rows. */
  action?: Action | (string & {}) | undefined;
  /** The display catalog. @default 'lync2010' */
  catalog?: CatalogId | (string & {}) | undefined;
  /** Values for the placeholders (`userName`, ...), shown as plain text. */
  values?: FormatValues | undefined;
  /** Called when the user dismisses the notice; the notice hides itself either way. */
  onDismiss?: (() => void) | undefined;
  /** Buttons shown next to the message. */
  actions?: readonly NoticeAction[] | undefined;
  /** A help page (http(s) or relative), linked from the details dialog. */
  helpHref?: string | undefined;
  /** For an IM error: the message that was not delivered, quoted after the sentence. */
  undeliveredMessage?: string | undefined;
  /** Where the notice is shown; overrides the placement the spec gives the mode. */
  variant?: NoticeVariant | undefined;
  /** Extra class names for the notice's root element. */
  className?: string | undefined;
}

/**
 * Shows one received error in the user's language: the sentence, buttons, a dismiss button
 * in the notification bar, and the details dialog that opens from the sentence.
 * @example <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" action="transfer" values={{ userName: 'Avery' }} />
 */
function ErrorNotice(props: ErrorNoticeProps) {
  const p = checkNoticeProps('ErrorNotice', props);
  const message = useErrorMessage(
    p.error,
    { mode: p.mode, action: p.action, catalog: p.catalog },
    p.values,
  );
  const { i18n } = useKitI18n();
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);

  // A dismissed error stays hidden while the same codes are shown; new codes show again.
  const key = keyOf(message, p.action);
  if (dismissedKey === key) return null;

  const variant = p.variant ?? message.placement;
  const spec = NOTICE_VARIANTS[variant];
  const dismissible = spec.dismissible || p.onDismiss !== undefined;
  // The dialog is worth opening when it says more than the line: details, the server's
  // reason, the help link, or (where the variant says so) the facts a support team asks for.
  const hasFacts = message.errorId !== undefined || message.source !== undefined;
  const hasDetails = Boolean(
    (message.details && message.details !== message.summary) ||
      message.reason ||
      p.helpHref ||
      (spec.factsOpenDetails && hasFacts),
  );

  const dismiss = () => {
    setDismissedKey(key);
    p.onDismiss?.();
  };
  const closeDetails = () => {
    setOpen(false);
    openerRef.current?.focus();
  };

  const classes = ['ucek-notice', spec.className, p.className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-variant={variant} data-handled={message.handled}>
      <span className="ucek-notice__icon">
        <AlertIcon />
      </span>
      <div className="ucek-notice__body" role={spec.role}>
        <p className="ucek-notice__summary">
          {hasDetails ? (
            <button
              ref={openerRef}
              type="button"
              className="ucek-notice__open"
              aria-haspopup="dialog"
              onClick={() => setOpen(true)}
            >
              {message.summary}
            </button>
          ) : (
            message.summary
          )}
        </p>
        {p.undeliveredMessage !== undefined && (
          // dir="auto": the user's own words may be in another script than the interface.
          <blockquote className="ucek-notice__quote" dir="auto">
            {p.undeliveredMessage}
          </blockquote>
        )}
      </div>
      {p.actions.length > 0 && (
        <div className="ucek-notice__actions">
          {p.actions.map((a, i) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the list is the caller's, in its order
              key={i}
              type="button"
              className="ucek-button"
              onClick={() => a.onPress()}
            >
              {a.label}
            </button>
          ))}
        </div>
      )}
      {dismissible && (
        <button
          type="button"
          className="ucek-notice__dismiss"
          aria-label={uiText(i18n, 'ui.notice.dismiss', { summary: message.summary })}
          onClick={dismiss}
        >
          <CloseIcon />
        </button>
      )}
      {open && (
        <ErrorDetailsDialog message={message} helpHref={p.helpHref} onClose={closeDetails} />
      )}
    </div>
  );
}

export type { ErrorNoticeProps };
export { ErrorNotice };
