import { describe, expect, it } from 'vitest';
import { ErrorReportPolicy, outcomeOfServiceResponse } from '../../src/report/index';

// [MS-OCER] 3.1 (seed line 174) and 3.1.5 (lines 225-230), one test per rule.
describe('ErrorReportPolicy', () => {
  it('reports only once the request has failed (line 174)', () => {
    const policy = new ErrorReportPolicy();
    expect(policy.shouldReport(undefined)).toBe(false);
    expect(policy.shouldReport(101)).toBe(false);
    expect(policy.shouldReport(183)).toBe(false);
    expect(policy.shouldReport(200)).toBe(false);
    expect(policy.shouldReport(404)).toBe(true);
    expect(policy.shouldReport(504)).toBe(true);
  });

  it('is done on 200 OK (line 227)', () => {
    const policy = new ErrorReportPolicy();
    expect(policy.onServiceResponse({ status: 200 })).toEqual({ action: 'done' });
    expect(policy.state).toBe('enabled');
  });

  it('stops for the login session on 503 with ms-diagnostics 2019 (line 229)', () => {
    const policy = new ErrorReportPolicy();
    const outcome = policy.onServiceResponse({
      status: 503,
      diagnostics: ['2019;reason="Report error service is not available";source="fe01"'],
      retryAfter: '30',
    });
    expect(outcome).toEqual({ action: 'disable', why: 'service-unavailable-2019' });
    expect(policy.state).toBe('disabled-for-session');
    expect(policy.shouldReport(404)).toBe(false);
    policy.resetLoginSession();
    expect(policy.shouldReport(404)).toBe(true);
  });

  it('stops for the login session on 503 with no ms-diagnostics (line 229)', () => {
    const policy = new ErrorReportPolicy();
    expect(policy.onServiceResponse({ status: 503, diagnostics: [] })).toEqual({
      action: 'disable',
      why: 'service-unavailable-no-diagnostics',
    });
    expect(policy.shouldReport(486)).toBe(false);
  });

  it('retries after Retry-After on a 503 from a busy service (line 228)', () => {
    const policy = new ErrorReportPolicy();
    expect(
      policy.onServiceResponse({
        status: 503,
        diagnostics: ['2020;reason="busy"'],
        retryAfter: '120 (busy)',
      }),
    ).toEqual({
      action: 'retry',
      afterMs: 120_000,
    });
    expect(policy.onServiceResponse({ status: 503, retryAfter: 5 })).toEqual({
      action: 'retry',
      afterMs: 5000,
    });
    expect(policy.state).toBe('enabled');
  });

  it('never retries a 413 and keeps reporting others (line 230)', () => {
    const policy = new ErrorReportPolicy();
    expect(policy.onServiceResponse({ status: 413, retryAfter: '1' })).toEqual({
      action: 'drop',
      why: 'too-large',
    });
    expect(policy.shouldReport(404)).toBe(true);
  });

  it('drops a report on any other failure', () => {
    expect(outcomeOfServiceResponse({ status: 500 })).toEqual({ action: 'drop', why: 'failed' });
    expect(outcomeOfServiceResponse({ status: 503, diagnostics: ['1;reason="x"'] })).toEqual({
      action: 'drop',
      why: 'failed',
    });
    expect(
      outcomeOfServiceResponse({ status: 503, diagnostics: ['ms-diagnostics: 2019'] }),
    ).toMatchObject({ action: 'disable' });
  });
});
