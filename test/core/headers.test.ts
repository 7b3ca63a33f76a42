import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DiagnosticsParseResult,
  type ParsedDiagnostics,
  parseDiagnosticsHeader,
  parseErrorId,
  parseSipStatus,
  parseWarningHeader,
  parseWindowsError,
} from '../../src/core/families/ms-ocer/headers';

/** Narrows to a successful parse, failing the test with the parser's own message otherwise. */
function expectOk(result: DiagnosticsParseResult): ParsedDiagnostics {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}: ${result.message}`);
  return result;
}

/** The error code, or 'ok': keeps a failing assertion on a 65 kB input readable. */
function outcome(result: { ok: boolean; error?: string }): string {
  return result.ok ? 'ok' : (result.error ?? 'ok');
}

function entries(params: Record<string, string | true>): [string, string | true][] {
  return Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('parseDiagnosticsHeader', () => {
  describe('reading well-formed headers', () => {
    it('reads an ms-diagnostics header with its name, ErrorId, reason and source', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
        ),
      );
      expect(result).toMatchObject({
        header: 'ms-diagnostics',
        errorId: 1008,
        reason: 'Unable to resolve DNS SRV record',
        source: 'sip.contoso.com',
      });
      expect(entries(result.params)).toEqual([]);
    });

    it('reads an ms-diagnostics-public header, which has no source', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          'ms-diagnostics-public: 4004;reason="Credentials provided are not authorized to act as specified from URI."',
        ),
      );
      expect(result.header).toBe('ms-diagnostics-public');
      expect(result.errorId).toBe(4004);
      expect(result.reason).toBe(
        'Credentials provided are not authorized to act as specified from URI.',
      );
      expect('source' in result).toBe(false);
    });

    it('reads a bare value and reports no header name', () => {
      const result = expectOk(parseDiagnosticsHeader('4004;reason="Not authorized"'));
      expect(result.header).toBeNull();
      expect(result.errorId).toBe(4004);
    });

    it('reads the [MS-OCER] 2.2.1.1 example, whose lines break before ";"', () => {
      const text =
        'ms-diagnostics: 1007;reason="Temporarily cannot route";source="sip.contoso.com";ErrorType="Connect Attempt Failure"\n' +
        ';WinsockFailureDescription="The peer actively refused the connection attempt";WinsockFailureCode="274D(WSAECONNREFUSED)"\n' +
        ';Peer="sip.fabrikam.com"';
      const result = expectOk(parseDiagnosticsHeader(text));
      expect(result.errorId).toBe(1007);
      expect(result.reason).toBe('Temporarily cannot route');
      expect(result.source).toBe('sip.contoso.com');
      expect(entries(result.params)).toEqual([
        ['errortype', 'Connect Attempt Failure'],
        ['peer', 'sip.fabrikam.com'],
        ['winsockfailurecode', '274D(WSAECONNREFUSED)'],
        ['winsockfailuredescription', 'The peer actively refused the connection attempt'],
      ]);
    });

    it('keeps commas inside quoted values and a space after ";" from the 12006 progress example', () => {
      const text =
        'ms-diagnostics: 12006;reason="Trying next hop";source="red-lsapf-01.exchange.corp.contoso.com";' +
        'PhoneUsage="CN={44924569-8F42-48AD-B926-78F11B418D7E},CN=Phone Route Usages,CN=RTC Service,CN=Contoso,CN=System, DC=contoso,DC=com";' +
        'PhoneRoute="RedLocalRoute";Gateway="gateway.contoso.com:5061"; appName="OutboundRouting"';
      const result = expectOk(parseDiagnosticsHeader(text));
      expect(result.params.phoneusage).toBe(
        'CN={44924569-8F42-48AD-B926-78F11B418D7E},CN=Phone Route Usages,CN=RTC Service,CN=Contoso,CN=System, DC=contoso,DC=com',
      );
      expect(result.params.appname).toBe('OutboundRouting');
      expect(result.params.gateway).toBe('gateway.contoso.com:5061');
    });

    it('keeps the spaces inside a quoted reason as sent, as in the 2.2.1.2 example', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          'ms-diagnostics-public: 3027;reason=" User not allowed in closed conference"',
        ),
      );
      expect(result.reason).toBe(' User not allowed in closed conference');
    });

    it('reads a diagHeader element body with trailing newline and indentation', () => {
      const result = expectOk(
        parseDiagnosticsHeader('10000;reason="Gateway returned a SIP failure code"\n        '),
      );
      expect(result.errorId).toBe(10000);
      expect(result.reason).toBe('Gateway returned a SIP failure code');
    });
  });

  describe('tolerating loose formatting', () => {
    it('accepts the header name in any letter case with whitespace around the colon', () => {
      for (const text of [
        'MS-DIAGNOSTICS: 1008',
        'Ms-Diagnostics :1008',
        'ms-diagnostics\t:\t1008',
        'MS-Diagnostics-PUBLIC  :   1008',
        '  ms-diagnostics:1008  ',
      ]) {
        const result = expectOk(parseDiagnosticsHeader(text));
        expect(result.errorId).toBe(1008);
        expect(result.header).toMatch(/^ms-diagnostics(-public)?$/);
      }
    });

    it('matches parameter names in any letter case and reports them lower-cased', () => {
      const result = expectOk(
        parseDiagnosticsHeader('1008;REASON="r";Source="s";ErrorType="Connect";SeTuP_TiMe=120'),
      );
      expect(result.reason).toBe('r');
      expect(result.source).toBe('s');
      expect(entries(result.params)).toEqual([
        ['errortype', 'Connect'],
        ['setup_time', '120'],
      ]);
    });

    it('unescapes quoted-pairs in quoted values', () => {
      const result = expectOk(
        parseDiagnosticsHeader(String.raw`1008;reason="say \"hi\" \\ bye \a";source="a\;b"`),
      );
      expect(result.reason).toBe('say "hi" \\ bye a');
      expect(result.source).toBe('a;b');
    });

    it('unescapes quoted-pairs of raw control bytes, as RFC 4475 3.1.1.2 sends them', () => {
      const result = expectOk(
        parseDiagnosticsHeader('1;reason="BEL:\\\x07 NUL:\\\x00 DEL:\\\x7f"'),
      );
      expect(result.reason).toBe('BEL:\x07 NUL:\x00 DEL:\x7f');
    });

    it('reads folded lines between parameters as whitespace', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          'ms-diagnostics:\r\n 1008\r\n ;\r\n\treason\r\n =\r\n "x"\n ;source=\n  "y"',
        ),
      );
      expect(result).toMatchObject({ errorId: 1008, reason: 'x', source: 'y' });
    });

    it('turns a fold inside a quoted value into a single space', () => {
      expect(expectOk(parseDiagnosticsHeader('1;reason="a\r\n  b"')).reason).toBe('a b');
      expect(expectOk(parseDiagnosticsHeader('1;reason="a \n\tb"')).reason).toBe('a  b');
    });

    it('accepts whitespace around ";" and "=", as in RFC 4475 3.1.1.1', () => {
      const result = expectOk(
        parseDiagnosticsHeader('1008 ;   reason    = "r" ;source= "s"  ;  tag    = 1918181833n'),
      );
      expect(result).toMatchObject({ errorId: 1008, reason: 'r', source: 's' });
      expect(result.params.tag).toBe('1918181833n');
    });

    it('leaves reason and source out when the header has none', () => {
      const result = expectOk(parseDiagnosticsHeader('ms-diagnostics: 2019'));
      expect(result.errorId).toBe(2019);
      expect('reason' in result).toBe(false);
      expect('source' in result).toBe(false);
    });

    it('reads an empty reason from "reason=" or a bare "reason", as reason-value is optional', () => {
      expect(expectOk(parseDiagnosticsHeader('1;reason=;source=')).reason).toBe('');
      expect(expectOk(parseDiagnosticsHeader('1;reason;source')).source).toBe('');
      expect(expectOk(parseDiagnosticsHeader('1;reason=""')).reason).toBe('');
    });

    it('reads unquoted values and keeps their inner spaces as one', () => {
      const result = expectOk(
        parseDiagnosticsHeader('1;reason=Temporarily   cannot\r\n route ;source=sip.contoso.com'),
      );
      expect(result.reason).toBe('Temporarily cannot route');
      expect(result.source).toBe('sip.contoso.com');
    });

    it('keeps extra parameters by lower-cased name, with true for a name without value', () => {
      const result = expectOk(parseDiagnosticsHeader('1;reason="r";Flag;Other=v;Quoted="q"'));
      expect(entries(result.params)).toEqual([
        ['flag', true],
        ['other', 'v'],
        ['quoted', 'q'],
      ]);
    });

    it('stores __proto__, constructor and toString as plain keys of a null-prototype object', () => {
      const result = expectOk(
        parseDiagnosticsHeader('1;__proto__="polluted";constructor=x;toString;hasOwnProperty="y"'),
      );
      expect(Object.getPrototypeOf(result.params)).toBeNull();
      expect(entries(result.params)).toEqual([
        ['__proto__', 'polluted'],
        ['constructor', 'x'],
        ['hasownproperty', 'y'],
        ['tostring', true],
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('keeps the first of duplicate parameters and reads on past them', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          '1;reason="first";REASON="second";source="s1";source="s2";x=1;X=2;x;after="yes"',
        ),
      );
      expect(result.reason).toBe('first');
      expect(result.source).toBe('s1');
      expect(entries(result.params)).toEqual([
        ['after', 'yes'],
        ['x', '1'],
      ]);
    });

    it('counts a duplicate without a value as a duplicate too', () => {
      const result = expectOk(parseDiagnosticsHeader('1;flag;flag=late;reason;reason="late"'));
      expect(result.params.flag).toBe(true);
      expect(result.reason).toBe('');
    });

    it('skips empty parameters and junk between parameters, keeping what parsed', () => {
      const result = expectOk(
        parseDiagnosticsHeader(
          '1008 junk "a;b" here;;;reason="r" trailing "x;y" words;=v;source="s" ,',
        ),
      );
      expect(result).toMatchObject({ errorId: 1008, reason: 'r', source: 's' });
      expect(entries(result.params)).toEqual([]);
    });

    it('keeps control characters inside values and names without failing', () => {
      const result = expectOk(parseDiagnosticsHeader('1;reason="a\x00b\x1b";x\x01y=\x7fz'));
      expect(result.reason).toBe('a\x00b\x1b');
      expect(result.params['x\x01y']).toBe('\x7fz');
    });
  });

  describe('ErrorId bounds', () => {
    it('accepts 0 and 4294967295, the ends of the unsigned integer range', () => {
      expect(expectOk(parseDiagnosticsHeader('0')).errorId).toBe(0);
      expect(expectOk(parseDiagnosticsHeader('4294967295;reason="max"')).errorId).toBe(4294967295);
    });

    it('accepts leading zeros', () => {
      expect(expectOk(parseDiagnosticsHeader('0001008;reason="x"')).errorId).toBe(1008);
      expect(expectOk(parseDiagnosticsHeader(`${'0'.repeat(500)}4294967295`)).errorId).toBe(
        4294967295,
      );
    });

    it('refuses 4294967296 and longer digit runs as out of range', () => {
      for (const text of ['4294967296', '99999999999999999999999999;reason="x"']) {
        expect(parseDiagnosticsHeader(text)).toMatchObject({
          ok: false,
          error: 'error-id-out-of-range',
        });
      }
    });

    it('refuses a signed ErrorId as out of range', () => {
      expect(parseDiagnosticsHeader('-1;reason="x"')).toMatchObject({
        error: 'error-id-out-of-range',
      });
      expect(parseDiagnosticsHeader('ms-diagnostics: +1')).toMatchObject({
        error: 'error-id-out-of-range',
        header: 'ms-diagnostics',
      });
    });

    it('refuses fractions, hex and digits glued to letters rather than misread them', () => {
      for (const text of ['1.5;reason="x"', '0x10', '1008abc;reason="x"', '1008"x"', '1008=1']) {
        expect(parseDiagnosticsHeader(text)).toMatchObject({
          ok: false,
          error: 'unexpected-character',
        });
      }
    });

    it('refuses a value that does not start with digits', () => {
      for (const text of ['NaN', 'abc', ';reason="x"', 'reason="x"', '"1008"', '\x00 1008', '-']) {
        expect(parseDiagnosticsHeader(text)).toMatchObject({
          ok: false,
          error: 'missing-error-id',
        });
      }
    });
  });

  describe('refusing what cannot be read', () => {
    it('answers not-a-string for non-strings, including a number', () => {
      for (const value of [undefined, null, 1008, Number.NaN, {}, [], true, Symbol('x'), 10n]) {
        expect(parseDiagnosticsHeader(value)).toMatchObject({ ok: false, error: 'not-a-string' });
      }
    });

    it('answers empty for blank text or a name without value', () => {
      expect(parseDiagnosticsHeader('')).toMatchObject({ error: 'empty' });
      expect(parseDiagnosticsHeader(' \r\n\t ')).toMatchObject({ error: 'empty' });
      expect(parseDiagnosticsHeader('ms-diagnostics:')).toMatchObject({
        error: 'empty',
        header: 'ms-diagnostics',
      });
      expect(parseDiagnosticsHeader('ms-diagnostics-public:  \r\n ')).toMatchObject({
        error: 'empty',
        header: 'ms-diagnostics-public',
      });
    });

    it('answers unknown-header-name for another header', () => {
      const result = parseDiagnosticsHeader('Warning: 399 sip.contoso.com "x"');
      expect(result).toMatchObject({ ok: false, error: 'unknown-header-name' });
      expect(!result.ok && result.message).toContain('"Warning"');
    });

    it('answers unterminated-quote for a quote that never closes, naming its column', () => {
      const result = parseDiagnosticsHeader('1008;reason="abc');
      expect(result).toMatchObject({ ok: false, error: 'unterminated-quote' });
      expect(!result.ok && result.message).toContain('column 13');
    });

    it('treats an escaped closing quote as still open', () => {
      expect(parseDiagnosticsHeader('1008;reason="abc\\"')).toMatchObject({
        error: 'unterminated-quote',
      });
    });

    it('answers unterminated-quote for an open quote in skipped junk', () => {
      expect(parseDiagnosticsHeader('1008;reason="r" junk "open;source="s"')).toMatchObject({
        error: 'unterminated-quote',
      });
      expect(parseDiagnosticsHeader('1008;x=ab"c;y=1')).toMatchObject({
        error: 'unterminated-quote',
      });
    });

    it('names the column of an unexpected character in its message', () => {
      const result = parseDiagnosticsHeader('ms-diagnostics: 12.5');
      expect(!result.ok && result.message).toBe(
        'unexpected "." at column 19 after the ErrorId; expected ";" or the end',
      );
    });
  });

  describe('length limit of 65,535 characters ([MS-OCER] 2.2.2)', () => {
    const valueOfLength = (length: number) => `1;reason="${'r'.repeat(length - 11)}"`;

    it('accepts a value of exactly 65,535 characters, with or without a name prefix', () => {
      const value = valueOfLength(65_535);
      expect(value).toHaveLength(65_535);
      expect(expectOk(parseDiagnosticsHeader(value)).reason).toHaveLength(65_535 - 11);
      expect(
        expectOk(parseDiagnosticsHeader(`ms-diagnostics-public:   ${value}\r\n`)).errorId,
      ).toBe(1);
    });

    it('refuses a value of 65,536 characters as too long', () => {
      expect(outcome(parseDiagnosticsHeader(valueOfLength(65_536)))).toBe('too-long');
      const prefixed = parseDiagnosticsHeader(`ms-diagnostics: ${valueOfLength(65_536)}`);
      expect(outcome(prefixed)).toBe('too-long');
      expect(prefixed.header).toBe('ms-diagnostics');
    });

    it('refuses a 100 kB string as too long', () => {
      const result = parseDiagnosticsHeader(`1;reason="${'x'.repeat(100_000)}"`);
      expect(outcome(result)).toBe('too-long');
      expect(!result.ok && result.message).toContain('65,535');
    });

    it('refuses a 20 MB string from its length alone', () => {
      expect(outcome(parseDiagnosticsHeader('"'.repeat(20_000_000)))).toBe('too-long');
    });
  });

  describe('pathological 65,535-character values parse to the right result', () => {
    const LIMIT = 65_535;

    it('reads a value that is almost all ";"', () => {
      const text = `4294967295${';'.repeat(LIMIT - 10)}`;
      expect(text).toHaveLength(LIMIT);
      const result = expectOk(parseDiagnosticsHeader(text));
      expect(result.errorId).toBe(4294967295);
      expect(entries(result.params)).toEqual([]);
    });

    it('reads a reason made of escaped quotes', () => {
      const pairs = (LIMIT - 12) / 2;
      const text = `1;reason="${'\\"'.repeat(Math.floor(pairs))}"`;
      const result = expectOk(parseDiagnosticsHeader(text.padEnd(LIMIT, ' ')));
      expect(result.reason).toBe('"'.repeat(Math.floor(pairs)));
    });

    it('reads a reason made of escaped backslashes and quotes', () => {
      const unit = '\\\\\\"';
      const count = Math.floor((LIMIT - 12) / unit.length);
      const result = expectOk(parseDiagnosticsHeader(`1;reason="${unit.repeat(count)}"`));
      expect(result.reason).toBe('\\"'.repeat(count));
    });

    it('reads an unquoted value made of "="', () => {
      const result = expectOk(parseDiagnosticsHeader(`1;x=${'='.repeat(LIMIT - 4)}`));
      expect(result.params.x).toBe('='.repeat(LIMIT - 4));
    });

    it('reads thousands of parameters, keeping the first of each name', () => {
      let text = '7;reason="r"';
      let n = 0;
      while (text.length + 12 <= LIMIT) {
        text += `;p${n % 5000}=${n}`;
        n++;
      }
      const result = expectOk(parseDiagnosticsHeader(text));
      expect(Object.keys(result.params)).toHaveLength(Math.min(n, 5000));
      expect(result.params.p4999).toBe('4999');
      expect(result.params.p0).toBe('0');
    });

    it('skips junk made of quoted ";" and "=" runs', () => {
      const unit = ' "=;\\";=" ';
      const count = Math.floor((LIMIT - 30) / unit.length);
      const text = `1;reason="r"${unit.repeat(count)};source="s"`;
      const result = expectOk(parseDiagnosticsHeader(text));
      expect(result).toMatchObject({ reason: 'r', source: 's' });
    });

    it('finds an unterminated quote at the very end', () => {
      const text = `1;reason="${'a'.repeat(LIMIT - 11)}`;
      expect(text).toHaveLength(LIMIT - 1);
      expect(outcome(parseDiagnosticsHeader(text))).toBe('unterminated-quote');
    });
  });
});

