/**
 * The behaviour of the kit's views as hooks, the way React Aria splits `useToast` and
 * `useToastRegion` from the JSX: dismissal, focus, the keyboard, announcements and folding.
 * A host that builds its own notice view calls the same hooks and gets the same behaviour.
 */
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { announce, type Politeness, prepareAnnouncer } from './announcer';

/**
 * Layout effects in the browser, so live regions and keys are ready before paint; plain
 * effects on a server, where neither runs.
 */
const useMountEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

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

/** What can take focus in a page, in document order. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The element to focus when `node` goes away: the next focusable element after it in the
 * document, else the one before it. Never `<body>`, where a keyboard user would start over.
 */
function neighbourOf(node: Element): HTMLElement | undefined {
  const all = [...node.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !node.contains(el),
  );
  const after = all.find(
    (el) => node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return after ?? all.at(-1);
}

/** True for an element focus can go back to. */
function canFocus(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== el.ownerDocument.body;
}

/** Options of {@link useNoticeDismissal}. */
interface NoticeDismissalOptions {
  /** Whether the notice can be dismissed at all (Escape and the button). */
  dismissible: boolean;
  /** Called once the notice has left. */
  onDismiss?: (() => void) | undefined;
  /**
   * Who moves focus after the dismissal: `'self'` returns it to where it was when the notice
   * appeared (or the next control), `'container'` leaves it to an area that knows the next
   * notice.
   */
  focus: 'self' | 'container';
}

/** What {@link useNoticeDismissal} returns. */
interface NoticeDismissal {
  /** True once dismissed: the view renders nothing. */
  dismissed: boolean;
  /** True during the exit transition (never under reduced motion). */
  leaving: boolean;
  /** Starts the dismissal; a second call while leaving is the same dismissal. */
  dismiss: () => void;
  /** Dismisses on Escape, as Radix Toast does: spread on the notice's root. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Attach to the notice's root: where focus comes back from. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Undoes the dismissal, for a notice that shows a new error. */
  reset: () => void;
}

/**
 * Dismissal of one notice: the exit transition, `onDismiss` once, Escape, and focus that
 * never drops to the page: back where it was before the notice appeared, else the next
 * control after it.
 */
function useNoticeDismissal({
  dismissible,
  onDismiss,
  focus,
}: NoticeDismissalOptions): NoticeDismissal {
  const [dismissed, setDismissed] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusBefore = useRef<Element | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = useRef(false);
  const latest = useRef(onDismiss);
  latest.current = onDismiss;

  useMountEffect(() => {
    if (typeof document !== 'undefined') focusBefore.current = document.activeElement;
    // A notice unmounted while it leaves calls no one back.
    return () => clearTimeout(timer.current);
  }, []);

  const finish = useCallback(() => {
    if (done.current) return;
    done.current = true;
    const root = rootRef.current;
    const hadFocus = root?.contains(root.ownerDocument.activeElement) === true;
    // Where focus goes is decided while the notice is still in the document.
    const target =
      focus === 'self' && hadFocus && root
        ? canFocus(focusBefore.current)
          ? focusBefore.current
          : neighbourOf(root)
        : undefined;
    setLeaving(false);
    setDismissed(true);
    latest.current?.();
    target?.focus();
  }, [focus]);

  const dismiss = useCallback(() => {
    if (done.current || timer.current !== undefined) return;
    if (!motionAllowed()) return finish();
    setLeaving(true);
    timer.current = setTimeout(finish, EXIT_MS);
  }, [finish]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !dismissible) return;
      event.preventDefault();
      dismiss();
    },
    [dismiss, dismissible],
  );

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    done.current = false;
    setDismissed(false);
    setLeaving(false);
  }, []);

  return { dismissed, leaving, dismiss, onKeyDown, rootRef, reset };
}

/** Options of {@link useAnnouncement}. */
interface AnnouncementOptions {
  /** What to say. */
  text: string;
  /** How urgently; `'off'` says nothing (a host that announces itself). */
  politeness: Politeness | 'off';
  /** False while nothing is shown. */
  enabled: boolean;
  /**
   * What makes an announcement new: the same id is said once, however often the view mounts
   * (unfolding, re-ordering); a new id (a repeat of the error) is said again.
   */
  id: string;
  /** The element shown, to tell whether a host live region already reads it. */
  rootRef: RefObject<Element | null>;
}

/** Ids said recently, shared by every view: a notice that remounts is not news. Bounded. */
const said = new Set<string>();

/**
 * Remembers an id as said; past 500 the oldest is forgotten (a Set keeps insertion order), not
 * all of them, or every folded notice would be announced again at once.
 */
function remember(id: string): void {
  if (said.size >= 500) said.delete(said.values().next().value as string);
  said.add(id);
}

/**
 * Says the text once for `id` (see {@link useAnnouncement}); false when it was said before or
 * nothing is to be said. For a container that announces what it does not render (a notice
 * that arrives folded), so that showing it later says nothing. The text is asked for only
 * when it is said: a container checks every folded notice on every render, and wording one
 * costs a format.
 */
function announceOnce(
  id: string,
  text: () => string | undefined,
  politeness: Politeness | 'off',
): boolean {
  if (politeness === 'off' || said.has(id)) return false;
  const words = text();
  if (words === undefined) return false;
  remember(id);
  announce(words, politeness);
  return true;
}

/**
 * Announces a notice once per id through the kit's live regions (see announcer.ts), which
 * exist from mount so the first announcement is not lost. Says nothing inside a host's own
 * live region (an IM transcript's `role="log"` already reads new lines).
 */
