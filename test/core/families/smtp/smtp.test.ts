import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/uc-error-kit-smtp.json';
import { generatedFiles } from '../../../../scripts/extract-smtp.mjs';
import {
  loadProviders,
  parseBounceMessage,
  readWebhookEvent,
  SMTP_REASON_NAMES,
  SMTP_REASONS,
  smtp,
} from '../../../../src/core/families/smtp/index';
import { MAX_LENGTH, readText } from '../../../../src/core/families/smtp/read';
import { itWithSeeds } from '../../../seeds';

const words = en as Record<string, string>;

describe('the SMTP catalog and words', () => {
  itWithSeeds('is what the generator makes from the seed today', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      expect(readFileSync(file, 'utf8'), file).toBe(expected);
    }
  });

  it('has at least 25 reasons, each with a sentence, details and a staff detail in English', () => {
    expect(SMTP_REASON_NAMES.length).toBeGreaterThanOrEqual(25);
    for (const name of SMTP_REASON_NAMES) {
      const info = SMTP_REASONS[name];
      expect(words[info.summaryKey], name).toBeTypeOf('string');
      if (info.detailsKey !== undefined) expect(words[info.detailsKey], name).toBeTypeOf('string');
      expect(words[`staff.${name}`], name).toBeTypeOf('string');
    }
  });

  it("resolves every reason's example to that reason", () => {
    for (const e of smtp.entries()) {
      const r = smtp.resolve(e.input, e.context);
      expect(r.reason, e.id).toBe(e.reason);
      expect(r.summaryKey).toBe(e.summaryKey);
    }
  });
});

describe('reading replies as apps receive them (issue 19)', () => {
  it.each([
    [
      'host mx.example.jp[192.0.2.1] said: 550 5.1.1 <x@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
      'userUnknown',
      'words',
    ],
    [
      'SMTP error from remote mail server after RCPT TO:<x@example.org>: 550 5.2.2 mailbox full',
      'mailboxFull',
      'words',
    ],
    [
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
      'userUnknown',
      'words',
    ],
    ["Sorry, I couldn't find any host named example.net. (#5.1.2)", 'hostUnknown', 'enhanced-code'],
    ['554 5.7.9 Message not accepted for policy reasons', 'policyViolation', 'words'],
    ['550 5.1.0 <bounce@example.com> sender rejected', 'senderRejected', 'words'],
    [
      "5.1.0 - Unknown address error 550-'5.2.2 <x@example.org>... Mailbox Full'",
      'mailboxFull',
      'words',
    ],
    ['450 busy - please try later 551 not our user 503 need RCPT command', 'userUnknown', 'words'],
    ['retry timeout exceeded', 'expired', 'words'],
    ['535 5.7.8 Username and Password not accepted.', 'signInFailed', 'words'],
    ['0x800CCC0E', 'networkError', 'code'],
  ])('%s → %s', (line, reason, evidence) => {
    const r = smtp.resolve(line);
    expect(r.reason).toBe(reason);
    expect(r.evidence).toBe(evidence);
    expect(r.handled).toBe(true);
    expect(r.show).toBe(true);
  });

  it('reads a multi-line reply, and a transcript by its decisive reply', () => {
    const gmail =
      '550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the address\r\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser z1si - gsmtp';
    expect(smtp.resolve(gmail).reply).toMatchObject({
      code: '550',
      enhancedCode: '5.1.1',
      lines: 3,
    });
    expect(
      readText('450 busy - please try later 551 not our user 503 need RCPT command').decisive?.code,
    ).toBe('551');
  });

  it('reads RFC 3464 fields, pasted or as an object; a failed 4.x.x DSN is expired and permanent', () => {
    const pasted = smtp.resolve(
      'Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.org>:\n    Recipient address rejected: User unknown',
    );
    expect(pasted).toMatchObject({
      reason: 'userUnknown',
      addressDead: true,
      recipient: 'bob@example.org',
      intent: 'error',
    });
    const expired = smtp.resolve({
      status: '4.4.1',
      action: 'failed',
      diagnosticCode: 'smtp; 421 4.4.1 timeout',
    });
    expect(expired).toMatchObject({
      reason: 'expired',
      behaviour: 'permanent',
      addressDead: false,
    });
    expect(smtp.resolve({ status: '5.1.1', action: 'failed' })).toMatchObject({
      reason: 'userUnknown',
      evidence: 'enhanced-code',
    });
  });

  it('keeps addressDead apart from permanent, and sets the intent', () => {
    expect(smtp.resolve('550 5.7.1 Message rejected as spam')).toMatchObject({
      behaviour: 'permanent',
      addressDead: false,
      intent: 'error',
    });
    expect(smtp.resolve('452 4.2.2 over quota')).toMatchObject({
      behaviour: 'temporary',
      intent: 'warning',
    });
    expect(smtp.resolve('250 2.0.0 OK')).toMatchObject({ reason: 'delivered', intent: 'success' });
    expect(smtp.resolve({ kind: 'auto-reply' })).toMatchObject({
      reason: 'autoReply',
      intent: 'info',
    });
  });

  it('gives no specific sentence for a generic code or phrase', () => {
    for (const line of [
      '550 Requested action not taken',
      '554 5.7.1 Rejected',
      '550 5.0.0 error',
    ]) {
      const r = smtp.resolve(line);
      expect(r.reason, line).toBeUndefined();
      expect(r.summaryKey).toBe('sendFailed');
      expect(r.addressDead).toBe(true);
    }
  });
});

