#!/usr/bin/env node
/**
 * Every story as a visitor of the static Storybook meets it: `storybook build`, served on
 * 127.0.0.1, each story opened in Debian's Chromium at a desktop width and at 320 px, its play
 * function run by Storybook itself (as it runs for a visitor, not in the test runner's frame),
 * then axe-core over the page. A story fails on an exception, a failed report (the a11y
 * addon's, a play assertion) or any axe violation.
 *
 *   node scripts/static-stories.mjs            build, then run every story
 *   node scripts/static-stories.mjs --reuse    use the existing storybook-static
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
// A private copy of axe for each page: the a11y addon's own `window.axe` may still be running.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [1024, 320];

function build() {
  const bin = path.join(root, 'node_modules', '.bin', 'storybook');
  const result = spawnSync(bin, ['build', '--quiet', '--output-dir', staticDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`storybook build failed (${result.status})`);
}

/** Runs one story in a fresh page; resolves to a list of faults (empty when it passed). */
async function runStory(browser, base, id, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const faults = [];
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    // Storybook's own render: wait until it has finished, play function included.
    await page.waitForFunction(
      () => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        return render && (render.phase === 'finished' || render.phase === 'errored');
      },
      null,
      { timeout: 30_000 },
    );
    const state = await page.evaluate(() => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      const reports = render.storyContext?.reporting?.reports ?? [];
      return {
        phase: render.phase,
        shownError: document.body.classList.contains('sb-show-errordisplay')
          ? (document.querySelector('#error-message')?.textContent ?? 'error shown')
          : null,
        failed: reports
          .filter((r) => r.status === 'failed')
          .map(
            (r) =>
              `${r.type}: ${JSON.stringify(r.result?.violations?.map((v) => v.id) ?? r.result ?? '').slice(0, 300)}`,
          ),
      };
    });
    if (state.phase === 'errored' || state.shownError) faults.push(`play: ${state.shownError}`);
    faults.push(...state.failed);
    await page.addScriptTag({ content: `${AXE}\nwindow.__ucekAxe = axe;` });
    const violations = await page.evaluate(async () => {
      const result = await window.__ucekAxe.run(
        document.querySelector('#storybook-root') ?? document,
        {
          resultTypes: ['violations'],
        },
      );
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    for (const v of violations) faults.push(`axe: ${v}`);
  } catch (error) {
    faults.push(String(error.message ?? error).split('\n')[0]);
  } finally {
    await context.close();
  }
  return faults;
}

async function main() {
  if (!process.argv.includes('--reuse')) build();
  const index = JSON.parse(readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const { server, base } = await serveStatic(staticDir);
  const browser = await chromium.launch({ ...launch, headless: true });
  let failed = 0;
  try {
    for (const width of WIDTHS) {
      for (const story of stories) {
        const faults = await runStory(browser, base, story.id, width);
        if (faults.length > 0) {
          failed++;
          console.error(`FAIL ${story.id} at ${width} px\n  ${faults.join('\n  ')}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const runs = stories.length * WIDTHS.length;
  console.log(
    `Static Storybook: ${runs - failed} of ${runs} story runs passed (${stories.length} stories at ${WIDTHS.join(' and ')} px).`,
  );
  if (failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
