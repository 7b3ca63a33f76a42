// The one way every generator writes its files, or checks them with --check.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Writes each file whose text differs (`files`: path, absolute or from the repository root,
 * to text), or with `--check` on the command line only names them; exits 1 when a checked
 * file is out of date, naming the command that regenerates it.
 */
export function writeOrCheck(files, command) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(files)) {
    const path = resolve(root, file);
    const name = relative(root, path);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {}
    if (old === text) continue;
    if (check) {
      console.error(`${name} is out of date: run ${command}`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
