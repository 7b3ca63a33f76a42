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
  'unsent message',
  'below this line',
  'message headers follow',
  'original message headers',
  'undelivered message',
  'headers of your message',
  'mensaje original',
  'original adjunto',
];

/** The text up to the returned message (the first marker line), capped. */
function beforeReturned(text: string): string {
  const s = text.length > MAX_BODY ? text.slice(0, MAX_BODY) : text;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 10) continue;
    const line = s.slice(start, Math.min(i, start + 200)).toLowerCase();
    if (
      (line.startsWith('--') || line.startsWith('==') || line.startsWith('  --')) &&
      RETURNED_MARKERS.some((m) => line.includes(m))
    )
      return s.slice(0, start);
    if (
      line.startsWith('content-type: message/rfc822') ||
      line.startsWith('original message headers')
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
        // The line the address is on starts its section.
        const lineStart = text.lastIndexOf('\n', a) + 1;
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

const AUTO_REPLY_SUBJECTS = [
  'out of office',
  'automatic reply',
  'auto-reply',
  'autoreply',
  'auto reply',
  'vacation',
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
  const body =
    email.text ?? (email.html === undefined ? '' : email.html.replace(/<[^>]{0,2000}>/g, ' '));

  if (
    contentType.includes('feedback-report') ||
    attachments.some((a) => a.mimeType === 'message/feedback-report')
  ) {
    return [{ kind: 'feedback-report', reply: body.slice(0, MAX_BODY) }];
  }
  const complaint = junkMailReport(headers, attachments, textOf);
  if (complaint !== undefined) return [{ ...complaint, reply: body.slice(0, MAX_BODY) }];
  const auto = (headerOf(headers, 'auto-submitted') ?? '').toLowerCase();
  const subject = (headerOf(headers, 'subject') ?? '').toLowerCase();
  // MTAs mark their bounces `Auto-Submitted: auto-replied` too (Exim; RFC 3834 5): a message
  // from the mailer daemon, or with a bounce's subject, is a bounce whatever that header says.
  const from = (headerOf(headers, 'from') ?? '').toLowerCase();
  const looksLikeBounce =
    from.includes('mailer-daemon') ||
    from.includes('postmaster') ||
    BOUNCE_SUBJECTS.some((s) => subject.includes(s));
  const isAuto =
    !looksLikeBounce &&
    (auto.startsWith('auto-replied') ||
      headerOf(headers, 'x-autoreply') !== undefined ||
      headerOf(headers, 'x-autorespond') !== undefined ||
      (headerOf(headers, 'precedence') ?? '').toLowerCase().includes('auto_reply') ||
      (AUTO_REPLY_SUBJECTS.some((s) => subject.includes(s)) && !contentType.includes('report')));
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
