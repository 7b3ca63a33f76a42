/**
 * The dialog with a message's additional information ([MS-OCER] Appendix D, "Handled Error
 * Display": "When the user clicks on the message text, additional information is displayed
 * in a dialog box", which "can include a link to a support website").
 *
 * This part words it; the view (DetailsDialogView.tsx) loads on demand, since most people
 * never open one.
 */
import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { AnyFamily } from '../core/index';
import { inert } from '../core/text';
import { warnOnce } from '../core/warn';
import { findWords, lookupFor } from '../core/words';
import { useKitWords } from './context';
import type { DialogContent, DialogFact } from './DetailsDialogView';
import { uiText } from './text';
import { useErrorDescription } from './useErrorDescription';
import type { ErrorMessage } from './useErrorMessage';

/** Props of {@link ErrorDetailsDialog}. */
interface ErrorDetailsDialogProps {
  /** The message whose details are shown. */
  message: ErrorMessage<AnyFamily>;
  /** A help page to link to, already checked. */
  helpHref: string | undefined;
  /** Called once the dialog has closed, however it was closed. */
  onClose: () => void;
}

type ViewProps = { content: DialogContent; onClose: () => void };

/** The view, once loaded. */
let View: ComponentType<ViewProps> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the view; the Details button calls it as a pointer comes near or focus arrives, so
 * the dialog usually opens at once. A load that fails (offline) is forgotten, so the next
 * opening asks again, which succeeds where the browser does not keep the failed module (most
 * still do, until the page reloads).
 */
function preloadDetailsDialog(): Promise<void> {
  loading ??= import('./DetailsDialogView').then(
    (m) => {
      View = m.DetailsDialogView;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Calls `onClose` once, whatever it returns and however often the host re-renders (an animated
 * close): on Escape while the view loads, at once when it failed to load.
 */
function CloseOnce({ onClose, on = 'mount' }: { onClose: () => void; on?: 'mount' | 'escape' }) {
  const latest = useRef(onClose);
  latest.current = onClose;
  const done = useRef(false);
  useEffect(() => {
    const close = () => {
      if (done.current) return;
      done.current = true;
      latest.current();
    };
    if (on === 'mount') {
      close();
      return;
    }
    // An Escape pressed while the view loads closes the dialog it would have opened, and only
    // it, as the open dialog's would: caught first, it never reaches the notice's own Escape.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [on]);
  return null;
}

/** The dialog's words: the sentence, its details and every fact once, with a label each. */
function useDialogContent(
  message: ErrorMessage<AnyFamily>,
  helpHref: string | undefined,
): DialogContent {
  const words = useKitWords();
  const described = useErrorDescription(message);
  // Some rows repeat the summary as their details; saying it twice under the title helps no one.
  const details = message.details !== message.summary ? message.details : undefined;
  // The family's own facts, then what `describe` added (its values made inert like the rest,
  // since they quote server tables).
  const lookup = lookupFor(words.i18n, words.lng);
  const seen = new Set<string>();
  const facts: DialogFact[] = [];
  for (const fact of [
    ...message.facts,
    ...described.map((f) => ({
      ...f,
      value: inert(f.value),
      labelText: findWords(message.familyObject, f.label, lookup)?.text ?? f.label,
    })),
  ]) {
    const id = `${fact.label}\u0000${fact.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    facts.push({ labelText: fact.labelText, value: fact.value, lang: fact.lang });
  }
  return {
    title: { text: message.summary, ...message.summaryLanguage },
    details: details ? details.split('\n').filter((l) => l.trim() !== '') : [],
    detailsLanguage: message.detailsLanguage,
    facts,
    helpHref,
    labels: {
      support: uiText(words, 'details.support'),
      help: uiText(words, 'details.help'),
      newTab: uiText(words, 'details.newTab'),
      close: uiText(words, 'details.close'),
    },
  };
}

/**
 * A native modal `<dialog>` with the message's sentence, its details, the facts for support
 * staff (and what the family's `describe` adds, loaded on demand) and the help link. Mounted
 * only while open: render it when the person asks, and unmount it in `onClose`.
 */
function ErrorDetailsDialog({ message, helpHref, onClose }: ErrorDetailsDialogProps) {
  const content = useDialogContent(message, helpHref);
  const [state, setState] = useState<'loaded' | 'loading' | 'failed'>(() =>
    View ? 'loaded' : 'loading',
  );
  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    preloadDetailsDialog().then(
      () => live && setState('loaded'),
      (error: unknown) => {
        warnOnce(
          'dialog-load-failed',
          String(error),
          `the details dialog did not load (${String(error)}); it closed, and opening it again asks again.`,
        );
        if (live) setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [state]);
  // A failed load closes the dialog, so focus goes back to Details and nothing throws into
  // the host's tree; while it loads, Escape closes it.
  if (state === 'failed' || View === undefined)
    return <CloseOnce onClose={onClose} on={state === 'failed' ? 'mount' : 'escape'} />;
  return <View content={content} onClose={onClose} />;
}

export type { ErrorDetailsDialogProps };
export { ErrorDetailsDialog, preloadDetailsDialog };
