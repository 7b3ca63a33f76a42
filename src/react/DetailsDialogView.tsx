/**
 * What the details dialog looks like and how it behaves, given the words to show: loaded the
 * first time a person opens a dialog (`ErrorDetailsDialog` brings it with `import()`), so an
 * app pays for it only then. It imports nothing of the kit but types: a module an app's start
 * shares with it would become a chunk of its own.
 */
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { LanguageMark } from '../core/index';

/** A text with the language and direction it is written in. */
type InLanguage = { text: string } & LanguageMark;

/** One labelled value for support staff, its label already in the reader's language. */
interface DialogFact {
  labelText: string;
  value: string;
  lang?: string | undefined;
}

/** Everything the dialog shows, worded. */
interface DialogContent {
  /** The message's sentence: the dialog's title. */
  title: InLanguage;
  /** The details, a paragraph per line; none when they only repeat the title. */
  details: readonly string[];
  /** The language and direction of the details. */
  detailsLanguage: LanguageMark | undefined;
  /** Facts for support staff, each once. */
  facts: readonly DialogFact[];
  /** A help page to link to, already checked. */
  helpHref: string | undefined;
  /** The dialog's own words, in the interface language. */
  labels: { support: string; help: string; newTab: string; close: string };
}

/**
 * A native modal `<dialog>`: the browser makes the page behind it inert, traps Tab inside
 * and gives Escape and the backdrop (`closedby="any"`) their meaning, which no hand-made
 * overlay matches. Mounted only while open, so nothing of it is in a server render.
 */
function DetailsDialogView({ content, onClose }: { content: DialogContent; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const detailsId = useId();
  const supportId = useId();

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

  const { title, details, detailsLanguage, facts, helpHref, labels } = content;
  return (
    <dialog
      ref={ref}
      className="ucek-dialog"
      aria-labelledby={titleId}
      aria-describedby={details.length > 0 ? detailsId : undefined}
      closedby="any"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="ucek-dialog__title" lang={title.lang} dir={title.dir}>
        {title.text}
      </h2>
      {details.length > 0 && (
        <div
          id={detailsId}
          className="ucek-dialog__details"
          lang={detailsLanguage?.lang}
          dir={detailsLanguage?.dir}
        >
          {details.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, never reordered
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {facts.length > 0 && (
        <section className="ucek-dialog__support" aria-labelledby={supportId}>
          <h3 id={supportId} className="ucek-dialog__subtitle">
            {labels.support}
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
            {labels.help}
            <span className="ucek-visually-hidden"> {labels.newTab}</span>
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
          {labels.close}
        </button>
      </div>
    </dialog>
  );
}

export type { DialogContent, DialogFact };
export { DetailsDialogView };
