#!/usr/bin/env node
// End to end: the demo softphone in Debian's Chromium (Playwright library, never a
// downloaded browser) against Kamailio on 127.0.0.1, once with JsSIP and once with SIP.js.
// For each scripted failure, the sentence on screen must be formatError's for the same
// input (with the display name of the person called), every error report Kamailio logged
// must validate against the Appendix A schema and carry the right codes, a server sign-out
// (a registration NOTIFY, a BYE) must show, and bad input in "To" must say what is wrong.
//
//   node e2e/run.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { checkKamailio, startDemo, startKamailio } from './lib/servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const launch = JSON.parse(readFileSync(path.join(root, 'scripts/chromium.json'), 'utf8'));
const SCHEMA = path.join(root, 'src/report/msrtc-reporterror.xsd');

// The inputs the Kamailio configuration sends, written out here rather than read back from
// the page, so that the adapters are checked too.
const DIAG_1003 = '1003;reason="User does not exist";source="fe01.contoso.com"';
const WARNING_399 = '399 lcs.microsoft.com "The user is busy"';
const DIAG_1034 =
  '1034;reason="Previous hop federated peer did not report diagnostic information";source="fe01.contoso.com"';
const DIAG_10003 =
  '10003;reason="Gateway returned a SIP failure code";source="med01.contoso.com";appName="MediationServer"';
const PUBLIC_10003 = '10003;reason="Gateway returned a SIP failure code"';
const DIAG_12006 =
  '12006;reason="Trying next hop";source="fe01.contoso.com";appName="OutboundRouting"';
const DIAG_1007 =
  '1007;reason="Temporarily cannot route";source="fe01.contoso.com";ErrorType="Connect Attempt Failure";Peer="gateway.contoso.com"';
const PUBLIC_3027 = '3027;reason="User not allowed in closed conference"';
const DIAG_13002 = '13002;reason="Transfer not allowed by policy";source="fe01.contoso.com"';
const DIAG_10006 = '10006;reason="Media connectivity lost";source="med01.contoso.com"';
const PUBLIC_4141 = '4141;reason="User disabled"';

// The display names the demo's contacts have (e2e/demo/contacts.ts): notices name the person.
const NAMES = {
  nobody: 'Noor Haddad',
  busy: 'Avery Chen',
  mediation: 'Front Desk (PSTN)',
  pstn: 'Lobby Phone',
  federated: 'Sam Rivera (Fabrikam)',
  bob: 'Bob Kelly',
  dave: 'Dave Okafor',
};

// What the run needs from Debian, checked before any test so that a missing piece is one
// clear line naming the fix rather than sixteen cancelled tests.
try {
  checkKamailio();
  if (!existsSync(launch.executablePath)) {
    throw new Error(
      `${launch.executablePath} is missing: run \`apt-get install -y chromium\` (as root).`,
    );
  }
  if (spawnSync('xmllint', ['--version']).error) {
    throw new Error('xmllint is missing: run `apt-get install -y libxml2-utils` (as root).');
  }
} catch (error) {
  console.error(`e2e cannot run: ${error.message}`);
  process.exit(1);
}

let kamailio;
let demo;
let browser;
let core;
let adapters;
let report;
let bobPage;
let davePage;

before(async () => {
  kamailio = await startKamailio();
  demo = await startDemo();
  core = await demo.server.ssrLoadModule(path.join(root, 'src/core/index.ts'));
  adapters = await demo.server.ssrLoadModule(path.join(root, 'src/adapters/index.ts'));
  report = await demo.server.ssrLoadModule(path.join(root, 'src/report/index.ts'));
  // The sentences the page should show, worded here as the page words them once loaded.
  await core.loadLanguage('en', [adapters.msOcerSip]);
  browser = await chromium.launch(launch);
  // Bob and Dave answer every call; one page each for both runs, so Kamailio knows one
  // contact for each.
  bobPage = await open('bob', '&autoanswer=1');
  davePage = await open('dave', '&autoanswer=1');
});

