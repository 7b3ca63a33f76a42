/**
 * One error, shown where its family puts it: a line in the notification bar at the top of the
 * conversation window, or a line in the IM area.
 */
import { useId, useRef, useState } from 'react';
// Here, in the module every view renders, so that the bundler keeps it: the package marks
// only CSS as having side effects, and an import in a file of re-exports would be skipped.
// Vite emits it as `dist/styles.css`, without an import in the built JS, so a host imports
// `uc-error-kit/styles.css` once (a library must not inject styles the host cannot order).
import './styles.css';
import type { AnyFamily } from '../core/index';
import { noticeKey } from '../core/queue';
import type { Politeness } from './announcer';
import { useAnnouncement, useNoticeDismissal } from './behaviour';
import { useKitFamily, useKitWords } from './context';
import { ErrorDetailsDialog, preloadDetailsDialog } from './ErrorDetailsDialog';
import { CloseIcon, INTENT_ICONS } from './icons';
import { sentenceParts } from './Sentence';
import { uiText } from './text';
import type { ErrorNoticeInit } from './types';
import { type ErrorMessage, useErrorMessage } from './useErrorMessage';
import { type CheckedNotice, checkNoticeProps, reportContextProblems } from './validate';
import { NOTICE_VARIANTS, type NoticeVariant } from './variants';

/** Starts loading the dialog's view; a failure is said when the dialog opens. */
const preloadQuietly = () => {
  preloadDetailsDialog().catch(() => {});
};

/** Props of {@link ErrorNotice}. */
type ErrorNoticeProps<F extends AnyFamily = AnyFamily> = Omit<ErrorNoticeInit<F>, 'id'> & {
  /** Called when the user dismisses the notice; the notice hides itself either way. */
  onDismiss?: (() => void) | undefined;
  /** Where the notice is shown; overrides the placement the family gives. */
  variant?: NoticeVariant | undefined;
  /**
   * How urgently screen readers announce it; `'assertive'` interrupts, `'off'` says nothing
   * (a host that announces itself). @default the variant's: polite in the bar, assertive in
   * the IM area
   */
  politeness?: Politeness | 'off' | undefined;
  /** Extra class names for the notice's root element. */
  className?: string | undefined;
  /**
   * Show an outcome the family marks `show: false` (a client recovers by itself), for a
   * support view. @default false
   */
  showHidden?: boolean | undefined;
};

/** What the notification area tells a notice it renders. */
interface AreaSettings {
  /** The notice's identity in the queue, and the number of this push. */
  occurrence: string;
  /** How many times it was pushed while active. */
  count: number;
  /** Called when its details dialog opens or closes, so the area keeps it in view. */
  onDetailsOpenChange: (open: boolean) => void;
}

/**
 * Shows one received error in the user's language: the sentence, buttons, a Details button
 * that opens the details dialog, and a dismiss button in the notification bar. Escape
 * dismisses it. The family is the `family` prop, else the `UcErrorKitProvider`'s.
 * @example <ErrorNotice family={msOcer} error={{ sipStatus: 486 }} context={{ mode: 'Voice', action: 'transfer' }} values={{ userName: 'Avery' }} />
 */
function ErrorNotice<F extends AnyFamily = AnyFamily>(props: ErrorNoticeProps<F>) {
  const p = checkNoticeProps('ErrorNotice', props as ErrorNoticeProps<AnyFamily>, useKitFamily());
  // With no family there is nothing to read the codes with: the prop error says so.
  if (p.family === undefined) return null;
  return <NoticeView checked={p as Checked} props={props} component="ErrorNotice" />;
}

type Checked = CheckedNotice & { family: AnyFamily };