/** The kit's live regions, in the page from the caller's mount: the first announcement is heard. */
function useLiveRegions(): void {
  useMountEffect(() => {
    prepareAnnouncer();
  }, []);
}

function useAnnouncement({ text, politeness, enabled, id, rootRef }: AnnouncementOptions): void {
  useLiveRegions();
  useEffect(() => {
    if (!enabled || politeness === 'off' || said.has(id)) return;
    const inLog = rootRef.current?.closest('[role="log"], [aria-live]:not([aria-live="off"])');
    remember(id);
    if (inLog) return;
    announce(text, politeness);
  }, [enabled, politeness, id, text, rootRef]);
}

/**
 * The F8 shortcut of a notification area, as Radix Toast's: focus moves to the newest notice
 * (or the area) from anywhere on the page. Returns the value for `aria-keyshortcuts`.
 */
function useAreaHotkey(
  hotkey: string | false,
  areaRef: RefObject<HTMLElement | null>,
): string | undefined {
  useMountEffect(() => {
    if (typeof hotkey !== 'string' || hotkey === '') return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== hotkey || event.defaultPrevented) return;
      event.preventDefault();
      const first = areaRef.current?.querySelector<HTMLElement>('.ucek-notice');
      (first ?? areaRef.current)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);
  return typeof hotkey === 'string' && hotkey !== '' ? hotkey : undefined;
}

/** What {@link useFolding} returns. */
interface Folding<N> {
  /** The notices to render, newest first. */
  shown: readonly N[];
  /** How many are folded away. */
  folded: number;
  /** Whether the folded ones are shown. */
  expanded: boolean;
  /** Shows or folds the rest. */
  toggle: () => void;
  /** Folds the rest again (after "Dismiss all"). */
  collapse: () => void;
}

/**
 * Past `max`, older notices fold behind "Show N more". A notice that is pinned (its details
 * dialog is open) stays in view whatever arrives; the rest unfold only while there are more
 * than `max`, so after "Dismiss all" the next ones start folded.
 */
function useFolding<N extends { id: string }>(
  notices: readonly N[],
  max: number,
  pinned: ReadonlySet<string>,
): Folding<N> {
  const [expanded, setExpanded] = useState(false);
  const over = notices.length > max;
  useEffect(() => {
    if (!over && expanded) setExpanded(false);
  }, [over, expanded]);
  const isExpanded = expanded && over;
  const shown = isExpanded ? notices : notices.filter((n, i) => i < max || pinned.has(n.id));
  return {
    shown,
    folded: notices.length - shown.length,
    expanded: isExpanded,
    toggle: () => setExpanded(!isExpanded),
    collapse: () => setExpanded(false),
  };
}

/**
 * Focus in a notification area is never lost. It remembers which notice had focus; after a
 * render where that notice is gone (dismissed, folded away by a newer one), focus moves to
 * the notice now at its place, the "Show N more" control, the area, or, when the area is
 * empty after "Dismiss all", back to where focus was before it entered the area.
 */
function useAreaFocus(areaRef: RefObject<HTMLElement | null>, activeIds: readonly string[]) {
  const cameFrom = useRef<HTMLElement | null>(null);
  /** The id and index of the notice that holds focus, kept up to date on focus moves. */
  const holder = useRef<{ id: string; index: number } | null>(null);
  const dismissedAll = useRef(false);

  useMountEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !area.contains(from)) cameFrom.current = from;
      const item = (event.target as Element).closest?.('[data-notice-id]');
      if (item instanceof HTMLElement) {
        const items = [...area.querySelectorAll('[data-notice-id]')];
        holder.current = { id: item.dataset.noticeId ?? '', index: items.indexOf(item) };
      } else holder.current = null;
    };
    area.addEventListener('focusin', onFocusIn);
    return () => area.removeEventListener('focusin', onFocusIn);
  }, []);

  // After every render: if the notice that held focus is gone and focus with it, move it.
  useEffect(() => {
    const area = areaRef.current;
    const held = holder.current;
    if (!area) return;
    const doc = area.ownerDocument;
    const active = doc.activeElement;
    const lost = active === null || active === doc.body || !active.isConnected;
    if (dismissedAll.current) {
      dismissedAll.current = false;
      holder.current = null;
      const back = cameFrom.current;
      if (lost || area.contains(active)) (canFocus(back) ? back : area).focus();
      return;
    }
    if (!held || !lost) return;
    const items = [...area.querySelectorAll<HTMLElement>('[data-notice-id]')];
    if (items.some((item) => item.dataset.noticeId === held.id)) return;
    const more = area.querySelector<HTMLElement>('[data-area-more]');
    // Still active but not shown: it folded behind "Show N more", which is where it went.
    const folded = activeIds.includes(held.id);
    // The next notice's dismiss button, where a keyboard user dismissing one after another
    // wants to be; its notice when it has none.
    const item = items[Math.min(held.index, items.length - 1)];
    const neighbour =
      item?.querySelector<HTMLElement>('.ucek-notice__dismiss') ??
      item?.querySelector<HTMLElement>('.ucek-notice');
    const next = (folded ? (more ?? neighbour) : (neighbour ?? more)) ?? area;
    holder.current = null;
    next.focus();
  });

  return {
    /** Call before "Dismiss all": focus then returns to where it came from. */
    willDismissAll: () => {
      dismissedAll.current = true;
    },
  };
}

export type { AnnouncementOptions, Folding, NoticeDismissal, NoticeDismissalOptions };
export {
  announceOnce,
  useAnnouncement,
  useAreaFocus,
  useAreaHotkey,
  useFolding,
  useLiveRegions,
  useNoticeDismissal,
};
