/**
 * The README's code, as a reader pastes it: every TypeScript block type-checks, every block
 * without React runs (and each `value; // expected` comment in it holds), every `console`
 * block of `uc-error-kit explain` prints what the README shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt } from './built';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'test/.readme');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Block {
  lang: string;
  code: string;
  line: number;
}

function blocks(): Block[] {
  const out: Block[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    out.push({ lang: open[1] as string, code: lines.slice(start, i + 1).join('\n'), line: start });
    i++;
  }
  return out;
}

/** The package's entry points, as the source files they are built from. */
const ENTRIES: Record<string, string> = {
  'uc-error-kit': 'src/index.ts',
  'uc-error-kit/core': 'src/core/index.ts',
  'uc-error-kit/ms-ocer': 'src/core/families/ms-ocer/index.ts',
  'uc-error-kit/ms-ocer/headers': 'src/core/families/ms-ocer/headers.ts',
  'uc-error-kit/msnp': 'src/core/families/msnp/index.ts',
  'uc-error-kit/eas': 'src/core/families/eas/index.ts',
  'uc-error-kit/smtp': 'src/core/families/smtp/index.ts',
  'uc-error-kit/adapters': 'src/adapters/index.ts',
  'uc-error-kit/report': 'src/report/index.ts',
  'uc-error-kit/reasons': 'src/core/families/ms-ocer/server-reasons/index.ts',
};

function localImports(code: string): string {
  return code
    .replace(/from '(uc-error-kit(?:\/[\w-]+)?)'/g, (whole, name: string) =>
      ENTRIES[name] ? `from '../../${ENTRIES[name].replace(/\.ts$/, '')}'` : whole,
    )
    .replace(/^import 'uc-error-kit\/styles\.css';$/m, "import '../../src/react/styles.css';");
}

/**
 * `expr; // literal` lines become checks, so the README's stated results are tested; comments
 * that are prose, or values too long to write, stay comments.
 */
function withChecks(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(?:await\s+)?([\w.[\]()']+);\s*\/\/\s*(.+)$/.exec(line);
      if (!m) return line;
      const [, indent, expr, expected] = m as unknown as [string, string, string, string];
      const literal = expected.replace(/:\s.*$/, '').trim();
      try {
        new Function(`return (${literal});`)();
      } catch {
        return line;
      }
      return `${indent}__check(${JSON.stringify(expr)}, ${expr}, ${literal});`;
    })
    .join('\n');
}

const all = blocks();
const typescript = all.filter((b) => b.lang === 'ts' || b.lang === 'tsx');

beforeAll(() => {
  ensureBuilt();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the README', () => {
  it('has code to check', () => {
    expect(typescript.length).toBeGreaterThan(6);
  });

  it('type-checks every TypeScript block as pasted', () => {
    const files: string[] = [];
    typescript.forEach((b) => {
      const file = join(dir, `block-${b.line}.${b.lang}`);
      // Each block is a module of its own, as a reader's file would be.
      writeFileSync(file, `${localImports(b.code)}\nexport {};\n`);
      files.push(file);
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: { noEmit: true },
        include: ['./*.ts', './*.tsx'],
      }),
    );
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(files.length).toBe(typescript.length);
  }, 120_000);

  for (const b of typescript.filter((x) => x.lang === 'ts')) {
    it(`runs the block at line ${b.line} and its stated results hold`, async () => {
      const checked: string[] = [];
      (globalThis as Record<string, unknown>).__check = (
        what: string,
        actual: unknown,
        expected: unknown,
      ) => {
        checked.push(what);
        expect(actual, `README line ${b.line}: ${what}`).toEqual(expected);
      };
      const log = console.log;
      console.log = () => {};
      try {
        const file = join(dir, `run-${b.line}.ts`);
        writeFileSync(file, `${withChecks(localImports(b.code))}\nexport {};\n`);
        // Each block starts as an app does, with nothing loaded (not even the English the
        // test setup loads), so a block that words errors must load its words as it says.
        vi.resetModules();
        await import(/* @vite-ignore */ file);
      } finally {
        console.log = log;
      }
    });
  }

  for (const b of all.filter((x) => x.lang === 'console')) {
    it(`prints what the console block at line ${b.line} shows`, () => {
      const [command, ...output] = b.code.split('\n');
      const args = shellWords((command as string).replace(/^\$ npx uc-error-kit /, ''));
      const run = spawnSync(process.execPath, [join(root, 'bin/uc-error-kit.js'), ...args], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      if (output.length > 0) expect(run.stdout).toBe(`${output.join('\n')}\n`);
    });
  }
});

/** Splits a command line as a POSIX shell does for single- and double-quoted words. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let any = false;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = null;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      any = true;
    } else if (c === ' ') {
      if (word || any) words.push(word);
      word = '';
      any = false;
    } else word += c;
  }
  if (word || any) words.push(word);
  return words;
}
