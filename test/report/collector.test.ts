import { describe, expect, it } from 'vitest';
import { errorInputFromMessage } from '../../src/adapters/index';
import {
  ErrorReportCollector,
  ErrorReporter,
  parseErrorReport,
  type SentReport,
} from '../../src/report/index';
import { MEDIATION_404, PARSERS, PROGRESS_101, sip, TIMEOUT_504 } from '../adapters/sip';
import { ensureXmllint, validate } from './xmllint';

describe.each(PARSERS)('ErrorReportCollector with %s messages', (_name, parse) => {
  it('holds the progress diagnostics and reports them when the request fails (4.1)', () => {
    const collector = new ErrorReportCollector();
    expect(collector.observe(parse(PROGRESS_101))).toBeUndefined();
    const fields = collector.observe(parse(TIMEOUT_504));
    expect(fields).toMatchObject({
      callId: 'f5290007af32443f8a82daa76c934880',
      fromUri: 'sip:alice@contoso.com',
      toUri: 'sip:bob@contoso.com;user=phone',
      fromTag: 'd1efe7a825',
      toTag: '66643C5C12E2A03D937F1045F8E8484F',
      requestType: 'INVITE',
      responseCode: 504,
    });
    expect(fields?.diagHeader).toMatch(/^1007;/);
    expect(fields?.progressReports).toHaveLength(1);
    expect(fields?.progressReports[0]).toMatch(/^12006;/);
  });

  it('forgets the progress on a 200 OK', () => {
    const collector = new ErrorReportCollector();
    collector.observe(parse(PROGRESS_101));
    expect(
      collector.observe(parse(PROGRESS_101.replace('101 Progress Report', '200 OK'))),
    ).toBeUndefined();
    expect(collector.observe(parse(TIMEOUT_504))?.progressReports).toEqual([]);
  });

  it('reports every ms-diagnostics of a Mediation Server 404', () => {
    const fields = new ErrorReportCollector().observe(errorInputFromMessage(parse(MEDIATION_404)));
    expect(fields?.diagHeader).toHaveLength(2);
  });
});

describe('ErrorReportCollector', () => {
  it('takes the Content-Type of the request that failed', () => {
    const collector = new ErrorReportCollector();
    collector.request({
      method: 'INVITE',
      call_id: 'f5290007af32443f8a82daa76c934880',
      getHeader: () => undefined,
      extraHeaders: ['Content-Type: application/sdp;call-type=audiovideo'],
    });
    const [, parse] = PARSERS[0];
    expect(collector.observe(parse(TIMEOUT_504))?.contentType).toBe(
      'application/sdp;call-type=audiovideo',
    );
  });

  it('does not report a response the library made up', () => {
    const collector = new ErrorReportCollector();
    const made = errorInputFromMessage({
      statusCode: 408,
      reasonPhrase: 'Request Timeout',
      headers: {},
    });
    expect(made.madeLocally).toBe(true);
    expect(collector.observe(made)).toBeUndefined();
  });

  it('stays bounded: the oldest pending request is forgotten first', () => {
    const collector = new ErrorReportCollector();
    const [, parse] = PARSERS[1];
    const message = (status: string, i: number) =>
      parse(
        sip(
          `SIP/2.0 ${status}`,
          'Via: SIP/2.0/WSS 1.2.3.4;branch=z9hG4bK1',
          'From: <sip:a@b>;tag=1',
          'To: <sip:c@d>;tag=2',
          `Call-ID: c${i}`,
          'CSeq: 1 INVITE',
          `ms-diagnostics: ${i};reason="x"`,
          'Content-Length: 0',
        ),
      );
    for (let i = 0; i < 1000; i++) collector.observe(message('101 Progress Report', i));
    expect(collector.observe(message('504 Server Time-out', 0))?.progressReports).toEqual([]);
    expect(collector.observe(message('504 Server Time-out', 999))?.progressReports).toEqual([
      '999;reason="x"',
    ]);
  });
});

describe('ErrorReporter', () => {
  const failed = () => {
    const [, parse] = PARSERS[0];
    return [parse(PROGRESS_101), parse(TIMEOUT_504)] as const;
  };

  it('sends one schema-valid report per failed request and is done on 200', async () => {
    ensureXmllint();
    const sent: string[] = [];
    const reporter = new ErrorReporter({
      send: async (xml) => {
        sent.push(xml);
        return { status: 200, callId: 'svc-1' };
      },
    });
    const [progress, failure] = failed();
    expect(await reporter.observe(progress)).toBeUndefined();
    const result = await reporter.observe(failure);
    expect(result).toMatchObject({ outcome: { action: 'done' }, attempts: 1 });
    expect(sent).toHaveLength(1);
    expect(validate(sent[0] ?? '')[0]?.valid).toBe(true);
    expect(parseErrorReport(sent[0])).toMatchObject({
      ok: true,
      responseCode: 504,
      progressReports: [expect.stringMatching(/^12006;/)],
    });
  });

  it('waits Retry-After, then sends again', async () => {
    const answers: SentReport[] = [
      { status: 503, retryAfter: '7', diagnostics: [] },
      { status: 200 },
    ];
    const waits: number[] = [];
    const reporter = new ErrorReporter({
      send: async () => answers.shift() ?? { status: 200 },
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    const result = await reporter.observe(failed()[1]);
    expect(waits).toEqual([7000]);
    expect(result).toMatchObject({ attempts: 2, outcome: { action: 'done' } });
  });

  it('sends nothing more in the login session after 503 with 2019', async () => {
    let count = 0;
    const reporter = new ErrorReporter({
      send: async () => {
        count++;
        return {
          status: 503,
          diagnostics: ['2019;reason="Report error service is not available"'],
        };
      },
    });
    const [, parse] = PARSERS[1];
    expect(await reporter.observe(parse(TIMEOUT_504))).toMatchObject({
      outcome: { action: 'disable' },
    });
    expect(await reporter.observe(parse(MEDIATION_404))).toMatchObject({
      outcome: { action: 'skipped' },
      attempts: 0,
    });
    expect(count).toBe(1);
    reporter.resetLoginSession();
    await reporter.observe(parse(MEDIATION_404));
    expect(count).toBe(2);
  });

  it('never reports the failure of its own report', async () => {
    let count = 0;
    const reporter = new ErrorReporter({
      send: async () => {
        count++;
        return { status: 413, callId: 'svc-9' };
      },
    });
    const [, parse] = PARSERS[0];
    await reporter.observe(parse(TIMEOUT_504));
    const own = sip(
      'SIP/2.0 413 Request Entity Too Large',
      'From: <sip:a@b>;tag=1',
      'To: <sip:a@b>;tag=2',
      'Call-ID: svc-9',
      'CSeq: 1 SERVICE',
      'Content-Length: 0',
    );
    expect(await reporter.observe(parse(own))).toBeUndefined();
    expect(count).toBe(1);
  });

  it('drops the report when the sender rejects', async () => {
    const reporter = new ErrorReporter({ send: () => Promise.reject(new Error('down')) });
    expect(await reporter.observe(failed()[1])).toMatchObject({
      outcome: { action: 'drop', why: 'failed' },
    });
  });
});
