import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../locales/de/uc-error-kit-ms-ocer.json' with { type: 'json' };
import en from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { main } from '../../src/cli/explain';
import {
  eas,
  LANGUAGES,
  MODES,
  ModeActions,
  msnp,
  msOcer,
  resolveError,
  smtp,
} from '../../src/core/index';
import { ensureBuilt } from './built';

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

  it('words the output in English with --lng en, as with no --lng', async () => {
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
    [
      ['explain', '--sip', '486', '--mode', 'Fax'],
      'Unknown mode "Fax"; expected one of IM, Voice, Conference, Sharing, Other.',
    ],
    [['explain', '--sip', '486', '--bogus'], "Unknown option '--bogus'"],
    [['explain', '--sip'], "Option '--sip <value>' argument missing"],
    [['explain', '--sip', '486', '--action', 'call'], '--action needs --mode'],
    [
      ['explain', '--sip', '486', '--mode', 'Voice', '--action', 'join'],
      '"join" is not an action of mode Voice; expected one of call, transfer, add-video, park.',
    ],
    [
      ['explain', '--sip', '486', '--mode', 'Other', '--action', 'call'],
      '"call" is not an action of mode Other; Other has none.',
    ],
    [['explain', '--sip', '486', '--sip', '480'], 'give one --sip code, not 2'],
    [
      ['explain', '--sip', '486', '--lng', 'xx'],
      `unknown language "xx"; available languages: ${LANGUAGES.join(', ')}`,
    ],
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
  beforeAll(ensureBuilt, 240_000);

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
    expect(r.stderr).toContain(`available languages: ${LANGUAGES.join(', ')}`);
    const german = cli(
      'explain',
      '--sip',
      '486',
      '--mode',
      'Voice',
      '--user',
      'Avery',
      '--lng',
      'de',
    );
    expect(german.stderr).toBe('');
    expect(german.status).toBe(0);
    expect(german.stdout).toContain(
      `  summary    ${de.userInAnotherCall.replace('{{userName}}', 'Avery')}\n`,
    );
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

/** C0 but the line feed, DEL, C1, the line separators and the bidi controls, raw. */
const RAW_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** What survives JSON escaping of control characters: DEL, C1, separators and bidi, raw. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('uc-error-kit explain, with hostile header text', () => {
  const title = '\u001b]0;pwned\u0007';
  const clear = '\u001b[2J';
  // An OSC 8 link: BEL-terminated, and ST-terminated with ST's backslash as a quoted-pair.
  const link = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u001b\\\\';
  const header =
    `ms-diagnostics: 1008;reason="${title} ${clear}\u0008\u007f"` +
    `;source="${link}\u0085";x="\u009b31m\u202eevil"`;

  it('shows every control character of the header visibly, and none raw', async () => {
    const r = await run('explain', header, '--mode', 'Voice');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain('reason: \u241b]0;pwned\u2407 \u241b[2J\u2408\u2421\n');
    expect(r.stdout).toContain(
      'source: \u241b]8;;https://evil.example\u2407click\u241b]8;;\u241b\\<U+0085>\n',
    );
    expect(r.stdout).toContain('x: <U+009B>31m<U+202E>evil\n');
  });

  it('keeps the text of an unhandled ErrorId reason inert too', async () => {
    const r = await run(
      'explain',
      `ms-diagnostics: 99999;reason="${title}\u202e${clear}\u0085"`,
      '--mode',
      'IM',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain('  reason     \u241b]0;pwned\u2407<U+202E>\u241b[2J<U+0085>\n');
  });

  it('keeps a hostile --user out of the terminal controls', async () => {
    const r = await run(
      'explain',
      '--sip',
      '486',
      '--mode',
      'Voice',
      '--user',
      `${clear}\u202eAvery\u0085`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain(' [2JAvery  is in another call.\n');
  });

  it('prints JSON that parses, holds the header text exactly, and has no raw DEL, C1 or bidi', async () => {
    const r = await run('explain', header, '--mode', 'Voice', '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).not.toMatch(RAW_IN_JSON);
    const out = JSON.parse(r.stdout);
    expect(out.header.reason).toBe(`${title} ${clear}\u0008\u007f`);
    expect(out.header.source).toBe(`${link.replace('\\\\', '\\')}\u0085`);
    expect(out.header.params).toEqual({ x: '\u009b31m\u202eevil' });
  });

  it('keeps the lines of another family inert too, in text and JSON', async () => {
    const line = `217 12${clear}\u0085\u202e`;
    const text = await run('explain', '--family', 'msnp', line);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW_CONTROLS);
    expect(text.stdout).toContain('\u241b[2J<U+0085><U+202E>');
    const json = await run('explain', '--family', 'msnp', line, '--json');
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(RAW_IN_JSON);
    expect(JSON.parse(json.stdout).family).toBe('msnp');
  });

  it('echoes a malformed code on stderr with no raw control character', async () => {
    for (const argv of [
      ['--ms-diagnostics', `1008;reason="${title}\u007f\u0085\u202e`],
      ['--sip', `486${clear}\u009b\u202e\u007f`],
      [`SIP/2.0 99 ${title}\u202e`],
    ]) {
      const r = await run('explain', ...argv, '--mode', 'Voice');
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr, JSON.stringify(r.stderr)).not.toMatch(RAW_CONTROLS);
    }
  });
});

describe('uc-error-kit explain --lng', () => {
  const folders = readdirSync('locales', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en')
    .map((d) => d.name);

  /** The folder's sentence for SIP 486 in Voice, or undefined when it has none yet. */
  function translated(folder: string): string | undefined {
    if (!Object.hasOwn(msOcer.locales, folder)) return undefined;
    let words: Record<string, unknown>;
    try {
      words = JSON.parse(readFileSync(`locales/${folder}/${msOcer.namespace}.json`, 'utf8'));
    } catch {
      return undefined;
    }
    const sentence = words.userInAnotherCall;
    return typeof sentence === 'string' && sentence !== en.userInAnotherCall ? sentence : undefined;
  }

  it('finds the language folders to check', () => {
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(LANGUAGES as readonly string[]).toContain(folder);
  });

  it('prints German words, in text', async () => {
    const r = await run(
      'explain',
      '--sip',
      '486',
      '--mode',
      'Voice',
      '--user',
      'Avery',
      '--lng',
      'de',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  summary    ${de.userInAnotherCall.replace('{{userName}}', 'Avery')}\n`,
    );
  });

  it('takes a regional or POSIX tag for a language it has', async () => {
    for (const lng of ['de-AT', 'de_CH', 'DE']) {
      const out = await json(
        'explain',
        '--sip',
        '486',
        '--mode',
        'Voice',
        '--user',
        'Avery',
        '--lng',
        lng,
      );
      expect(out.catalogs.lync2010.summaryKey).toBe('userInAnotherCall');
      expect(out.catalogs.lync2010.summary).toBe(
        de.userInAnotherCall.replace('{{userName}}', 'Avery'),
      );
    }
  });

  it.for(folders)('prints the words of %s', async (folder, { skip }) => {
    const sentence = translated(folder);
    // A folder whose words are not written (or not registered by scripts/locales.mjs) yet.
    if (sentence === undefined) return skip();
    const out = await json(
      'explain',
      '--sip',
      '486',
      '--mode',
      'Voice',
      '--user',
      'Avery',
      '--lng',
      folder,
    );
    expect(out.catalogs.lync2010.summary).toBe(sentence.replace('{{userName}}', 'Avery'));
  });
});

describe('uc-error-kit explain --family', () => {
  const cases = [
    ['msnp', msnp, '217 12', {}],
    ['eas', eas, '142', {}],
    [
      'smtp',
      smtp,
      '550 5.1.1 The email account that you tried to reach does not exist.',
      { provider: 'gmail' },
    ],
  ] as const;

  it.each(cases)('explains a %s code and exits 0', async (id, family, line, context) => {
    const contextArgs = Object.entries(context).flatMap(([k, v]) => ['--context', `${k}=${v}`]);
    const r = await run('explain', '--family', id, line, ...contextArgs);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const resolution = resolveError(family, family.parseText(line), context as never);
    expect(resolution.handled).toBe(true);
    const summary = (family.english as Record<string, string>)[resolution.summaryKey];
    expect(summary).toBeTruthy();
    expect(r.stdout).toContain(`Family     ${id}: ${family.title}\n`);
    expect(r.stdout).toContain(`summary    ${summary}\n`);
    const out = await json('explain', '--family', id, line, ...contextArgs);
    expect(out).toMatchObject({ family: id, handled: true, summary, context });
  });

  it('refuses an unknown family with a usage error, exit 2', async () => {
    const r = await run('explain', '--family', 'nope', '1');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'uc-error-kit: unknown family "nope"; use one of ms-ocer, msnp, eas, smtp',
    );
  });

  it('refuses --context without --family, and [MS-OCER] options with another family', async () => {
    expect((await run('explain', '--sip', '486', '--context', 'a=b')).code).toBe(2);
    expect((await run('explain', '--family', 'eas', '142', '--sip', '486')).code).toBe(2);
    expect((await run('explain', '--family', 'eas', '142', '--mode', 'Voice')).code).toBe(2);
    expect((await run('explain', '--family', 'smtp', '550', '--context', 'provider')).code).toBe(2);
  });

  it('reads --family ms-ocer as the default family', async () => {
    const a = await json('explain', '--family', 'ms-ocer', '--sip', '486', '--mode', 'Voice');
    const b = await json('explain', '--sip', '486', '--mode', 'Voice');
    expect(a).toEqual(b);
  });
});
