/**
 * Checking component props: an invalid one is reported once, by name, and replaced by a
 * safe value, so that a mistake in a host app shows in the console and never as a crash or
 * a broken conversation window. Each report is inside a `process.env.NODE_ENV` check, so a
 * production build keeps the safe values and drops the words.
 */
import { type AnyFamily, type FormatValues, isFamily, PLACEMENTS } from '../core/index';
import type { Politeness } from './announcer';
import type { ErrorNoticeInit, NoticeAction } from './types';
import { isNoticeVariant, type NoticeVariant } from './variants';
import { invalidContext, invalidProp } from './warnings';

/** The props every notice view takes, as checked. */
interface CheckedNotice {
  /** Undefined when neither the props nor a provider name one: the view renders nothing. */
  family: AnyFamily | undefined;
  error: unknown;
  context: unknown;
  values: FormatValues;
  actions: readonly NoticeAction[];
  helpHref: string | undefined;
  undeliveredMessage: string | undefined;
  variant: NoticeVariant | undefined;
  politeness: Politeness | 'off' | undefined;
  className: string | undefined;
  onDismiss: (() => void) | undefined;
}

/** The raw props of a notice view. */
interface NoticeProps extends Omit<ErrorNoticeInit<AnyFamily>, 'id'> {
  variant?: NoticeVariant | undefined;
  politeness?: Politeness | 'off' | undefined;
  className?: string | undefined;
  onDismiss?: (() => void) | undefined;
}

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * A help link must lead to an http(s) page. Decided the way the browser will read the
 * attribute, with the URL parser, which drops tabs and line breaks anywhere and controls and
 * spaces at the ends: `java\tscript:`, `\u0000javascript:` and `da\tta:` are the schemes
 * they spell. Relative links resolve against an https base, as they do on an https page.
 */
