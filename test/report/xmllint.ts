/**
 * Validates documents with `xmllint --schema` (Debian's libxml2-utils) against the committed
 * Appendix A schema. When xmllint is missing it is installed with apt-get if we are root;
 * otherwise the setup fails at once naming the command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/report/msrtc-reporterror.xsd',
);
const FIX = 'apt-get install -y libxml2-utils';

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure xmllint is there, installing it as root, or throws naming the fix. */
function ensureXmllint(): void {
  if (hasXmllint()) return;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', 'libxml2-utils'], { stdio: 'ignore' });
    } catch {
      // Reported below.
    }
    if (hasXmllint()) return;
  }
  throw new Error(`xmllint is missing: run \`${FIX}\` (Debian package libxml2-utils).`);
}

/** Validates each document against the schema, in one xmllint run; answers each one's output. */
function validate(...documents: string[]): { valid: boolean; output: string }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocer-'));
  const files = documents.map((xml, i) => {
    const file = path.join(dir, `report-${i}.xml`);
    writeFileSync(file, xml);
    return file;
  });
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`.split('\n');
  return files.map((file) => {
    const lines = output.filter(
      (line) => line.startsWith(`${file} `) || line.startsWith(`${file}:`),
    );
    return { valid: lines.includes(`${file} validates`), output: lines.join('\n') };
  });
}

export { ensureXmllint, SCHEMA, validate };
