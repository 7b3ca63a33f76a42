/**
 * The package entry lists every export by name (STYLE.md: no `export *`); this keeps that
 * list in step with the core's and the React entry's, values and types alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index';
import * as entry from '../../src/index';
import * as react from '../../src/react/index';

const SRC = join(import.meta.dirname, '../../src');

/** The names in `export type { ... }` lists of a file (optionally only those from `from`). */
function typeNames(file: string, from?: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const names: string[] = [];
  for (const m of text.matchAll(/export type \{([^}]*)\}(?:\s*from\s*'([^']+)')?/g)) {
    if (from !== undefined && m[2] !== from) continue;
    names.push(
      ...(m[1] as string)
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    );
  }
  return names.sort();
}

describe('src/index.ts', () => {
  it('re-exports every value of the core and React entries, and nothing else', () => {
    expect(Object.keys(entry).sort()).toEqual(
      [...new Set([...Object.keys(core), ...Object.keys(react)])].sort(),
    );
  });

  it('re-exports every type of the core entry', () => {
    expect(typeNames('index.ts', './core/index')).toEqual(typeNames('core/index.ts'));
  });

  it('re-exports every type of the React entry', () => {
    expect(typeNames('index.ts', './react/index')).toEqual(typeNames('react/index.ts'));
  });

  it('has no export *', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8')).not.toMatch(/export \*/);
    expect(readFileSync(join(SRC, 'react/index.ts'), 'utf8')).not.toMatch(/export \*/);
  });
});
