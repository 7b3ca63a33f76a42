import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSchema } from '../../e2e/scripts/extract-schema.mjs';
import {
  buildErrorReport,
  buildErrorReportDetailed,
  type ErrorReportFields,
  parseErrorReport,
  REPORT_LIMITS,
} from '../../src/report/index';
import { MS_OCER_SEED, seedLines } from '../seeds';
import { ensureXmllint, validate } from './xmllint';

/** The seed's report example from `<reportError` at `start` to `</reportError>` at `end`. */
function seedExample(start: number, end: number): string {
  const lines = seedLines(MS_OCER_SEED, start, end);
  expect(lines[0]).toMatch(/^<reportError /);
  expect(lines.at(-1)).toMatch(/^<\/reportError>/);
  return lines.join('\n');
}

const SPEC_REPORT: ErrorReportFields = {
  callId: 'f5290007af32443f8a82daa76c934880',
  fromUri: 'sip:alice@contoso.com',
  toUri: 'sip:bob@contoso.com;user=phone',
  fromTag: 'd1efe7a825',
  toTag: '66643C5C12E2A03D937F1045F8E8484F',
  requestType: 'INVITE',
  contentType: 'application/sdp;call-type=audiovideo',
  responseCode: 504,
  diagHeader:
    '1007;reason="Temporarily cannot route";source="server.contoso.com";ErrorType="Connect Attempt Failure";WinsockFailureDescription="The peer actively refused the connection attempt";WinsockFailureCode="274D(WSAECONNREFUSED)";Peer="gateway.contoso.com"',
  progressReports: [
    '12006;reason="Trying next hop";source="server.contoso.com";appName="OutboundRouting"',
  ],
};

beforeAll(() => {
  ensureXmllint();
});

describe('the spec examples', () => {
  it('the committed schema is Appendix A as the seed prints it (lines 335-412)', () => {
    // The appendix's lines at their own numbers, the rest blank: the extractor reads them
    // as it reads the whole seed.
    const text = [...Array<string>(332).fill(''), ...seedLines(MS_OCER_SEED, 333, 412)].join('\n');
    const schema = extractSchema(text);
    expect([schema.start, schema.end]).toEqual([335, 412]);
    expect(schema.text).toBe(
      readFileSync(new URL('../../src/report/msrtc-reporterror.xsd', import.meta.url), 'utf8'),
    );
  });

  it('validate against the Appendix A schema (2.2.2 at line 151, 4.1 at line 301)', () => {
    for (const result of validate(seedExample(151, 168), seedExample(301, 317))) {
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    }
  });

  it('are read by the parser (4.1, lines 301-317)', () => {
    const report = parseErrorReport(seedExample(301, 317));
    expect(report).toMatchObject({
      ok: true,
      callId: 'f5290007af32443f8a82daa76c934880',
      toUri: 'sip:bob@contoso.com;user=phone',
      fromUri: undefined,
      fromTag: 'd1efe7a825',
      toTag: '66643C5C12E2A03D937F1045F8E8484F',
      contentType: 'application/sdp;call-type=audiovideo',
      responseCode: 504,
      requestType: 'INVITE',
    });
    if (!report.ok) return;
    expect(report.diagHeader).toMatch(
      /^1007;reason="Temporarily cannot route";.*Peer="gateway.contoso.com"$/,
    );
    expect(report.progressReports).toHaveLength(1);
    expect(report.progressReports[0]).toMatch(
      /^12006;reason="Trying next hop";.*appName="OutboundRouting"$/,
    );
  });

  it('2.2.2 example (line 151): trailing layout whitespace of diagHeader is dropped', () => {
    const report = parseErrorReport(seedExample(151, 168));
    expect(report).toMatchObject({
      ok: true,
      responseCode: 408,
      diagHeader: '10000;reason="Gateway returned a SIP failure code"',
    });
  });
});