function isSafeHref(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    const url = new URL(value, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** True for an object that is not an array or null: what an `error` or `values` prop must be. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the props of `component`; see the module comment. `fallbackFamily` is the
 * provider's, used when the props name none.
 */
function checkNoticeProps(
  component: string,
  props: NoticeProps,
  fallbackFamily: AnyFamily | undefined,
): CheckedNotice {
  const bad = (prop: string, expected: string, value: unknown, instead: string) => {
    if (process.env.NODE_ENV !== 'production')
      invalidProp(component, prop, expected, value, instead);
  };

  let family: AnyFamily | undefined;
  if (isFamily(props.family)) family = props.family;
  else if (props.family === undefined && fallbackFamily !== undefined) family = fallbackFamily;
  else if (process.env.NODE_ENV !== 'production')
    bad(
      'family',
      'a family such as `msOcer` from `uc-error-kit/ms-ocer` (or a `UcErrorKitProvider` with a `family`)',
      props.family,
      'Showing nothing.',
    );

  let error: unknown;
  if (typeof props.error !== 'function' && typeof props.error !== 'symbol') error = props.error;
  else if (process.env.NODE_ENV !== 'production')
    bad(
      'error',
      'the codes received, such as `{ sipStatus: 486 }`',
      props.error,
      'Showing the generic message.',
    );

  // The context's fields are checked by the family's resolver, the one place that knows its
  // vocabulary; `reportContextProblems` turns what it finds into prop errors.
  let context: unknown;
  if (isPlainObject(props.context)) context = props.context;
  else if (
    props.context !== undefined &&
    props.context !== null &&
    process.env.NODE_ENV !== 'production'
  )
    bad(
      'context',
      'the family’s context object, such as `{ mode: "Voice" }` for msOcer',
      props.context,
      'Using the family’s default.',
    );

  // A field the family does not name is another family's context (`mode` given to `eas`),
  // which its resolver would drop without a word: one prop error per field.
  const fields = Array.isArray(family?.contextFields)
    ? family.contextFields.map((f) => f.name)
    : undefined;
  if (context !== undefined && fields !== undefined && process.env.NODE_ENV !== 'production') {
    for (const name of Object.keys(context as object)) {
      if (!fields.includes(name))
        bad(
          `context.${name}`,
          `only the context fields ${list(fields)} of the \`${family?.id}\` family`,
          (context as Record<string, unknown>)[name],
          'Ignoring it.',
        );
    }
  }

  const values: Record<string, string | number> = {};
  const placeholders = family?.placeholders ?? [];
  if (isPlainObject(props.values)) {
    for (const [name, value] of Object.entries(props.values)) {
      if (!placeholders.includes(name)) {
        if (process.env.NODE_ENV !== 'production')
          bad(
            `values.${name}`,
            `only the placeholders ${list(placeholders)}`,
            value,
            'Ignoring it.',
          );
      } else if (
        typeof value === 'string' ||
        (typeof value === 'number' && Number.isFinite(value))
      ) {
        values[name] = value;
      } else if (value !== undefined && process.env.NODE_ENV !== 'production') {
        bad(`values.${name}`, 'a string or a number', value, 'Using the neutral word instead.');
      }
    }
  } else if (props.values !== undefined && process.env.NODE_ENV !== 'production') {
    bad('values', 'an object such as `{ userName: "Avery" }`', props.values, 'Ignoring it.');
  }

  const actions: NoticeAction[] = [];
  if (Array.isArray(props.actions)) {
    props.actions.forEach((item: unknown, i) => {
      const ok =
        isPlainObject(item) &&
        typeof item.label === 'string' &&
        item.label.trim() !== '' &&
        typeof item.onPress === 'function';
      if (ok) actions.push(item as unknown as NoticeAction);
      else if (process.env.NODE_ENV !== 'production')
        bad(
          `actions[${i}]`,
          '`{ label: string, onPress: () => void }` with a non-empty label',
          item,
          'Leaving that button out.',
        );
    });
  } else if (props.actions !== undefined && process.env.NODE_ENV !== 'production') {
    bad('actions', 'an array of `{ label, onPress }`', props.actions, 'Showing no action buttons.');
  }

  let helpHref: string | undefined;
  if (typeof props.helpHref === 'string' && isSafeHref(props.helpHref)) helpHref = props.helpHref;
  else if (props.helpHref !== undefined && process.env.NODE_ENV !== 'production')
    bad('helpHref', 'an http(s) or relative URL string', props.helpHref, 'Showing no help link.');

  let undeliveredMessage: string | undefined;
  if (typeof props.undeliveredMessage === 'string') undeliveredMessage = props.undeliveredMessage;
  else if (props.undeliveredMessage !== undefined && process.env.NODE_ENV !== 'production')
    bad('undeliveredMessage', 'a string', props.undeliveredMessage, 'Quoting nothing.');

  let variant: NoticeVariant | undefined;
  if (isNoticeVariant(props.variant)) variant = props.variant;
  else if (props.variant !== undefined && process.env.NODE_ENV !== 'production')
    bad(
      'variant',
      `one of ${list(PLACEMENTS)}`,
      props.variant,
      'Using the placement the spec gives the mode.',
    );

  let politeness: Politeness | 'off' | undefined;
  if (
    props.politeness === 'polite' ||
    props.politeness === 'assertive' ||
    props.politeness === 'off'
  )
    politeness = props.politeness;
  else if (props.politeness !== undefined && process.env.NODE_ENV !== 'production')
    bad('politeness', '"polite", "assertive" or "off"', props.politeness, 'Using the variant’s.');

  let className: string | undefined;
  if (typeof props.className === 'string') className = props.className;
  else if (props.className !== undefined && process.env.NODE_ENV !== 'production')
    bad('className', 'a string', props.className, 'Ignoring it.');

  let onDismiss: (() => void) | undefined;
  if (typeof props.onDismiss === 'function') onDismiss = props.onDismiss;
  else if (props.onDismiss !== undefined && process.env.NODE_ENV !== 'production')
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

/** Reports the context mistakes the family's resolver found, as prop errors (`context.<field>`). */
function reportContextProblems(
  component: string,
  props: { context?: unknown },
  problems: readonly { field: string; message: string; in?: string | undefined }[],
): void {
  for (const problem of problems) {
    if (problem.in !== 'context' && problem.in !== 'call') continue;
    if (process.env.NODE_ENV === 'production') return;
    const prop =
      problem.in === 'context' && props.context !== undefined && props.context !== null
        ? `context.${problem.field}`
        : problem.field;
    invalidContext(component, prop, problem.message);
  }
}

export type { CheckedNotice, NoticeProps };
export { checkNoticeProps, isPlainObject, isSafeHref, reportContextProblems };