describe('parseErrorId', () => {
  it('returns a non-negative integer within uint32', () => {
    expect(parseErrorId(0)).toBe(0);
    expect(parseErrorId(1008)).toBe(1008);
    expect(parseErrorId(4294967295)).toBe(4294967295);
    expect(Object.is(parseErrorId(-0), 0)).toBe(true);
  });

  it('returns undefined for numbers outside uint32, fractions and NaN', () => {
    for (const value of [4294967296, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseErrorId(value)).toBeUndefined();
    }
  });

  it('reads the ErrorId from header text, with or without the name', () => {
    expect(parseErrorId('1008')).toBe(1008);
    expect(parseErrorId('ms-diagnostics: 1008;reason="x"')).toBe(1008);
    expect(parseErrorId('ms-diagnostics-public: 4004;reason="y"')).toBe(4004);
  });

  it('returns undefined for text that is not a diagnostics header, and for other types', () => {
    for (const value of ['', 'abc', '4294967296', '1.5', 'Warning: 399', null, undefined, {}]) {
      expect(parseErrorId(value)).toBeUndefined();
    }
  });
});

describe('parseSipStatus', () => {
  it('reads integers from 100 to 699', () => {
    expect(parseSipStatus(100)).toBe(100);
    expect(parseSipStatus(486)).toBe(486);
    expect(parseSipStatus(699)).toBe(699);
  });

  it('reads a bare code, a code with its reason phrase and a status line', () => {
    expect(parseSipStatus('486')).toBe(486);
    expect(parseSipStatus(' 486\r\n')).toBe(486);
    expect(parseSipStatus('486 Busy Here')).toBe(486);
    expect(parseSipStatus('SIP/2.0 486 Busy Here')).toBe(486);
    expect(parseSipStatus('sip/2.0\t603 Decline')).toBe(603);
  });

  it('returns undefined for anything else', () => {
    for (const value of [
      99,
      700,
      486.5,
      Number.NaN,
      '4860',
      '486abc',
      '48',
      'SIP/2.0486',
      'SIP/2.0',
      'SIP/2.0 ',
      '099',
      '',
      null,
      undefined,
      {},
    ]) {
      expect(parseSipStatus(value)).toBeUndefined();
    }
  });
});