describe('real usage that differs from the RFC texts', () => {
  it('reads a permanent "mailbox unavailable" as an unknown recipient, not a busy or policy one', () => {
    // Microsoft's NDR table: 550 5.5.0 ... mailbox unavailable = not found by address lookup.
    for (const line of [
      'host outlook-com.olc.protection.outlook.com[104.47.2.33] said: 550 5.5.0 Requested action not taken: mailbox unavailable. (in reply to RCPT TO command)',
      '550 Requested action not taken: mailbox unavailable',
      '550 mailbox x@example.cn unavailable',
    ]) {
      const r = smtp.resolve(line);
      expect(r.reason, line).toBe('userUnknown');
      expect(r.addressDead).toBe(true);
    }
    // RFC 5321's 450 text ("mailbox busy") and an X.7.x policy reply keep their meaning.
    expect(smtp.resolve('450 Requested mail action not taken: mailbox unavailable').reason).toBe(
      undefined,
    );
    expect(smtp.resolve('550 5.7.1 Requested action not taken: mailbox unavailable').reason).toBe(
      undefined,
    );
    // A 5.2.1 says the account is disabled, whatever its text.
    expect(smtp.resolve('550 5.2.1 mailbox unavailable').reason).toBe('accountSuspended');
  });

  it("reads Microsoft 365's three-digit details by its NDR table", () => {
    const cases: [string, string][] = [
      ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]', 'blockedReputation'],
      ['451 4.7.500 Access denied, please try again later', 'blockedReputation'],
      [
        '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification',
        'authenticationFailed',
      ],
      [
        '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
        'rejectedByRecipient',
      ],
      ['550 5.7.64 TenantAttribution; Relay Access Denied', 'relayingDenied'],
      ['550 5.4.300 Message expired', 'expired'],
      ['451 4.4.316 Connection refused [Message=Socket error code 10061]', 'networkError'],
      [
        '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
        'tlsRequired',
      ],
    ];
    for (const [line, reason] of cases) expect(smtp.resolve(line).reason, line).toBe(reason);
  });

  it('names no reason from a text that lists possible causes', () => {
    const r = smtp.resolve(
      '550-The mail server could not deliver mail to x@example.nl. The account 550-or domain may not exist, they may be blacklisted, or missing the proper dns 550 entries.',
    );
    expect(r.reason).toBeUndefined();
    expect(r.addressDead).toBe(true);
  });
});

