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

/** A registration NOTIFY of RFC 3680's reg package whose document holds `n` ended contacts. */
function regNotify(body: string): string {
  return `NOTIFY sip:ue@192.0.2.10 SIP/2.0\r\nFrom: <sip:alice@ims.example.net>;tag=a\r\nTo: <sip:alice@ims.example.net>;tag=b\r\nCSeq: 3 NOTIFY\r\nEvent: reg\r\nContent-Type: application/reginfo+xml\r\n\r\n${body}`;
}
const contacts = (n: number) =>
  `<reginfo><registration aor="sip:alice@ims.example.net" state="terminated">${'<contact state="terminated" event="expired"><uri>sip:ue@192.0.2.1</uri></contact>'.repeat(n)}</registration></reginfo>`;
// The inputs that make a naive tag and attribute reader quadratic: one long run of name
// characters in a start tag.
const run = (n: number) => `<reginfo><registration ${'a'.repeat(n)}></registration></reginfo>`;

describe('errorInputFromSipMessage on a reg NOTIFY (the reader stops at 64 kB)', () => {
  bench(
    '150 contacts (12 kB)',
    () => void errorInputFromSipMessage(regNotify(contacts(150))),
    options,
  );
  bench(
    '600 contacts (48 kB, 4x)',
    () => void errorInputFromSipMessage(regNotify(contacts(600))),
    options,
  );
  bench(
    'a 15 kB run in a start tag',
    () => void errorInputFromSipMessage(regNotify(run(15_000))),
    options,
  );
  bench(
    'a 60 kB run in a start tag (4x)',
    () => void errorInputFromSipMessage(regNotify(run(60_000))),
    options,
  );
});

/** The same NOTIFY with From and To made of `n` angle brackets before the address. */
const angles = (n: number) =>
  regNotify(contacts(1)).replace(
    /<sip:alice@ims\.example\.net>/g,
    `${'<'.repeat(n)}sip:alice@ims.example.net`,
  );
const comments = (n: number) => regNotify(`<reginfo>${'<!-- x -->'.repeat(n)}</reginfo>`);

describe('errorInputFromSipMessage on a hostile reg NOTIFY', () => {
  bench('From and To of 15,000 "<"', () => void errorInputFromSipMessage(angles(15_000)), options);
  bench(
    'From and To of 60,000 "<" (4x)',
    () => void errorInputFromSipMessage(angles(60_000)),
    options,
  );
  bench('1,500 comments (15 kB)', () => void errorInputFromSipMessage(comments(1_500)), options);
  bench(
    '6,000 comments (60 kB, 4x)',
    () => void errorInputFromSipMessage(comments(6_000)),
    options,
  );
});
