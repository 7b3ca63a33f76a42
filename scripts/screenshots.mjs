#!/usr/bin/env node
/**
 * `npm run screenshots`: PNGs of the notification area and the IM area, light and dark, left
 * to right (English) and right to left (the mirrored pseudo-locale ar-XB), plus the expanded
 * pseudo-locale en-XA, written to screenshots/ so that a reviewer can see the components
 * without running anything.
 *
 * Builds storybook-static (or reuses it when it is newer than every source), serves it on
 * 127.0.0.1 with a small static server, opens the "Screens/Conversation window" story in
 * Debian's Chromium through Playwright (never Playwright's own browser download, which cannot
 * be fetched here) and clips each shot to its component.
 *
 *   node scripts/screenshots.mjs           build if stale, then shoot
 *   node scripts/screenshots.mjs --build   always rebuild first
 *   node scripts/screenshots.mjs --reuse   never rebuild (fails if there is no build)
 *   node scripts/screenshots.mjs --no-cjk  skip the Japanese and Chinese shots (no CJK font)
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import launch from './chromium.json' with { type: 'json' };
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const outDir = path.join(root, 'screenshots');
const SOURCES = ['src', 'stories', '.storybook', 'locales', 'package.json', 'vite.config.ts'];

/** The conversation-window story: both placements in one window. */
const STORY = 'screens-conversation-window--light';

/** Debian's Chromium, headless, sandbox-free, quiet and offline (shared with vitest.config.ts). */
const CHROMIUM = { ...launch, executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath };

/** A notice with its details dialog open, and a notice with two buttons at 320 px. */
const DIALOG_STORY = 'components-errornotice--details-dialog-open';
const NARROW_STORY = 'components-errornotice--narrow-320';

/** The four intents, the Explorer and the toy family's gallery. */
const INTENTS_STORY = 'components-errornotice--intents';
const EXPLORER_STORY = 'catalog-explorer--sip-486';
const TOY_STORY = 'catalog-adding-a-family-toy-example--gallery';

/** The languages shown, with their direction. */
const LANGUAGES = [
  ['de', 'ltr'],
  ['ar', 'rtl'],
  ['he', 'rtl'],
  ['ja', 'ltr'],
  ['zh-TW', 'ltr'],
];

const TARGETS = [
  { name: 'notification-area', selector: '[data-screenshot="notification-area"]' },
  { name: 'im-area', selector: '[data-screenshot="im-area"]' },
];

/** Every shot: each target in each theme and direction, then both in the pseudo-locale. */
const SHOTS = [
  ...['light', 'dark'].flatMap((theme) =>
    ['ltr', 'rtl'].flatMap((dir) =>
      TARGETS.map((target) => ({
        file: `${target.name}-${theme}-${dir}.png`,
        target,
        // Right to left in the mirrored pseudo-locale: English in an RTL page would only
        // show its full stops moved about, not what an RTL language looks like.
        globals: { theme, dir, locale: dir === 'rtl' ? 'ar-XB' : 'en' },
      })),
    ),
  ),
  ...TARGETS.map((target) => ({
    file: `${target.name}-pseudo-locale.png`,
    target,
    globals: { theme: 'light', dir: 'ltr', locale: 'en-XA' },
  })),
  // Real languages: right to left with English names inside (ar, he), CJK wrapping (ja,
  // zh-TW), German's long words; the notification area, the IM area and the details dialog.
  ...LANGUAGES.flatMap(([locale, dir]) => [
    ...TARGETS.map((target) => ({
      file: `${target.name}-${locale}.png`,
      target,
      globals: { theme: 'light', dir, locale },
    })),
    {
      file: `details-dialog-${locale}.png`,
      story: DIALOG_STORY,
      target: { name: 'details-dialog', selector: 'dialog[open]' },
      globals: { theme: 'light', dir, locale },
    },
  ]),
  // A phone: the conversation window and a notice with two buttons at 320 px, in German.
  ...TARGETS.map((target) => ({
    file: `${target.name}-320px-de.png`,
    target,
    width: 320,
    globals: { theme: 'light', dir: 'ltr', locale: 'de' },
  })),
  ...['light', 'dark'].map((theme) => ({
    file: `intents-${theme}.png`,
    story: INTENTS_STORY,
    target: { name: 'intents', selector: '.sb-entries' },
    globals: { theme, dir: 'ltr', locale: 'en' },
  })),
  {
    file: 'explorer.png',
    story: EXPLORER_STORY,
    target: { name: 'explorer', selector: '.sb-explorer' },
    width: 1024,
    globals: { theme: 'light', dir: 'ltr', locale: 'en' },
  },
  {
    file: 'toy-family-gallery.png',
    story: TOY_STORY,
    target: { name: 'gallery', selector: '.sb-gallery' },
    globals: { theme: 'light', dir: 'ltr', locale: 'en' },
  },
  {
    file: 'actions-320px.png',
    story: NARROW_STORY,
    target: { name: 'notice', selector: '.ucek-notice' },
    width: 320,
    globals: { theme: 'light', dir: 'ltr', locale: 'en' },
  },
];