after(async () => {
  await bobPage?.close();
  await davePage?.close();
  await browser?.close();
  await demo?.server.close();
  await kamailio?.stop();
});

function validate(xml) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocer-e2e-'));
  const file = path.join(dir, 'report.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error('xmllint is missing: run `apt-get install -y libxml2-utils`.');
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

async function open(user, query = '') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${demo.url}?server=${encodeURIComponent(kamailio.wsUrl)}&user=${user}${query}`);
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByTestId('status').filter({ hasText: 'Registered' }).waitFor({ timeout: 15_000 });
  return Object.assign(page, { errors });
}

/** The sentence formatError gives for the input, as the demo words it (msOcerSip). */
const expected = (input, mode, action, userName) =>
  core.formatError(
    adapters.msOcerSip,
    input,
    { mode, action },
    { values: userName ? { userName } : undefined },
  ).summary;

/** A sign-out as the adapters read it: the codes and what they say. */
const signedOut = (method, event) => ({
  msDiagnosticsPublic: [PUBLIC_4141],
  signOut: { cause: 'account-disabled', code: 4141, event, reason: 'User disabled', method },
});

/**
 * Asks Kamailio for a sign-out at `path`. Once, under load, it answered "not registered" (404)
 * for a softphone that had just shown "Registered": a 404 is asked again for up to 3 s before
 * it counts, and anything but 200 then fails the test.
 */
async function askKamailio(path, user) {
  const url = `${kamailio.wsUrl.replace(/^ws:/, 'http:')}${path}`;
  let answer = await fetch(url);
  for (let tries = 0; answer.status === 404 && tries < 10; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    answer = await fetch(url);
  }
  assert.equal(answer.status, 200, `Kamailio did not sign ${user} out: ${answer.status}`);
}

/** Asks Kamailio to sign `user` out with the registration NOTIFY of [MS-SIPREGE] 4.1.3. */
const kick = (user, code) => askKamailio(`/signout/${user}/${code}`, user);

/** Asks Kamailio to end `user`'s registration with RFC 3680's reg event package, `event` ending its contact. */
const kickReg = (user, event) => askKamailio(`/signout-reg/${user}/${event}`, user);

async function shows(page, text, where) {
  const area =
    where === 'im'
      ? page.getByTestId('im-area')
      : page.getByRole('region', { name: 'Conversation notifications' });
  await area.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}

async function dial(page, user) {
  await page.getByTestId('target').fill(user);
  await page.getByRole('button', { name: 'Call', exact: true }).click();
}

/** Reports Kamailio logged for `user`, waiting until there are `count`. */
async function reportsOf(user, count) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const list = kamailio.reports().filter((r) => r.user === user);
    if (list.length >= count || Date.now() > deadline) return list;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const lib of ['jssip', 'sipjs']) {
  describe(`the softphone on ${lib === 'jssip' ? 'JsSIP' : 'SIP.js'}`, () => {
    const alice = `alice${lib}`;
    const bob = 'bob';
    let page;

    let controlsAtStart;

    before(async () => {
      page = await open(alice, `&lib=${lib}`);
      controlsAtStart = await page.getByTestId('call-controls').boundingBox();
    });

    after(async () => {
      await page?.close();
    });

    it('shows the 404 with ms-diagnostics 1003 of an unknown user', async () => {
      await dial(page, 'nobody');
      await shows(
        page,
        expected({ msDiagnostics: [DIAG_1003], sipStatus: 404 }, 'Voice', 'call', NAMES.nobody),
      );
    });

    it('shows the 486 with Warning 399 of a busy user', async () => {
      await dial(page, 'busy');
      await shows(
        page,
        expected({ sipWarning: [WARNING_399], sipStatus: 486 }, 'Voice', 'call', NAMES.busy),
      );
    });

    it('shows the Mediation Server 404 from every diagnostics header', async () => {
      await dial(page, 'mediation');
      const input = {
        msDiagnostics: [DIAG_1034, DIAG_10003],
        msDiagnosticsPublic: [PUBLIC_10003],
        sipStatus: 404,
      };
      await shows(page, expected(input, 'Voice', 'call', NAMES.mediation));
    });

    it('shows the 504 that follows a 101 Progress Report', async () => {
      await dial(page, 'pstn');
      await shows(
        page,
        expected({ msDiagnostics: [DIAG_1007], sipStatus: 504 }, 'Voice', 'call', NAMES.pstn),
      );
    });

    it('keeps the call controls in place while notices stack above the call view', async () => {
      const now = await page.getByTestId('call-controls').boundingBox();
      assert.deepEqual(now, controlsAtStart);
      const shown = await page
        .getByRole('region', { name: 'Conversation notifications' })
        .locator('[data-notice-id]')
        .count();
      assert.ok(shown >= 2, `${shown} notices on screen`);
    });

    it('says what is wrong with an empty or malformed address, and sends nothing', async () => {
      const before = await page.evaluate(() => window.demo.failures.length);
      for (const [typed, says] of [
        ['', 'Enter a name, address or number to call.'],
        ['sip:@contoso.com', 'is not an address'],
        ['bob@@contoso', 'is not an address'],
      ]) {
        await page.getByTestId('target').fill(typed);
        await page.getByRole('button', { name: 'Call', exact: true }).click();
        await page
          .getByTestId('target-problem')
          .filter({ hasText: says })
          .waitFor({ timeout: 5_000 });
        assert.equal(await page.getByTestId('target').getAttribute('aria-invalid'), 'true');
      }
      await page.getByTestId('target').fill('bob');
      assert.equal(await page.getByTestId('target-problem').textContent(), '');
      assert.equal(await page.evaluate(() => window.demo.failures.length), before);
      assert.deepEqual(page.errors, []);
    });

    it('shows the 480 with ms-diagnostics-public of an IM in the IM area', async () => {
      await page.getByTestId('target').fill('federated');
      await page.getByTestId('im-text').fill('Are you there?');
      await page.getByRole('button', { name: 'Send IM', exact: true }).click();
      await shows(
        page,
        expected(
          { msDiagnosticsPublic: [PUBLIC_3027], sipStatus: 480 },
          'IM',
          'send',
          NAMES.federated,
        ),
        'im',
      );
    });

    it('shows a refused transfer, then the BYE with ms-diagnostics', async () => {
      await dial(page, bob);
      await page
        .getByTestId('call-state')
        .filter({ hasText: 'In call' })
        .waitFor({ timeout: 30_000 });
      await page.getByTestId('target').fill('carol');
      await page.getByRole('button', { name: 'Transfer', exact: true }).click();
      await shows(
        page,
        expected({ msDiagnostics: [DIAG_13002], sipStatus: 403 }, 'Voice', 'transfer', 'carol'),
      );
      await bobPage.getByRole('button', { name: 'Hang up', exact: true }).click();
      await shows(page, expected({ msDiagnostics: [DIAG_10006] }, 'Voice', 'call', NAMES.bob));
    });

    it('sent a schema-valid error report with the right codes for each failed request', async () => {
      const reports = await reportsOf(alice, 6);
      const read = reports.map((r) => {
        assert.equal(r.contentType, 'application/msrtc-reporterror+xml');
        const check = validate(r.xml);
        assert.ok(check.valid, check.output);
        return report.parseErrorReport(r.xml);
      });
      const byCode = (method, code) =>
        read.filter((r) => r.ok && r.requestType === method && r.responseCode === code);
      const [unknown, mediation] = byCode('INVITE', 404).sort(
        (a, b) => String(a.diagHeader).length - String(b.diagHeader).length,
      );
      assert.equal(unknown?.diagHeader, DIAG_1003);
      assert.deepEqual(mediation?.diagHeader, [DIAG_1034, DIAG_10003]);
      assert.equal(byCode('INVITE', 486).length, 1);
      const [timeout] = byCode('INVITE', 504);
      assert.equal(timeout?.diagHeader, DIAG_1007);
      assert.deepEqual(timeout?.progressReports, [DIAG_12006]);
      assert.match(timeout?.contentType ?? '', /^application\/sdp/);
      assert.equal(byCode('MESSAGE', 480).length, 1);
      assert.equal(byCode('REFER', 403)[0]?.diagHeader, DIAG_13002);
      for (const one of read) {
        assert.ok(one.ok);
        assert.match(one.callId, /\S/);
        assert.equal(one.fromUri, `sip:${alice}@contoso.com`);
      }
      assert.deepEqual(page.errors, []);
    });

    it('stops reporting for the login session after a 503 with ms-diagnostics 2019', async () => {
      const carol = `carol${lib}`;
      const carolPage = await open(carol, `&lib=${lib}`);
      try {
        await dial(carolPage, 'nobody');
        await carolPage.waitForFunction(() => window.demo.policy === 'disabled-for-session', null, {
          timeout: 15_000,
        });
        await dial(carolPage, 'busy');
        await shows(
          carolPage,
          expected({ sipWarning: [WARNING_399], sipStatus: 486 }, 'Voice', 'call', NAMES.busy),
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        const reports = kamailio.reports().filter((r) => r.user === carol);
        assert.equal(reports.length, 1, `${carol} sent ${reports.length} reports`);
        assert.ok(validate(reports[0].xml).valid);
        // Kamailio's answer shows the reporting state on the page.
        const outcomes = await carolPage.evaluate(() => window.demo.reports.map((r) => r.outcome));
        assert.deepEqual(outcomes, ['disable', 'skipped']);
      } finally {
        await carolPage.close();
      }
    });

    it('shows the sign-out of a registration NOTIFY that Kamailio sends', async () => {
      const erin = `erin${lib}`;
      const erinPage = await open(erin, `&lib=${lib}`);
      try {
        await kick(erin, 4141);
        await shows(erinPage, expected(signedOut('NOTIFY', 'rejected'), 'Other'));
        await erinPage.getByTestId('status').filter({ hasText: 'Signed out' }).waitFor();
        const [failure] = await erinPage.evaluate(() =>
          window.demo.failures.filter((f) => f.signOut),
        );
        assert.equal(failure.context.mode, 'Other');
        assert.deepEqual(erinPage.errors, []);
      } finally {
        await erinPage.close();
      }
    });

    it('shows the sign-out of an RFC 3680 reg NOTIFY that Kamailio sends', async () => {
      const gwen = `gwen${lib}`;
      const gwenPage = await open(gwen, `&lib=${lib}`);
      try {
        await kickReg(gwen, 'rejected');
        const signOut = {
          cause: 'account-disabled',
          code: undefined,
          event: 'rejected',
          reason: undefined,
          method: 'NOTIFY',
        };
        await shows(gwenPage, expected({ signOut }, 'Other'));
        await gwenPage.getByTestId('status').filter({ hasText: 'Signed out' }).waitFor();
        const [failure] = await gwenPage.evaluate(() =>
          window.demo.failures.filter((f) => f.signOut),
        );
        assert.equal(failure.signOut.cause, 'account-disabled');
        assert.equal(failure.signOut.event, 'rejected');
        assert.equal(failure.signOut.method, 'NOTIFY');
        assert.deepEqual(gwenPage.errors, []);
      } finally {
        await gwenPage.close();
      }
    });

    it('shows the sign-out of a BYE with ms-diagnostics-public 4141, once', async () => {
      const fay = `fay${lib}`;
      const fayPage = await open(fay, `&lib=${lib}`);
      try {
        await dial(fayPage, 'dave');
        await fayPage.getByTestId('call-state').filter({ hasText: 'In call' }).waitFor({
          timeout: 30_000,
        });
        await davePage.getByRole('button', { name: 'Hang up', exact: true }).click();
        await shows(fayPage, expected(signedOut('BYE', undefined), 'Other'));
        await fayPage.getByTestId('status').filter({ hasText: 'Signed out' }).waitFor();
        const signOuts = await fayPage.evaluate(
          () => window.demo.failures.filter((f) => f.signOut).length,
        );
        assert.equal(signOuts, 1);
        assert.deepEqual(fayPage.errors, []);
      } finally {
        await fayPage.close();
      }
    });
  });
}
