import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetWarnings } from '../../src/react/warnings';

afterEach(() => {
  cleanup();
  // Each test counts its own console messages from zero.
  resetWarnings();
});
