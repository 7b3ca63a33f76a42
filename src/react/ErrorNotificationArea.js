import { Fragment as _Fragment, jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
/**
 * The notification area at the top of the conversation window ([MS-OCER] Appendix D,
 * "Handled Error Display": it "can display multiple error messages simultaneously, and all
 * messages can be dismissed").
 */
import { useEffect, useId, useRef, useState } from 'react';
import { prepareAnnouncer } from './announcer';
import { useKitWords } from './context';
import { ErrorNotice } from './ErrorNotice';
import { uiText } from './text';
import { isPlainObject } from './validate';
import { invalidProp } from './warnings';
const DEFAULT_MAX = 3;
const noop = () => { };
/**
 * Stacks the conversation's call, meeting and sharing errors, newest first: each can be
 * dismissed, or all at once; past `max` the rest fold behind a "+N more" button.
 * @example const { notices, dismiss, dismissAll } = useErrorNotices();
 * <ErrorNotificationArea notices={notices} onDismiss={dismiss} onDismissAll={dismissAll} />
 */
function ErrorNotificationArea({ notices: givenNotices, onDismiss: givenOnDismiss, onDismissAll, max: givenMax, helpHref, label, politeness, hotkey = 'F8', className, }) {
    const words = useKitWords();
    const [expanded, setExpanded] = useState(false);
    const sectionRef = useRef(null);
    const listRef = useRef(null);
    // The index of the notice just dismissed from here, so focus can go to its neighbour.
    const pendingFocus = useRef(null);
    const listId = useId();
    const bad = (prop, expected, value, instead) => invalidProp('ErrorNotificationArea', prop, expected, value, instead);
    let notices = [];
    if (Array.isArray(givenNotices)) {
        notices = givenNotices.filter((n, i) => {
            const ok = isPlainObject(n) && typeof n.id === 'string' && n.id !== '';
            if (!ok)
                bad(`notices[${i}]`, 'an object with a non-empty string `id`', n, 'Leaving it out.');
            return ok;
        });
    }
    else if (givenNotices !== undefined) {
        bad('notices', 'an array of notices', givenNotices, 'Showing none.');
    }
    let onDismiss = noop;
    if (typeof givenOnDismiss === 'function')
        onDismiss = givenOnDismiss;
    else
        bad('onDismiss', 'a function', givenOnDismiss, 'Notices hide themselves only.');
    let max = DEFAULT_MAX;
    if (Number.isInteger(givenMax) && givenMax > 0)
        max = givenMax;
    else if (givenMax !== undefined)
        bad('max', 'a positive integer', givenMax, `Showing ${DEFAULT_MAX} at most.`);
    // Moving focus after a dismissal: the button that had it is gone, and focus dropped to
    // the page would leave a keyboard user at the top of the document. Runs after every
    // render; the ref says whether a dismissal from here is waiting.
    useEffect(() => {
        const index = pendingFocus.current;
        if (index === null)
            return;
        pendingFocus.current = null;
        const buttons = listRef.current?.querySelectorAll('.ucek-notice__dismiss');
        const next = notices.length > 0 && buttons && buttons.length > 0
            ? buttons[Math.min(index, buttons.length - 1)]
            : sectionRef.current;
        next?.focus();
    });
    // The live regions exist before the first notice, so its announcement is not lost.
    useEffect(() => {
        prepareAnnouncer();
    }, []);
    useEffect(() => {
        if (hotkey === false || typeof hotkey !== 'string')
            return;
        const onKeyDown = (event) => {
            if (event.key !== hotkey || event.defaultPrevented)
                return;
            event.preventDefault();
            const first = listRef.current?.querySelector('button');
            (first ?? sectionRef.current)?.focus();
        };
        document.addEventListener('keydown', onKeyDown);
        return () => document.removeEventListener('keydown', onKeyDown);
    }, [hotkey]);
    // Folded notices unfold only while there are more than `max`: after "Dismiss all" the
    // next notices start folded again.
    useEffect(() => {
        if (notices.length <= max && expanded)
            setExpanded(false);
    }, [notices.length, max, expanded]);
    const isExpanded = expanded && notices.length > max;
    const shown = isExpanded ? notices : notices.slice(0, max);
    const folded = notices.length - max;
    const dismiss = (id) => {
        pendingFocus.current = notices.findIndex((n) => n.id === id);
        onDismiss(id);
    };
    const dismissAll = () => {
        pendingFocus.current = 0;
        if (typeof onDismissAll === 'function')
            onDismissAll();
        else
            for (const n of notices)
                onDismiss(n.id);
    };
    const classes = ['ucek-area', className].filter(Boolean).join(' ');
    return (_jsx("section", { ref: sectionRef, className: classes, "aria-label": typeof label === 'string' && label !== '' ? label : uiText(words, 'area.label'), tabIndex: -1, "data-empty": notices.length === 0 || undefined, children: notices.length > 0 && (_jsxs(_Fragment, { children: [_jsx("ol", { ref: listRef, id: listId, className: "ucek-area__list", children: shown.map((n) => (_jsx("li", { className: "ucek-area__item", children: _jsx(ErrorNotice, { family: n.family, error: n.error, context: n.context, mode: n.mode, action: n.action, catalog: n.catalog, values: n.values, politeness: politeness, actions: n.actions, helpHref: n.helpHref ?? helpHref, undeliveredMessage: n.undeliveredMessage, variant: "notification-bar", onDismiss: () => dismiss(n.id) }) }, `${n.id}#${n.seq ?? ''}`))) }), (notices.length > max || notices.length > 1) && (_jsxs("div", { className: "ucek-area__controls", children: [notices.length > max && (_jsx("button", { type: "button", className: "ucek-button ucek-button--quiet", "aria-expanded": isExpanded, "aria-controls": listId, onClick: () => setExpanded(!isExpanded), children: isExpanded
                                ? uiText(words, 'area.fewer')
                                : uiText(words, 'area.more', { count: String(folded) }, folded) })), notices.length > 1 && (_jsx("button", { type: "button", className: "ucek-button ucek-button--quiet", onClick: () => {
                                setExpanded(false);
                                dismissAll();
                            }, children: uiText(words, 'area.dismissAll') }))] }))] })) }));
}
export { ErrorNotificationArea };
