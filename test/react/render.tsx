/**
 * Rendering inside the kit's provider with the shared test instance.
 */
import { type RenderOptions, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { UcErrorKitProvider } from '../../src/react/index';
import { i18n } from './i18n';

function Wrapper({ children }: { children?: ReactNode }) {
  return <UcErrorKitProvider i18n={i18n}>{children}</UcErrorKitProvider>;
}

/** `render` from Testing Library, inside `<UcErrorKitProvider i18n={i18n}>`. */
function renderWithKit(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { wrapper: Wrapper, ...options });
}

/**
 * The element whose whole text is `text`: a sentence renders each value in a `<bdi>` of its
 * own, so Testing Library's default matcher, which reads one element's own text, misses it.
 */
function bySentence(text: string) {
  return (_: string, element: Element | null) =>
    element?.classList.contains('ucek-notice__summary') === true && element.textContent === text;
}

export { bySentence, renderWithKit, Wrapper };

/** A value as the kit shows it inside a sentence: between Unicode isolates. */
function v(value: string): string {
  return `\u2068${value}\u2069`;
}

export { v };