describe('what loads on demand', () => {
  it('reads an event object only once its readers are loaded, and says so before', async () => {
    const event = { event: 'dropped', email: 'd@example.org', reason: 'Bounced Address' };
    expect(smtp.providersLoaded()).toBe(false);
    const before = smtp.resolve(event);
    expect(before.reason).toBeUndefined();
    expect(before.problems.map((p) => p.message).join(' ')).toMatch(/smtp\.ready\(\)/);
    // readWebhookEvent loads the readers; resolve reads events from then on.
    expect(await readWebhookEvent(event)).toHaveLength(1);
    expect(smtp.resolve(event).reason).toBe('suppressed');
  });
});

describe('provider rows, on demand', () => {
  it('gives the same reason before and after loading, and names the row after', async () => {
    const line = '550 5.1.1 The email account that you tried to reach does not exist.';
    const before = smtp.resolve(line, { provider: 'gmail' });
    expect(before.reason).toBe('userUnknown');
    expect(smtp.entries().every((e) => e.kind === 'reason')).toBe(true);
    await loadProviders();
    const after = smtp.resolve(line, { provider: 'gmail' });
    expect(after.reason).toBe('userUnknown');
    expect(after.entry?.provider).toBe('gmail');
    expect(smtp.entries().filter((e) => e.kind === 'provider-row')).toHaveLength(361);
    // A two-word row never matches a long bounce by its words.
    expect(
      smtp.resolve('500 5.5.1 Syntax error, the server did not like a long story', {
        provider: 'gmail',
      }).entry,
    ).toBeUndefined();
  });

  it('lists, groups, labels and finds entries', async () => {
    await loadProviders();
    const e = smtp.entries().find((x) => x.id === 'gmail 550 5.1.1 #1');
    expect(e).toBeDefined();
    if (!e) return;
    expect(smtp.display.groupOf(e)).toBe('Gmail / Google Workspace');
    expect(smtp.display.labelOf(e)).toMatch(/^550 5\.1\.1 /);
    expect(smtp.display.searchTextOf(e)).toContain('5.1.1');
    expect(smtp.contextFields[0]?.values).toEqual(['mailgun', 'gmail', 'outlook', 'sendgrid']);
  });
});

describe('webhook events', () => {
  it('reads an SES bounce notification, one report per recipient', async () => {
    const reports = await readWebhookEvent({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'Suppressed',
        bouncedRecipients: [
          {
            emailAddress: 'a@example.org',
            action: 'failed',
            status: '5.1.1',
            diagnosticCode: 'Amazon SES has suppressed sending to this address',
          },
        ],
      },
    });
    expect(reports).toHaveLength(1);
    expect(smtp.resolve(reports[0])).toMatchObject({
      reason: 'suppressed',
      addressDead: true,
      recipient: 'a@example.org',
    });
  });

  it('reads Mailgun failed and SendGrid bounce / dropped events', async () => {
    await smtp.ready();
    const mg = smtp.resolve({
      'event-data': {
        event: 'failed',
        severity: 'permanent',
        reason: 'bounce',
        recipient: 'b@example.org',
        'delivery-status': {
          code: 550,
          message: '5.1.1 The email account that you tried to reach does not exist',
        },
      },
    });
    expect(mg).toMatchObject({ reason: 'userUnknown', behaviour: 'permanent' });
    const sg = smtp.resolve({
      event: 'bounce',
      email: 'c@example.org',
      type: 'bounce',
      status: '5.0.0',
      reason: '550 5.2.2 mailbox full',
    });
    expect(sg.reason).toBe('mailboxFull');
    const dropped = smtp.resolve({
      event: 'dropped',
      email: 'd@example.org',
      reason: 'Bounced Address',
    });
    expect(dropped).toMatchObject({ reason: 'suppressed', behaviour: 'permanent' });
    expect(
      await readWebhookEvent([
        { event: 'deferred', email: 'e@example.org', response: '421 4.7.0 try later' },
      ]),
    ).toHaveLength(1);
  });
});

