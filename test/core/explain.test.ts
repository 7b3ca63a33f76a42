import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../locales/de/uc-error-kit-ms-ocer.json' with { type: 'json' };
import en from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { type ExplainIo, type ExplainOptions, main } from '../../src/cli/explain';
import { FAMILIES } from '../../src/cli/families';
import { MODES, ModeActions, msOcer } from '../../src/core/families/ms-ocer/index';
import type { AnyFamily, Explainer } from '../../src/core/family';
import { LANGUAGES } from '../../src/core/index';
import { ensureBuilt } from './built';
import { toy, toyGerman } from './toy-family';

/** Runs `main` in-process and keeps what it wrote; `stdin` is what `-` reads. */
async function runWith(
  options: ExplainOptions & { stdin?: string | undefined },
  ...argv: string[]
) {
  let stdout = '';
  let stderr = '';
  const io: ExplainIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  };
  const input = options.stdin;
  if (input !== undefined) io.stdin = () => Promise.resolve(input);
  const code = await main(argv, io, { families: options.families });
  return { code, stdout, stderr };
}

const run = (...argv: string[]) => runWith({}, ...argv);

async function json(...argv: string[]) {
  const r = await run(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** A run of the JSON output. */
interface JsonRun {
  context: Record<string, unknown>;
  handled: boolean;
  summary: string;
  facts: { key: string; label: string; value: string }[];
  [field: string]: unknown;
}

/** The runs of a JSON answer by their catalog. */
function byCatalog(out: { runs: JsonRun[] }): Record<'lync2010' | 'ocs2007', JsonRun> {
  const find = (catalog: string) => {
    const found = out.runs.find((run) => run.context.catalog === catalog);
    if (found === undefined) throw new Error(`no ${catalog} run`);
    return found;
  };
  return { lync2010: find('lync2010'), ocs2007: find('ocs2007') };
}

/** A fact of a JSON run by its label key. */
function fact(run: Pick<JsonRun, 'facts'>, key: string) {
  return run.facts.find((f) => f.key === key)?.value;
}

const STACK = /\n\s+at /;
const DNS_HEADER =
  'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"';

describe('uc-error-kit explain, [MS-OCER] in-process', () => {
  it('prints the usage, the families from the one list and every mode with its actions for --help', async () => {
    for (const argv of [['--help'], ['explain', '--help'], ['explain', '-h', '--sip', 'x']]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: uc-error-kit explain \[options\] \[line \.\.\.\]/);
      for (const family of FAMILIES) expect(r.stdout).toContain(`${family.id}  `);
      for (const family of FAMILIES) expect(r.stdout).toContain(family.title);
      for (const mode of MODES) {
        expect(r.stdout).toMatch(
          new RegExp(`\\n  ${mode} +${ModeActions[mode].join(', ') || '\\(no actions\\)'}`),
        );
      }
      for (const option of ['--ms-diagnostics <header|id>', '--sip <status>', '--mode <mode>'])
        expect(r.stdout).toContain(option);
    }
  });

  it('shows what the user reads in both catalogs, with the parsed header and the server reason', async () => {
    const r = await run('explain', DNS_HEADER, '--mode', 'Voice', '--user', 'Avery');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Family {5}ms-ocer: \[MS-OCER\] client error codes/);
    expect(r.stdout).toContain('Context    mode=Voice\n');
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
    expect(r.stdout).toContain(
      '\nlync2010, Voice: Lync 2010 and later clients ([MS-OCER] Appendix D)\n',
    );
    expect(r.stdout).toContain(
      '\nocs2007, Voice: Office Communicator 2007 / 2007 R2 clients ([MS-OCER] Appendix E)\n' +
        '  result            handled; code 1008\n' +
        '  summary           Cannot locate Avery.\n' +
        '  details           There may be an error in the address. Check the address and then try again.\n' +
        '  intent            error\n' +
        '  placement         notification-bar\n' +
        '  Error ID          1008\n' +
        '  Code              ms-diagnostics 1008\n' +
        "  Server's reason   Unable to resolve DNS SRV record\n" +
        '  Source            sip.contoso.com\n' +
        '  Server component  SipStack\n',
    );
  });

  it("labels the catalog's reason and the server's reason apart", async () => {
    // The server sent its own words: both show, each under its label.
    const own = await json(
      'explain',
      'ms-diagnostics: 1008;reason="DNS is down today"',
      '--mode',
      'Voice',
    );
    const lync = byCatalog(own).lync2010;
    expect(fact(lync, 'fact.reason')).toBe('DNS is down today');
    expect(fact(lync, 'fact.catalogReason')).toBe('Unable to resolve DNS SRV record.');
    const text = await run(
      'explain',
      'ms-diagnostics: 1008;reason="DNS is down today"',
      '--mode',
      'Voice',
    );
    expect(text.stdout).toContain("  Server's reason          DNS is down today\n");
    expect(text.stdout).toContain("  Client catalog's reason  Unable to resolve DNS SRV record.\n");
    // An ErrorId no row handles: the server's reason only, never called the catalog's.
    const unhandled = byCatalog(
      await json('explain', 'ms-diagnostics: 99999;reason="Odd failure"', '--mode', 'IM'),
    ).lync2010;
    expect(unhandled.handled).toBe(false);
    expect(fact(unhandled, 'fact.reason')).toBe('Odd failure');
    expect(fact(unhandled, 'fact.catalogReason')).toBeUndefined();
  });

  it('prints the release-2007 server reason too when it differs', async () => {
    const r = await run('explain', '--ms-diagnostics', '3069', '--mode', 'Conference');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Server     Internal Error: ConfUpdateParticipant sproc failed. (Conferencing 3000-3999; Lync Server 2010 and later, [MS-OCER] Appendix B)\n' +
        '           Internal Error: ConfUpdateParticipantExpiration sproc failed. (Conferencing 3000-3999; OCS 2007 / 2007 R2, [MS-OCER] Appendix C)\n',
    );
  });

  it('prints one JSON object with --json: the sections and a run per catalog', async () => {
    const out = await json('explain', DNS_HEADER, '--mode', 'Voice', '--action', 'transfer');
    expect(out).toMatchObject({
      family: 'ms-ocer',
      lng: 'en',
      context: { mode: 'Voice', action: 'transfer' },
    });
    expect(out.sections).toEqual([
      {
        label: 'Header',
        lines: [
          'ms-diagnostics ErrorId 1008',
          'reason: Unable to resolve DNS SRV record',
          'source: sip.contoso.com',
        ],
      },
      {
        label: 'Server',
        lines: [
          'Unable to resolve DNS SRV record. (SipStack 1000-1999; Lync Server 2010 and later, [MS-OCER] Appendix B)',
        ],
      },
    ]);
    expect(out.runs.map((r: { context: unknown }) => r.context)).toEqual([
      { mode: 'Voice', action: 'transfer', catalog: 'lync2010' },
      { mode: 'Voice', action: 'transfer', catalog: 'ocs2007' },
    ]);
    const { lync2010, ocs2007 } = byCatalog(out);
    expect(lync2010).toMatchObject({
      handled: true,
      unhandledReason: null,
      code: 1008,
      intent: 'error',
      show: true,
      placement: 'notification-bar',
      summary: 'Cannot complete the transfer.',
      input: { msDiagnostics: DNS_HEADER },
    });
    expect(lync2010.facts[0]).toEqual({ key: 'fact.errorId', label: 'Error ID', value: '1008' });
    // Appendix E has no Voice transfer row for 1008: its call row is the one that applies.
    expect(ocs2007).toMatchObject({ handled: true, summaryKey: 'cannotLocateUser' });
  });

  it.each([
    [
      'ms-diagnostics-public: 4004;reason="Credentials provided are not authorized"',
      'ms-diagnostics 4004',
    ],
    ['Warning: 370 sip.contoso.com "Insufficient bandwidth"', 'SIP Warning 370'],
    ['SIP/2.0 486 Busy Here', 'SIP 486'],
    ['0x80072745', 'Windows 10053'],
  ])('reads the kind of a bare header line: %s', async (line, code) => {
    const out = await json('explain', line, '--mode', 'Voice');
    expect(fact(out.runs[0], 'fact.code')).toBe(code);
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
    const lync = byCatalog(out).lync2010;
    expect(fact(lync, 'fact.code')).toBe('ms-diagnostics 1000, SIP 486, Windows 10053');
    // 1000 is never handled, so the SIP status behind it wins.
    expect(lync).toMatchObject({ handled: true, code: 486 });
  });

  it('keeps repeated --warning values as one list, as RFC 3261 does', async () => {
    const out = await json(
      'explain',
      '--warning',
      '399 a "x"',
      '--warning',
      '370',
      '--mode',
      'Voice',
    );
    expect(fact(out.runs[0], 'fact.code')).toBe('SIP Warning 399, SIP Warning 370');
  });

  it('says why a generic message applies and which code it quotes', async () => {
    const listed = byCatalog(await json('explain', '--ms-diagnostics', '1000', '--mode', 'Voice'));
    expect(listed.lync2010).toMatchObject({
      handled: false,
      unhandledReason: 'never-handled',
      code: 1000,
    });
    expect(listed.ocs2007).toMatchObject({
      handled: false,
      summary: 'An error occurred.',
      details: null,
    });
    const r = await run('explain', '--sip', '499', '--mode', 'IM');
    expect(r.stdout).toContain(
      '  result     generic message: no row for the code in this context; code 499\n',
    );
    const never = await run('explain', '--ms-diagnostics', '1000', '--mode', 'Voice');
    expect(never.stdout).toContain(
      '  result            generic message: the code is on the list of codes that always get the generic message; code 1000\n',
    );
  });

  it('shows each mode that has rows for the codes when no --mode is given', async () => {
    const out = await json('explain', '--sip', '486');
    expect(out.runs.map((r: { title: string }) => r.title.split(':')[0])).toEqual([
      'lync2010, Voice',
      'lync2010, Conference',
      'lync2010, Sharing',
      'ocs2007, IM',
      'ocs2007, Voice',
      'ocs2007, Conference',
    ]);
    expect(out.runs.every((r: { handled: boolean }) => r.handled)).toBe(true);
    // A code no row of a catalog has: the generic message of Other, once per catalog.
    const none = await json('explain', '--sip', '499');
    expect(none.runs.map((r: { context: unknown }) => r.context)).toEqual([
      { mode: 'Other', catalog: 'lync2010' },
      { mode: 'Other', catalog: 'ocs2007' },
    ]);
  });

  it('shows one catalog with --catalog, and takes a field as --context name=value', async () => {
    const out = await json('explain', '--sip', '486', '--catalog', 'ocs2007', '--mode', 'Voice');
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]).toMatchObject({ summaryKey: 'userBusy' });
    const same = await json(
      'explain',
      '--sip',
      '486',
      '--context',
      'catalog=ocs2007',
      '--context',
      'mode=Voice',
    );
    expect(same.runs).toEqual(out.runs);
  });

  it('accepts a mode in any letter case', async () => {
    const out = await json('explain', '--sip', '486', '--mode', 'voice');
    expect(out.context.mode).toBe('Voice');
  });

  it('fills [user name] with --user as plain text, and uses the no-name sentence without it', async () => {
    const named = byCatalog(
      await json('explain', '--sip', '486', '--mode', 'Voice', '--user', 'A\nB'),
    );
    expect(named.ocs2007.summary).toBe('A B is busy.');
    const nameless = byCatalog(await json('explain', '--sip', '486', '--mode', 'Voice'));
    expect(nameless.lync2010.summary).toBe(en.userInAnotherCall_noName);
  });

  it('words the output in English with --lng en, as with no --lng', async () => {
    const out = await json('explain', '--sip', '486', '--mode', 'Voice', '--lng', 'en');
    const plain = await json('explain', '--sip', '486', '--mode', 'Voice');
    expect(out).toEqual(plain);
    expect(out.lng).toBe('en');
  });

  it.each([
    [[], 'missing command'],
    [['explain'], 'no code given'],
    [['frob', '--sip', '486'], 'unknown command "frob"'],
    [['explain', '486'], 'cannot tell what "486" is'],
    [
      ['explain', '--sip', '486', '--mode', 'Fax'],
      '--mode "Fax": expected one of IM, Voice, Conference, Sharing, Other',
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
    [['explain', '--sip', '486', '--mode', 'Voice', '--mode', 'IM'], 'give one --mode, not 2'],
    [
      ['explain', '--sip', '486', '--mode', 'Voice', '--context', 'mode=IM'],
      'the context field mode is given twice',
    ],
    [['explain', '--sip', '486', '--context', 'mode'], '--context "mode": write it as name=value'],
    [
      ['explain', '--sip', '486', '--context', 'provider=gmail'],
      '--context "provider=gmail": the ms-ocer family\'s context fields are mode, action, catalog',
    ],
    [['explain', '--sip', '486', '--sip', '480'], 'give one --sip code, not 2'],
    [['explain', 'SIP/2.0 486 Busy Here', '--sip', '480'], 'give one --sip code, not 2'],
    [
      ['explain', '--sip', '486', '--lng', 'xx'],
      `unknown language "xx"; available languages: ${LANGUAGES.join(', ')}`,
    ],
    [['explain', '--sip', '486', '--lng', '../../package'], 'unknown language "../../package"'],
    [['explain', '--sip', '486', '--lng', '__proto__'], 'unknown language "__proto__"'],
    [['explain', '-'], '- (standard input) is not available here'],
    [['explain', '-', '-'], 'give - (standard input) once'],
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
    expect(r.stderr).not.toContain('--help');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('uc-error-kit explain, reading what was pasted from a file or standard input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-error-kit-explain-'));
  // A final response as a SIP trace shows it: the other headers are skipped, a folded
  // ms-diagnostics header is read whole. [MS-OCER] 2.2.1.1's example header, RFC 3261 20.
  const response = [
    'SIP/2.0 404 Not Found',
    'Via: SIP/2.0/TLS 192.0.2.10:5061;branch=z9hG4bK776asdhds',
    'From: <sip:alice@contoso.com>;tag=1928301774',
    'To: <sip:bob@fabrikam.com>;tag=a6c85cf',
    'CSeq: 1 INVITE',
    'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";',
    ' source="sip.contoso.com"',
    'Content-Length: 0',
    '',
  ].join('\r\n');
  const file = join(dir, 'response.txt');
  writeFileSync(file, `\uFEFF${response}`);

  it('reads a whole SIP response from --file, skipping the headers that carry no code', async () => {
    const r = await run('explain', '--file', file, '--mode', 'Voice', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sections[0].lines).toEqual([
      'ms-diagnostics ErrorId 1008',
      'reason: Unable to resolve DNS SRV record',
      'source: sip.contoso.com',
    ]);
    expect(fact(out.runs[0], 'fact.code')).toBe('ms-diagnostics 1008, SIP 404');
  });

  it('reads the same from standard input with -', async () => {
    const fromFile = await run('explain', '--file', file, '--mode', 'Voice');
    const fromStdin = await runWith({ stdin: response }, 'explain', '-', '--mode', 'Voice');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reads standard input for a family without an explainer, as its lines joined', async () => {
    const r = await runWith({ stdin: '217 12\n' }, 'explain', '--family', 'msnp', '-', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs[0]).toMatchObject({ handled: true, code: 217 });
  });

  it('exits 1, with the path, when a file cannot be read', async () => {
    const r = await run('explain', '--file', join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^uc-error-kit: cannot read --file ".*missing\.txt" \(ENOENT\)\n$/);
  });
});

