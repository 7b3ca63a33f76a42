/**
 * The dialog with a message's additional information ([MS-OCER] Appendix D, "Handled Error
 * Display": "When the user clicks on the message text, additional information is displayed
 * in a dialog box", which "can include a link to a support website").
 */
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { UiKey } from '../core/index';
import { useKitI18n } from './context';
import { uiText } from './text';
import type { ErrorMessage } from './useErrorMessage';
import { useServerReason } from './useServerReason';

/** Props of {@link ErrorDetailsDialog}. */
interface ErrorDetailsDialogProps {
  /** The message whose details are shown. */
  message: ErrorMessage;
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
  const { i18n } = useKitI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const detailsId = useId();
  const supportId = useId();
  const server = useServerReason(message.category, message.errorId, message.catalog);

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
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const t = (key: UiKey) => uiText(i18n, key);
  // Some rows repeat the summary as their details; saying it twice under the title helps no one.
  const details = message.details !== message.summary ? message.details : undefined;
  const lines = details ? details.split('\n').filter((l) => l.trim() !== '') : [];
  const facts: [string, string][] = [];
  if (message.errorId !== undefined) facts.push([t('ui.details.errorId'), String(message.errorId)]);
  if (message.category)
    facts.push([t('ui.details.category'), t(`ui.category.${message.category}` as UiKey)]);
  if (message.reason) facts.push([t('ui.details.reason'), message.reason]);
  if (message.source) facts.push([t('ui.details.source'), message.source]);
  if (server) {
    // As support staff quote it: "1008, SipStack: Unable to resolve DNS SRV record."
    facts.push([
      t('ui.details.server'),
      `${server.errorId}, ${server.component}: ${server.reason}`,
    ]);
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
      <h2 id={titleId} className="ucek-dialog__title">
        {message.summary}
      </h2>
      {lines.length > 0 && (
        <div id={detailsId} className="ucek-dialog__details">
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, never reordered
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {facts.length > 0 && (
        <section className="ucek-dialog__support" aria-labelledby={supportId}>
          <h3 id={supportId} className="ucek-dialog__subtitle">
            {t('ui.details.support')}
          </h3>
          <dl className="ucek-dialog__facts">
            {facts.map(([term, value]) => (
              <div key={term} className="ucek-dialog__fact">
                <dt>{term}</dt>
                {/* dir="auto": the server's reason, the source and the server component come
                    from the server, untranslated; each keeps its own direction, or in a
                    right-to-left dialog "1008, SipStack: ..." would read "SipStack: ... ,1008". */}
                <dd dir="auto">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {helpHref && (
        <p className="ucek-dialog__help">
          <a className="ucek-link" href={helpHref} target="_blank" rel="noreferrer">
            {t('ui.details.help')}
            <span className="ucek-visually-hidden"> {t('ui.details.newTab')}</span>
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
          {t('ui.details.close')}
        </button>
      </div>
    </dialog>
  );
}

export type { ErrorDetailsDialogProps };
export { ErrorDetailsDialog };
