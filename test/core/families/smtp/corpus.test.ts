import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadProviders,
  parseBounceMessage,
  type SmtpReport,
  smtp,
} from '../../../../src/core/families/smtp/index';

interface Item {
  file: string;
  kind: 'line' | 'message';
  source: { repo: string; path: string; commit: string; license: string };
  reason: string | null;
  addressDead: boolean;
  recipient?: string;
}

const DIR = 'test/core/families/smtp/corpus';
const { items } = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as { items: Item[] };

/** The report of an item: the line itself, or the parsed message's report for its recipient. */
async function reportOf(item: Item): Promise<SmtpReport> {
  const raw = readFileSync(`${DIR}/${item.file}`, 'utf8');
  if (item.kind === 'line') return { reply: raw };
  const reports = await parseBounceMessage(raw);
  const wanted = item.recipient?.toLowerCase();
  return reports.find((r) => r.recipient?.toLowerCase() === wanted) ?? reports[0] ?? {};
}

/**
 * Measured on this corpus (684 items: specific 86.7 %, right 95.2 %, specific-but-wrong 0.9 %,
 * addressDead 97.4 %, with a provider specific-but-wrong 0.7 %); the floors are what the test
 * asserts, a little under, so a rule that trades one item for another is not a failure but a
 * drop is. The first 201 items (three sources) were tuned on; the 264 of smtp3, the 121 of
 * smtp4, the 34 of smtp5, the 39 of smtp6 and the 25 of smtp7 were labelled before the family
 * ran on them (docs/families/smtp.md, "Corpus"). About one item in ten is no bounce at all
 * (labelled null) and rightly gets no specific sentence, so the specific share stays under 91 %.
 */
const FLOORS = { specific: 0.86, right: 0.94, dead: 0.96, wrong: 0.02, wrongWithProvider: 0.02 };

/** The sources of the first 201 items, the set the rules were tuned on (figures kept apart). */
const FIRST_SOURCES = new Set([
  'crisp-oss/email-bounce-parser',
  'cfortune/PHP-Bounce-Handler',
  'mailgun/flanker',
]);

/**
 * The sources of the 121 items added by smtp4 (16 repositories of mail libraries, MTAs and
 * vendor documentation), labelled before the family ran on them; their figures are kept apart
 * too, the estimate of how the rules carry to bounces they were not written from.
 */
const SMTP4_SOURCES = new Set([
  'Exim/exim',
  'SpamScope/mail-parser',
  'Webklex/php-imap',
  'apache/spamassassin',
  'bestpractical/rt',
  'jhillyerd/enmime',
  'jstedfast/MimeKit',
  'mikel/mail',
  'nodemailer/mailparser',
  'okfde/froide',
  'php-mime-mail-parser/php-mime-mail-parser',
  'postalserver/postal',
  'postalsys/postal-mime',
  'rgl/MailBounceDetector',
  'voku/PHPMailer-BMH',
  'x13-me/OfficeDocs-Exchange',
]);

/**
 * The sources of the 34 items added by smtp5 (helpdesk, CRM and list-manager projects, an MTA's
 * RFC examples and the sending services' webhook payloads of django-anymail's tests), labelled
 * before the family ran on them.
 */
const SMTP5_SOURCES = new Set([
  'KumoCorp/kumomta',
  'RotherOSS/otobo',
  'anymail/django-anymail',
  'chatwoot/chatwoot',
  'discourse/discourse',
  'glpi-project/glpi',
  'justingit/dada-mail',
  'mautic/mautic',
  'zetacomponents/Mail',
]);

/**
 * The sources of the 39 items added by smtp6 (the Symfony Mailer bridges' and SendPortal's
 * webhook fixtures; fml8's regression mails of 1997-2003, many from Japanese providers).
 */
const SMTP6_SOURCES = new Set(['symfony/symfony', 'mettle/sendportal-core', 'fmlorg/fml8']);

/**
 * The sources of the 25 items of smtp7, gathered as a held-out measure of the rules as they
 * stood (mail servers' and clients' test data: chatmail's real NDNs from Gmail, GMX, Posteo,
 * Tiscali, Yahoo and AOL; MediaWiki's BounceHandler; MailKit, mime4j, CPython, laminas-mail;
 * Stalwart's ARF reports).
 */
const SMTP7_SOURCES = new Set([
  'apache/james-mime4j',
  'chatmail/core',
  'jstedfast/MailKit',
  'laminas/laminas-mail',
  'python/cpython',
  'stalwartlabs/mail-auth',
  'wikimedia/mediawiki-extensions-BounceHandler',
]);

/** Whether an item was tuned on or added in a later set (its figures are kept apart). */
const laterSet = (repo: string) =>
  FIRST_SOURCES.has(repo) ||
  SMTP4_SOURCES.has(repo) ||
  SMTP5_SOURCES.has(repo) ||
  SMTP6_SOURCES.has(repo) ||
  SMTP7_SOURCES.has(repo);

