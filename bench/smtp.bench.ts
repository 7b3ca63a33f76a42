/**
 * Parsing a whole bounce message is linear in its length (issue 19): a 1 MB delivery-status
 * message against a 100 kB one should take about ten times as long, not a hundred.
 */
import { bench, describe } from 'vitest';
import { parseBounceMessage, smtp } from '../src/core/families/smtp/index';

const head = [
  'From: MAILER-DAEMON@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  '',
  '--B',
  'Content-Type: text/plain',
  '',
  'This is the mail system at host mx.example.com.',
  '--B',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
].join('\r\n');
const block = (i: number) =>
  `Final-Recipient: rfc822; user${i}@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <user${i}@example.org>: Recipient address rejected: User unknown\r\n\r\n`;

/** A bounce of about `bytes` bytes: recipient blocks, then a long returned message. */
function bounceOf(bytes: number): string {
  let blocks = '';
  for (let i = 0; blocks.length < bytes / 2; i++) blocks += block(i);
  const returned = 'Lorem ipsum dolor sit amet 550 5.1.1 spam virus.\r\n'.repeat(
    Math.ceil(bytes / 2 / 50),
  );
  return `${head}${blocks}--B\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\n\r\n${returned}\r\n--B--\r\n`;
}

const small = bounceOf(100_000);
const large = bounceOf(1_000_000);

describe('parseBounceMessage + resolve each recipient', () => {
  bench('100 kB bounce', async () => {
    for (const r of await parseBounceMessage(small)) smtp.resolve(r);
  });
  bench('1 MB bounce', async () => {
    for (const r of await parseBounceMessage(large)) smtp.resolve(r);
  });
});

describe('resolve a whole non-standard bounce text', () => {
  const text = (n: number) => `host mx.example.org said: 550 5.1.1 user unknown\n${'x '.repeat(n)}`;
  const t100 = text(50_000);
  const t1m = text(500_000);
  bench('100 kB text', () => {
    smtp.resolve(t100);
  });
  bench('1 MB text (capped at 100 kB)', () => {
    smtp.resolve(t1m);
  });
});