describe('buildErrorReport', () => {
  it('writes a schema-valid document that the parser reads back', () => {
    const xml = buildErrorReport(SPEC_REPORT);
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toEqual({ ok: true, ...SPEC_REPORT });
  });

  it('writes the required progressReports even when there is none', () => {
    const xml = buildErrorReport({
      callId: 'c',
      requestType: 'MESSAGE',
      responseCode: 480,
      progressReports: [],
    });
    expect(xml).toContain('<progressReports/>');
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toMatchObject({
      ok: true,
      diagHeader: undefined,
      progressReports: [],
    });
  });

  it('writes each ms-diagnostics of a Mediation Server 404 as its own diagHeader', () => {
    const fields = {
      ...SPEC_REPORT,
      responseCode: 404,
      diagHeader: ['1034;reason="a"', '10003;reason="b"'],
    };
    const xml = buildErrorReport(fields);
    expect(xml.match(/<diagHeader>/g)).toHaveLength(3);
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toEqual({ ok: true, ...fields });
  });

  it('escapes markup and keeps tabs and line breaks in attributes', () => {
    const fields: ErrorReportFields = {
      callId: 'a"b\'c<d>&e\tf\ng\rh',
      requestType: 'INVITE',
      responseCode: 486,
      diagHeader: '1;reason="<script>&amp;</script>"\r\nx',
      progressReports: [']]>&lt;'],
    };
    const xml = buildErrorReport(fields);
    expect(xml).not.toContain('<script>');
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toEqual({ ok: true, ...fields });
  });

  it('replaces characters XML 1.0 does not allow and records it', () => {
    const { xml, adjustments } = buildErrorReportDetailed({
      callId: 'x\u0000y\u001bz',
      requestType: 'INVITE\ud800',
      responseCode: 500,
      diagHeader: '1\uffff',
      progressReports: ['\u0007'],
    });
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toMatchObject({
      ok: true,
      callId: 'x\ufffdy\ufffdz',
      requestType: 'INVITE\ufffd',
      diagHeader: '1\ufffd',
      progressReports: ['\ufffd'],
    });
    expect(adjustments.map((a) => `${a.field}:${a.change}`)).toEqual([
      'callId:replaced-characters',
      'requestType:replaced-characters',
      'diagHeader:replaced-characters',
      'progressReports[0]:replaced-characters',
    ]);
  });

  it('cuts requestType at 33, contentType at 257 and a diagHeader at 65,535 characters', () => {
    const { xml, adjustments } = buildErrorReportDetailed({
      callId: 'c',
      requestType: 'X'.repeat(40),
      contentType: 'a'.repeat(300),
      responseCode: 500,
      diagHeader: `1;reason="${'r'.repeat(70_000)}"`,
      progressReports: ['2;'.padEnd(70_000, 'p')],
    });
    const report = parseErrorReport(xml);
    if (!report.ok) throw new Error(report.message);
    expect(report.requestType).toHaveLength(REPORT_LIMITS.requestType);
    expect(report.contentType).toHaveLength(REPORT_LIMITS.contentType);
    expect(report.diagHeader).toHaveLength(REPORT_LIMITS.diagHeader);
    expect(report.progressReports[0]).toHaveLength(REPORT_LIMITS.diagHeader);
    expect(adjustments.map((a) => a.field)).toEqual([
      'requestType',
      'contentType',
      'diagHeader',
      'progressReports[0]',
    ]);
    expect(validate(xml)[0]?.valid).toBe(true);
  });

  it('never splits a surrogate pair when cutting', () => {
    const report = parseErrorReport(
      buildErrorReport({
        callId: 'c',
        requestType: `${'X'.repeat(32)}😀`,
        responseCode: 500,
        progressReports: [],
      }),
    );
    expect(report).toMatchObject({ ok: true, requestType: 'X'.repeat(32) });
  });

  it('keeps URIs, tags and Call-ID within 669 characters, leaving out the optional ones first', () => {
    const long = (n: number) => 's'.repeat(n);
    const { xml, adjustments } = buildErrorReportDetailed({
      callId: long(100),
      fromUri: `sip:${long(300)}`,
      toUri: `sip:${long(300)}`,
      fromTag: long(20),
      toTag: long(20),
      requestType: 'INVITE',
      responseCode: 404,
      progressReports: [],
    });
    const report = parseErrorReport(xml);
    expect(report).toMatchObject({
      ok: true,
      fromUri: undefined,
      toUri: `sip:${long(300)}`,
      callId: long(100),
    });
    expect(adjustments).toEqual([{ field: 'fromUri', change: 'omitted' }]);
    const huge = buildErrorReportDetailed({
      callId: long(1000),
      requestType: 'INVITE',
      responseCode: 1,
      progressReports: [],
    });
    expect(parseErrorReport(huge.xml)).toMatchObject({ ok: true, callId: long(669) });
  });

  it('writes an invalid responseCode as 0 and says so', () => {
    for (const responseCode of [-1, 1.5, Number.NaN, 2 ** 32]) {
      const built = buildErrorReportDetailed({
        callId: 'c',
        requestType: 'INVITE',
        responseCode,
        progressReports: [],
      });
      expect(built.adjustments).toContainEqual({ field: 'responseCode', change: 'invalid-number' });
      expect(validate(built.xml)[0]?.valid).toBe(true);
    }
  });

  // 40 fixed samples, one xmllint run: a budget, not the 5 s default a busy machine misses.
  it('never throws on hostile fields and always validates', { timeout: 30_000 }, () => {
    const samples = fc.sample(
      fc.record({
        callId: fc.string({ unit: 'binary', maxLength: 40 }),
        fromUri: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
        toTag: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
        requestType: fc.string({ unit: 'binary', maxLength: 40 }),
        contentType: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
        responseCode: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.double()),
        diagHeader: fc.option(fc.string({ unit: 'binary', maxLength: 80 }), { nil: undefined }),
        progressReports: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 3 }),
      }),
      { numRuns: 40, seed: 2019 },
    );
    const documents = samples.map((fields) => buildErrorReport(fields));
    for (const result of validate(...documents)) expect(result.output).toContain('validates');
    for (const xml of documents) expect(parseErrorReport(xml).ok).toBe(true);
    expect(() => buildErrorReport(null as unknown as ErrorReportFields)).not.toThrow();
  });
});

