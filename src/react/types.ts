/**
 * Shapes shared by the notice queue and the views.
 */
import type {
  Action,
  AnyFamily,
  CatalogId,
  ContextOf,
  FormatValues,
  InputOf,
  Mode,
  MsOcerFamily,
} from '../core/index';

/** A button shown next to a message that helps recover from the error ("Try again"). */
interface NoticeAction {
  /** The button's text, already in the user's language. */
  label: string;
  /** Called when the button is pressed (click, Enter or Space). */
  onPress: () => void;
}

/** A received error as a notice is made of it: what to resolve and how to show it. */
interface ErrorNoticeInit<F extends AnyFamily = MsOcerFamily> {
  /** The family that reads the codes. @default msOcer */
  family?: F | undefined;
  /** The codes received with the failure, in the family's input shape. */
  error: InputOf<F> | null | undefined;
  /** What the user was doing, in the family's context shape. */
  context?: ContextOf<F> | null | undefined;
  /** [MS-OCER]: what the user was doing (`'IM'`, `'Voice'`, ...); short for `context.mode`. */
  mode?: Mode | (string & {}) | undefined;
  /** [MS-OCER]: the action within the mode; short for `context.action`. */
  action?: Action | (string & {}) | undefined;
  /** [MS-OCER]: the display catalog; short for `context.catalog`. @default 'lync2010' */
  catalog?: CatalogId | (string & {}) | undefined;
  /** Values for the sentence's placeholders, shown as plain text. */
  values?: FormatValues | undefined;
  /** An id of the caller's choosing; one is generated when omitted. */
  id?: string | undefined;
  /** Buttons shown next to the message. */
  actions?: readonly NoticeAction[] | undefined;
  /** A help page, linked from the details dialog. */
  helpHref?: string | undefined;
  /** For an IM error: the message that was not delivered, quoted under the sentence. */
  undeliveredMessage?: string | undefined;
}

export type { ErrorNoticeInit, NoticeAction };
