#!/usr/bin/env node
// What the test suite needs from Debian, installed when it is missing.
//
// The browser tests run in Debian's Chromium (never a browser Playwright downloads), the
// end-to-end test against Debian's Kamailio with its WebSocket module, and the error-report
// tests validate documents with xmllint. On a fresh machine none of them is there: as root
// with apt-get, this installs them; otherwise it stops at once with the one command that
// does. `npm test` runs it first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { what: 'Chromium', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  {
    what: 'Kamailio with WebSocket support',
    present: () =>
      onPath('kamailio') && existsSync('/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so'),
    packages: ['kamailio', 'kamailio-websocket-modules'],
  },
  { what: 'xmllint', present: () => onPath('xmllint'), packages: ['libxml2-utils'] },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const missing = NEEDS.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((need) => need.packages);
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(
    `The tests need ${missing.map((m) => m.what).join(', ')}. Install with:\n  sudo sh -c '${command}'`,
  );
  process.exit(1);
}

console.log(
  `Installing ${packages.join(', ')} from Debian (missing: ${missing.map((m) => m.what).join(', ')})...`,
);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // apt's progress and debconf notes are noise in a test log: shown only if it fails.
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'pipe', env });
} catch (error) {
  console.error(String(error.stderr ?? error.message));
  console.error(`Installing failed. Run:\n  ${command}`);
  process.exit(1);
}
const still = NEEDS.filter((need) => !need.present());
if (still.length > 0) {
  console.error(
    `Still missing after install: ${still.map((m) => m.what).join(', ')}. Run:\n  ${command}`,
  );
  process.exit(1);
}
