/**
 * The packed tarball, installed and bundled as apps do it, with Vite and with esbuild: no
 * bundler plugin of ours is needed, every language and family is a chunk an app loads only
 * when it shows it, and what an app does not import costs it nothing at load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialLoad } from '../../scripts/measure-initial.mjs';
import { ensureBuilt } from './built';

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];
let app = '';

beforeAll(() => {
  ensureBuilt();
  app = mkdtempSync(join(tmpdir(), 'ucek-app-'));
  // `npm pack` then an install of the tarball's contents: exactly the files an app gets.
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], {
    encoding: 'utf8',
  }).trim();
  const target = join(app, 'node_modules', 'uc-error-kit');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, tarball), '-C', target, '--strip-components=1']);
  writeFileSync(
    join(app, 'main.js'),
    `import { formatError, loadLanguage, msOcer, msnp } from 'uc-error-kit/core';
await loadLanguage('de', [msOcer, msnp]);
const a = formatError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { lng: 'de' });
const b = formatError(msnp, '911 4', null, { lng: 'de' });
console.log(JSON.stringify([a.summaryLanguage.lang, b.summaryLanguage.lang, a.summary !== '', b.handled]));
`,
  );
}, 240_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

/** Runs a bundled entry in Node and returns what it printed. */
function run(file: string) {
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('the packed package in an app', () => {
  it('bundles with esbuild, each language a chunk of its own, and runs', async () => {
    const out = join(app, 'esbuild');
    await esbuild({
      entryPoints: [join(app, 'main.js')],
      absWorkingDir: app,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: out,
      external: PEERS,
      logLevel: 'silent',
    });
    // The entry, plus one chunk per language and namespace the app may load.
    expect(readdirSync(out).length).toBeGreaterThan(100);
    expect(run(join(out, 'main.js'))).toEqual(['de', 'de', true, true]);
  });

  it('bundles with Vite, each language a chunk of its own, and runs', async () => {
    const out = join(app, 'vite');
    await viteBuild({
      root: app,
      configFile: false,
      logLevel: 'silent',
      // Bundle the package rather than leave it to Node, as an app's browser build does.
      ssr: { noExternal: ['uc-error-kit'], external: PEERS },
      build: {
        outDir: out,
        target: 'node20',
        ssr: join(app, 'main.js'),
        rolldownOptions: { external: PEERS, output: { format: 'es' } },
      },
    });
    expect(readdirSync(out, { recursive: true }).length).toBeGreaterThan(100);
    const entry = readdirSync(out).find((f) => f.startsWith('main'));
    expect(run(join(out, entry as string))).toEqual(['de', 'de', true, true]);
  });
});

describe('what an app pays at load', () => {
  it('loads no other family and no other language with <ErrorNotice>', async () => {
    const { inputs } = await initialLoad("import { ErrorNotice } from 'uc-error-kit'");
    const loaded = Object.keys(inputs);
    expect(loaded.filter((f) => /families\/(msnp|eas|smtp)\//.test(f))).toEqual([]);
    expect(loaded.filter((f) => /locales\/(?!en\/)/.test(f))).toEqual([]);
    expect(loaded.filter((f) => /server-reasons|reasons\.generated/.test(f))).toEqual([]);
    expect(loaded.some((f) => f.includes('locales/en/uc-error-kit-ms-ocer'))).toBe(true);
  });

  it('adds nothing at load for a family an app imports but another module uses', async () => {
    const notice = await initialLoad("import { ErrorNotice } from 'uc-error-kit'");
    const withCore = await initialLoad(
      "import { ErrorNotice } from 'uc-error-kit'; import { resolveLanguage } from 'uc-error-kit/core'",
    );
    // The core entry re-exports every family; importing one function of it adds no family.
    expect(
      Object.keys(withCore.inputs).filter((f) => /families\/(msnp|eas|smtp)\//.test(f)),
    ).toEqual([]);
    expect(withCore.gzip - notice.gzip).toBeLessThan(1200);
  });
});
