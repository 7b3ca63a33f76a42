import { bench, describe } from 'vitest';
import { parseDiagnosticsHeader, parseWarningHeader } from '../src/core/families/ms-ocer/headers';

// The parsers promise cost linear in the input: divide each mean by the input length to
// compare the per-character cost of a short header with that of a 65,535-character one.
const LIMIT = 65_535; // [MS-OCER] 2.2.2: diagHeader "MUST NOT be longer than 65,535 characters"

const SHORT =
  'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"';

/** Repeats `unit` after `head` and pads with spaces to exactly `length` characters. */
function fill(head: string, unit: string, tail: string, length: number): string {
  const count = Math.floor((length - head.length - tail.length) / unit.length);
  return `${head}${unit.repeat(count)}${tail}`.padEnd(length, ' ');
}

// Realistic: the [MS-OCER] 2.2.1.1 example parameters, repeated under fresh names.
const REALISTIC_LONG = (() => {
  let text = '1007;reason="Temporarily cannot route";source="sip.contoso.com"';
  for (let n = 0; ; n++) {
    const next = `;ErrorType${n}="Connect Attempt Failure";WinsockFailureCode${n}="274D(WSAECONNREFUSED)"`;
    if (text.length + next.length > LIMIT) break;
    text += next;
  }
  return text.padEnd(LIMIT, ' ');
})();

const ESCAPES_LONG = fill('1;reason="', '\\\\\\"', '"', LIMIT);
const SEMICOLONS_LONG = fill('4294967295', ';', '', LIMIT);
const EQUALS_LONG = fill('1;x=', '=', '', LIMIT);
const JUNK_LONG = fill('1;reason="r"', ' "=;\\";=" ', ';source="s"', LIMIT);

describe('parseDiagnosticsHeader', () => {
  bench(`short realistic header (${SHORT.length} chars)`, () => {
    parseDiagnosticsHeader(SHORT);
  });
  bench(`realistic parameters (${REALISTIC_LONG.length} chars)`, () => {
    parseDiagnosticsHeader(REALISTIC_LONG);
  });
  bench(`escaped quotes and backslashes (${ESCAPES_LONG.length} chars)`, () => {
    parseDiagnosticsHeader(ESCAPES_LONG);
  });
  bench(`";" runs (${SEMICOLONS_LONG.length} chars)`, () => {
    parseDiagnosticsHeader(SEMICOLONS_LONG);
  });
  bench(`"=" runs (${EQUALS_LONG.length} chars)`, () => {
    parseDiagnosticsHeader(EQUALS_LONG);
  });
  bench(`quoted junk between parameters (${JUNK_LONG.length} chars)`, () => {
    parseDiagnosticsHeader(JUNK_LONG);
  });
});

const WARNING_SHORT = 'Warning: 399 sip.contoso.com "Unable to find a matching codec"';
const WARNING_LONG = fill('Warning: ', '399 sip.contoso.com "a, \\"b\\"", ', '301 h "x"', LIMIT);

describe('parseWarningHeader', () => {
  bench(`short realistic header (${WARNING_SHORT.length} chars)`, () => {
    parseWarningHeader(WARNING_SHORT);
  });
  bench(`many values (${WARNING_LONG.length} chars)`, () => {
    parseWarningHeader(WARNING_LONG);
  });
});