describe('whole bounce messages', () => {
  const dsn = [
    'From: MAILER-DAEMON@example.com',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'I am sorry.',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    'Final-Recipient: rfc822; one@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    '',
    'Final-Recipient: rfc822; two@example.org',
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
    '',
    '--B--',
    '',
  ].join('\r\n');

  it('gives one report per failed recipient of a multipart/report', async () => {
    const reports = await parseBounceMessage(dsn);
    expect(reports.map((r) => [r.recipient, smtp.resolve(r).reason])).toEqual([
      ['one@example.org', 'userUnknown'],
      ['two@example.org', 'mailboxFull'],
    ]);
  });

  it('parses a larger message in time linear in its length', { timeout: 30_000 }, async () => {
    const block =
      'Final-Recipient: rfc822; x@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n';
    const make = (n: number) =>
      dsn.replace(
        'Reporting-MTA: dns; mx.example.com',
        `Reporting-MTA: dns; mx.example.com\r\n\r\n${block.repeat(n)}`,
      );
    const t = async (s: string) => {
      const start = performance.now();
      await parseBounceMessage(s);
      return performance.now() - start;
    };
    await t(make(100));
    const small = await t(make(800));
    const large = await t(make(8000));
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});

describe('untrusted input', () => {
  it('answers for prototype keys, odd values and odd contexts', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      Number.NaN,
      {},
      [],
      '__proto__',
      'constructor 550',
      { __proto__: { reply: '550' } },
      { verdict: { classification: 'constructor' } },
      { kind: 'toString' },
    ];
    for (const input of odd) {
      for (const context of [
        undefined,
        null,
        'gmail',
        { provider: '__proto__' },
        JSON.parse('{"__proto__": {"provider": "gmail"}}'),
      ]) {
        const r = smtp.resolve(input as never, context as never);
        expect(r.family).toBe('smtp');
        expect(typeof r.summaryKey).toBe('string');
      }
    }
  });

  it('never throws on any input (fast-check)', { timeout: 60_000 }, () => {
    const replyish = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(
          '5',
          '4',
          '2',
          '0',
          '1',
          'x',
          'X',
          '.',
          '-',
          ' ',
          '\n',
          '\r',
          '"',
          ',',
          '#',
          '(',
          ':',
          ';',
          '@',
        ),
        maxLength: 300,
      }),
      fc
        .tuple(fc.integer({ min: 200, max: 599 }), fc.string())
        .map(([c, t]) => `${c}-5.1.1 ${t}\n${c} ${t}`),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          replyish,
          fc.anything(),
          fc.record({
            reply: replyish,
            status: fc.string(),
            action: fc.string(),
            diagnosticCode: replyish,
          }),
        ),
        fc.constantFrom(undefined, 'gmail', 'x'),
        (input, provider) => {
          const r = smtp.resolve(input as never, { provider } as never);
          expect(typeof r.summaryKey).toBe('string');
          expect(r.facts.every((f) => typeof f.value === 'string')).toBe(true);
        },
      ),
      { numRuns: 400, seed: 19 },
    );
  });

  it('never rejects a message, whatever its bytes (fast-check)', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 500 }), fc.uint8Array({ maxLength: 500 })),
        async (raw) => {
          const reports = await parseBounceMessage(raw);
          expect(Array.isArray(reports)).toBe(true);
        },
      ),
      { numRuns: 100, seed: 19 },
    );
  });

  it('reads a long text in bounded time: capped, one pass', () => {
    const long = '550-5.1.1 x\n'.repeat(50_000);
    const start = performance.now();
    const read = readText(long);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(read.problems.map((p) => p.field)).toEqual(['input']);
    expect(MAX_LENGTH).toBe(100_000);
  });
});