describe('parseWarningHeader', () => {
  it('reads a single warning-value with the Warning prefix', () => {
    expect(
      parseWarningHeader('Warning: 399 sip.contoso.com "Unable to find a matching codec"'),
    ).toEqual({
      ok: true,
      warnings: [{ code: 399, agent: 'sip.contoso.com', text: 'Unable to find a matching codec' }],
    });
  });

  it('reads several comma-separated values, not splitting on commas inside quotes', () => {
    const result = parseWarningHeader(
      '370 devnull "Choose a bigger pipe, please" , 307 isi.edu "Session parameter \'foo\' not understood",399 [2001:db8::1]:5060 "a\\"b, c"',
    );
    expect(result).toEqual({
      ok: true,
      warnings: [
        { code: 370, agent: 'devnull', text: 'Choose a bigger pipe, please' },
        { code: 307, agent: 'isi.edu', text: "Session parameter 'foo' not understood" },
        { code: 399, agent: '[2001:db8::1]:5060', text: 'a"b, c' },
      ],
    });
  });

  it('accepts the name in any letter case, whitespace before the colon and folded lines', () => {
    const result = parseWarningHeader(
      'WARNING :\r\n 399\r\n\thost\r\n "text\r\n more"\r\n ,\r\n 301 h2 "x"',
    );
    expect(result).toEqual({
      ok: true,
      warnings: [
        { code: 399, agent: 'host', text: 'text more' },
        { code: 301, agent: 'h2', text: 'x' },
      ],
    });
  });

  it('reads a bare code, as a number or a 3-digit string', () => {
    const codeOnly = { ok: true, warnings: [{ code: 399, agent: '', text: '' }] };
    expect(parseWarningHeader(399)).toEqual(codeOnly);
    expect(parseWarningHeader('399')).toEqual(codeOnly);
    expect(parseWarningHeader('Warning: 399')).toEqual(codeOnly);
  });

  it('tolerates a missing agent, an unquoted text and empty list elements', () => {
    expect(parseWarningHeader(',399 "no agent",, 399 host plain words ,')).toEqual({
      ok: true,
      warnings: [
        { code: 399, agent: '', text: 'no agent' },
        { code: 399, agent: 'host', text: 'plain words' },
      ],
    });
  });

  it('refuses codes that are not three digits from 100 to 999', () => {
    for (const value of [
      '39 host "x"',
      '3990 host "x"',
      '099 host "x"',
      'abc',
      '399x host',
      1000,
      99,
      3.5,
    ]) {
      expect(parseWarningHeader(value)).toMatchObject({ ok: false, error: 'invalid-code' });
    }
  });

  it('refuses an unterminated warn-text', () => {
    expect(parseWarningHeader('399 host "never closed, 301 h x')).toMatchObject({
      ok: false,
      error: 'unterminated-quote',
    });
  });

  it('refuses something after the warn-text other than a comma', () => {
    expect(parseWarningHeader('399 host "a" "b"')).toMatchObject({
      ok: false,
      error: 'unexpected-character',
    });
  });

  it('refuses another header name, non-strings and empty values', () => {
    expect(parseWarningHeader('ms-diagnostics: 1008')).toMatchObject({
      error: 'unknown-header-name',
    });
    expect(parseWarningHeader(null)).toMatchObject({ error: 'not-a-string' });
    expect(parseWarningHeader({})).toMatchObject({ error: 'not-a-string' });
    for (const value of ['', '   ', 'Warning:', ' , ,, ']) {
      expect(parseWarningHeader(value)).toMatchObject({ ok: false, error: 'empty' });
    }
  });
});

