/**
 * Checking component props: an invalid one is reported once, by name, and replaced by a
 * safe value, so that a mistake in a host app shows in the console and never as a crash or
 * a broken conversation window.
 */
import { isFamily, msOcer, PLACEMENTS } from '../core/index';
import { isNoticeVariant } from './variants';
import { invalidContext, invalidProp } from './warnings';
const list = (names) => names.map((n) => `"${n}"`).join(', ');
/**
 * A help link must lead to an http(s) page. Decided the way the browser will read the
 * attribute, with the URL parser, which drops tabs and line breaks anywhere and controls and
 * spaces at the ends: `java\tscript:`, `\u0000javascript:` and `da\tta:` are the schemes
 * they spell. Relative links resolve against an https base, as they do on an https page.
 */
function isSafeHref(value) {
    if (value.trim() === '')
        return false;
    try {
        const url = new URL(value, 'https://relative.invalid/');
        return url.protocol === 'https:' || url.protocol === 'http:';
    }
    catch {
        return false;
    }
}
/** True for an object that is not an array or null: what an `error` or `values` prop must be. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Checks the props of `component`; see the module comment. */
function checkNoticeProps(component, props) {
    const bad = (prop, expected, value, instead) => invalidProp(component, prop, expected, value, instead);
    let family = msOcer;
    if (isFamily(props.family))
        family = props.family;
    else if (props.family !== undefined)
        bad('family', 'a family such as `msOcer`', props.family, 'Using [MS-OCER].');
    let error;
    if (typeof props.error === 'function' || typeof props.error === 'symbol')
        bad('error', 'the codes received, such as `{ sipStatus: 486 }`', props.error, 'Showing the generic message.');
    else
        error = props.error;
    // The context itself is checked by the family's resolver, the one place that knows its
    // vocabulary; `reportContextProblems` turns what it finds into prop errors.
    const context = props.context !== undefined && props.context !== null
        ? props.context
        : props.mode !== undefined || props.action !== undefined || props.catalog !== undefined
            ? { mode: props.mode, action: props.action, catalog: props.catalog }
            : undefined;
    const values = {};
    if (isPlainObject(props.values)) {
        for (const [name, value] of Object.entries(props.values)) {
            if (!family.placeholders.includes(name)) {
                bad(`values.${name}`, `only the placeholders ${list(family.placeholders)}`, value, 'Ignoring it.');
            }
            else if (typeof value === 'string' ||
                (typeof value === 'number' && Number.isFinite(value))) {
                values[name] = value;
            }
            else if (value !== undefined) {
                bad(`values.${name}`, 'a string or a number', value, 'Using the neutral word instead.');
            }
        }
    }
    else if (props.values !== undefined) {
        bad('values', 'an object such as `{ userName: "Avery" }`', props.values, 'Ignoring it.');
    }
    const actions = [];
    if (Array.isArray(props.actions)) {
        props.actions.forEach((item, i) => {
            const ok = isPlainObject(item) &&
                typeof item.label === 'string' &&
                item.label.trim() !== '' &&
                typeof item.onPress === 'function';
            if (ok)
                actions.push(item);
            else
                bad(`actions[${i}]`, '`{ label: string, onPress: () => void }` with a non-empty label', item, 'Leaving that button out.');
        });
    }
    else if (props.actions !== undefined) {
        bad('actions', 'an array of `{ label, onPress }`', props.actions, 'Showing no action buttons.');
    }
    let helpHref;
    if (typeof props.helpHref === 'string' && isSafeHref(props.helpHref))
        helpHref = props.helpHref;
    else if (props.helpHref !== undefined)
        bad('helpHref', 'an http(s) or relative URL string', props.helpHref, 'Showing no help link.');
    let undeliveredMessage;
    if (typeof props.undeliveredMessage === 'string')
        undeliveredMessage = props.undeliveredMessage;
    else if (props.undeliveredMessage !== undefined)
        bad('undeliveredMessage', 'a string', props.undeliveredMessage, 'Quoting nothing.');
    let variant;
    if (isNoticeVariant(props.variant))
        variant = props.variant;
    else if (props.variant !== undefined)
        bad('variant', `one of ${list(PLACEMENTS)}`, props.variant, 'Using the placement the spec gives the mode.');
    let politeness;
    if (props.politeness === 'polite' || props.politeness === 'assertive')
        politeness = props.politeness;
    else if (props.politeness !== undefined)
        bad('politeness', '"polite" or "assertive"', props.politeness, 'Using the variant’s.');
    let className;
    if (typeof props.className === 'string')
        className = props.className;
    else if (props.className !== undefined)
        bad('className', 'a string', props.className, 'Ignoring it.');
    let onDismiss;
    if (typeof props.onDismiss === 'function')
        onDismiss = props.onDismiss;
    else if (props.onDismiss !== undefined)
        bad('onDismiss', 'a function', props.onDismiss, 'Dismissing without a callback.');
    return {
        family,
        error,
        context,
        values,
        actions,
        helpHref,
        undeliveredMessage,
        variant,
        politeness,
        className,
        onDismiss,
    };
}
/**
 * Reports the context mistakes the family's resolver found, as prop errors: the shorthand
 * prop (`mode`, `action`, `catalog`) when it was used, else `context.<field>`.
 */
function reportContextProblems(component, props, problems) {
    for (const problem of problems) {
        if (problem.in !== 'context' && problem.in !== 'call')
            continue;
        const prop = problem.in === 'context' && props.context !== undefined && props.context !== null
            ? `context.${problem.field}`
            : problem.field;
        invalidContext(component, prop, problem.message);
    }
}
export { checkNoticeProps, isPlainObject, isSafeHref, reportContextProblems };
