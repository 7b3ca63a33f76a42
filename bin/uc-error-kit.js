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

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
