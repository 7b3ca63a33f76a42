#!/usr/bin/env node
// What an app pays at load for an import of the built package, measured the way an app's
// bundler splits it for production: esbuild with code splitting, peers external,
// `process.env.NODE_ENV` set to "production" (as every React app's bundler does, so prop
// validation's words drop out); the entry chunk and every chunk it imports statically,
// minified and gzipped. Languages, reason tables and the rest come by import() and are not
// counted.
//
//   node scripts/measure-initial.mjs "import { ErrorNotice } from 'uc-error-kit'"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];

/** Gzip bytes of the initial load of an app whose source is `code`. */
export async function initialLoad(code) {
  const dir = mkdtempSync(join(tmpdir(), 'ucek-size-'));
  try {
    const names = [...code.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((m) =>
      m[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    );
    // The package as an app installs it, so its `exports` map decides what each path is.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'uc-error-kit'), 'dir');
    writeFileSync(join(dir, 'app.js'), `${code};\nconsole.log(${names.join(', ')});\n`);
    const result = await build({
      entryPoints: [join(dir, 'app.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      write: true,
      outdir: join(dir, 'out'),
      metafile: true,
      external: PEERS,
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.css': 'empty' },
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint?.endsWith('app.js'));
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file].imports)
        if (i.kind === 'import-statement' && !i.external) walk(i.path);
    };
    walk(entry);
    let gzip = 0;
    for (const file of seen) gzip += gzipSync(readFileSync(resolve(file))).length;
    const lazy = Object.keys(outputs).filter((k) => k.endsWith('.js') && !seen.has(k)).length;
    const inputs = {};
    for (const file of seen)
      for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs))
        inputs[input] = bytesInOutput;
    return { gzip, chunks: seen.size, lazyChunks: lazy, inputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An app that shows one family with the kit's views. */
const view = (name, entry) =>
  `import { ErrorNotice } from 'uc-error-kit'; import { ${name} } from 'uc-error-kit/${entry}'`;
/** An app that words one family's codes with the core alone, no React. */
const core = (name, entry) =>
  `import { formatError } from 'uc-error-kit/core'; import { ${name} } from 'uc-error-kit/${entry}'`;

/**
 * What each kind of app pays at start, with its budget in gzip bytes: what is met today and
 * about 0.1 kB, so a change that adds to one fails `npm run size`. Every row is within its aim (an [MS-OCER]
 * `<ErrorNotice>` app 14 kB, 12 kB in the end; MSNP and ActiveSync 13 kB; SMTP 16 kB;
 * `formatError` with one family 9 kB): each family's reader (its catalog, rules and header
 * parsers) loads on demand with its words, so the start holds the views, the shared core and
 * the family's generic message (see the README, "Measured").
 */
export const BUDGETS = [
  [view('msOcer', 'ms-ocer'), 12_400],
  [view('msnp', 'msnp'), 11_300],
  [view('eas', 'eas'), 11_700],
  [view('smtp', 'smtp'), 14_600],
  [
    "import { ErrorNotice, ErrorNotificationArea, useErrorNotices } from 'uc-error-kit'; import { msOcer } from 'uc-error-kit/ms-ocer'",
    15_300,
  ],
  // A softphone's start: the SIP adapters read each message's headers as it arrives, so the
  // header parsers are at start too, a second chunk that the [MS-OCER] reader shares.
  [
    "import { ErrorNotice } from 'uc-error-kit'; import { msOcerSip } from 'uc-error-kit/adapters'",
    14_900,
  ],
  [core('msOcer', 'ms-ocer'), 6_100],
  [core('msnp', 'msnp'), 5_000],
  [core('eas', 'eas'), 5_400],
  [core('smtp', 'smtp'), 8_300],
];

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--budgets')) {
  let over = 0;
  for (const [code, budget] of BUDGETS) {
    const r = await initialLoad(code);
    const ok = r.gzip <= budget;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${(r.gzip / 1000).toFixed(2).padStart(6)} kB of ${(budget / 1000).toFixed(1)} kB  ${code}`,
    );
  }
  process.exit(over > 0 ? 1 : 0);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await initialLoad(process.argv[2] ?? "import { ErrorNotice } from 'uc-error-kit'");
  console.log(
    `${(r.gzip / 1000).toFixed(2)} kB gzip in ${r.chunks} chunk(s); ${r.lazyChunks} loaded on demand`,
  );
  if (process.argv.includes('--inputs'))
    for (const [input, bytes] of Object.entries(r.inputs).sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(bytes).padStart(7)}  ${input}`);
}