async function newestChange(target) {
  let info;
  try {
    info = await stat(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) {
    newest = Math.max(newest, await newestChange(path.join(target, entry)));
  }
  return newest;
}

async function ensureBuild(mode) {
  const built = await newestChange(path.join(staticDir, 'index.json'));
  if (mode === 'reuse') {
    if (!built) throw new Error('No storybook-static to reuse: run `npm run build-storybook`.');
    return;
  }
  const changed = Math.max(
    ...(await Promise.all(SOURCES.map((s) => newestChange(path.join(root, s))))),
  );
  if (mode !== 'build' && built > changed) {
    console.log('Reusing storybook-static (newer than every source).');
    return;
  }
  console.log('Building storybook-static...');
  const bin = path.join(root, 'node_modules', '.bin', 'storybook');
  const result = spawnSync(bin, ['build', '--quiet', '--output-dir', staticDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`storybook build failed (${result.status})`);
}

function storyUrl(base, id, globals) {
  const g = Object.entries(globals)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return `${base}/iframe.html?id=${id}&viewMode=story&globals=${encodeURIComponent(g)}`;
}

/** Japanese and Chinese need a CJK font, or the pictures show empty boxes. */
function checkFonts() {
  const list = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  if (list.status === 0 && list.stdout.trim() !== '') return;
  throw new Error(
    'No Japanese / Chinese font: the screenshots would show empty boxes. Install one with\n  apt-get install -y fonts-noto-cjk',
  );
}

async function main() {
  const flags = new Set(process.argv.slice(2));
  // `--no-cjk`: a machine without a CJK font skips the Japanese and Chinese shots.
  const noCjk = flags.has('--no-cjk');
  if (!noCjk) checkFonts();
  await ensureBuild(flags.has('--reuse') ? 'reuse' : flags.has('--build') ? 'build' : 'auto');
  const { server, base } = await serveStatic(staticDir);
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  try {
    // Only its own files are overwritten: other scripts write here too (the demo's shots).
    await mkdir(outDir, { recursive: true });
    const shots = noCjk ? SHOTS.filter((s) => !['ja', 'zh-TW'].includes(s.globals.locale)) : SHOTS;
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: shot.width ?? 720, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: shot.globals.theme === 'dark' ? 'dark' : 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(storyUrl(base, shot.story ?? STORY, shot.globals));
      const element = page.locator(shot.target.selector).first();
      if (shot.target.name === 'notification-area' || shot.target.name === 'im-area')
        await element.locator('.ucek-notice').first().waitFor();
      else await element.waitFor();
      // The words of a language load on demand: wait until the text is in it.
      if (shot.globals.locale !== 'en')
        await page
          .waitForFunction(
            (lng) =>
              [...document.querySelectorAll('.ucek-notice__summary, .ucek-dialog__title')].some(
                (el) => el.getAttribute('lang') === lng,
              ),
            shot.globals.locale === 'en-XA' ? 'en-XA' : shot.globals.locale,
            { timeout: 10_000 },
          )
          .catch(() => {});
      // The story root must carry what was asked for, or the picture would lie.
      const rootAttrs = await page
        .locator('.sb-kit')
        .evaluate((el) => `${el.getAttribute('data-theme')} ${el.getAttribute('dir')}`);
      if (rootAttrs !== `${shot.globals.theme} ${shot.globals.dir}`)
        throw new Error(`${shot.file}: story root is "${rootAttrs}"`);
      await page.evaluate(() => document.fonts.ready);
      await element.screenshot({ path: path.join(outDir, shot.file), animations: 'disabled' });
      if (errors.length > 0) throw new Error(`${shot.file}: ${errors.join('; ')}`);
      const { size } = await stat(path.join(outDir, shot.file));
      console.log(`screenshots/${shot.file}  ${(size / 1024).toFixed(1)} kB`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
