#!/usr/bin/env node
// `npm test`: every stage once, the independent ones side by side, with a time per stage.
//
//   node scripts/test.mjs                 every stage
//   node scripts/test.mjs --only=a,b      only these stages (and nothing they wait for)
//   node scripts/test.mjs --serial        one stage at a time (to compare timings)
//
// The library is built once (`build`); the unit tests and the size budgets use that dist/.
// One stage per core runs at a time. The two Chromium stages (the static Storybook, the
// end-to-end run) never run together unless UC_ERROR_KIT_CHROMIUM_JOBS=2: on two cores that
// measured no faster (107 s against 112 s for the whole run, within the noise of a busy
// machine), and one browser at a time leaves the machine to the stage it serves. A stage's output is printed when it ends, whole,
// so the logs of stages that ran together do not interleave.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flags = process.argv.slice(2);
const only = flags
  .find((flag) => flag.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const serial = flags.includes('--serial');

/**
 * The stages, in the order they are started when a slot is free: the npm script each runs,
 * what it waits for, and whether it drives Chromium. The static Storybook is the longest
 * stage, so it starts first, beside the quick checks; the build comes before the unit tests,
 * which use its dist/.
 */
const STAGES = [
  { name: 'preflight', command: 'node scripts/preflight.mjs' },
  { name: 'browser', command: 'npm run test:browser', after: ['preflight'], chromium: true },
  { name: 'typecheck', command: 'npm run typecheck', after: ['preflight'] },
  { name: 'lint', command: 'npm run lint', after: ['preflight'] },
  { name: 'check:generated', command: 'npm run check:generated', after: ['preflight'] },
  { name: 'check:locales', command: 'npm run check:locales', after: ['preflight'] },
  { name: 'build', command: 'npm run build', after: ['preflight'] },
  { name: 'unit', command: 'npm run test:unit', after: ['build'] },
  { name: 'size', command: 'npm run size', after: ['build'] },
  { name: 'e2e', command: 'npm run test:e2e', after: ['preflight'], chromium: true },
  { name: 'rtl', command: 'npm run check:rtl', after: ['preflight'], chromium: true },
];

/** How many stages run at once: one per core (UC_ERROR_KIT_TEST_JOBS to change it). */
const CORES = serial ? 1 : Number(process.env.UC_ERROR_KIT_TEST_JOBS ?? availableParallelism());
const CHROMIUM_JOBS = serial ? 1 : Number(process.env.UC_ERROR_KIT_CHROMIUM_JOBS ?? 1);

const chosen = only ? STAGES.filter((stage) => only.includes(stage.name)) : STAGES;
const names = new Set(chosen.map((stage) => stage.name));
const state = new Map(chosen.map((stage) => [stage.name, { status: 'waiting' }]));
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function waitsFor(stage) {
  return (stage.after ?? []).filter((name) => names.has(name));
}

function run(stage) {
  const entry = state.get(stage.name);
  entry.status = 'running';
  entry.started = Date.now();
  console.log(`▶ ${stage.name} (${stage.command}) at ${seconds(entry.started - started)}`);
  return new Promise((done) => {
    const child = spawn(stage.command, {
      cwd: root,
      shell: true,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      entry.ended = Date.now();
      entry.status = code === 0 ? 'passed' : 'failed';
      const took = seconds(entry.ended - entry.started);
      const text = output.trimEnd();
      console.log(
        `${code === 0 ? '✔' : '✘'} ${stage.name} ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${took}${text ? `\n${text.replace(/^/gm, `  ${stage.name} │ `)}` : ''}`,
      );
      done();
    });
  });
}

/** Starts every stage whose stages before it passed, within the core and Chromium limits. */
async function schedule() {
  const running = new Set();
  for (;;) {
    for (const stage of chosen) {
      const entry = state.get(stage.name);
      if (entry.status !== 'waiting') continue;
      const before = waitsFor(stage).map((name) => state.get(name).status);
      if (before.some((status) => status === 'failed' || status === 'skipped')) {
        entry.status = 'skipped';
        console.log(`- ${stage.name} skipped: ${waitsFor(stage).join(', ')} did not pass`);
        continue;
      }
      if (!before.every((status) => status === 'passed')) continue;
      const browsers = [...running].filter((s) => s.chromium).length;
      if (running.size >= CORES) continue;
      if (stage.chromium && browsers >= CHROMIUM_JOBS) continue;
      running.add(stage);
      run(stage).then(() => running.delete(stage));
    }
    if (running.size === 0) break;
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

await schedule();
const total = Date.now() - started;
console.log(`\nStage timings (${serial ? 'one at a time' : `${CORES} cores`}):`);
for (const stage of chosen) {
  const entry = state.get(stage.name);
  const took = entry.ended ? seconds(entry.ended - entry.started).padStart(8) : '       -';
  console.log(`  ${stage.name.padEnd(16)} ${took}  ${entry.status}`);
}
console.log(`  ${'total'.padEnd(16)} ${seconds(total).padStart(8)}`);
const bad = chosen.filter((stage) => state.get(stage.name).status !== 'passed');
if (bad.length > 0) {
  console.log(`\nnpm test failed: ${bad.map((stage) => stage.name).join(', ')}`);
  process.exit(1);
}
