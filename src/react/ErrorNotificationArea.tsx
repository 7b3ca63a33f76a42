/**
 * The notification area at the top of the conversation window ([MS-OCER] Appendix D,
 * "Handled Error Display": it "can display multiple error messages simultaneously, and all
 * messages can be dismissed").
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { AnyFamily } from '../core/index';
import { type Politeness, prepareAnnouncer } from './announcer';
import { useKitWords } from './context';
import { ErrorNotice } from './ErrorNotice';
import { uiText } from './text';
import type { ErrorNoticeInit } from './types';
import { isPlainObject } from './validate';
import { invalidProp } from './warnings';

/** A notice the area can show: an init with an id, such as `useErrorNotices().notices`. */
type AreaNotice = ErrorNoticeInit<AnyFamily> & { id: string; seq?: number | undefined };

/**
 * Layout effects in the browser: the live regions and the F8 key are ready as soon as the
 * area is on screen, before anything can be pushed or pressed. (On a server, plain effects,
 * which do not run there.)
 */
const useMountEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Props of {@link ErrorNotificationArea}. */
interface ErrorNotificationAreaProps {
  /** The notices, newest first, as `useErrorNotices().notices` gives them. */
  notices: readonly AreaNotice[];
  /** Called with a notice's id when the user dismisses it. */
  onDismiss: (id: string) => void;
  /** Called when the user dismisses all; calls `onDismiss` for each when omitted. */
  onDismissAll?: (() => void) | undefined;
  /** How many notices show before the rest fold into "+N more". @default 3 */
  max?: number | undefined;
  /** A help page for notices that do not name their own. */
  helpHref?: string | undefined;
  /** The area's accessible name. @default "Conversation notifications" */
  label?: string | undefined;
  /** How urgently new notices are announced. @default 'polite' */
  politeness?: Politeness | undefined;
  /**
   * The key that moves focus to the area from anywhere on the page, as Radix Toast's F8;
   * `false` for none. @default 'F8'
   */
  hotkey?: string | false | undefined;
  /** Extra class names for the area's root element. */
  className?: string | undefined;
}

const DEFAULT_MAX = 3;
const noop = () => {};

/**
 * Stacks the conversation's call, meeting and sharing errors, newest first: each can be
 * dismissed, or all at once; past `max` the rest fold behind a "+N more" button.
 * @example const { notices, dismiss, dismissAll } = useErrorNotices();
 * <ErrorNotificationArea notices={notices} onDismiss={dismiss} onDismissAll={dismissAll} />
 */
