/**
 * The notification area at the top of the conversation window ([MS-OCER] Appendix D,
 * "Handled Error Display": it "can display multiple error messages simultaneously, and all
 * messages can be dismissed").
 */
import { useEffect, useId, useRef, useState } from 'react';
import { type AnyFamily, formatError, isFamily, isLanguageLoaded } from '../core/index';
import { isOwnReady } from '../core/words';
import type { Politeness } from './announcer';
import { announceOnce, useAreaFocus, useAreaHotkey, useFolding, useLiveRegions } from './behaviour';
import { useKitFamily, useKitWords } from './context';
import { NoticeView } from './ErrorNotice';
import { uiText } from './text';
import type { ErrorNoticeInit } from './types';
import { whenLoaded } from './useErrorMessage';
import { checkNoticeProps, isPlainObject } from './validate';
import { invalidProp } from './warnings';

/**
 * A notice the area can show: an init with an id, such as `useErrorNotices().notices`, which
 * also carry the number of the push (`seq`) and how often it came (`count`).
 */
type AreaNotice = ErrorNoticeInit<AnyFamily> & {
  id: string;
  seq?: number | undefined;
  count?: number | undefined;
};

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
  /** How urgently new notices are announced; `'off'` for a host that announces itself. @default 'polite' */
  politeness?: Politeness | 'off' | undefined;
  /** The family of notices that name none; else the `UcErrorKitProvider`'s. */
  family?: AnyFamily | undefined;
  /**
   * The key that moves focus to the newest notice from anywhere on the page, as Radix
   * Toast's F8; `false` for none. It is exposed as `aria-keyshortcuts` and in a hint read
   * with the area's name. @default 'F8'
   */
  hotkey?: string | false | undefined;
  /** Extra class names for the area's root element. */
  className?: string | undefined;
}

const DEFAULT_MAX = 3;
const noop = () => {};

