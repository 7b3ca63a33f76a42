#!/usr/bin/env node
// The `uc-error-kit` command. Its code is src/cli/explain.ts, built into dist/cli.js.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  // Only in a checkout that was never built; a published package always has dist/.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('uc-error-kit: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(1);
}

/** The most of standard input kept; the command refuses more (a bounce is a few megabytes). */
const MAX_STDIN = 16 * 1024 * 1024;

/** All of standard input, for the argument `-`; reading stops past the limit. */
async function stdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_STDIN) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin,
});
