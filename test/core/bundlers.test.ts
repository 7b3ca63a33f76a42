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
    `import { formatError, loadLanguage } from 'uc-error-kit/core';
import { msOcer } from 'uc-error-kit/ms-ocer';
import { msnp } from 'uc-error-kit/msnp';
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

/** Every family, by the folder its sources live in, its entry and its object's name. */
const FAMILIES = [
  { folder: 'ms-ocer', entry: 'ms-ocer', name: 'msOcer', namespace: 'uc-error-kit-ms-ocer' },
  { folder: 'msnp', entry: 'msnp', name: 'msnp', namespace: 'uc-error-kit-msnp' },
  { folder: 'eas', entry: 'eas', name: 'eas', namespace: 'uc-error-kit-eas' },
  { folder: 'smtp', entry: 'smtp', name: 'smtp', namespace: 'uc-error-kit-smtp' },
] as const;

/** The inputs of an app's initial load that belong to a family other than `folder`. */
function othersIn(inputs: Record<string, number>, folder: string) {
  const others = FAMILIES.filter((f) => f.folder !== folder);
  return Object.keys(inputs).filter((file) =>
    others.some(
      (o) => file.includes(`families/${o.folder}/`) || file.includes(`/${o.namespace}.json`),
    ),
  );
}

describe('what an app pays at load', () => {
  for (const family of FAMILIES) {
    const core = `import { formatError } from 'uc-error-kit/core'; import { ${family.name} } from 'uc-error-kit/${family.entry}'`;

    it(`loads no byte of another family, any language or reason table with <ErrorNotice family={${family.name}}>`, async () => {
      for (const app of [views(family.name, family.entry), core]) {
        const { inputs } = await initialLoad(app);
        const loaded = Object.keys(inputs);
        expect(othersIn(inputs, family.folder), app).toEqual([]);
        // No family's words in any language, English included: only the interface words'
        // English and the few words the family bundles (its generic message).
        expect(
          loaded.filter((f) => /locales\//.test(f) && !f.includes('locales/en/uc-error-kit.json')),
          app,
        ).toEqual([]);
        expect(
          loaded.some((f) => f.includes(`families/${family.folder}/bundled.generated.json`)),
          app,
        ).toBe(true);
        expect(
          loaded.filter((f) => /server-reasons|reasons\.generated/.test(f)),
          app,
        ).toEqual([]);
        // The Office Communicator 2007 catalog loads on demand.
        expect(
          loaded.filter((f) => /ocs2007/.test(f)),
          app,
        ).toEqual([]);
      }
    });

    it(`starts an app of ${family.name} in one chunk, with no module of what loads on demand`, async () => {
      for (const app of [views(family.name, family.entry), core]) {
        const { chunks, inputs } = await initialLoad(app);
        // A module that the start and an on-demand part both import becomes a chunk of its
        // own: more requests, and each chunk compressed apart. One chunk says none is shared.
        expect(chunks, app).toBe(1);
        expect(onDemandIn(inputs), app).toEqual([]);
      }
    });
  }

  it('starts a SIP app with the header parsers the adapters read, and no other part of the reader', async () => {
    // The adapters read every SIP message's headers as it arrives, so the parsers are at
    // start, in a chunk of their own that the [MS-OCER] reader shares.
    const { chunks, inputs } = await initialLoad(
      "import { ErrorNotice } from 'uc-error-kit'; import { msOcerSip } from 'uc-error-kit/adapters'",
    );
    expect(chunks).toBe(2);
    expect(Object.keys(inputs).some((f) => f.endsWith('ms-ocer-headers.js'))).toBe(true);
    expect(onDemandIn(inputs).filter((f) => !f.endsWith('ms-ocer-headers.js'))).toEqual([]);
  });

  it('loads no family at all with the shared layers alone', async () => {
    const { inputs } = await initialLoad(
      "import { ErrorNotice, ErrorNotificationArea, useErrorNotices, formatError } from 'uc-error-kit'",
    );
    expect(
      Object.keys(inputs).filter((f) => /families\/|locales\/en\/uc-error-kit-/.test(f)),
    ).toEqual([]);
  });

  it('bundles a family of its own (the toy in test/) with the views and no family of the kit', async () => {
    const toyFile = join(import.meta.dirname, 'toy-family.ts');
    const { inputs } = await initialLoad(
      `import { ErrorNotice, formatError } from 'uc-error-kit'; import { toy } from ${JSON.stringify(toyFile)}`,
    );
    expect(Object.keys(inputs).some((f) => f.endsWith('toy-family.ts'))).toBe(true);
    expect(
      Object.keys(inputs).filter((f) => /families\/|locales\/en\/uc-error-kit-/.test(f)),
    ).toEqual([]);
  });

  it('adds nothing at load for a generic function an app imports beside a family', async () => {
    const notice = await initialLoad(views('msOcer', 'ms-ocer'));
    const withCore = await initialLoad(
      `${views('msOcer', 'ms-ocer')}; import { resolveLanguage } from 'uc-error-kit/core'`,
    );
    expect(othersIn(withCore.inputs, 'ms-ocer')).toEqual([]);
    expect(withCore.gzip - notice.gzip).toBeLessThan(1200);
  });
});

/**
 * The modules of an app's start that should load on demand: each family's reader (what
 * decides: catalogs, rules, parsers), the details and explainers, the provider rows, the
 * bounce and event readers, the dialog's view and the server reason tables.
 */
function onDemandIn(inputs: Record<string, number>): string[] {
  return Object.keys(inputs).filter((f) =>
    /\/(DetailsDialogView|explainer|details|rows|bounce|webhooks|engine|resolve|rules|read|parse|commands|http|input|describe)\.js$|\/(eas|msnp)\/catalog\.generated|ms-ocer\/catalog\.js$|catalogs\/(lync2010|ocs2007|generic)\.generated|ms-ocer-headers|server-reasons/.test(
      f,
    ),
  );
}

function views(name: string, entry: string) {
  return `import { ErrorNotice } from 'uc-error-kit'; import { ${name} } from 'uc-error-kit/${entry}'`;
}
