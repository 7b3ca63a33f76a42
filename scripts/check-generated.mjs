#!/usr/bin/env node
// Every generator's --check: the committed generated files are what the generators make.
//
//   node scripts/check-generated.mjs        (npm run check:generated)
//
// Most generators read the source documents (seeds). Without them, those checks are skipped
// with one line saying how to run them, and the others run.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveSeeds, skipLine } from './seed/seeds.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each check, and whether it reads the seeds. */
const CHECKS = [
  { script: 'scripts/extract-catalogs.mjs', seeds: true },
  { script: 'scripts/extract-server-reasons.mjs', seeds: true },
  { script: 'scripts/extract-msnp.mjs', seeds: true },
  { script: 'scripts/extract-eas.mjs', seeds: true },
  { script: 'scripts/extract-smtp.mjs', seeds: true },
  { script: 'e2e/scripts/extract-schema.mjs', seeds: true },
  { script: 'scripts/seed/fixtures.mjs', seeds: true },
  { script: 'scripts/locales.mjs', seeds: false },
  { script: 'scripts/bundled-words.mjs', seeds: false },
];

/** Runs one check; resolves to its exit code, its output printed only when it fails. */
function run(script) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, '--check'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      if (code !== 0) process.stderr.write(`${script} --check failed:\n${output}`);
      done(code ?? 1);
    });
  });
}

const seeds = haveSeeds();
const runnable = CHECKS.filter((check) => seeds || !check.seeds);
if (!seeds) console.log(skipLine('generated-file checks against the seeds'));
// Two at a time: each is a short Node process, and the machine may have two cores.
const codes = [];
for (let i = 0; i < runnable.length; i += 2) {
  codes.push(...(await Promise.all(runnable.slice(i, i + 2).map((check) => run(check.script)))));
}
const failed = codes.filter((code) => code !== 0).length;
if (failed === 0) console.log(`generated files up to date (${runnable.length} checks)`);
process.exit(failed > 0 ? 1 : 0);
