import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
/**
 * The dialog with a message's additional information ([MS-OCER] Appendix D, "Handled Error
 * Display": "When the user clicks on the message text, additional information is displayed
 * in a dialog box", which "can include a link to a support website").
 */
import { useEffect, useId, useRef, useState } from 'react';
import { findWords, lookupFor } from '../core/index';
import { useKitWords } from './context';
import { uiText } from './text';
/**
 * A native modal `<dialog>`: the browser makes the page behind it inert, traps Tab inside
 * and gives Escape and the backdrop (`closedby="any"`) their meaning, which no hand-made
 * overlay matches. Mounted only while open, so nothing of it is in a server render.
 */
function ErrorDetailsDialog({ message, helpHref, onClose }) {
    const words = useKitWords();
    const ref = useRef(null);
    const closeRef = useRef(null);
    const titleId = useId();
    const detailsId = useId();
    const supportId = useId();
    const described = useDescription(message);
    useEffect(() => {
        const dialog = ref.current;
        if (!dialog)
            return;
        // StrictMode runs this twice; a second showModal on an open dialog would throw.
        if (!dialog.open) {
            if (typeof dialog.showModal === 'function')
                dialog.showModal();
            else
                dialog.setAttribute('open', '');
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
    const onKeyDown = (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            close();
        }
        else if (event.key === 'Tab') {
            const focusable = ref.current?.querySelectorAll('a[href], button');
            if (!focusable || focusable.length === 0)
                return;
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (event.shiftKey && document.activeElement === first) {
                event.preventDefault();
                last.focus();
            }
            else if (!event.shiftKey && document.activeElement === last) {
                event.preventDefault();
                first.focus();
            }
        }
    };
    const t = (key) => uiText(words, key);
    // Some rows repeat the summary as their details; saying it twice under the title helps no one.
    const details = message.details !== message.summary ? message.details : undefined;
    const lines = details ? details.split('\n').filter((l) => l.trim() !== '') : [];
    const facts = [
        ...message.facts,
        ...described.map((fact) => ({
            ...fact,
            labelText: findWords(message.familyObject, fact.label, lookupFor(words.i18n, words.lng))?.text ??
                fact.label,
        })),
    ];
    return (_jsxs("dialog", { ref: ref, className: "ucek-dialog", "aria-labelledby": titleId, "aria-describedby": lines.length > 0 ? detailsId : undefined, closedby: "any", onClose: onClose, onKeyDown: onKeyDown, children: [_jsx("h2", { id: titleId, className: "ucek-dialog__title", lang: message.summaryLanguage.lang, dir: message.summaryLanguage.dir, children: message.summary }), lines.length > 0 && (_jsx("div", { id: detailsId, className: "ucek-dialog__details", lang: message.detailsLanguage?.lang, dir: message.detailsLanguage?.dir, children: lines.map((line, i) => (_jsx("p", { children: line }, i))) })), facts.length > 0 && (_jsxs("section", { className: "ucek-dialog__support", "aria-labelledby": supportId, children: [_jsx("h3", { id: supportId, className: "ucek-dialog__subtitle", children: t('details.support') }), _jsx("dl", { className: "ucek-dialog__facts", children: facts.map((fact, i) => (_jsxs("div", { className: "ucek-dialog__fact", children: [_jsx("dt", { children: fact.labelText }), _jsx("dd", { lang: fact.lang, children: _jsx("bdi", { children: fact.value }) })] }, i))) })] })), helpHref && (_jsx("p", { className: "ucek-dialog__help", children: _jsxs("a", { className: "ucek-link", href: helpHref, target: "_blank", rel: "noreferrer", children: [t('details.help'), _jsxs("span", { className: "ucek-visually-hidden", children: [" ", t('details.newTab')] })] }) })), _jsx("div", { className: "ucek-dialog__footer", children: _jsx("button", { ref: closeRef, type: "button", className: "ucek-button ucek-button--primary", onClick: close, children: t('details.close') }) })] }));
}
/**
 * What the family can tell support staff beyond the facts it resolved with (the server's own
 * reason for an [MS-OCER] ErrorId), loaded when the dialog opens: an app whose users never
 * open it never downloads the tables.
 */
function useDescription(message) {
    const [facts, setFacts] = useState([]);
    const family = message.familyObject;
    useEffect(() => {
        setFacts([]);
        if (typeof family.describe !== 'function')
            return;
        let live = true;
        family
            .describe(message)
            .then((found) => {
            if (live && Array.isArray(found))
                setFacts(found);
        })
            .catch(() => {
            // A chunk that fails to load leaves the dialog as it was: the description is extra.
        });
        return () => {
            live = false;
        };
    }, [family, message]);
    return facts;
}
export { ErrorDetailsDialog };
