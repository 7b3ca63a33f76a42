#!/usr/bin/env node
/**
 * `npm run test:browser`: every story and docs page of the static Storybook, in Chromium, in
 * one run. Storybook is built once (`storybook-static`), served on 127.0.0.1, and each entry
 * of its index.json is opened once per width (1024 and 320 px) in one browser session, the
 * widths side by side. For each page:
 *
 * - the story renders and its play function runs in the static iframe; the result is read
 *   from the preview's channel (`storyFinished`, `playFunctionThrewException`,
 *   `storyThrewException`, `storyErrored`, `docsRendered`), so a failed expectation or a
 *   render error fails the entry;
 * - axe-core runs in the page, loaded as a private copy (the a11y addon's own run is switched
 *   off with the `a11y.manual` global, and its `window.axe` left alone);
 * - reduced motion is emulated, so no check races an entrance, exit or pulse animation;
 * - an uncaught page error or a `console.error` (a prop error of the kit) fails it too.
 *
 *   node scripts/static-stories.mjs                     build, then run every entry
 *   node scripts/static-stories.mjs --reuse             use the existing storybook-static
 *   node scripts/static-stories.mjs --only=<text>       only ids containing <text>
 *   node scripts/static-stories.mjs --widths=1024       other widths
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import launch from './chromium.json' with { type: 'json' };
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const flags = process.argv.slice(2);
const flag = (name) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1];
const WIDTHS = (flag('widths') ?? '1024,320').split(',').map(Number);
const ONLY = flag('only');
/** How long one entry may take to render and play. */
const ENTRY_TIMEOUT_MS = 30_000;

/**
 * axe as a private instance: its UMD wrapper sees a `module` and exports there; whatever it
 * sets on `window` is put back, so the addon's copy (if any) is never touched.
 */
const AXE = `(() => {
  const before = Object.getOwnPropertyDescriptor(window, 'axe');
  const module = { exports: {} };
  (function (module, exports) {
    ${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}
  })(module, module.exports);
  window.__ucekAxe = typeof module.exports.run === 'function' ? module.exports : window.axe;
  if (before) Object.defineProperty(window, 'axe', before);
  else delete window.axe;
})();`;

/**
 * Listens on the preview's channel from the first script on: the events that say a story
 * finished (with its play function's status) or failed, and a docs page rendered.
 */
function watchChannel() {
  const run = { done: false, faults: [], status: undefined };
  window.__ucekRun = run;
  const message = (e) => {
    const error = e?.error ?? e;
    return String(error?.message ?? error?.description ?? JSON.stringify(error) ?? error).slice(
      0,
      500,
    );
  };
  const attach = (channel) => {
    if (!channel || channel.__ucekWatched) return;
    channel.__ucekWatched = true;
    channel.on('playFunctionThrewException', (e) => run.faults.push(`play: ${message(e)}`));
    channel.on('storyThrewException', (e) => run.faults.push(`render: ${message(e)}`));
    channel.on('storyErrored', (e) => {
      run.faults.push(`errored: ${e?.title ?? ''} ${e?.description ?? ''}`.slice(0, 500));
      run.done = true;
    });
    channel.on('storyMissing', (id) => {
      run.faults.push(`missing: ${id}`);
      run.done = true;
    });
    channel.on('unhandledErrorsWhilePlaying', (errors) =>
      run.faults.push(`unhandled while playing: ${[].concat(errors).map(message).join('; ')}`),
    );
    channel.on('storyFinished', (e) => {
      run.status = e?.status;
      for (const r of e?.reporters ?? [])
        if (r.status === 'failed')
          run.faults.push(`${r.type}: ${JSON.stringify(r.result).slice(0, 300)}`);
      run.done = true;
    });
    channel.on('docsRendered', () => {
      run.done = true;
    });
  };
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = value;
      attach(value);
    },
  });
}

function build() {
  const bin = path.join(root, 'node_modules', '.bin', 'storybook');
  const result = spawnSync(bin, ['build', '--quiet', '--output-dir', staticDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`storybook build failed (${result.status})`);
}

/** Opens one entry in `page`; resolves to its faults (none when it passed). */
async function runEntry(page, base, entry) {
  const faults = [];
  const onError = (error) => faults.push(`page error: ${error.message.split('\n')[0]}`);
  // A prop error of the kit; not the browser's own line for a missing favicon, and not
  // Storybook's copy of a play function's error (the channel reports that one).
  const consoleErrors = [];
  const onConsole = (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      consoleErrors.push(`console.error: ${msg.text().split('\n')[0].slice(0, 300)}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    await page.goto(
      `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`,
    );
    await page.waitForFunction(() => window.__ucekRun?.done === true, null, {
      timeout: ENTRY_TIMEOUT_MS,
    });
    faults.push(...(await page.evaluate(() => window.__ucekRun.faults)));
    if (faults.length === 0) faults.push(...consoleErrors);
    await page.evaluate(AXE);
    const violations = await page.evaluate(
      async (scope) => {
        const result = await window.__ucekAxe.run(document.querySelector(scope) ?? document, {
          resultTypes: ['violations'],
        });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        );
      },
      viewMode === 'docs' ? '#storybook-docs' : '#storybook-root',
    );
    for (const v of violations) faults.push(`axe: ${v}`);
  } catch (error) {
    faults.push(String(error.message ?? error).split('\n')[0]);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
  return faults;
}

/** Every entry at one width, in one page of its own context. */
async function runWidth(browser, base, entries, width, report) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
  });
  await context.addInitScript(watchChannel);
  const page = await context.newPage();
  const started = Date.now();
  let failed = 0;
  for (const entry of entries) {
    const faults = await runEntry(page, base, entry);
    if (faults.length > 0) {
      failed++;
      report(`FAIL ${entry.id} (${entry.type}) at ${width} px\n  ${faults.join('\n  ')}`);
    }
  }
  await context.close();
  return { width, failed, seconds: (Date.now() - started) / 1000 };
}

async function main() {
  const started = Date.now();
  if (!flags.includes('--reuse')) build();
  const built = (Date.now() - started) / 1000;
  const index = JSON.parse(readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter(
    (e) => (e.type === 'story' || e.type === 'docs') && (!ONLY || e.id.includes(ONLY)),
  );
  const stories = entries.filter((e) => e.type === 'story').length;
  const { server, base } = await serveStatic(staticDir);
  const browser = await chromium.launch({ ...launch, headless: true });
  let results;
  try {
    results = await Promise.all(
      WIDTHS.map((width) => runWidth(browser, base, entries, width, (line) => console.error(line))),
    );
  } finally {
    await browser.close();
    server.close();
  }
  const runs = entries.length * WIDTHS.length;
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const total = (Date.now() - started) / 1000;
  console.log(
    `Static Storybook: ${runs - failed} of ${runs} runs passed (${stories} stories and ${entries.length - stories} docs pages at ${WIDTHS.join(' and ')} px) in ${total.toFixed(0)} s (build ${built.toFixed(0)} s; ${results.map((r) => `${r.width} px ${r.seconds.toFixed(0)} s`).join(', ')}).`,
  );
  if (failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
