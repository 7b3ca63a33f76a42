/**
 * The built package for the tests that run it as an app does (`dist/`): rebuilt when a source
 * is newer than the build, so a stale `dist/` from an earlier checkout cannot pass or fail a
 * test on code that is no longer there. `npm test` builds first, and then nothing is redone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads. */
const INPUTS = ['src', 'locales', 'vite.config.ts', 'package.json'];
/** What the tests run. */
const OUTPUTS = ['dist/core.js', 'dist/cli.js', 'dist/index.js'];
/** Test files run in parallel workers: one builds, the others wait for it. */
const LOCK = 'node_modules/.cache/uc-error-kit-test-build.lock';

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function isFresh(): boolean {
  if (!OUTPUTS.every((file) => existsSync(file))) return false;
  const built = Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  return INPUTS.every((input) => !existsSync(input) || newest(input) <= built);
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds `dist/` unless it is newer than every source. */
function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync('node_modules/.cache', { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    // Another worker is building: wait for it (a lock older than two minutes is stale).
    const started = Date.now();
    while (existsSync(LOCK) && Date.now() - started < 120_000) sleep(200);
    if (existsSync(LOCK)) rmSync(LOCK, { recursive: true, force: true });
    if (isFresh()) return;
    mkdirSync(LOCK, { recursive: true });
  }
  try {
    // A production build, as `npm run build` makes it: vitest sets NODE_ENV=test, which would
    // keep the prop checks' words in dist/ and skew `npm run size` run after the tests.
    const build = spawnSync('npx', ['vite', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) {
      throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`.slice(0, 4000));
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export { ensureBuilt };
