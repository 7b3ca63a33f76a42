// Starts and stops what the softphone needs: Kamailio (Debian's, as root is fine) with the
// repository's configuration, and the Vite server of e2e/demo. Kamailio is always stopped by
// the PID in its pidfile, on success, failure or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const MODULES = '/usr/lib/x86_64-linux-gnu/kamailio/modules';
const KAMAILIO_FIX = 'apt-get install -y kamailio kamailio-websocket-modules';

/** A free TCP port on 127.0.0.1 (and, for Kamailio's second leg, the one after it is tried). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Throws, naming the fix, when Kamailio or its WebSocket module is missing. */
export function checkKamailio() {
  const found = spawnSync('kamailio', ['-v'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(`Kamailio is not installed: run \`${KAMAILIO_FIX}\` (as root).`);
  }
  if (!existsSync(path.join(MODULES, 'websocket.so'))) {
    throw new Error(`Kamailio's WebSocket module is missing: run \`${KAMAILIO_FIX}\` (as root).`);
  }
}

const running = new Set();

function stopAll() {
  for (const stop of running) stop();
}
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/**
 * Starts Kamailio on 127.0.0.1 with e2e/kamailio/kamailio.cfg. Answers { wsUrl, log(),
 * reports(), stop() }; `reports()` lists the SERVICE bodies it logged, by sender.
 */
export async function startKamailio() {
  checkKamailio();
  const dir = mkdtempSync(path.join(tmpdir(), 'uc-kamailio-'));
  const wsPort = await freePort();
  let udpPort = await freePort();
  if (udpPort === wsPort) udpPort = await freePort();
  const template = readFileSync(path.join(root, 'e2e/kamailio/kamailio.cfg'), 'utf8');
  const cfg = path.join(dir, 'kamailio.cfg');
  writeFileSync(
    cfg,
    template.replaceAll('__WS_PORT__', String(wsPort)).replaceAll('__UDP_PORT__', String(udpPort)),
  );
  const pidfile = path.join(dir, 'kamailio.pid');
  let output = '';
  const child = spawn('kamailio', ['-f', cfg, '-P', pidfile, '-w', dir, '-E', '-DD'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = () => {
    running.delete(stop);
    for (const pid of [Number(readPid(pidfile)), child.pid]) {
      if (!pid) continue;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {}
    }
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {}
  };
  running.add(stop);
  try {
    await Promise.race([
      waitForPort(wsPort, 10_000),
      new Promise((_, reject) =>
        child.once('exit', (code) => reject(new Error(`Kamailio exited with ${code}`))),
      ),
    ]);
  } catch (error) {
    stop();
    throw new Error(
      `Kamailio did not start (${error.message}). Is it installed (\`${KAMAILIO_FIX}\`)? Its output:\n${output.slice(-3000)}`,
    );
  }
  return {
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    log: () => output,
    /** Every SERVICE body logged: { user, xml, contentType }. */
    reports: () =>
      [...output.matchAll(/OCER-REPORT (\S*) (\S*) (\S*)/g)].map(([, user, body, type]) => ({
        user,
        xml: Buffer.from(body, 'base64').toString('utf8'),
        contentType: Buffer.from(type, 'base64').toString('utf8'),
      })),
    stop: async () => {
      stop();
      if (!exited) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

function readPid(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Starts the demo's Vite server on a free port; answers { url, server }. */
export async function startDemo() {
  const { createServer } = await import('vite');
  const port = await freePort();
  const server = await createServer({
    configFile: path.join(root, 'e2e/demo/vite.config.ts'),
    server: { port },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, server };
}