describe('the corpus of real bounces', () => {
  it('cites a source for every item', () => {
    expect(items.length).toBeGreaterThanOrEqual(684);
    for (const item of items) {
      expect(item.source.repo, item.file).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(item.source.commit, item.file).toMatch(/^[0-9a-f]{40}$/);
      expect(item.source.repo).not.toMatch(/sisimai/i);
    }
  });

  it('reads the reasons: figures and floors', { timeout: 120_000 }, async () => {
    const resolved: { item: Item; reason: string | undefined; addressDead: boolean }[] = [];
    for (const item of items) {
      const r = smtp.resolve(await reportOf(item));
      resolved.push({ item, reason: r.reason, addressDead: r.addressDead });
    }
    const figuresOf = (rows: typeof resolved) => {
      const n = rows.length;
      const count = (keep: (row: (typeof resolved)[number]) => boolean) => rows.filter(keep).length;
      return {
        items: n,
        specificSentence: +(count((r) => r.reason !== undefined) / n).toFixed(3),
        rightReason: +(count((r) => (r.reason ?? null) === r.item.reason) / n).toFixed(3),
        specificButWrong: +(
          count((r) => r.reason !== undefined && r.reason !== r.item.reason) / n
        ).toFixed(3),
        addressDeadAgreement: +(count((r) => r.addressDead === r.item.addressDead) / n).toFixed(3),
      };
    };
    const original = resolved.filter((r) => FIRST_SOURCES.has(r.item.source.repo));
    const whole = figuresOf(resolved);
    const wrong = resolved
      .filter((r) => (r.reason ?? null) !== r.item.reason || r.addressDead !== r.item.addressDead)
      .map(
        (r) =>
          `${r.item.file} ${r.item.recipient ?? ''}: ${r.reason} dead ${r.addressDead} (expected ${r.item.reason} dead ${r.item.addressDead})`,
      );
    console.log(
      'smtp corpus',
      JSON.stringify({
        whole,
        firstSources: figuresOf(original),
        smtp3Sources: figuresOf(resolved.filter((r) => !laterSet(r.item.source.repo))),
        smtp4Sources: figuresOf(resolved.filter((r) => SMTP4_SOURCES.has(r.item.source.repo))),
        smtp5Sources: figuresOf(resolved.filter((r) => SMTP5_SOURCES.has(r.item.source.repo))),
        smtp6Sources: figuresOf(resolved.filter((r) => SMTP6_SOURCES.has(r.item.source.repo))),
        smtp7Sources: figuresOf(resolved.filter((r) => SMTP7_SOURCES.has(r.item.source.repo))),
      }),
      '\n',
      wrong.join('\n '),
    );
    expect(whole.specificSentence).toBeGreaterThanOrEqual(FLOORS.specific);
    expect(whole.rightReason).toBeGreaterThanOrEqual(FLOORS.right);
    expect(whole.addressDeadAgreement).toBeGreaterThanOrEqual(FLOORS.dead);
    expect(whole.specificButWrong).toBeLessThanOrEqual(FLOORS.wrong);
  });

  it("reads a message's Diagnostic-Code alone, as a line an app passes on", {
    timeout: 60_000,
  }, async () => {
    // Apps that store only the DSN field pass it as text: `Diagnostic-Code: smtp; 550 …`.
    let n = 0;
    let right = 0;
    let wrong = 0;
    for (const item of items) {
      if (item.kind !== 'message' || item.reason === null) continue;
      const report = await reportOf(item);
      if (report.diagnosticCode === undefined) continue;
      const r = smtp.resolve(`Diagnostic-Code: ${report.diagnosticCode}`);
      n++;
      if (r.reason === item.reason) right++;
      else if (r.reason !== undefined) wrong++;
    }
    console.log('smtp corpus, Diagnostic-Code lines', { n, right: right / n, wrong: wrong / n });
    expect(n).toBeGreaterThanOrEqual(150);
    expect(right / n).toBeGreaterThanOrEqual(0.94);
    expect(wrong / n).toBeLessThanOrEqual(0.025);
  });

  it('with the provider tables loaded and a provider given, gives no more specific-but-wrong answers', {
    timeout: 60_000,
  }, async () => {
    await loadProviders();
    let wrong = 0;
    for (const item of items) {
      const report = await reportOf(item);
      for (const provider of ['gmail', 'outlook', 'sendgrid', 'mailgun'] as const) {
        const r = smtp.resolve(report, { provider });
        const bare = smtp.resolve(report);
        // The provider rows only name a row: the reason stays the one read without them.
        expect(r.reason, `${item.file} ${provider}`).toBe(bare.reason);
        if (r.reason !== undefined && item.reason !== null && r.reason !== item.reason) wrong++;
      }
    }
    const share = wrong / (items.length * 4);
    console.log('smtp corpus with provider: specific-but-wrong', share.toFixed(3));
    expect(share).toBeLessThanOrEqual(FLOORS.wrongWithProvider);
  });
});

describe('the corpus licences', () => {
  it('lists every source repository with its licence in LICENSES.md', () => {
    const licences = readFileSync(`${DIR}/LICENSES.md`, 'utf8');
    for (const item of items) {
      expect(licences, item.file).toContain(`[${item.source.repo}]`);
      expect(licences, item.file).toContain(item.source.license);
    }
  });
});
