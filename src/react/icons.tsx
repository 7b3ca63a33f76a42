/**
 * The glyphs the notices draw, inline so the kit ships no icon font or image; all are hidden
 * from assistive technology, since the text next to them says it all. Each intent has a shape
 * of its own, so it is told apart without colour (WCAG 1.4.1).
 */
import type { Intent } from '../core/index';

/** A filled circle with an exclamation mark, in the notice's accent colour. */
function AlertIcon() {
  return (
    <svg className="ucek-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" className="ucek-icon__disc" />
      <rect x="7.1" y="3.5" width="1.8" height="6" rx="0.9" className="ucek-icon__mark" />
      <circle cx="8" cy="12" r="1.05" className="ucek-icon__mark" />
    </svg>
  );
}

/** A filled triangle with an exclamation mark: a warning. */
function WarningIcon() {
  return (
    <svg className="ucek-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 0.8 15.4 14.6H0.6Z" className="ucek-icon__disc" strokeLinejoin="round" />
      <rect x="7.1" y="5" width="1.8" height="5" rx="0.9" className="ucek-icon__mark" />
      <circle cx="8" cy="12.3" r="1" className="ucek-icon__mark" />
    </svg>
  );
}

/** A filled circle with an "i": information. */
function InfoIcon() {
  return (
    <svg className="ucek-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" className="ucek-icon__disc" />
      <circle cx="8" cy="4.3" r="1.05" className="ucek-icon__mark" />
      <rect x="7.1" y="6.5" width="1.8" height="6" rx="0.9" className="ucek-icon__mark" />
    </svg>
  );
}

/** A filled circle with a check mark: success. */
function SuccessIcon() {
  return (
    <svg className="ucek-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" className="ucek-icon__disc" />
      <path
        d="M4.6 8.3 7 10.6l4.4-5"
        fill="none"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="ucek-icon__stroke"
      />
    </svg>
  );
}

/** The icon of each intent. */
const INTENT_ICONS = {
  error: AlertIcon,
  warning: WarningIcon,
  info: InfoIcon,
  success: SuccessIcon,
} as const satisfies Record<Intent, () => unknown>;

/** A cross, for the dismiss button. */
function CloseIcon() {
  return (
    <svg className="ucek-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 4l8 8M12 4l-8 8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

export { CloseIcon, INTENT_ICONS };
