/**
 * The dialog with a message's additional information ([MS-OCER] Appendix D, "Handled Error
 * Display": "When the user clicks on the message text, additional information is displayed
 * in a dialog box", which "can include a link to a support website").
 *
 * This part words it; the view (DetailsDialogView.tsx) is loaded the first time a dialog
 * opens, since most people never open one.
 */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
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

/**
 * The view, by `import()`. A load that fails (offline) closes the dialog, so focus goes back
 * to the Details button and nothing throws into the host's tree; the next opening tries again
 * (`lazy` keeps a failure, so a new one is made).
 */
const loadView = () =>
  lazy(() =>
    import('./DetailsDialogView').then(
      (m): { default: ComponentType<ViewProps> } => ({ default: m.DetailsDialogView }),
      (error: unknown): { default: ComponentType<ViewProps> } => {
        View = loadView();
        warnOnce(
          'dialog-load-failed',
          String(error),
          `the details dialog did not load (${String(error)}); it closed, and opening it again tries again.`,
        );
        return { default: ClosesAtOnce };
      },
    ),
  );

let View = loadView();

function ClosesAtOnce({ onClose }: ViewProps) {
  useEffect(() => onClose(), [onClose]);
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
  const Loaded = View;
  return (
    <Suspense fallback={null}>
      <Loaded content={content} onClose={onClose} />
    </Suspense>
  );
}

export type { ErrorDetailsDialogProps };
export { ErrorDetailsDialog };