/** A line each family reads with a row of its own. */
const SAMPLES: Record<string, { line: string; context?: Record<string, string> }> = {
  'ms-ocer': { line: 'SIP/2.0 486 Busy Here', context: { mode: 'Voice' } },
  msnp: { line: '217 12' },
  eas: { line: '142' },
  smtp: {
    line: '550 5.1.1 The email account that you tried to reach does not exist.',
    context: { provider: 'gmail' },
  },
};

describe('uc-error-kit explain --family', () => {
  it('has a sample for every family of the list', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(FAMILIES.map((f) => f.id).sort());
  });

  it.each(FAMILIES.map((f) => [f.id, f] as const))(
    'explains a %s code and exits 0',
    async (id, family) => {
      const { line, context = {} } = SAMPLES[id]!;
      // Each field as its own option (`--provider gmail`), then as `--context name=value`.
      const flags = Object.entries(context).flatMap(([k, v]) => [`--${k}`, v]);
      const pairs = Object.entries(context).flatMap(([k, v]) => ['--context', `${k}=${v}`]);
      const text = await run('explain', '--family', id, line, ...flags);
      expect(text.stderr).toBe('');
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`Family     ${id}: ${family.title}\n`);
      for (const args of [flags, pairs]) {
        const out = await json('explain', '--family', id, line, ...args);
        expect(out).toMatchObject({ family: id, context });
        const handled = out.runs.filter((r: { handled: boolean }) => r.handled);
        expect(handled.length).toBeGreaterThan(0);
        for (const r of handled) {
          const words = JSON.parse(
            readFileSync(
              new URL(`../../locales/en/${family.namespace}.json`, import.meta.url),
              'utf8',
            ),
          ) as Record<string, string>;
          const sentence = words[`${r.summaryKey}_noName`] ?? words[r.summaryKey];
          expect(sentence).toBeTruthy();
          // Sentences without placeholders come out as written.
          if (!sentence!.includes('{{')) expect(r.summary).toBe(sentence);
          expect(text.stdout).toContain(`summary`);
          for (const f of r.facts) expect(f.label).not.toMatch(/^fact\./);
        }
      }
    },
  );

  it('refuses an unknown family with a usage error naming the list, exit 2', async () => {
    const r = await run('explain', '--family', 'nope', '1');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `uc-error-kit: unknown family "nope"; use one of ${FAMILIES.map((f) => f.id).join(', ')}`,
    );
  });

  it("refuses another family's options", async () => {
    expect((await run('explain', '--family', 'eas', '142', '--sip', '486')).code).toBe(2);
    expect((await run('explain', '--family', 'eas', '142', '--mode', 'Voice')).code).toBe(2);
    expect((await run('explain', '--family', 'smtp', '550', '--context', 'provider')).code).toBe(2);
  });

  it('prints the help of the family --family names', async () => {
    const r = await run('explain', '--family', 'smtp', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(--family smtp):');
    expect(r.stdout).not.toContain('--ms-diagnostics');
  });

  it('reads --family ms-ocer as the default family, the first of the list', async () => {
    expect(FAMILIES[0]).toBe(msOcer);
    const a = await json('explain', '--family', 'ms-ocer', '--sip', '486', '--mode', 'Voice');
    const b = await json('explain', '--sip', '486', '--mode', 'Voice');
    expect(a).toEqual(b);
  });
});