describe('parseErrorReport', () => {
  it.each([
    [undefined, 'not-a-string'],
    ['', 'malformed'],
    ['<reportError', 'malformed'],
    ['<a></b>', 'malformed'],
    ['<!DOCTYPE x [<!ENTITY a "aaaa">]><reportError/>', 'malformed'],
    ['<reportError/>', 'not-a-report'],
    [
      '<reportError xmlns="http://schemas.microsoft.com/2006/09/sip/error-reporting"/>',
      'missing-error',
    ],
    [
      '<reportError xmlns="http://schemas.microsoft.com/2006/09/sip/error-reporting"><error callId="c" requestType="INVITE"><progressReports/></error></reportError>',
      'missing-attribute',
    ],
    [
      '<reportError xmlns="http://schemas.microsoft.com/2006/09/sip/error-reporting"><error callId="c" requestType="INVITE" responseCode="-4"><progressReports/></error></reportError>',
      'invalid-response-code',
    ],
    [
      '<reportError xmlns="http://schemas.microsoft.com/2006/09/sip/error-reporting"><error callId="c" requestType="INVITE" responseCode="4"/></reportError>',
      'missing-progress-reports',
    ],
  ])('refuses %j as %s', (xml, error) => {
    expect(parseErrorReport(xml)).toMatchObject({ ok: false, error });
  });

  it('reads a prefixed namespace, CDATA, comments and skips elements of other namespaces', () => {
    const xml = `<?xml version="1.0"?><!-- c --><e:reportError xmlns:e="http://schemas.microsoft.com/2006/09/sip/error-reporting" xmlns:o="urn:other"><e:error callId="c" requestType="MESSAGE" responseCode="480" o:extra="1"><e:diagHeader><![CDATA[3027;reason="<x>"]]></e:diagHeader><e:progressReports><o:thing/></e:progressReports><o:more/></e:error></e:reportError>`;
    expect(validate(xml)[0]?.valid).toBe(true);
    expect(parseErrorReport(xml)).toMatchObject({
      ok: true,
      responseCode: 480,
      diagHeader: '3027;reason="<x>"',
      progressReports: [],
    });
  });

  // Its cost per character is compared across two sizes in bench/report.bench.ts; here only
  // the answer, with a budget that only a hang would exceed.
  it('reads a large document whole', { timeout: 30_000 }, () => {
    const xml = buildErrorReport({
      ...SPEC_REPORT,
      progressReports: Array.from({ length: 200 }, (_, i) => `${i};reason="${'y'.repeat(60_000)}"`),
    });
    const report = parseErrorReport(xml);
    expect(report.ok && report.progressReports).toHaveLength(200);
  });
});
