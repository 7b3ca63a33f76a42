import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/explain';
import { MODES, ModeActions } from '../../src/core/index';

/** Runs `main` in-process and keeps what it wrote. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

async function json(...argv: string[]) {
  const r = await run(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const STACK = /\n\s+at /;
const DNS_HEADER =
  'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"';

describe('uc-error-kit explain, in-process', () => {
  it('prints the usage with every mode and its actions for --help, and exits 0', async () => {
    for (const argv of [['--help'], ['explain', '--help'], ['explain', '-h', '--sip', 'x']]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: uc-error-kit explain \[options\] \[header \.\.\.\]/);
      for (const mode of MODES) {
        expect(r.stdout).toMatch(new RegExp(`\\n  ${mode} +${ModeActions[mode].join(', ')}`));
      }
    }
  });

  it('shows what the user reads in both catalogs, with the header and the server reason', async () => {
    const r = await run('explain', DNS_HEADER, '--mode', 'Voice', '--user', 'Avery');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Received   ms-diagnostics 1008\n');
    expect(r.stdout).toContain(
      'Header     ms-diagnostics ErrorId 1008\n' +
        '           reason: Unable to resolve DNS SRV record\n' +
        '           source: sip.contoso.com\n',
    );
    expect(r.stdout).toContain(
      'Server     Unable to resolve DNS SRV record. (SipStack 1000-1999; Lync Server 2010 and later, [MS-OCER] Appendix B)\n',
    );
    // Appendix C gives 1008 the same reason, so it is not repeated.
    expect(r.stdout).not.toContain('Appendix C');
    expect(r.stdout).toContain('lync2010   Lync 2010 and later clients ([MS-OCER] Appendix D)');
    expect(r.stdout).toContain(
      'ocs2007    Office Communicator 2007 / 2007 R2 clients ([MS-OCER] Appendix E)\n' +
        '  result     handled by ms-diagnostics 1008, action call\n' +
        '  summary    Cannot locate Avery.\n' +
        '  details    There may be an error in the address. Check the address and then try again.\n' +
        '  reason     Unable to resolve DNS SRV record.\n' +
        '  placement  notification-bar\n',
    );
  });

  it('prints the release-2007 server reason too when it differs', async () => {
    const r = await run('explain', '--ms-diagnostics', '3069', '--mode', 'Conference');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Server     Internal Error: ConfUpdateParticipant sproc failed. (Conferencing 3000-3999; Lync Server 2010 and later, [MS-OCER] Appendix B)\n' +
        '           Internal Error: ConfUpdateParticipantExpiration sproc failed. (Conferencing 3000-3999; OCS 2007 / 2007 R2, [MS-OCER] Appendix C)\n',
    );
  });

  it('prints one JSON object with --json', async () => {
    const out = await json('explain', DNS_HEADER, '--mode', 'Voice', '--action', 'transfer');
    expect(out.received).toEqual([{ category: 'ms-diagnostics', code: 1008 }]);
    expect(out.header).toEqual({
      header: 'ms-diagnostics',
      errorId: 1008,
      reason: 'Unable to resolve DNS SRV record',
      source: 'sip.contoso.com',
      params: {},
    });
    expect(out.serverReason.lync2010).toMatchObject({ component: 'SipStack', range: [1000, 1999] });
    expect(out.serverReason.ocs2007.reason).toBe('Unable to resolve DNS SRV record.');
    expect(out).toMatchObject({ mode: 'Voice', action: 'transfer', lng: 'en' });
    expect(out.catalogs.lync2010).toMatchObject({
      handled: true,
      category: 'ms-diagnostics',
      code: 1008,
      action: 'transfer',
      placement: 'notification-bar',
      summary: 'Cannot complete the transfer.',
    });
    // Appendix E has no Voice transfer row for 1008: its call row is the one that applies.
    expect(out.catalogs.ocs2007).toMatchObject({ handled: true, action: 'call', errorId: 1008 });
    expect(out.modesWithRows).toBeUndefined();
  });

  it.each([
    [
      'ms-diagnostics-public: 4004;reason="Credentials provided are not authorized"',
      'ms-diagnostics',
      4004,
    ],
    ['Warning: 370 sip.contoso.com "Insufficient bandwidth"', 'sip-warning', 370],
    ['SIP/2.0 486 Busy Here', 'sip', 486],
    ['0x80072745', 'windows', 10053],
  ])('reads the kind of a bare header line: %s', async (line, category, code) => {
    const out = await json('explain', line, '--mode', 'Voice');
    expect(out.received).toEqual([{ category, code }]);
  });

  it('takes several header lines at once, in the spec priority order', async () => {
    const out = await json(
      'explain',
      '0x80072745',
      'SIP/2.0 486 Busy Here',
      'ms-diagnostics: 1000;reason="Final handshake failed"',
      '--mode',
      'Voice',
    );
    expect(out.received.map((r: { category: string }) => r.category)).toEqual([
      'ms-diagnostics',
      'sip',
      'windows',
    ]);
    // 1000 is never handled, so the SIP status behind it wins.
    expect(out.catalogs.lync2010).toMatchObject({ handled: true, category: 'sip', code: 486 });
  });

  it('joins repeated --warning values into one header, as RFC 3261 does', async () => {
    const out = await json(
      'explain',
      '--warning',
      '399 a "x"',
      '--warning',
      '370',
      '--mode',
      'Voice',
    );
    expect(out.received).toEqual([
      { category: 'sip-warning', code: 399 },
      { category: 'sip-warning', code: 370 },
    ]);
  });

  it('says why a generic message applies and which error ID it quotes', async () => {
    const listed = await json('explain', '--ms-diagnostics', '1000', '--mode', 'Voice');
    expect(listed.catalogs.lync2010).toMatchObject({
      handled: false,
      errorId: 1000,
      genericBecause: 'ms-diagnostics 1000 is on the "not handled" list',
    });
    expect(listed.catalogs.ocs2007).toMatchObject({
      handled: false,
      summary: 'An error occurred.',
      details: null,
    });
    const r = await run('explain', '--sip', '499', '--mode', 'IM');
    expect(r.stdout).toContain(
      '  result     generic message: no row for these codes in IM; error ID 499\n',
    );
  });

  it('uses Other with no --mode and lists the modes that have rows for the codes', async () => {
    const r = await run('explain', '--sip', '486');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mode       Other (no --mode given)\n');
    expect(r.stdout).toContain(
      'Rows in    lync2010: Voice, Conference, Sharing\n' +
        '           ocs2007: IM, Voice, Conference\n' +
        '           pass --mode to see one\n',
    );
    const out = await json('explain', '--sip', '486');
    expect(out.modesWithRows).toEqual({
      lync2010: ['Voice', 'Conference', 'Sharing'],
      ocs2007: ['IM', 'Voice', 'Conference'],
    });
  });

  it('accepts a mode in any letter case', async () => {
    const out = await json('explain', '--sip', '486', '--mode', 'voice');
    expect(out.mode).toBe('Voice');
  });

  it('fills [user name] with --user as plain text', async () => {
    const out = await json('explain', '--sip', '486', '--mode', 'Voice', '--user', 'A\nB');
    expect(out.catalogs.ocs2007.summary).toBe('A B is busy.');
  });

  it('words the output through i18next with --lng', async () => {
    const out = await json('explain', '--sip', '486', '--mode', 'Voice', '--lng', 'en');
    const plain = await json('explain', '--sip', '486', '--mode', 'Voice');
    expect(out.catalogs).toEqual(plain.catalogs);
    expect(out.lng).toBe('en');
  });

  it.each([
    [[], 'missing command'],
    [['explain'], 'no code given'],
    [['frob', '--sip', '486'], 'unknown command "frob"'],
    [['explain', '486'], 'cannot tell what "486" is'],
    [['explain', '--sip', '486', '--mode', 'Fax'], 'unknown mode "Fax": use IM, Voice'],
    [['explain', '--sip', '486', '--bogus'], "Unknown option '--bogus'"],
    [['explain', '--sip'], "Option '--sip <value>' argument missing"],
    [['explain', '--sip', '486', '--action', 'call'], '--action needs --mode'],
    [
      ['explain', '--sip', '486', '--mode', 'Voice', '--action', 'join'],
      '"join" is not a Voice action: use call, transfer, add-video, park',
    ],
    [['explain', '--sip', '486', '--mode', 'Other', '--action', 'call'], 'Other has no actions'],
    [['explain', '--sip', '486', '--sip', '480'], 'give one --sip code, not 2'],
    [['explain', '--sip', '486', '--lng', 'fr'], 'unknown language "fr"; available languages: en'],
    [['explain', '--sip', '486', '--lng', '../../package'], 'unknown language "../../package"'],
    [['explain', '--sip', '486', '--lng', '__proto__'], 'unknown language "__proto__"'],
  ])('refuses %j with a usage error, exit 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`uc-error-kit: ${message}`);
    expect(r.stderr).toContain("Run 'uc-error-kit explain --help' for usage.");
    expect(r.stderr).not.toMatch(STACK);
  });

  it.each([
    [
      ['--ms-diagnostics', 'abc'],
      '--ms-diagnostics "abc": expected the ErrorId digits at column 1',
    ],
    [['ms-diagnostics: 1008;reason="Unable'], 'is never closed'],
    [['--ms-diagnostics', 'ms-diagnostics-public: 4004'], 'give it as --ms-diagnostics-public'],
    [['--sip', '999'], '--sip "999": not a SIP status code (100-699)'],
    [['SIP/2.0 99 Odd'], 'not a SIP status code'],
    [['--warning', 'Foo: 1'], '--warning "Foo: 1"'],
    [['--windows', '0x80004005'], 'is not a Win32 error'],
    [['--windows', 'zz'], 'is not a decimal or hex Windows error code'],
  ])('refuses the malformed code %j, exit 1', async (argv, message) => {
    const r = await run('explain', ...argv, '--mode', 'Voice');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('uc-error-kit explain, as a process', () => {
  // `npm test` builds first; a bare `vitest run` in a fresh checkout builds here, once.
  beforeAll(() => {
    if (!existsSync('dist/cli.js')) spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  }, 120_000);

  const cli = (...argv: string[]) =>
    spawnSync(process.execPath, ['bin/uc-error-kit.js', ...argv], { encoding: 'utf8' });

  it('explains a SIP status in both catalogs and exits 0', () => {
    const r = cli(
      'explain',
      '--sip',
      'SIP/2.0 486 Busy Here',
      '--mode',
      'Voice',
      '--user',
      'Avery',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  summary    Avery is in another call.\n');
    expect(r.stdout).toContain(
      '  summary    Avery is busy.\n  details    Avery is in another call.\n',
    );
  });

  it('prints JSON that parses, with --json', () => {
    const r = cli('explain', DNS_HEADER, '--mode', 'IM', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.catalogs.ocs2007).toMatchObject({ handled: true, placement: 'im-area' });
    expect(out.serverReason.lync2010.reason).toBe('Unable to resolve DNS SRV record.');
  });

  it('loads a language from the package locales with --lng, and lists them when unknown', () => {
    expect(cli('explain', '--sip', '486', '--mode', 'Voice', '--lng', 'en').status).toBe(0);
    const r = cli('explain', '--sip', '486', '--lng', 'xx');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('available languages: en');
  });

  it('exits 2 on a usage error and 1 on a malformed code, with a message and no stack', () => {
    const usage = cli('explain', '--mode', 'Voice');
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^uc-error-kit: no code given/);
    const bad = cli('explain', '--ms-diagnostics', 'oops');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^uc-error-kit: --ms-diagnostics "oops"/);
    for (const r of [usage, bad]) expect(r.stderr).not.toMatch(STACK);
  });

  it('prints the usage for --help and exits 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: uc-error-kit explain/);
  });
});