describe('parseWindowsError', () => {
  it('reads a Win32 code as a number, a decimal string or a hex string', () => {
    expect(parseWindowsError(10053)).toEqual({ ok: true, code: 10053 });
    expect(parseWindowsError('10053')).toEqual({ ok: true, code: 10053 });
    expect(parseWindowsError(' 0x2745 ')).toEqual({ ok: true, code: 10053 });
    expect(parseWindowsError(0)).toEqual({ ok: true, code: 0 });
  });

  it('takes the low 16 bits of a FACILITY_WIN32 HRESULT: 0x80072745 is 10053', () => {
    const expected = { ok: true, code: 10053, hresult: 0x80072745 };
    expect(parseWindowsError('0x80072745')).toEqual(expected);
    expect(parseWindowsError('0X80072745')).toEqual(expected);
    expect(parseWindowsError(0x80072745)).toEqual(expected);
    expect(parseWindowsError(-2147014843)).toEqual(expected);
    expect(parseWindowsError('-2147014843')).toEqual(expected);
    expect(parseWindowsError('2147952453')).toEqual(expected);
  });

  it('reads the hex-and-name form of the [MS-OCER] WinsockFailureCode example', () => {
    expect(parseWindowsError('274D(WSAECONNREFUSED)')).toEqual({ ok: true, code: 10061 });
    expect(parseWindowsError('0x80072745 (WSAECONNABORTED)')).toEqual({
      ok: true,
      code: 10053,
      hresult: 0x80072745,
    });
  });

  it('answers not-win32-hresult with the unsigned HRESULT for other facilities', () => {
    expect(parseWindowsError('0x80004005')).toMatchObject({
      ok: false,
      error: 'not-win32-hresult',
      hresult: 0x80004005,
    });
    expect(parseWindowsError(-1)).toMatchObject({
      error: 'not-win32-hresult',
      hresult: 0xffffffff,
    });
    expect(parseWindowsError(0x10000)).toMatchObject({
      error: 'not-win32-hresult',
      hresult: 0x10000,
    });
    const result = parseWindowsError(0x80004005);
    expect(!result.ok && result.message).toContain('0x80004005');
  });

  it('answers invalid for anything that is not a 32-bit integer', () => {
    for (const value of [
      1.5,
      Number.NaN,
      2 ** 32,
      -(2 ** 31) - 1,
      '',
      'abc',
      '0x',
      '-0x1',
      '0x100000000',
      '12abc',
      '-2147483649',
      '274D(WSAECONNREFUSED',
      '274D(x) y',
      '10053 10054',
      null,
      undefined,
      {},
      '1'.repeat(300),
    ]) {
      expect(parseWindowsError(value)).toMatchObject({ ok: false, error: 'invalid' });
    }
  });
});