describe('uc-error-kit explain, with a family it has never seen (the toy family)', () => {
  const families = [toy];
  const runToy = (...argv: string[]) => runWith({ families }, ...argv);

  it('explains a toy code, with its flags from its context fields and its described facts', async () => {
    const r = await runToy('explain', 'toy 1', '--channel', 'chat', '--user', 'Avery');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Family     toy: Toy codes for tests\n' +
        'Context    channel=chat\n' +
        'Received   toy 1\n' +
        '\n' +
        '  result     handled; code 1\n' +
        '  summary    Avery is busy.\n' +
        '  details    Try again in a minute (code 1).\n' +
        '  intent     warning\n' +
        '  placement  im-area\n' +
        '  behaviour  retry\n' +
        '  Code       1\n' +
        '  Note       Toy row 1\n',
    );
  });

  it('uses the no-name sentence without --user, and says when a client recovers by itself', async () => {
    const out = JSON.parse((await runToy('explain', '--family', 'toy', '1', '--json')).stdout);
    expect(out.runs[0]).toMatchObject({ summary: 'The contact is busy.', intent: 'warning' });
    const hidden = await runToy('explain', '4');
    expect(hidden.stdout).toContain('  shown      no: a client recovers by itself');
  });

  it('prints JSON with the facts, their keys and labels', async () => {
    const r = await runToy('explain', '3', '--context', 'channel=call', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      family: 'toy',
      lng: 'en',
      context: { channel: 'call' },
      sections: [],
    });
    expect(out.runs).toEqual([
      {
        title: null,
        input: { code: 3 },
        context: { channel: 'call' },
        handled: true,
        unhandledReason: null,
        code: 3,
        summary: 'Not allowed.',
        details: 'Ask your administrator about the contact.',
        summaryKey: 'denied',
        detailsKey: 'askAdmin',
        intent: 'error',
        show: true,
        placement: 'notification-bar',
        behaviour: 'give-up',
        facts: [
          { key: 'fact.code', label: 'Code', value: '3' },
          { key: 'fact.note', label: 'Note', value: 'Toy row 3' },
        ],
        problems: [],
      },
    ]);
  });

  it('words it in German with --lng de', async () => {
    const r = await runToy('explain', '1', '--user', 'Avery', '--lng', 'de');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  summary    ${toyGerman.busy.replace('{{userName}}', 'Avery')}\n`);
    expect(r.stdout).toContain(`  ${toyGerman['fact.note']}    Toy row 1\n`);
  });

  it('lists the families it was given in the help, and checks a field against its values', async () => {
    const help = await runToy('--help');
    expect(help.stdout).toContain('toy  ');
    expect(help.stdout).toContain('--channel <chat|call>');
    expect(help.stdout).not.toContain('ms-ocer');
    const bad = await runToy('explain', '1', '--channel', 'fax');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('uc-error-kit: --channel "fax": expected one of chat, call');
  });

  it('makes a flag of each context field, typed by the field', async () => {
    const typed: AnyFamily = {
      ...toy,
      id: 'toy-typed',
      contextFields: [
        { name: 'retryCount', type: 'number', description: 'Retries so far' },
        { name: 'quiet', type: 'boolean', description: 'No sound' },
        { name: 'channel', type: 'string', values: ['chat', 'call'], description: 'Where' },
      ],
    };
    const runTyped = (...argv: string[]) => runWith({ families: [typed] }, ...argv);
    const r = await runTyped(
      'explain',
      '1',
      '--retry-count',
      '3',
      '--context',
      'quiet=yes',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).context).toEqual({ retryCount: 3, quiet: true });
    expect((await runTyped('--help')).stdout).toContain(
      '  --retry-count <retryCount>  Retries so far.\n',
    );
    for (const [argv, message] of [
      [['--retry-count', 'many'], '--retry-count "many": expected a number'],
      [['--quiet', 'maybe'], '--quiet "maybe": expected true or false'],
      [['--context', 'channel=fax'], '--context channel="fax": expected one of chat, call'],
      [
        ['--context', '__proto__=x'],
        "the toy-typed family's context fields are retryCount, quiet, channel",
      ],
    ] as const) {
      const bad = await runTyped('explain', '1', ...argv);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(message);
    }
  });

  it('prints the generic message and exits 1 when nothing given is a code', async () => {
    const r = await runToy('explain', 'hello');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  result     generic message: nothing readable arrived\n');
    expect(r.stderr).toBe('uc-error-kit: no code the toy family reads was found\n');
  });

  it("runs a family's explainer: its options, runs, titles and errors", async () => {
    const explainer: Explainer = {
      options: { twice: { type: 'boolean', help: 'show each code twice' } },
      usage: 'Each line is a toy code.',
      read(text, options) {
        if (text.includes('bad'))
          throw Object.assign(new Error('bad is not a toy code'), { exitCode: 1 });
        if (text.length === 0) throw new Error('no toy code given');
        const codes = text.map((line) => toy.parseText(line));
        return codes.flatMap((input) =>
          (options.twice ? [1, 2] : [1]).map((n) => ({
            title: `copy ${n}\nof ${input.code}`,
            input,
          })),
        );
      },
      sections: async (resolution) => [{ label: 'First', lines: [String(resolution.code)] }],
    };
    const explained: AnyFamily = { ...toy, id: 'toy-x', explainer: async () => explainer };
    const runX = (...argv: string[]) => runWith({ families: [explained] }, ...argv);
    const r = await runX('explain', '1', '2', '--twice');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('First      1\n');
    // The title's line break is shown, not obeyed.
    expect(r.stdout.match(/^copy \d\u240aof \d$/gm)).toEqual([
      'copy 1\u240aof 1',
      'copy 2\u240aof 1',
      'copy 1\u240aof 2',
      'copy 2\u240aof 2',
    ]);
    expect(r.stdout).not.toContain('Received');
    expect((await runX('--help')).stdout).toContain(
      '  --twice                     show each code twice\n',
    );
    expect((await runX('--help')).stdout).toContain('\nEach line is a toy code.\n');
    const bad = await runX('explain', 'bad');
    expect([bad.code, bad.stderr]).toEqual([1, 'uc-error-kit: bad is not a toy code\n']);
    const none = await runX('explain');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('uc-error-kit: no toy code given\n');
  });
});

describe('uc-error-kit explain, as a process', () => {
  // `npm test` builds first; a bare `vitest run` in a fresh checkout builds here, once.
  beforeAll(ensureBuilt, 240_000);

  const cli = (argv: string[], input?: string) =>
    spawnSync(process.execPath, ['bin/uc-error-kit.js', ...argv], { encoding: 'utf8', input });

  it('explains a SIP status in both catalogs and exits 0', () => {
    const r = cli([
      'explain',
      '--sip',
      'SIP/2.0 486 Busy Here',
      '--mode',
      'Voice',
      '--user',
      'Avery',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  summary    Avery is in another call.\n');
    expect(r.stdout).toContain(
      '  summary    Avery is busy.\n  details    Avery is in another call.\n',
    );
  });

  it('reads standard input with -', () => {
    const r = cli(['explain', '-', '--mode', 'IM', '--json'], `${DNS_HEADER}\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(byCatalog(out).ocs2007).toMatchObject({ handled: true, placement: 'im-area' });
    expect(out.sections[1].lines[0]).toMatch(/^Unable to resolve DNS SRV record\. \(SipStack/);
  });

  it('loads a language from the package locales with --lng, and lists them when unknown', () => {
    expect(cli(['explain', '--sip', '486', '--mode', 'Voice', '--lng', 'en']).status).toBe(0);
    const r = cli(['explain', '--sip', '486', '--lng', 'xx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`available languages: ${LANGUAGES.join(', ')}`);
    const german = cli([
      'explain',
      '--sip',
      '486',
      '--mode',
      'Voice',
      '--user',
      'Avery',
      '--lng',
      'de',
    ]);
    expect(german.stderr).toBe('');
    expect(german.status).toBe(0);
    expect(german.stdout).toContain(
      `  summary    ${de.userInAnotherCall.replace('{{userName}}', 'Avery')}\n`,
    );
  });

  it('exits 2 on a usage error and 1 on a malformed code, with a message and no stack', () => {
    const usage = cli(['explain', '--mode', 'Voice']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^uc-error-kit: no code given/);
    const bad = cli(['explain', '--ms-diagnostics', 'oops']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^uc-error-kit: --ms-diagnostics "oops"/);
    for (const r of [usage, bad]) expect(r.stderr).not.toMatch(STACK);
  });

  it('prints the usage for --help and exits 0', () => {
    const r = cli(['--help']);
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
    // The facts carry the same text, as visibly.
    expect(r.stdout).toContain(
      "  Server's reason          \u241b]0;pwned\u2407 \u241b[2J\u2408\u2421\n",
    );
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
    expect(r.stdout).toContain(
      "  Server's reason  \u241b]0;pwned\u2407<U+202E>\u241b[2J<U+0085>\n",
    );
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
    expect(out.runs[0].input.msDiagnostics).toBe(header);
    expect(fact(out.runs[0], 'fact.reason')).toBe(`${title} ${clear}\u0008\u007f`);
    expect(fact(out.runs[0], 'fact.source')).toBe(`${link.replace('\\\\', '\\')}\u0085`);
    expect(out.sections[0].lines).toContain('x: \u009b31m\u202eevil');
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

  it('never lets a line break in a value start a line of its own', async () => {
    const r = await runWith(
      { families: [toy] },
      'explain',
      'toy 1\nsummary    You won a prize\r\nCode 9',
    );
    expect(r.stdout).toContain(
      'Received   toy 1\n           summary    You won a prize\n           Code 9\n',
    );
    expect(r.stdout).not.toMatch(/^summary/m);
  });

  it('reads a large hostile file in linear time and exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uc-error-kit-explain-'));
    const file = join(dir, 'big.txt');
    writeFileSync(
      file,
      `${'Via: x\n'.repeat(100_000)}SIP/2.0 486 Busy Here\n${'\u001b'.repeat(50_000)}: x\n`,
    );
    const started = performance.now();
    const r = await run('explain', '--file', file, '--mode', 'Voice');
    expect(r.code).toBe(2);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(r.stderr).not.toMatch(RAW_CONTROLS);
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
      expect(out.lng).toBe('de');
      expect(byCatalog(out).lync2010).toMatchObject({
        summaryKey: 'userInAnotherCall',
        summary: de.userInAnotherCall.replace('{{userName}}', 'Avery'),
      });
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
    expect(byCatalog(out).lync2010.summary).toBe(sentence.replace('{{userName}}', 'Avery'));
  });
});

