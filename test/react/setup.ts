import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetWarnings } from '../../src/react/warnings';

afterEach(() => {
  cleanup();
  // Each test counts its own console messages from zero.
  resetWarnings();
});

// The DOM here has no media queries: say the user asked for reduced motion, so notices leave
// at once. The transitions themselves are checked in Chromium, in the stories.
if (typeof window !== 'undefined')
  window.matchMedia = ((query: string) => ({
    matches: query.includes('prefers-reduced-motion: reduce'),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