describe('readers broadened on a wider corpus (smtp3)', () => {
  const reason = (line: string) => smtp.resolve(line).reason;

  it('reads the documented phrases of more MTAs', () => {
    // Lotus Domino: "not listed in" is not a block list here.
    expect(reason('User jo (jo@example.org) not listed in Domino Directory')).toBe('userUnknown');
    expect(
      reason('550 Blocked using spam pattern, your message may contain the spam contents'),
    ).toBe('spamDetected');
    expect(reason('554 Client host [192.0.2.1] blocked using bl.spamcop.net')).toBe(
      'blockedReputation',
    );
    expect(reason('554 5.7.1 failed several antispam checks; check your spf, HELO, PTR')).toBe(
      'spamDetected',
    );
    expect(reason('553 Sender Policy Framework (SPF) fail')).toBe('authenticationFailed');
    expect(reason("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")).toBe(
      'relayingDenied',
    );
    // qmail's "Giving up on <host>" follows the host's own refusal, which decides.
    expect(
      reason(
        'Remote host said: 550 <a@example.org>: Recipient address rejected: User unknown\nGiving up on 192.0.2.1.',
      ),
    ).toBe('userUnknown');
  });

  it('lets a lasting state outlast the retries, and calls the rest expired', () => {
    const full = smtp.resolve({
      action: 'failed',
      status: '4.0.0',
      diagnosticCode: 'smtp; 452 <a@example.org> Mailbox size limit exceeded',
    });
    expect(full.reason).toBe('mailboxFull');
    const timeout = smtp.resolve({
      action: 'failed',
      status: '4.0.0',
      diagnosticCode: 'smtp; 426 connection timed out',
    });
    expect(timeout.reason).toBe('expired');
  });

  it('reads a bounce body: permanence words, echoed headers, addresses in replies', async () => {
    const qmail = [
      'From: MAILER-DAEMON@mx.example.net',
      'Subject: failure notice',
      '',
      'Hi. This is the qmail-send program at mx.example.net.',
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<a@example.org>:',
      '',
      '--- Below this line is a copy of the message.',
      '',
      'Subject: Virus found in my mail',
    ].join('\n');
    const [q] = await parseBounceMessage(qmail);
    const rq = smtp.resolve(q);
    expect(rq.reason).toBeUndefined();
    expect(rq.behaviour).toBe('permanent');
    expect(rq.addressDead).toBe(true);

    const exchange = [
      'From: postmaster@example.net',
      'Subject: Undeliverable: Mailman 2.0.12 released',
      '',
      'Your message',
      '  To:      list@example.com',
      '  Subject: Virus in my mail',
      'did not reach the following recipient(s):',
      'jo@example.net on Thu, 11 Jul 2002 16:54:54 -0300',
      '    The recipient name is not recognized',
    ].join('\n');
    const reports = await parseBounceMessage(exchange);
    expect(reports.map((r) => r.recipient)).toEqual(['jo@example.net']);
    expect(smtp.resolve(reports[0]).reason).toBe('userUnknown');
  });
});

