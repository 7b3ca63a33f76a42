/**
 * The core is React-free (STYLE.md, "A core with no React in it"): no file under src/core
 * imports react or react-i18next, and the core loads with `react` mocked to an empty object,
 * as zustand's `tests/vanilla/basic.test.ts` proves its vanilla store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';

vi.mock('react', () => ({}));
vi.mock('react-i18next', () => ({}));

const CORE = join(import.meta.dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

describe('src/core', () => {
  it('has no file that imports react, react-dom or react-i18next', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(3);
    const offenders = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => /^(react|react-dom|react-i18next)(\/|$)/.test(s))
        .map((s) => `${relative(CORE, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds the imports it scans for (the scanner itself works)', () => {
    expect(
      specifiers(
        `import { a } from 'react';\nexport * from "react-i18next";\nconst x = import('react-dom');`,
      ),
    ).toEqual(['react', 'react-i18next', 'react-dom']);
  });

  it('loads and formats with react mocked to an empty object', async () => {
    const core = await import('../../src/core/index');
    expect(core.formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).summary).toBe(
      'The contact is in another call.',
    );
  });
});
