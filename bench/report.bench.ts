import { bench, describe } from 'vitest';
import { buildErrorReport, parseErrorReport } from '../src/report/index';

// Linearity, by comparing two sizes instead of timing one against a clock in a test: a
// document four times as long should take about four times as long to parse (divide each
// mean by its size); a quadratic parser would take sixteen.
const options = { time: 1_000 };

function report(progressReports: number): string {
  return buildErrorReport({
    callId: 'f5290007af32443f8a82daa76c934880',
    requestType: 'INVITE',
    responseCode: 504,
    diagHeader: '1007;reason="Temporarily cannot route";source="server.contoso.com"',
    progressReports: Array.from(
      { length: progressReports },
      (_, i) => `${i};reason="${'y'.repeat(60_000)}"`,
    ),
  });
}

const SMALL = report(50);
const LARGE = report(200);

describe('parseErrorReport on a large document', () => {
  bench(`${SMALL.length} characters`, () => void parseErrorReport(SMALL), options);
  bench(`${LARGE.length} characters (4x)`, () => void parseErrorReport(LARGE), options);
});
