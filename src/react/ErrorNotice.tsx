/**
 * One error, shown where its family puts it: a line in the notification bar at the top of the
 * conversation window, or a line in the IM area.
 */
import { useEffect, useRef, useState } from 'react';
// Here, in the module every view renders, so that the bundler keeps it: the package marks
// only CSS as having side effects, and an import in a file of re-exports would be skipped.
// Vite emits it as `dist/styles.css`, without an import in the built JS, so a host imports
// `uc-error-kit/styles.css` once (a library must not inject styles the host cannot order).
import './styles.css';
import type { AnyFamily, MsOcerFamily } from '../core/index';
import { noticeKey } from '../core/queue';
import { announce, type Politeness, prepareAnnouncer } from './announcer';
import { useKitWords } from './context';
import { ErrorDetailsDialog } from './ErrorDetailsDialog';
import { AlertIcon, CloseIcon } from './icons';
import { uiText } from './text';
import type { ErrorNoticeInit } from './types';
import { useErrorMessage } from './useErrorMessage';
import { checkNoticeProps, reportContextProblems } from './validate';
import { NOTICE_VARIANTS, type NoticeVariant } from './variants';

/** Props of {@link ErrorNotice}. */
type ErrorNoticeProps<F extends AnyFamily = MsOcerFamily> = Omit<ErrorNoticeInit<F>, 'id'> & {
  /** Called when the user dismisses the notice; the notice hides itself either way. */
  onDismiss?: (() => void) | undefined;
  /** Where the notice is shown; overrides the placement the family gives. */
  variant?: NoticeVariant | undefined;
  /**
   * How urgently screen readers announce it; `'assertive'` interrupts. @default the variant's:
   * polite in the bar, assertive in the IM area
   */
  politeness?: Politeness | undefined;
  /** Extra class names for the notice's root element. */
  className?: string | undefined;
};

/** True when the user has not asked for reduced motion (and the browser can say). */
function motionAllowed(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: no-preference)').matches
  );
}

/** How long the exit transition lasts; the CSS uses the same. */
const EXIT_MS = 150;

/**
 * Shows one received error in the user's language: the sentence, buttons, a Details button
 * that opens the details dialog, and a dismiss button in the notification bar. With no
 * `family`, the codes are [MS-OCER]'s.
 * @example <ErrorNotice error={{ sipStatus: 486 }} mode="Voice" action="transfer" values={{ userName: 'Avery' }} />
 */
function ErrorNotice<F extends AnyFamily = MsOcerFamily>(props: ErrorNoticeProps<F>) {
  const p = checkNoticeProps('ErrorNotice', props as ErrorNoticeProps<AnyFamily>);
  // The prop errors below say it once, in a component's words: the hook stays quiet.
  const message = useErrorMessage(p.family, p.error, p.context as never, p.values, {
    warn: false,
  });
  reportContextProblems('ErrorNotice', props, message.problems);
  const words = useKitWords();
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [open, setOpen] = useState(false);
  const detailsRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // Where focus was when the notice appeared: where it returns after a dismissal, so a
  // keyboard user is not dropped at the top of the page.
  const focusBefore = useRef<Element | null>(null);
  const exitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A notice unmounted while it leaves calls no one back.
  useEffect(() => () => clearTimeout(exitTimer.current), []);

  const key = noticeKey(p.family, message.sameKey);
  const variant = p.variant ?? message.placement;
  const spec = NOTICE_VARIANTS[variant];
  const politeness = p.politeness ?? spec.politeness;
  const label = uiText(words, 'notice.label');
  // An open dialog stays while a new language loads: it must not vanish under the reader.
  const shown = (message.ready || open) && dismissedKey !== key;

  useEffect(() => {
    prepareAnnouncer();
    if (focusBefore.current === null && typeof document !== 'undefined')
      focusBefore.current = document.activeElement;
  }, []);
  // Announced once per error shown (and again if the words change language), after render.
  useEffect(() => {
    if (shown) announce(`${label}: ${message.summary}`, politeness);
  }, [shown, label, message.summary, politeness]);

  if (!shown) return null;

  const dismissible = spec.dismissible || p.onDismiss !== undefined;
  // The dialog is worth opening when it says more than the line: details, facts for support
  // staff (where the variant shows them), or the help link.
  const hasDetails = Boolean(
    spec.alwaysDetails || (message.details && message.details !== message.summary) || p.helpHref,
  );

  const finish = () => {
    setLeaving(false);
    setDismissedKey(key);
    p.onDismiss?.();
    // A notice inside a notification area leaves focus to the area; a standalone one
    // returns it to where it was, or to nothing rather than a node that is gone.
    const inArea = rootRef.current?.closest('.ucek-area') !== null;
    const before = focusBefore.current;
    if (!inArea && before instanceof HTMLElement && before.isConnected && before !== document.body)
      before.focus();
  };
  const dismiss = () => {
    // A second press while it leaves is the same dismissal.
    if (leaving) return;
    if (!motionAllowed()) return finish();
    setLeaving(true);
    exitTimer.current = setTimeout(finish, EXIT_MS);
  };
  const closeDetails = () => {
    setOpen(false);
    detailsRef.current?.focus();
  };

  const classes = ['ucek-notice', spec.className, leaving && 'ucek-notice--leaving', p.className]
    .filter(Boolean)
    .join(' ');
  // A group named "Error: <sentence>": the accessible tree says what this is.
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> groups form controls; this groups a message and its buttons
    <div
      ref={rootRef}
      className={classes}
      data-variant={variant}
      data-handled={message.handled}
      role="group"
      aria-label={`${label}: ${message.summary}`}
    >
      <span className="ucek-notice__icon" aria-hidden="true">
        <AlertIcon />
      </span>
      <div className="ucek-notice__main">
        <div className="ucek-notice__body">
          <p
            className="ucek-notice__summary"
            lang={message.summaryLanguage.lang}
            dir={message.summaryLanguage.dir}
          >
            {message.summary}
          </p>
          {p.undeliveredMessage !== undefined && (
            // dir="auto": the user's own words may be in another script than the interface.
            <blockquote className="ucek-notice__quote" dir="auto">
              {p.undeliveredMessage}
            </blockquote>
          )}
        </div>
        {(p.actions.length > 0 || hasDetails) && (
          <div className="ucek-notice__actions">
            {hasDetails && (
              <button
                ref={detailsRef}
                type="button"
                className="ucek-button ucek-button--quiet ucek-notice__details"
                aria-haspopup="dialog"
                aria-label={`${uiText(words, 'notice.details')}: ${message.summary}`}
                onClick={() => setOpen(true)}
              >
                {uiText(words, 'notice.details')}
              </button>
            )}
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
      </div>
      {dismissible && (
        <button
          type="button"
          className="ucek-notice__dismiss"
          aria-label={uiText(words, 'notice.dismiss', { summary: message.summary })}
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
