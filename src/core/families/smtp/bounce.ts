/**
 * Reads a whole bounce message (RFC 5322 text or bytes) into one report per failed recipient,
 * for `smtp.resolve`. MIME is parsed by postal-mime (runs in browsers, workers and Node; loaded
 * on demand, so an app that never reads whole messages never loads it).
 *
 * - A `multipart/report; report-type=delivery-status` message (RFC 3462 / RFC 3464): one report
 *   per recipient block of its `message/delivery-status` part (Action, Status, Diagnostic-Code,
 *   Final-Recipient, Remote-MTA), with the human-readable part as the reply when a block has no
 *   Diagnostic-Code.
 * - A feedback report (RFC 5965 `report-type=feedback-report`) or an auto-reply (RFC 3834
 *   `Auto-Submitted: auto-replied`, `X-Autoreply`, `Precedence: auto_reply`): one report of that
 *   kind.
 * - Any other bounce (the bodies of Postfix, Exim, Sendmail, qmail, Exchange / Microsoft 365,
 *   Gmail without a delivery-status part): its text up to the returned message, split at each
 *   address it names (`<bob@example.org>:` paragraphs, Exim's indented address lines), one report
 *   per address; one report with the whole text when it names none.
 */
import { MAX_REPORTS, type SmtpReport } from './report';

/** What a raw message may be given as. */
type RawMessage = string | ArrayBuffer | Uint8Array;

interface Header {
  key: string;
  value: string;
}
interface Attachment {
  mimeType: string;
  content: ArrayBuffer | Uint8Array | string;
}

/** The longest message text read for a non-standard bounce (a bounce explains itself early). */
const MAX_BODY = 200_000;

const headerOf = (headers: readonly Header[], name: string) =>
  headers.find((h) => h.key === name)?.value;

/** Lines that start the returned copy of the original message in non-standard bounces. */
const RETURNED_MARKERS = [
  'original message',
  'copy of the message',
  'copy of your message',
  'returned message',
  'returned mail',
  'unsent message',
  'below this line',
  'message headers follow',
  'original message headers',
  'undelivered message',
  'headers of your message',
  'mensaje original',
  'original adjunto',
  // Sendmail's and Gmail's delay notices: `----- Message header follows -----`.
  'message header follows',
];

/**
 * Lines that start the returned copy without a dashed rule: IMail / SMTP32's `Original message
 * follows.`, LLNL's `Original message as received is as follows:`, Exchange's `Original message
 * headers:`.
 */
const RETURNED_LINES = [
  'original message follows',
  'original message as received',
  'original message headers',
  'a copy of the original message below this line',
  // Microsoft SMTPSVC / Exchange 5.5.
  'your message reads (in part)',
];

/**
 * The text up to the returned message, without the lines that echo the original's subject
 * (`Subject: Virus in my mail`, Exchange's and Domino's reports quote it): the sender's words,
 * not the server's.
 */
function beforeReturned(text: string): string {
  return upToReturned(text)
    .split('\n')
    .filter((line) => !line.trimStart().toLowerCase().startsWith('subject:'))
    .join('\n');
}

/** The text up to the returned message (the first marker line), capped. */
function upToReturned(text: string): string {
  const s = text.length > MAX_BODY ? text.slice(0, MAX_BODY) : text;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 10) continue;
    const line = s
      .slice(start, Math.min(i, start + 200))
      .toLowerCase()
      .trimStart();
    if (
      (line.startsWith('--') || line.startsWith('==')) &&
      RETURNED_MARKERS.some((m) => line.includes(m))
    )
      return s.slice(0, start);
    if (
      line.startsWith('content-type: message/rfc822') ||
      RETURNED_LINES.some((m) => line.startsWith(m))
    )
      return s.slice(0, start);
    start = i + 1;
  }
  return s;
}

