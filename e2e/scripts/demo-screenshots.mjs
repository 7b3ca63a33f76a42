#!/usr/bin/env node
// Screenshots of the demo softphone for the README: Kamailio and the demo as e2e/run.mjs
// starts them, one user who met a few scripted failures (a call to an unknown user, a busy
// user, an IM to a federated contact, a bad address), in Debian's Chromium at 1280 px (light)
// and 360 px (dark). Writes screenshots/demo-1280.png and screenshots/demo-360.png.
//
//   node e2e/scripts/demo-screenshots.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startDemo, startKamailio } from '../lib/servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const launch = JSON.parse(readFileSync(path.join(root, 'scripts/chromium.json'), 'utf8'));
const out = path.join(root, 'screenshots');
mkdirSync(out, { recursive: true });

const kamailio = await startKamailio();
const demo = await startDemo();
const browser = await chromium.launch(launch);
try {
  for (const [width, theme, height] of [
    [1280, 'light', 860],
    [360, 'dark', 1400],
  ]) {
    const user = `shot${width}`;
    const page = await browser.newPage({ viewport: { width, height } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(
      `${demo.url}?server=${encodeURIComponent(kamailio.wsUrl)}&user=${user}&theme=${theme}`,
    );
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByTestId('status').filter({ hasText: 'Registered' }).waitFor();
    const region = page.getByRole('region', { name: 'Conversation notifications' });
    for (const [callee, count] of [
      ['nobody', 1],
      ['busy', 2],
    ]) {
      await page.getByTestId('target').fill(callee);
      await page.getByRole('button', { name: 'Call', exact: true }).click();
      await region
        .locator('[data-notice-id]')
        .nth(count - 1)
        .waitFor();
    }
    await page.getByTestId('target').fill('federated');
    await page.getByTestId('im-text').fill('Are you free at 3?');
    await page.getByRole('button', { name: 'Send IM', exact: true }).click();
    await page.getByTestId('im-area').locator('[class*="ucek"]').first().waitFor();
    await page.getByTestId('target').fill('sip:@contoso.com');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await page.getByTestId('target-problem').filter({ hasText: 'not an address' }).waitFor();
    await page.locator('[data-testid="dev-panel"] summary').click();
    await page.waitForTimeout(300);
    const file = path.join(out, `demo-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await demo.server.close();
  await kamailio.stop();
}