// ---- property-based ----

const TOKEN_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ..."-.!%*_+`'~",
];
const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 12 });
const HEADERISH = [...'0123456789;=",:\\ \t\r\nabcRS-_', '\x00', 'é', '\u2028', '\ud800'];
const headerish = fc.string({ unit: fc.constantFrom(...HEADERISH), maxLength: 80 });
const lws = fc.constantFrom('', ' ', '\t', '  ', '\r\n ', '\n\t', ' \r\n  ');
const fold = fc.constantFrom('\r\n ', '\r\n\t', '\n  ', '\r\n \t ');

/** Upper-cases the letters picked by `mask`, for names whose case must not matter. */
function withCase(name: string, mask: boolean[]): string {
  return [...name]
    .map((ch, k) => (mask[k % Math.max(mask.length, 1)] ? ch.toUpperCase() : ch))
    .join('');
}
const casing = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });

/** One character of quoted text, whether to escape it and whether to fold there if it is SP. */
const quotedChar = fc.record({
  ch: fc.oneof(
    fc.constantFrom(
      '"',
      '\\',
      ';',
      ',',
      '=',
      ' ',
      ' ',
      '\t',
      'a',
      'Z',
      'é',
      '\x00',
      '\x07',
      '\x7f',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  escaped: fc.boolean(),
  fold: fc.boolean(),
  foldWith: fold,
});

const quotedText = fc
  .array(quotedChar, { maxLength: 30 })
  .filter((chars) => chars.every(({ ch }) => !ch.includes('\r') && !ch.includes('\n')))
  .map((chars) => {
    const text = chars.map(({ ch }) => ch).join('');
    const pieces = chars.map(({ ch, escaped }) =>
      ch === '"' || ch === '\\' || (escaped && ch.length === 1 && ch.charCodeAt(0) < 0x80)
        ? `\\${ch}`
        : ch,
    );
    // A fold stands for one SP, and eats the whitespace that starts the next line, so only
    // a SP not followed by SP / HTAB can be folded without changing the text.
    const folded = pieces.map((piece, k) => {
      const next = pieces[k + 1]?.[0];
      const { fold: doFold, foldWith } = chars[k]!;
      return piece === ' ' && doFold && next !== ' ' && next !== '\t' ? foldWith : piece;
    });
    return { text, serialized: `"${folded.join('')}"` };
  });

describe('properties', () => {
  it('never throws, whatever the input', () => {
    const parsers = [
      parseDiagnosticsHeader,
      parseWarningHeader,
      parseWindowsError,
      parseErrorId,
      parseSipStatus,
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), headerish, fc.string({ unit: 'binary' })),
        (value) => {
          for (const parse of parsers) parse(value);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers header-like text with a well-formed result', () => {
    fc.assert(
      fc.property(
        headerish,
        fc.constantFrom('', 'ms-diagnostics:', 'Warning:', '1;'),
        (text, prefix) => {
          const result = parseDiagnosticsHeader(prefix + text);
          if (result.ok) {
            expect(Number.isInteger(result.errorId)).toBe(true);
            expect(result.errorId).toBeGreaterThanOrEqual(0);
            expect(result.errorId).toBeLessThanOrEqual(4294967295);
            expect(Object.getPrototypeOf(result.params)).toBeNull();
          } else {
            expect(result.message.length).toBeGreaterThan(0);
          }
          const warning = parseWarningHeader(prefix + text);
          if (warning.ok) {
            for (const w of warning.warnings) expect(w.code).toBeGreaterThanOrEqual(100);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back a serialized diagnostics header, whatever the spacing, case and folding', () => {
    const paramName = fc
      .oneof(token, fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', '0', '10'))
      .filter((name) => name.toLowerCase() !== 'reason' && name.toLowerCase() !== 'source');
    const paramValue = fc.oneof(
      fc.constant({ text: true as const, serialized: '' }),
      token.map((t) => ({ text: t, serialized: t })),
      quotedText,
    );
    const param = fc.record({ name: paramName, mask: casing, value: paramValue });
    const ws = fc.record({ a: lws, b: lws, c: lws, d: lws });

    fc.assert(
      fc.property(
        fc.record({
          header: fc.constantFrom(null, 'ms-diagnostics', 'ms-diagnostics-public'),
          headerMask: casing,
          beforeColon: fc.constantFrom('', ' ', '\t'),
          afterColon: lws,
          errorId: fc.integer({ min: 0, max: 4294967295 }),
          zeros: fc.integer({ min: 0, max: 3 }),
          reason: fc.option(quotedText, { nil: undefined }),
          source: fc.option(quotedText, { nil: undefined }),
          duplicateReason: fc.option(quotedText, { nil: undefined }),
          nameMasks: fc.tuple(casing, casing),
          params: fc.array(fc.tuple(param, ws), { maxLength: 6 }),
          spacing: fc.array(ws, { minLength: 3, maxLength: 3 }),
          outer: fc.tuple(lws, lws),
        }),
        (g) => {
          const [s0, s1, s2] = g.spacing as [
            (typeof g.spacing)[0],
            (typeof g.spacing)[0],
            (typeof g.spacing)[0],
          ];
          const p = (name: string, value: string | null, w: typeof s0) =>
            `${w.a};${w.b}${name}${value === null ? '' : `${w.c}=${w.d}${value}`}`;
          let text = g.outer[0];
          if (g.header !== null) {
            text += `${withCase(g.header, g.headerMask)}${g.beforeColon}:${g.afterColon}`;
          }
          text += '0'.repeat(g.zeros) + String(g.errorId);
          if (g.reason) text += p(withCase('reason', g.nameMasks[0]), g.reason.serialized, s0);
          if (g.source) text += p(withCase('source', g.nameMasks[1]), g.source.serialized, s1);
          const expected = new Map<string, string | true>();
          for (const [{ name, mask, value }, w] of g.params) {
            const serialized = value.text === true ? null : value.serialized;
            text += p(withCase(name, mask), serialized, w);
            const key = name.toLowerCase();
            if (!expected.has(key)) expected.set(key, value.text);
          }
          if (g.reason && g.duplicateReason) text += p('reason', g.duplicateReason.serialized, s2);
          text += g.outer[1];

          const result = expectOk(parseDiagnosticsHeader(text));
          expect(result.header).toBe(g.header);
          expect(result.errorId).toBe(g.errorId);
          expect(result.reason).toBe(g.reason?.text);
          expect(result.source).toBe(g.source?.text);
          expect(entries(result.params)).toEqual(
            [...expected].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads back a serialized Warning header with several values', () => {
    const agent = fc.oneof(
      token,
      fc.constantFrom('[2001:db8::1]:5060', 'sip.contoso.com:5061', '192.0.2.1'),
    );
    const value = fc.record({
      code: fc.integer({ min: 100, max: 999 }),
      agent,
      text: quotedText,
      sep1: fc.constantFrom(' ', '\t', '\r\n ', '  '),
      sep2: fc.constantFrom(' ', '\t', '\r\n ', '  '),
      comma: fc.tuple(lws, lws),
    });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 5 }),
        fc.option(fc.tuple(casing, fc.constantFrom('', ' ', '\t'), lws), { nil: undefined }),
        (values, prefix) => {
          const body = values
            .map(
              (v, k) =>
                `${k === 0 ? '' : `${v.comma[0]},${v.comma[1]}`}${v.code}${v.sep1}${v.agent}${v.sep2}${v.text.serialized}`,
            )
            .join('');
          const text = prefix
            ? `${withCase('Warning', prefix[0])}${prefix[1]}:${prefix[2]}${body}`
            : body;
          expect(parseWarningHeader(text)).toEqual({
            ok: true,
            warnings: values.map((v) => ({ code: v.code, agent: v.agent, text: v.text.text })),
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads back any uint32 ErrorId and any 32-bit Win32 HRESULT', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), (n) => {
        expect(parseErrorId(n)).toBe(n);
        expect(parseErrorId(String(n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (code) => {
        const hresult = (0x80070000 | code) >>> 0;
        const expected = { ok: true, code, hresult };
        expect(parseWindowsError(hresult)).toEqual(expected);
        expect(parseWindowsError(hresult | 0)).toEqual(expected);
        expect(parseWindowsError(`0x${hresult.toString(16)}`)).toEqual(expected);
        expect(parseWindowsError(String(hresult | 0))).toEqual(expected);
      }),
    );
  });
});