/** Per-recipient blocks of a `message/delivery-status` body (blank lines between blocks). */
function dsnBlocks(text: string): Record<string, string>[] {
  const blocks: Record<string, string>[] = [];
  let block: Record<string, string> = {};
  let last: string | undefined;
  const flush = () => {
    if (Object.keys(block).length > 0) blocks.push(block);
    block = Object.create(null) as Record<string, string>;
    last = undefined;
  };
  block = Object.create(null) as Record<string, string>;
  for (const raw of text.slice(0, MAX_BODY).split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if ((line[0] === ' ' || line[0] === '\t') && last !== undefined) {
      block[last] = `${block[last]} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 40) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (block[name] === undefined) block[name] = line.slice(colon + 1).trim();
    last = name;
    if (blocks.length + 1 > MAX_REPORTS) break;
  }
  flush();
  return blocks;
}

const withoutType = (v: string | undefined) => {
  if (v === undefined) return undefined;
  const semi = v.indexOf(';');
  return semi >= 0 && semi < 40 ? v.slice(semi + 1).trim() : v.trim();
};

/** The most text before a failed recipient's address on its line (`Invalid final delivery userid: `). */
const MAX_LEAD = 60;

/**
 * The start of a line whose addresses are not failed recipients: a header of the original
 * message echoed in the report (Exchange's and Domino's `To:`, `Cc:`, `From:`), or a remote
 * reply that quotes an address after its code (`552 Quota violation for dump@…`).
 */
const ECHO_OR_REPLY =
  /^(?:\s|&nbsp;)*(?:to|cc|bcc|from|sender|reply-to|return-path|errors-to|message-id|x-[\w-]+):|\b[245]\d\d[ -]/i;

/** Addresses a non-standard bounce names, in order of first appearance, with where each starts. */
function namedAddresses(
  text: string,
  ignore: ReadonlySet<string>,
): { address: string; at: number }[] {
  const found = new Map<string, number>();
  let i = text.indexOf('@');
  while (i >= 0 && found.size < MAX_REPORTS) {
    let a = i;
    while (a > 0 && /[A-Za-z0-9._%+'=-]/.test(text[a - 1] as string) && i - a < 64) a--;
    let b = i + 1;
    while (b < text.length && /[A-Za-z0-9.-]/.test(text[b] as string) && b - i < 255) b++;
    let address = text.slice(a, b).replace(/\.+$/, '').toLowerCase();
    if (a < i && b > i + 1 && address.includes('.', address.indexOf('@'))) {
      const local = address.slice(0, address.indexOf('@'));
      if (
        !ignore.has(address) &&
        local !== 'postmaster' &&
        local !== 'mailer-daemon' &&
        !found.has(address)
      ) {
        // The line the address is on starts its section; an address deep in a line is a
        // remote reply's words (Gmail's "… send an e-mail message from another address to
        // dz@rota.lv"), not a failed recipient.
        // Only the last MAX_LEAD characters are looked at, so many addresses on one long line
        // stay linear.
        const from = Math.max(0, a - MAX_LEAD - 1);
        const nl = text.slice(from, a).lastIndexOf('\n');
        const lineStart = nl >= 0 ? from + nl + 1 : from;
        if ((nl >= 0 || from === 0) && !ECHO_OR_REPLY.test(text.slice(lineStart, a)))
          found.set(address, lineStart);
      }
    } else {
      address = '';
    }
    i = text.indexOf('@', Math.max(b, i + 1));
  }
  return [...found].map(([address, at]) => ({ address, at })).sort((x, y) => x.at - y.at);
}

const addressesIn = (value: string | undefined): string[] => {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const m of value.toLowerCase().matchAll(/[a-z0-9._%+'=-]{1,64}@[a-z0-9.-]{1,255}/g))
    out.push(m[0]);
  return out;
};

/** Reports from a non-standard bounce's text: one per address it names, or one for the text. */
function fromText(text: string, ignore: ReadonlySet<string>): SmtpReport[] {
  const body = beforeReturned(text);
  const named = namedAddresses(body, ignore);
  if (named.length <= 1) {
    return [{ kind: 'bounce', reply: body, recipient: named[0]?.address }];
  }
  // Several addresses: each one's section runs to the next one's line. Text before the first
  // (the MTA's introduction) belongs to every report's wrapper.
  const intro = body.slice(0, named[0]?.at ?? 0);
  return named.map((n, k) => ({
    kind: 'bounce' as const,
    recipient: n.address,
    reply: `${intro}\n\n${body.slice(n.at, named[k + 1]?.at ?? body.length)}`,
  }));
}

/** The value of header `name` in a message's header block (its first 16 kB), if there. */
function rawHeader(text: string, name: string): string | undefined {
  const head = text.slice(0, 16_384);
  const end = head.search(/\r?\n\r?\n/);
  const block = end < 0 ? head : head.slice(0, end);
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name)
      return line.slice(colon + 1).trim();
  }
  return undefined;
}

/**
 * A complaint of a feedback loop older than ARF (RFC 5965): Hotmail's Junk Mail Reporting
 * Program returns the reported message with `X-HmXmrOriginalRecipient` (in the report's headers
 * when forwarded, else in its attached message), AOL's marks the report `X-Loop: scomp`. The
 * same signals cfortune/PHP-Bounce-Handler's bounce_driver.class.php @ 956e65b (is_an_ARF) reads.
 */
function junkMailReport(
  headers: readonly Header[],
  attachments: readonly Attachment[],
  textOf: (a: Attachment) => string,
): SmtpReport | undefined {
  const top = headerOf(headers, 'x-hmxmroriginalrecipient');
  const loop = (headerOf(headers, 'x-loop') ?? '').toLowerCase();
  let recipient = top;
  if (recipient === undefined && !loop.includes('scomp')) {
    const returned = attachments.find((a) => a.mimeType === 'message/rfc822');
    recipient =
      returned === undefined ? undefined : rawHeader(textOf(returned), 'x-hmxmroriginalrecipient');
    if (recipient === undefined) return undefined;
  }
  return {
    kind: 'feedback-report',
    recipient: recipient === undefined ? undefined : (addressesIn(recipient)[0] ?? recipient),
  };
}

const BOUNCE_SUBJECTS = [
  'delivery',
  'undeliver',
  'undelivered',
  'failure',
  'failed',
  'returned mail',
  'returning message',
  'non remis',
  'rejected',
];

/**
 * Japanese mail from before MIME often declares no charset and is ISO-2022-JP (RFC 1468), which
 * names itself with escape sequences: such a text is decoded as that, so its words can be read
 * (fmlorg/fml8 regress/errormails: goo, freeserve, pakeo). Anything else is left as it is.
 */
function decodeJis(text: string): string {
  if (!text.includes('\u001b$@') && !text.includes('\u001b$B')) return text;
  try {
    return new TextDecoder('iso-2022-jp').decode(
      Uint8Array.from(text.slice(0, MAX_BODY), (c) => c.charCodeAt(0) & 0xff),
    );
  } catch {
    return text;
  }
}

const AUTO_REPLY_SUBJECTS = [
  'out of office',
  'out of the office',
  'automatic reply',
  'automatic response',
  'auto-reply',
  'autoreply',
  'auto reply',
  'vacation',
  // Outlook's and webmail's automatic-reply subjects in other languages (seen: Polish wp.pl,
  // Latvian Exchange).
  'automatyczna odpowied',
  'automatiska atbilde',
  'abwesenheitsnotiz',
  'reponse automatique',
  'réponse automatique',
  'risposta automatica',
  'respuesta automática',
  'resposta automática',
  'automatische antwort',
  'automatisch antwoord',
  // German receipt confirmations ("E-Mail Empfangsbestätigung", also written "-bestaetigung" or
  // mis-decoded, as in okfde/froide test_mail_09): their stems.
  'empfangsbest',
  'eingangsbest',
];

/**
 * Parses a whole bounce message into one report per failed recipient (or one auto-reply or
 * feedback report); resolve each with `smtp.resolve`. Never rejects: an unreadable message gives
 * one report with whatever text could be read.
 * @example
 * const reports = await parseBounceMessage(rawEmail);
 * const sentences = reports.map((r) => formatError(smtp, r));
 */
async function parseBounceMessage(raw: RawMessage): Promise<SmtpReport[]> {
  if (typeof raw !== 'string' && !(raw instanceof ArrayBuffer) && !(raw instanceof Uint8Array))
    return [];
  let email: {
    headers: Header[];
    subject?: string | undefined;
    text?: string | undefined;
    html?: string | undefined;
    attachments: Attachment[];
  };
  try {
    const { default: PostalMime } = await import('postal-mime');
    email = (await PostalMime.parse(raw, {
      attachmentEncoding: 'utf8',
      // The returned original stays an attachment: its words are not the bounce's.
      forceRfc822Attachments: true,
    })) as unknown as typeof email;
  } catch {
    const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    return fromText(text, new Set());
  }
  const headers = email.headers ?? [];
  const contentType = (headerOf(headers, 'content-type') ?? '').toLowerCase();
  const attachments = email.attachments ?? [];
  const textOf = (a: Attachment) =>
    typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content);
  const body = decodeJis(
    email.text ?? (email.html === undefined ? '' : email.html.replace(/<[^>]{0,2000}>/g, ' ')),
  );

  // An SMTP TLS report (RFC 8460 5.3, `report-type="tlsrpt"`) is a domain's daily summary of
  // TLS sessions, not a failed delivery: no recipient failed.
  if (/report-type\s*=\s*"?tlsrpt/.test(contentType)) return [];
  if (
    contentType.includes('feedback-report') ||
    attachments.some((a) => a.mimeType === 'message/feedback-report')
  ) {
    return [{ kind: 'feedback-report', reply: body.slice(0, MAX_BODY) }];
  }
  const complaint = junkMailReport(headers, attachments, textOf);
  if (complaint !== undefined) return [{ ...complaint, reply: body.slice(0, MAX_BODY) }];
  const auto = (headerOf(headers, 'auto-submitted') ?? '').toLowerCase();
  // Decoded (`=?iso-8859-2?Q?…?=` subjects of non-English auto-replies).
  const subject = (email.subject ?? headerOf(headers, 'subject') ?? '').toLowerCase();
  // MTAs mark their bounces `Auto-Submitted: auto-replied` too (Exim; RFC 3834 5): a message
  // from the mailer daemon, or with a bounce's subject, is a bounce whatever that header says.
  const from = (headerOf(headers, 'from') ?? '').toLowerCase();
  const looksLikeBounce =
    // A null sender (`From: <>`) is a delivery system, never a person away from the office.
    from.trim() === '' ||
    from.trim() === '<>' ||
    from.includes('mailer-daemon') ||
    from.includes('postmaster') ||
    BOUNCE_SUBJECTS.some((s) => subject.includes(s));
  const isAuto =
    !looksLikeBounce &&
    (auto.startsWith('auto-replied') ||
      headerOf(headers, 'x-autoreply') !== undefined ||
      headerOf(headers, 'x-autorespond') !== undefined ||
      (headerOf(headers, 'precedence') ?? '').toLowerCase().includes('auto_reply') ||
      // Lotus Notes: `AUTO: <name> is out of the office (returning …)`.
      ((AUTO_REPLY_SUBJECTS.some((s) => subject.includes(s)) || subject.startsWith('auto:')) &&
        !contentType.includes('report')));
  const status = attachments.find(
    (a) =>
      a.mimeType === 'message/delivery-status' || a.mimeType === 'message/global-delivery-status',
  );
  if (status === undefined && isAuto)
    return [{ kind: 'auto-reply', reply: body.slice(0, MAX_BODY) }];

  if (status !== undefined) {
    const blocks = dsnBlocks(textOf(status));
    const perRecipient = blocks.filter(
      (b) => b.action !== undefined || b['final-recipient'] !== undefined,
    );
    const failed = perRecipient.filter((b) => {
      const a = (b.action ?? '').toLowerCase();
      return a.startsWith('failed') || a.startsWith('delayed') || a === '';
    });
    const chosen = failed.length > 0 ? failed : perRecipient;
    if (chosen.length > 0) {
      const human = beforeReturned(body);
      return chosen.slice(0, MAX_REPORTS).map((b) => ({
        kind: 'bounce' as const,
        recipient: withoutType(b['final-recipient'] ?? b['original-recipient']),
        action: b.action,
        status: b.status,
        diagnosticCode: b['diagnostic-code'],
        remoteMta: withoutType(b['remote-mta']),
        // The human-readable part helps only when the block has no diagnostic of its own.
        reply: b['diagnostic-code'] === undefined ? human : undefined,
      }));
    }
  }
  const ignore = new Set([
    ...addressesIn(headerOf(headers, 'from')),
    ...addressesIn(headerOf(headers, 'to')),
    ...addressesIn(headerOf(headers, 'return-path')),
  ]);
  return fromText(body, ignore).slice(0, MAX_REPORTS);
}

export type { RawMessage };
export { parseBounceMessage };