describe('uc-error-kit explain --family smtp with a whole bounce message', () => {
  // RFC 3464's shape: a multipart/report with one per-recipient block for each failure.
  const dsn = [
    'From: MAILER-DAEMON@mx.example.org',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'I could not deliver your message to two recipients.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; gone@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown',
    '',
    'Final-Recipient: rfc822; full@example.org',
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 <full@example.org>: Mailbox full',
    '',
    '--B--',
    '',
  ].join('\r\n');

  it('prints one block per failed recipient, from a file or standard input', async () => {
    const r = await runWith({ stdin: dsn }, 'explain', '--family', 'smtp', '-', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs).toHaveLength(2);
    expect(out.runs.map((run: { title: string }) => run.title)).toEqual([
      'recipient 1: gone@example.org',
      'recipient 2: full@example.org',
    ]);
    const text = await runWith({ stdin: dsn }, 'explain', '--family', 'smtp', '-');
    expect(text.stdout).toContain('recipient 1: gone@example.org');
    expect(text.stdout).toContain('recipient 2: full@example.org');
  });
});

describe('uc-error-kit explain --file of no fixed size', () => {
  it('stops reading a device or pipe past the limit, with a clear error', async () => {
    const r = await run('explain', '--family', 'smtp', '--file', '/dev/zero');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/larger than 16 MB/);
  });
});