function ErrorNotificationArea({
  notices: givenNotices,
  onDismiss: givenOnDismiss,
  onDismissAll,
  max: givenMax,
  helpHref,
  label,
  politeness,
  hotkey = 'F8',
  className,
}: ErrorNotificationAreaProps) {
  const words = useKitWords();
  const [expanded, setExpanded] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // The index of the notice just dismissed from here, so focus can go to its neighbour.
  const pendingFocus = useRef<number | null>(null);
  const listId = useId();

  const bad = (prop: string, expected: string, value: unknown, instead: string) =>
    invalidProp('ErrorNotificationArea', prop, expected, value, instead);
  let notices: readonly AreaNotice[] = [];
  if (Array.isArray(givenNotices)) {
    notices = givenNotices.filter((n: unknown, i) => {
      const ok = isPlainObject(n) && typeof n.id === 'string' && n.id !== '';
      if (!ok) bad(`notices[${i}]`, 'an object with a non-empty string `id`', n, 'Leaving it out.');
      return ok;
    });
  } else if (givenNotices !== undefined) {
    bad('notices', 'an array of notices', givenNotices, 'Showing none.');
  }
  let onDismiss: (id: string) => void = noop;
  if (typeof givenOnDismiss === 'function') onDismiss = givenOnDismiss;
  else bad('onDismiss', 'a function', givenOnDismiss, 'Notices hide themselves only.');
  let max = DEFAULT_MAX;
  if (Number.isInteger(givenMax) && (givenMax as number) > 0) max = givenMax as number;
  else if (givenMax !== undefined)
    bad('max', 'a positive integer', givenMax, `Showing ${DEFAULT_MAX} at most.`);

  // Moving focus after a dismissal: the button that had it is gone, and focus dropped to
  // the page would leave a keyboard user at the top of the document. Runs after every
  // render; the ref says whether a dismissal from here is waiting.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.ucek-notice__dismiss');
    const next =
      notices.length > 0 && buttons && buttons.length > 0
        ? buttons[Math.min(index, buttons.length - 1)]
        : sectionRef.current;
    next?.focus();
  });

  // The live regions exist before the first notice, so its announcement is not lost.
  useMountEffect(() => {
    prepareAnnouncer();
  }, []);
  useMountEffect(() => {
    if (hotkey === false || typeof hotkey !== 'string') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== hotkey || event.defaultPrevented) return;
      event.preventDefault();
      const first = listRef.current?.querySelector<HTMLElement>('button');
      (first ?? sectionRef.current)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);
  // Folded notices unfold only while there are more than `max`: after "Dismiss all" the
  // next notices start folded again.
  useEffect(() => {
    if (notices.length <= max && expanded) setExpanded(false);
  }, [notices.length, max, expanded]);
  const isExpanded = expanded && notices.length > max;
  const shown = isExpanded ? notices : notices.slice(0, max);
  const folded = notices.length - max;

  const dismiss = (id: string) => {
    pendingFocus.current = notices.findIndex((n) => n.id === id);
    onDismiss(id);
  };
  const dismissAll = () => {
    pendingFocus.current = 0;
    if (typeof onDismissAll === 'function') onDismissAll();
    else for (const n of notices) onDismiss(n.id);
  };

  const classes = ['ucek-area', className].filter(Boolean).join(' ');
  return (
    // A labelled region: a landmark a screen-reader user can jump back to after an
    // announcement, present even when empty so that focus has somewhere to land after the
    // last notice is dismissed.
    <section
      ref={sectionRef}
      className={classes}
      aria-label={typeof label === 'string' && label !== '' ? label : uiText(words, 'area.label')}
      tabIndex={-1}
      data-empty={notices.length === 0 || undefined}
    >
      {notices.length > 0 && (
        <>
          <ol ref={listRef} id={listId} className="ucek-area__list">
            {shown.map((n) => (
              // The push number is part of the key, so an error pushed again after it was
              // dismissed is a new element, not the hidden one it replaces.
              <li key={`${n.id}#${n.seq ?? ''}`} className="ucek-area__item">
                <ErrorNotice
                  family={n.family}
                  error={n.error}
                  context={n.context}
                  mode={n.mode}
                  action={n.action}
                  catalog={n.catalog}
                  values={n.values}
                  politeness={politeness}
                  actions={n.actions}
                  helpHref={n.helpHref ?? helpHref}
                  undeliveredMessage={n.undeliveredMessage}
                  variant="notification-bar"
                  onDismiss={() => dismiss(n.id)}
                />
              </li>
            ))}
          </ol>
          {(notices.length > max || notices.length > 1) && (
            <div className="ucek-area__controls">
              {notices.length > max && (
                <button
                  type="button"
                  className="ucek-button ucek-button--quiet"
                  aria-expanded={isExpanded}
                  aria-controls={listId}
                  onClick={() => setExpanded(!isExpanded)}
                >
                  {isExpanded
                    ? uiText(words, 'area.fewer')
                    : uiText(words, 'area.more', { count: String(folded) }, folded)}
                </button>
              )}
              {notices.length > 1 && (
                <button
                  type="button"
                  className="ucek-button ucek-button--quiet"
                  onClick={() => {
                    setExpanded(false);
                    dismissAll();
                  }}
                >
                  {uiText(words, 'area.dismissAll')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

export type { AreaNotice, ErrorNotificationAreaProps };
export { ErrorNotificationArea };
