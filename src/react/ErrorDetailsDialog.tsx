/**
 * The dialog with a message's additional information ([MS-OCER] Appendix D, "Handled Error
 * Display": "When the user clicks on the message text, additional information is displayed
 * in a dialog box", which "can include a link to a support website").
 */
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { AnyFamily } from '../core/index';
import { inert } from '../core/text';
import { findWords, lookupFor, type UiKey } from '../core/words';
import { useKitWords } from './context';
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

/**
 * A native modal `<dialog>`: the browser makes the page behind it inert, traps Tab inside
 * and gives Escape and the backdrop (`closedby="any"`) their meaning, which no hand-made
 * overlay matches. Mounted only while open, so nothing of it is in a server render.
 */
function ErrorDetailsDialog({ message, helpHref, onClose }: ErrorDetailsDialogProps) {
  const words = useKitWords();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const detailsId = useId();
  const supportId = useId();
  const described = useErrorDescription(message);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // StrictMode runs this twice; a second showModal on an open dialog would throw.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // The close button, not the first control: focus lands on the dialog's one sure action,
    // and the dialog's name and description (the sentence and its details) are read out
    // with it. Browsers return focus to the opener on close; the notice makes sure.
    closeRef.current?.focus();
  }, []);

  const close = () => ref.current?.close();
  // Browsers close a modal dialog on Escape themselves; handling it here as well makes it
  // work where they do not (older engines, test DOMs) and only once where they do.
  // Tab and Shift+Tab cycle inside: a modal dialog otherwise lets focus leave for the
  // browser's own toolbar, from which a keyboard user cannot come back into the page.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const focusable = ref.current?.querySelectorAll<HTMLElement>('a[href], button');
      if (!focusable || focusable.length === 0) return;
      const first = focusable[0] as HTMLElement;
      const last = focusable[focusable.length - 1] as HTMLElement;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const t = (key: UiKey) => uiText(words, key);
  // Some rows repeat the summary as their details; saying it twice under the title helps no one.
  const details = message.details !== message.summary ? message.details : undefined;
  const lines = details ? details.split('\n').filter((l) => l.trim() !== '') : [];
  // Every fact once, with one label each: the family's own, then what `describe` added (its
  // values made inert like the rest, since they quote server tables).
  const lookup = lookupFor(words.i18n, words.lng);
  const seen = new Set<string>();
  const facts: { labelText: string; value: string; lang?: string | undefined }[] = [];
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
    facts.push(fact);
  }
  return (
    <dialog
      ref={ref}
      className="ucek-dialog"
      aria-labelledby={titleId}
      aria-describedby={lines.length > 0 ? detailsId : undefined}
      closedby="any"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2
        id={titleId}
        className="ucek-dialog__title"
        lang={message.summaryLanguage.lang}
        dir={message.summaryLanguage.dir}
      >
        {message.summary}
      </h2>
      {lines.length > 0 && (
        <div
          id={detailsId}
          className="ucek-dialog__details"
          lang={message.detailsLanguage?.lang}
          dir={message.detailsLanguage?.dir}
        >
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, never reordered
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {facts.length > 0 && (
        <section className="ucek-dialog__support" aria-labelledby={supportId}>
          <h3 id={supportId} className="ucek-dialog__subtitle">
            {t('details.support')}
          </h3>
          <dl className="ucek-dialog__facts">
            {facts.map((fact, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list (a label may repeat: several codes)
              <div key={i} className="ucek-dialog__fact">
                <dt>{fact.labelText}</dt>
                {/* <bdi>: the reason, the source and the codes come from the server,
                    untranslated; each keeps its own direction and cannot reorder the rest, or
                    in a right-to-left dialog "1008, SipStack: ..." would read "SipStack: ... ,1008". */}
                <dd lang={fact.lang}>
                  <bdi>{fact.value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {helpHref && (
        <p className="ucek-dialog__help">
          <a className="ucek-link" href={helpHref} target="_blank" rel="noreferrer">
            {t('details.help')}
            <span className="ucek-visually-hidden"> {t('details.newTab')}</span>
          </a>
        </p>
      )}
      <div className="ucek-dialog__footer">
        <button
          ref={closeRef}
          type="button"
          className="ucek-button ucek-button--primary"
          onClick={close}
        >
          {t('details.close')}
        </button>
      </div>
    </dialog>
  );
}

export type { ErrorDetailsDialogProps };
export { ErrorDetailsDialog };
