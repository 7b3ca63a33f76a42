/**
 * Checking component props: an invalid one is reported once, by name, and replaced by a
 * safe value, so that a mistake in a host app shows in the console and never as a crash or
 * a broken conversation window.
 */
import {
  type Action,
  CATALOG_IDS,
  type CatalogId,
  type ErrorInput,
  type FormatValues,
  isActionOf,
  isMode,
  MODES,
  type Mode,
  ModeActions,
  PLACEHOLDER_NAMES,
} from '../core/index';
import type { ErrorNoticeInit, NoticeAction } from './types';
import { isNoticeVariant, NOTICE_VARIANT_NAMES, type NoticeVariant } from './variants';
import { invalidProp } from './warnings';

/** The props every notice view takes, as checked. */
interface CheckedNotice {
  error: ErrorInput | undefined;
  mode: Mode;
  action: Action | undefined;
  catalog: CatalogId | undefined;
  values: FormatValues;
  actions: readonly NoticeAction[];
  helpHref: string | undefined;
  undeliveredMessage: string | undefined;
  variant: NoticeVariant | undefined;
  className: string | undefined;
  onDismiss: (() => void) | undefined;
}

/** The raw props of a notice view. */
interface NoticeProps extends Omit<ErrorNoticeInit, 'id'> {
  variant?: NoticeVariant | undefined;
  className?: string | undefined;
  onDismiss?: (() => void) | undefined;
}

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** An absolute URL must be http(s): a `javascript:` or `data:` link in a dialog is an attack. */
function isSafeHref(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim());
  return scheme === null ? value.trim() !== '' : /^https?$/i.test(scheme[1] as string);
}

/** True for an object that is not an array or null: what an `error` or `values` prop must be. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the props of `component`; see the module comment. */
function checkNoticeProps(component: string, props: NoticeProps): CheckedNotice {
  const bad = (prop: string, expected: string, value: unknown, instead: string) =>
    invalidProp(component, prop, expected, value, instead);

  let error: ErrorInput | undefined;
  if (isPlainObject(props.error)) error = props.error as ErrorInput;
  else if (props.error !== undefined && props.error !== null)
    bad(
      'error',
      'an object of received codes such as `{ sipStatus: 486 }`',
      props.error,
      'Showing the generic message for the mode.',
    );

  let mode: Mode = 'Other';
  if (isMode(props.mode)) mode = props.mode;
  else bad('mode', `one of ${list(MODES)}`, props.mode, 'Showing the generic message of "Other".');

  let action: Action | undefined;
  if (props.action !== undefined && isMode(props.mode)) {
    if (isActionOf(mode, props.action)) action = props.action;
    else
      bad(
        'action',
        ModeActions[mode].length > 0
          ? `one of ${list(ModeActions[mode])} for mode "${mode}"`
          : `no action for mode "${mode}"`,
        props.action,
        'Using the row the spec lists first.',
      );
  }

  let catalog: CatalogId | undefined;
  if (props.catalog !== undefined) {
    if ((CATALOG_IDS as readonly unknown[]).includes(props.catalog))
      catalog = props.catalog as CatalogId;
    else bad('catalog', `one of ${list(CATALOG_IDS)}`, props.catalog, 'Using the default catalog.');
  }

  const values: FormatValues = {};
  if (isPlainObject(props.values)) {
    for (const [name, value] of Object.entries(props.values)) {
      if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
        bad(
          `values.${name}`,
          `only the placeholders ${list(PLACEHOLDER_NAMES)}`,
          value,
          'Ignoring it.',
        );
      } else if (
        typeof value === 'string' ||
        (typeof value === 'number' && Number.isFinite(value))
      ) {
        values[name as keyof FormatValues] = value;
      } else if (value !== undefined) {
        bad(`values.${name}`, 'a string or a number', value, 'Using the neutral word instead.');
      }
    }
  } else if (props.values !== undefined) {
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
      else
        bad(
          `actions[${i}]`,
          '`{ label: string, onPress: () => void }` with a non-empty label',
          item,
          'Leaving that button out.',
        );
    });
  } else if (props.actions !== undefined) {
    bad('actions', 'an array of `{ label, onPress }`', props.actions, 'Showing no action buttons.');
  }

  let helpHref: string | undefined;
  if (typeof props.helpHref === 'string' && isSafeHref(props.helpHref)) helpHref = props.helpHref;
  else if (props.helpHref !== undefined)
    bad('helpHref', 'an http(s) or relative URL string', props.helpHref, 'Showing no help link.');

  let undeliveredMessage: string | undefined;
  if (typeof props.undeliveredMessage === 'string') undeliveredMessage = props.undeliveredMessage;
  else if (props.undeliveredMessage !== undefined)
    bad('undeliveredMessage', 'a string', props.undeliveredMessage, 'Quoting nothing.');

  let variant: NoticeVariant | undefined;
  if (isNoticeVariant(props.variant)) variant = props.variant;
  else if (props.variant !== undefined)
    bad(
      'variant',
      `one of ${list(NOTICE_VARIANT_NAMES)}`,
      props.variant,
      'Using the placement the spec gives the mode.',
    );

  let className: string | undefined;
  if (typeof props.className === 'string') className = props.className;
  else if (props.className !== undefined)
    bad('className', 'a string', props.className, 'Ignoring it.');

  let onDismiss: (() => void) | undefined;
  if (typeof props.onDismiss === 'function') onDismiss = props.onDismiss;
  else if (props.onDismiss !== undefined)
    bad('onDismiss', 'a function', props.onDismiss, 'Dismissing without a callback.');

  return {
    error,
    mode,
    action,
    catalog,
    values,
    actions,
    helpHref,
    undeliveredMessage,
    variant,
    className,
    onDismiss,
  };
}

export type { CheckedNotice, NoticeProps };
export { checkNoticeProps, isPlainObject };