/** The notice itself, for {@link ErrorNotice} and the notification area. */
function NoticeView({
  checked: p,
  props,
  component,
  area,
}: {
  checked: Checked;
  props: { context?: unknown; showHidden?: boolean | undefined };
  component: string;
  area?: AreaSettings | undefined;
}) {
  // The prop errors below say it once, in a component's words: the hook stays quiet.
  const message = useErrorMessage(p.family, p.error, p.context, p.values, { warn: false });
  // A provisional resolution (while a catalog or language loads) has no problems of the app's.
  if (message.ready) reportContextProblems(component, props, message.problems);
  const words = useKitWords();
  const [open, setOpen] = useState(false);
  const detailsRef = useRef<HTMLButtonElement>(null);
  const instance = useId();
  const key = noticeKey(p.family, message.sameKey);
  const variant = p.variant ?? message.placement;
  const spec = NOTICE_VARIANTS[variant];
  const dismissible = spec.dismissible || p.onDismiss !== undefined;
  const dismissal = useNoticeDismissal({
    dismissible,
    onDismiss: p.onDismiss,
    focus: area ? 'container' : 'self',
  });
  // A new error (standalone) or a new push of the same one (in an area) cancels a dismissal
  // under way: a repeat that arrives while the old notice fades out is news, not dismissed.
  const identity = area ? area.occurrence : key;
  const [shownIdentity, setShownIdentity] = useState(identity);
  if (shownIdentity !== identity) {
    setShownIdentity(identity);
    dismissal.reset();
  }
  // An intent outside the contract's four (a family's mistake) reads as an error.
  const intent = Object.hasOwn(INTENT_ICONS, message.intent) ? message.intent : 'error';
  const label = uiText(words, `intent.${intent}`);
  const visible = props.showHidden === true || message.show !== false;
  // An open dialog stays while a new language loads: it must not vanish under the reader.
  const shown = (message.ready || open) && !dismissal.dismissed && visible;
  const again = area !== undefined && area.count > 1;
  useAnnouncement({
    text: again
      ? uiText(words, 'notice.again', { label, summary: message.summary })
      : `${label}: ${message.summary}`,
    politeness: p.politeness ?? spec.politeness,
    enabled: shown,
    // In an area, once per push (a repeat is news); standalone, once per mounted notice, error
    // and language: a notice the host mounts again (a retried call failing again) is news.
    id: area ? area.occurrence : `${instance}\u0000${key}\u0000${message.summary}`,
    rootRef: dismissal.rootRef,
  });

  if (!shown) return null;

  // The dialog is worth opening when it says more than the line: details, facts for support
  // staff (where the variant shows them), or the help link.
  const hasDetails = Boolean(
    spec.alwaysDetails || (message.details && message.details !== message.summary) || p.helpHref,
  );
  const setDialog = (next: boolean) => {
    setOpen(next);
    area?.onDetailsOpenChange(next);
    if (!next) detailsRef.current?.focus();
  };
  const Icon = INTENT_ICONS[intent];
  const classes = [
    'ucek-notice',
    spec.className,
    dismissal.leaving && 'ucek-notice--leaving',
    again && 'ucek-notice--again',
    p.className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    // A group named "Error: <sentence>": the accessible tree says what this is. Focusable
    // (not in the Tab order) so F8 and a dismissal nearby can bring focus here.
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> groups form controls; this groups a message and its buttons
    <div
      ref={dismissal.rootRef}
      className={classes}
      data-variant={variant}
      data-intent={intent}
      data-handled={message.handled}
      role="group"
      tabIndex={-1}
      aria-label={`${label}: ${message.summary}`}
      onKeyDown={dismissal.onKeyDown}
    >
      <span className="ucek-notice__icon" aria-hidden="true">
        <Icon />
      </span>
      <div className="ucek-notice__main">
        <div className="ucek-notice__body">
          <p
            className="ucek-notice__summary"
            lang={message.summaryLanguage.lang}
            dir={message.summaryLanguage.dir}
          >
            {sentenceParts(message.summary)}
          </p>
          {p.undeliveredMessage !== undefined && (
            // The quote keeps the page's direction, so its stripe stands at the start of the
            // line (the right in Arabic); the user's words inside take their own (dir="auto"),
            // since they may be in another script than the interface.
            <blockquote className="ucek-notice__quote">
              <p dir="auto">{p.undeliveredMessage}</p>
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
                onClick={() => setDialog(true)}
                // The dialog's view loads as the person heads for the button, so it opens at once.
                onPointerEnter={preloadQuietly}
                onPointerDown={preloadQuietly}
                onFocus={preloadQuietly}
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
      {again && (
        <span
          className="ucek-notice__count"
          role="img"
          aria-label={uiText(words, 'notice.repeated', { count: String(area.count) }, area.count)}
        >
          ×{area.count}
        </span>
      )}
      {dismissible && (
        <button
          type="button"
          className="ucek-notice__dismiss"
          aria-label={uiText(words, 'notice.dismiss', { summary: message.summary })}
          onClick={dismissal.dismiss}
        >
          <CloseIcon />
        </button>
      )}
      {open && (
        <ErrorDetailsDialog
          message={message as ErrorMessage<AnyFamily>}
          helpHref={p.helpHref}
          onClose={() => setDialog(false)}
        />
      )}
    </div>
  );
}

export type { AreaSettings, ErrorNoticeProps };
export { ErrorNotice, NoticeView };
