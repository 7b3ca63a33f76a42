/**
 * Shapes shared by the notice queue and the views.
 */
import type { AnyFamily, ContextOf, FormatValues, InputOf } from '../core/index';

/** A button shown next to a message that helps recover from the error ("Try again"). */
interface NoticeAction {
  /** The button's text, already in the user's language. */
  label: string;
  /** Called when the button is pressed (click, Enter or Space). */
  onPress: () => void;
}

/**
 * A received error as a notice is made of it: what to resolve and how to show it. The
 * context is the family's own type (`{ mode: 'Voice' }` for [MS-OCER], `{ provider }` for
 * SMTP), so a context of another family is a type error.
 */
interface ErrorNoticeInit<F extends AnyFamily = AnyFamily> {
  /** The family that reads the codes; the `UcErrorKitProvider`'s `family` when omitted. */
  family?: F | undefined;
  /** The codes received with the failure, in the family's input shape. */
  error: InputOf<F> | null | undefined;
  /** What the user was doing, in the family's context shape. */
  context?: ContextOf<F> | null | undefined;
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