describe('readers broadened on mail libraries and vendor documentation (smtp4)', () => {
  const reason = (line: string) => smtp.resolve(line).reason;

  it("reads Microsoft 365's three-digit details before the generic words that come with them", () => {
    // Microsoft's NDR table: 5.7.511 is a banned sending IP, whatever "Access denied" suggests.
    expect(reason('550 5.7.511 Access denied, banned sender')).toBe('blockedReputation');
    expect(reason('432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded')).toBe(
      'rateLimited',
    );
    expect(
      reason(
        "450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with ...'",
      ),
    ).toBe('networkError');
    // 5.1.10 is RFC 7505's null MX, but Microsoft answers it for an unknown recipient.
    expect(reason('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found')).toBe(
      'userUnknown',
    );
    expect(
      reason(
        "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
      ),
    ).toBe('rejectedByRecipient');
  });

  it("reads a sending program's malformed message as a syntax error, the address alive", () => {
    // Microsoft 365's 5.6.11 (bare line feeds) and Postfix's 5.6.7 (SMTPUTF8, RFC 6531): the
    // sender's software wrote the message wrongly; nothing is wrong with the address.
    for (const line of [
      '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds',
      '555 5.6.7 SMTPUTF8 is required, but was not offered by host mx.example.net[192.0.2.1]',
    ]) {
      const r = smtp.resolve(line);
      expect(r.reason, line).toBe('syntaxError');
      expect(r.addressDead, line).toBe(false);
    }
  });

  it('keeps the words glued to an address and reads more MTAs and languages', () => {
    expect(reason('smtp; 550 someone@earthlink.net...User unknown')).toBe('userUnknown');
    expect(reason('X-LOCAL; 500 (err.nosuchuser)')).toBe('userUnknown');
    expect(reason('553 5.3.0 <a@example.org>... Unknown E-Mail Address')).toBe('userUnknown');
    expect(reason('This address no longer accepts mail.')).toBe('userUnknown');
    expect(reason('local delivery failed')).toBe('mailerError');
    expect(reason('subject was "fail this" (filter fail)')).toBe('rejectedByRecipient');
    expect(reason('lowest numbered MX record points to local host')).toBe('systemError');
    expect(reason('mailbox is full: retry timeout exceeded')).toBe('mailboxFull');
    // What the review of these rules found: each phrase only in its own sense.
    expect(reason('Command output: maildrop: maildir over quota.')).toBe('mailboxFull');
    expect(reason('Command output: avpcheck: unable to connect to avp daemon')).toBe('mailerError');
    expect(reason('550 5.1.1 Not delivering to <b@example.net>: no such user here')).toBe(
      'userUnknown',
    );
    expect(reason('550 5.4.316 Message expired, connection refused(Socket error code 10061)')).toBe(
      'expired',
    );
    expect(reason('535 5.7.8 Authentication failed: CRAM-MD5 challenge response mismatch')).toBe(
      'signInFailed',
    );
    expect(reason('501 5.1.7 Unknown email address in MAIL FROM')).toBe('senderRejected');
    expect(
      reason('delivery temporarily suspended: TLS is required, but was not offered by host mx'),
    ).toBe('tlsRequired');
    expect(
      reason(
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to OverQuotaTemp",
      ),
    ).toBe('mailboxFull');
    expect(
      reason(
        "Your message to bob@contoso.com couldn't be delivered. bob wasn't found at contoso.com. Subject: Automatische Antwort: Rechnung",
      ),
    ).toBe('userUnknown');
    expect(
      reason(
        'user does not exist, but will deliver to /home/vpopmail/domains/example.org/postmaster/ can not open new email file',
      ),
    ).toBe('mailerError');
  });

  it('holds a challenge-response answer, and reads automatic replies in other languages', async () => {
    const message = (subject: string, body: string) =>
      [
        'From: someone@example.org',
        'To: you@example.net',
        `Subject: ${subject}`,
        'Auto-Submitted: auto-replied',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
      ].join('\r\n');
    const [held] = await parseBounceMessage(
      message(
        'Re: hello',
        'The person you are trying to reach uses BoxTrapper and requires that you verify that you are a real live human being.',
      ),
    );
    expect(smtp.resolve(held).reason).toBe('onHold');
    const [german] = await parseBounceMessage(
      message('Automatische Antwort: hello', 'Ich bin bis Montag nicht im Büro.'),
    );
    expect(smtp.resolve(german).reason).toBe('autoReply');
    expect(reason('E-Mail Empfangsbestätigung: vielen Dank für Ihre Nachricht')).toBe('autoReply');
  });
});

describe('reports that are no bounce (smtp7)', () => {
  it('reads no failed recipient from an SMTP TLS report (RFC 8460)', async () => {
    const tlsrpt = [
      'From: noreply-smtp-tls-reporting@google.com',
      'To: tls-reports@example.org',
      'Subject: Report Domain: example.org Submitter: google.com Report-ID: <2024.01.01T00.00.00Z+example.org@google.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type="tlsrpt"; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'This is an aggregate TLS report from google.com',
      '--b--',
      '',
    ].join('\r\n');
    expect(await parseBounceMessage(tlsrpt)).toEqual([]);
  });
});
