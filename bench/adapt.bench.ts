import { bench, describe } from 'vitest';
import { errorInputFromSipMessage } from '../src/adapters/index';

// Linearity, by comparing two sizes instead of timing one against a clock in a test: a
// header four times as long should take about four times as long (divide each mean by its
// size); a quadratic reader would take sixteen.
const options = { time: 1_000 };

function response(reasonLength: number): string {
  return `SIP/2.0 404 Not Found\r\nCSeq: 1 INVITE\r\nms-diagnostics: 1003;reason="${'x'.repeat(reasonLength)}"\r\n\r\n`;
}

const SMALL = response(500_000);
const LARGE = response(2_000_000);

describe('errorInputFromSipMessage on a huge ms-diagnostics header', () => {
  bench(`${SMALL.length} characters`, () => void errorInputFromSipMessage(SMALL), options);
  bench(`${LARGE.length} characters (4x)`, () => void errorInputFromSipMessage(LARGE), options);
});