/**
 * Stacks the conversation's call, meeting and sharing errors, newest first: each can be
 * dismissed (its button or Escape), or all at once; past `max` the rest fold behind a
 * "Show N more" button. Focus is never lost, each error is announced once (and again, with
 * its count, when it recurs), and F8 brings focus here from anywhere.
 * @example const { notices, dismiss, dismissAll } = useErrorNotices({ family: msOcer });
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
  family,
  hotkey = 'F8',
  className,
}: ErrorNotificationAreaProps) {
  const words = useKitWords();
  const kitFamily = useKitFamily();
  const sectionRef = useRef<HTMLElement>(null);
  const listId = useId();
  const hintId = useId();
  // Announcements are remembered by occurrence across views; the queue's generated ids
  // (`ucek-notice-1`) restart in every queue, so two areas' first notices must not meet.
  const areaId = useId();
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());

  const bad = (prop: string, expected: string, value: unknown, instead: string) => {
    if (process.env.NODE_ENV !== 'production')
      invalidProp('ErrorNotificationArea', prop, expected, value, instead);
  };
  let notices: readonly AreaNotice[] = [];
  if (Array.isArray(givenNotices)) {
    notices = givenNotices.filter((n: unknown, i) => {
      const ok = isPlainObject(n) && typeof n.id === 'string' && n.id !== '';
      if (!ok && process.env.NODE_ENV !== 'production')
        bad(`notices[${i}]`, 'an object with a non-empty string `id`', n, 'Leaving it out.');
      return ok;
    });
  } else if (givenNotices !== undefined && process.env.NODE_ENV !== 'production') {
    bad('notices', 'an array of notices', givenNotices, 'Showing none.');
  }
  let onDismiss: (id: string) => void = noop;
  if (typeof givenOnDismiss === 'function') onDismiss = givenOnDismiss;
  else if (process.env.NODE_ENV !== 'production')
    bad('onDismiss', 'a function', givenOnDismiss, 'Notices hide themselves only.');
  let max = DEFAULT_MAX;
  if (Number.isInteger(givenMax) && (givenMax as number) > 0) max = givenMax as number;
  else if (givenMax !== undefined && process.env.NODE_ENV !== 'production')
    bad('max', 'a positive integer', givenMax, `Showing ${DEFAULT_MAX} at most.`);
  let areaFamily: AnyFamily | undefined = kitFamily;
  if (family !== undefined) {
    if (isFamily(family)) areaFamily = family;
    else if (process.env.NODE_ENV !== 'production')
      bad('family', 'a family such as `msOcer`', family, 'Using the provider’s.');
  }

  // A pinned notice that left the queue (dismissed by the host, evicted) is unpinned, so an id
  // used again does not come back pinned.
  const activeIds = notices.map((n) => n.id).join('\u0000');
  useEffect(() => {
    const ids = new Set(activeIds.split('\u0000'));
    if ([...pinned].some((id) => !ids.has(id)))
      setPinned(new Set([...pinned].filter((id) => ids.has(id))));
  }, [activeIds, pinned]);
  const folding = useFolding(notices, max, pinned);
  const occurrenceOf = (n: AreaNotice) => `${areaId}\u0000${n.id}#${n.seq ?? ''}`;
  // A notice that arrives folded is news too: said now, in the words it would show, so that
  // unfolding it later says nothing. (A shown notice announces itself.)
  const shownNow = new Set(folding.shown.map((n) => n.id));
  const foldedNow = notices.filter((n) => !shownNow.has(n.id));
  const areaPoliteness = politeness ?? 'polite';
  useEffect(() => {
    for (const n of foldedNow) {
      const family = isFamily(n.family) ? n.family : areaFamily;
      if (family === undefined) continue;
      // Said only in its final words: while its language or catalog loads, the area waits
      // (a load re-renders it) rather than say a provisional sentence and never the right one.
      // The load starts here too: a folded notice may be the only one of its family.
      if (!isLanguageLoaded(words.lng, [family]) || !isOwnReady(family, n.context)) {
        void whenLoaded(words.lng, family, n.context);
        continue;
      }
      announceOnce(
        occurrenceOf(n),
        () => {
          try {
            const f = formatError(family, n.error as never, n.context as never, {
              i18n: words.i18n,
              lng: words.lng,
              values: isPlainObject(n.values) ? n.values : undefined,
            });
            if (f.show === false) return undefined;
            const label = uiText(words, `intent.${f.intent}`);
            return (n.count ?? 1) > 1
              ? uiText(words, 'notice.again', { label, summary: f.summary })
              : `${label}: ${f.summary}`;
          } catch {
            // A notice the family cannot read is reported when it is shown; nothing to say now.
            return undefined;
          }
        },
        areaPoliteness,
      );
    }
  });
  const focus = useAreaFocus(
    sectionRef,
    notices.map((n) => n.id),
  );
  const shortcut = useAreaHotkey(typeof hotkey === 'string' ? hotkey : false, sectionRef);
  // The live regions exist from the area's mount, before the first notice arrives.
  useLiveRegions();

  const dismissAll = () => {
    folding.collapse();
    focus.willDismissAll();
    if (typeof onDismissAll === 'function') onDismissAll();
    else for (const n of notices) onDismiss(n.id);
  };
  const pin = (id: string, open: boolean) =>
    setPinned((old) => {
      const next = new Set(old);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const classes = ['ucek-area', className].filter(Boolean).join(' ');
  const name = typeof label === 'string' && label !== '' ? label : uiText(words, 'area.label');
  return (
    // A labelled region: a landmark a screen-reader user can jump back to after an
    // announcement, present even when empty so that focus has somewhere to land.
    <section
      ref={sectionRef}
      className={classes}
      aria-label={name}
      aria-describedby={shortcut ? hintId : undefined}
      aria-keyshortcuts={shortcut}
      tabIndex={-1}
      data-empty={notices.length === 0 || undefined}
    >
      {shortcut && (
        <span id={hintId} className="ucek-visually-hidden">
          {uiText(words, 'area.hotkey', { key: shortcut })}
        </span>
      )}
      {notices.length > 0 && (
        <>
          <ol id={listId} className="ucek-area__list">
            {folding.shown.map((n) => {
              const checked = checkNoticeProps(
                'ErrorNotificationArea',
                { ...n, onDismiss: () => onDismiss(n.id) },
                areaFamily,
              );
              if (checked.family === undefined) return null;
              return (
                // Keyed by id: the element lives while the notice is in the queue; a repeat is
                // a new push number on the same element (it says "again"), and a notice pushed
                // again after its dismissal mounts anew.
                <li key={n.id} className="ucek-area__item" data-notice-id={n.id}>
                  <NoticeView
                    checked={{
                      ...checked,
                      family: checked.family,
                      helpHref: checked.helpHref ?? helpHref,
                      variant: 'notification-bar',
                      politeness: politeness ?? checked.politeness,
                    }}
                    props={n}
                    component="ErrorNotificationArea"
                    area={{
                      occurrence: occurrenceOf(n),
                      count: typeof n.count === 'number' ? n.count : 1,
                      onDetailsOpenChange: (open) => pin(n.id, open),
                    }}
                  />
                </li>
              );
            })}
          </ol>
          {(notices.length > max || notices.length > 1) && (
            <div className="ucek-area__controls">
              {notices.length > max && (
                <button
                  type="button"
                  className="ucek-button ucek-button--quiet"
                  data-area-more=""
                  aria-expanded={folding.expanded}
                  aria-controls={listId}
                  onClick={folding.toggle}
                >
                  {folding.expanded
                    ? uiText(words, 'area.fewer')
                    : uiText(words, 'area.more', { count: String(folding.folded) }, folding.folded)}
                </button>
              )}
              {notices.length > 1 && (
                <button
                  type="button"
                  className="ucek-button ucek-button--quiet"
                  onClick={dismissAll}
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
