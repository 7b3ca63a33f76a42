/**
 * A server that signs the user out: reading it from a SIP request, and the sentence to show.
 *
 * A Skype for Business registrar ends a registration with a NOTIFY of its own event package
 * ([MS-SIPREGE] 3.2 and 4.1.3): `Event: registration-notify`, `Subscription-State:
 * terminated`, a `text/registration-event` body (`deregistered;event=rejected`) and an
 * `ms-diagnostics-public` header whose ErrorId says why ([MS-SIPREGE] 2.2.1.13 pairs each body
 * with one: unregistered 4140, rejected 4141, deactivated 4142, userservices-unavailable 4165,
 * preferred-registrar-change 4166 / 4167). [MS-OCER] Appendix B lists these ErrorIds as sent in
 * a *request* (seed 003 lines 3900-3913 and 4025-4038: "User logged out.", "User disabled.",
 * "User moved.", "User Services Pool is unavailable.", "Preferred Registrar Change.",
 * "Preferred Pool Change."), and Appendix D lists 4141 among the codes its display tables
 * never handle (seed 003 line 14626): the client's catalogs have no sentence for a sign-out,
 * and their generic "An error occurred." says nothing of it. The sentences here are the kit's.
 *
 * Other registrars say it with the registration event package of RFC 3680 (`Event: reg`, an
 * `application/reginfo+xml` body; 3GPP TS 24.229 makes it the IMS way): a `<registration>`
 * whose state is `terminated` lists its contacts with the `event` that ended each. Its events
 * mean other things than Microsoft's body of the same names, so they are read apart
 * ({@link readRegInfo}).
 *
 * The mode: the catalogs know IM, Voice, Conference and Sharing only (Appendix D, "Modes",
 * seed 003 lines 13031-13036); signing in and presence are none of them, so a sign-out is read
 * in mode `'Other'`, as a failed REGISTER already is.
 */

import type { ErrorInput } from '../core/families/ms-ocer/fields';
import { parseDiagnosticsHeader } from '../core/families/ms-ocer/headers';
import { msOcer } from '../core/families/ms-ocer/index';
import type { Resolution, ResolveContext } from '../core/families/ms-ocer/resolve';
import type { SipMessageView } from './message';

/** Why the server signed the user out, from the ErrorId or the registration-event body. */
type SignOutCause =
  /** 4140, `deregistered;event=unregistered`: the user signed in on more devices than allowed. */
  | 'signed-in-elsewhere'
  /** 4141, `deregistered;event=rejected`: the account was disabled for SIP. */
  | 'account-disabled'
  /** 4142, `deregistered;event=deactivated`: the account is being moved to another server. */
  | 'account-moved'
  /** 4165, `deregistered;event=userservices-unavailable`: the presence service is down. */
  | 'services-unavailable'
  /** A sign-out that says no reason the kit knows. */
  | 'unknown';

/** A sign-out the server sent: what the app needs to show it and to stop its session. */
interface SignOut {
  /** Why, as far as the message says. */
  cause: SignOutCause;
  /** The ErrorId of the first diagnostics header, when there is one. */
  code: number | undefined;
  /** The `event=` of a `text/registration-event` body (`rejected`), when there is one. */
  event: string | undefined;
  /** The server's `reason=` text (English, data for a details view), when there is one. */
  reason: string | undefined;
  /** The request that carried it: `NOTIFY`, `BENOTIFY` or `BYE`. */
  method: string;
}

/** The adapters' input: [MS-OCER]'s codes, and the sign-out when the message was one. */
interface SipErrorInput extends ErrorInput {
  /** Set when the server signed the user out; `msOcerSip` then words it as a sign-out. */
  signOut?: SignOut | undefined;
}

// [MS-SIPREGE] 2.2.1.13, each body's ErrorId.
const CAUSE_BY_CODE: ReadonlyMap<number, SignOutCause> = new Map([
  [4140, 'signed-in-elsewhere'],
  [4141, 'account-disabled'],
  [4142, 'account-moved'],
  [4165, 'services-unavailable'],
]);
const CAUSE_BY_EVENT: ReadonlyMap<string, SignOutCause> = new Map([
  ['unregistered', 'signed-in-elsewhere'],
  ['rejected', 'account-disabled'],
  ['deactivated', 'account-moved'],
  ['userservices-unavailable', 'services-unavailable'],
]);
// The registrar moved the endpoint to another registrar (P-Preferred-Registrar says which):
// the client registers there and the user sees nothing ([MS-SIPREGE] 3.2).
const REGISTRAR_CHANGE_CODES: ReadonlySet<number> = new Set([4166, 4167]);

/** The sentence of each cause, in the [MS-OCER] namespace (`locales/en/uc-error-kit-ms-ocer.json`). */
const SIGN_OUT_KEYS = {
  'signed-in-elsewhere': 'signedOutSignedInElsewhere',
  'account-disabled': 'signedOutAccountDisabled',
  'account-moved': 'signedOutAccountMoved',
  'services-unavailable': 'signedOutServicesUnavailable',
  unknown: 'signedOutByServer',
} as const satisfies Record<SignOutCause, Resolution['summaryKey']>;

// Only the start of a body is read: a registration-event body is one short line.
const MAX_BODY = 256;

/** The first token of a header value, lower-cased (`registration-notify` of `registration-notify;x`). */
function token(value: string | undefined): string {
  if (value === undefined) return '';
  const semi = value.indexOf(';');
  return (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
}

/** `{ state, event }` of a `text/registration-event` body: `deregistered;event=rejected`. */
function registrationEvent(body: string | undefined) {
  if (body === undefined) return undefined;
  const parts = body.slice(0, MAX_BODY).trim().split(';');
  const state = (parts[0] ?? '').trim().toLowerCase();
  if (state !== 'registered' && state !== 'deregistered') return undefined;
  let event: string | undefined;
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'event') {
      event =
        part
          .slice(eq + 1)
          .trim()
          .toLowerCase() || undefined;
    }
  }
  return { state, event };
}

/** The ErrorIds and the first reason of every diagnostics header, in order. */
function diagnosticsOf(view: SipMessageView) {
  const codes: number[] = [];
  let reason: string | undefined;
  for (const name of ['ms-diagnostics', 'ms-diagnostics-public']) {
    for (const value of view.header(name)) {
      const parsed = parseDiagnosticsHeader(value);
      if (!parsed.ok) continue;
      codes.push(parsed.errorId);
      reason ??= parsed.reason;
    }
  }
  return { codes, reason };
}

/** What a request says about the user's registration. */
type RegistrationReading =
  | { kind: 'sign-out'; signOut: SignOut }
  | { kind: 'registrar-changed' }
  | { kind: 'register-again' }
  | { kind: 'none' };

/** The event packages that speak of the user's registration: Microsoft's two, and RFC 3680's. */
const REGISTRATION_EVENTS: ReadonlySet<string> = new Set([
  'registration-notify',
  'registration',
  'reg',
]);

/** True for a request of a registration event package, whose body is no REFER sipfrag. */
function isRegistrationEvent(view: SipMessageView): boolean {
  return REGISTRATION_EVENTS.has(token(view.header('event')[0]));
}

// A reginfo document lists one element per contact of each address-of-record; a registrar
// with many devices per user sends a few kilobytes. A longer one is not read (its end, which
// may hold a registration still active, would be missed): no sign-out is guessed from half.
const MAX_REGINFO = 64 * 1024;

/**
 * What ended a contact (RFC 3680 section 5.1, the `event` attribute) and what the client
 * does about it. `deactivated` and `probation`: the registrar asks the client to register
 * again, at once or after `retry-after` (3GPP TS 24.229 5.1.1.5A answers `deactivated` with
 * a new initial registration), so nothing is shown. `rejected`: removed by the operator, not
 * to be registered again: the account-disabled sentence ("Contact your support team"). The
 * others (`unregistered` by a REGISTER of someone else's, `expired` unrefreshed) end the
 * registration with no reason the kit can name.
 */
const REGINFO_EVENTS: ReadonlyMap<string, SignOutCause | 'register-again'> = new Map([
  ['rejected', 'account-disabled'],
  ['unregistered', 'unknown'],
  ['expired', 'unknown'],
  ['probation', 'register-again'],
  ['deactivated', 'register-again'],
]);
// When contacts ended for different reasons, the one that says most about the user wins.
const REGINFO_ORDER = ['rejected', 'unregistered', 'expired', 'probation', 'deactivated'];

/** Removes comments and CDATA sections, in one pass: what they hold is no element. */
function withoutComments(xml: string): string {
  let out = '';
  let from = 0;
  // The next of each opener, searched for again only once passed: each is found once.
  let comment = -2;
  let cdata = -2;
  for (;;) {
    if (comment !== -1 && comment < from) comment = xml.indexOf('<!--', from);
    if (cdata !== -1 && cdata < from) cdata = xml.indexOf('<![CDATA[', from);
    const at = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
    if (at < 0) return out + xml.slice(from);
    out += xml.slice(from, at);
    const close = at === comment ? xml.indexOf('-->', at + 4) : xml.indexOf(']]>', at + 9);
    if (close < 0) return out;
    from = close + 3;
  }
}

/** The five entities XML predefines, and character references, in a text. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/gi,
    (all, name, dec, hex) => {
      if (name)
        return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name.toLowerCase() as 'lt'];
      const code = dec ? Number(dec) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    },
  );
}

/** The attributes of one start tag, names lower-cased: `{ state: 'terminated', ... }`. */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  // A name starts where no name character is before it, so a long run of them is read once.
  for (const m of tag.matchAll(/(?<![\w.:-])([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] as string).toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities((m[2] ?? m[3] ?? '').trim()));
  }
  return out;
}

/** `user@host` of a SIP or tel URI, lower-cased, without scheme, port, parameters or headers. */
/** A telephone number as digits, with its leading `+`: `+1 (555) 123-4` is `+15551234`. */
function phoneNumber(text: string): string | undefined {
  const number = text.replace(/[\s().-]/g, '');
  return /^\+?\d{3,}$/.test(number) ? number : undefined;
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The identities a SIP or tel URI names, for comparing an address-of-record with the NOTIFY's
 * From and To: `user@host` (lower-cased, without password, user parameters, port, URI
 * parameters or headers) and, for a telephone number (`tel:`, or a SIP user that is one), the
 * number as `tel:+15551234`, since RFC 3261 19.1.6 makes the two forms the same number.
 * Linear: `indexOf` and anchored patterns only.
 */
function identitiesOf(uri: string | undefined): string[] {
  if (uri === undefined) return [];
  let text = uri.trim();
  const open = text.indexOf('<');
  if (open >= 0) {
    const close = text.indexOf('>', open);
    text = close > open ? text.slice(open + 1, close) : text.slice(open + 1);
  }
  const colon = text.indexOf(':');
  const scheme = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  const rest = colon > 0 ? text.slice(colon + 1) : text;
  if (scheme === 'tel') {
    const semi = rest.indexOf(';');
    const number = phoneNumber(percentDecoded(semi >= 0 ? rest.slice(0, semi) : rest));
    return number === undefined ? [] : [`tel:${number}`];
  }
  const at = rest.indexOf('@');
  if (at < 0) return [];
  let user = percentDecoded(rest.slice(0, at));
  for (const cut of [':', ';']) {
    const i = user.indexOf(cut);
    if (i >= 0) user = user.slice(0, i);
  }
  let host = rest.slice(at + 1);
  for (const cut of [';', '?']) {
    const i = host.indexOf(cut);
    if (i >= 0) host = host.slice(0, i);
  }
  host = host.replace(/:\d+$/, '').toLowerCase();
  if (user === '' || host === '') return [];
  const number = phoneNumber(user);
  return number === undefined ? [`${user}@${host}`] : [`${user}@${host}`, `tel:${number}`];
}

// An element of the document, its start tag read with quotes (which may hold a `>`, never a
// `<` in XML), then its text up to the next tag. Every part stops at the next `<`, so the
// whole document is read in one linear pass.
const ELEMENT =
  /<\s*(?:[\w.-]+:)?(registration|contact|unknown-param)(?![\w.:-])((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>([^<]*)/gi;
const END_OF_DOCUMENT = /<\/\s*(?:[\w.-]+:)?reginfo\s*>/i;

/**
 * Reads an RFC 3680 reginfo document: a sign-out when every `<registration>` of this client's
 * address-of-record (the NOTIFY's From or To; every one when it names none) is `terminated`,
 * with the event that ended its contacts; `register-again` when the registrar only asks for a
 * new registration. A document about another address-of-record, or a contact of another
 * device ending while the user stays registered, says nothing of this client. Namespace
 * prefixes are allowed; comments and CDATA are skipped; a document cut short is not read.
 */
function readRegInfo(view: SipMessageView, method: string): RegistrationReading {
  const body = view.body;
  if (body === undefined || body.length > MAX_REGINFO) return { kind: 'none' };
  const xml = withoutComments(body);
  if (!END_OF_DOCUMENT.test(xml)) return { kind: 'none' };
  const own = new Set([...identitiesOf(view.fromUri), ...identitiesOf(view.toUri)]);
  let registrations = 0;
  let terminated = 0;
  let inTerminated = false;
  let contactEnded = false;
  const events = new Set<string>();
  let reason: string | undefined;
  for (const m of xml.matchAll(ELEMENT)) {
    const name = (m[1] as string).toLowerCase();
    const attributes = attributesOf(m[2] as string);
    if (name === 'registration') {
      const aor = identitiesOf(attributes.get('aor'));
      const mine = own.size === 0 || aor.length === 0 || aor.some((id) => own.has(id));
      inTerminated = mine && attributes.get('state')?.toLowerCase() === 'terminated';
      if (mine) registrations++;
      if (inTerminated) terminated++;
      contactEnded = false;
    } else if (name === 'contact' && inTerminated) {
      contactEnded = attributes.get('state')?.toLowerCase() === 'terminated';
      const event = attributes.get('event')?.toLowerCase();
      if (contactEnded && event !== undefined && REGINFO_EVENTS.has(event)) events.add(event);
    } else if (
      name === 'unknown-param' &&
      contactEnded &&
      reason === undefined &&
      attributes.get('name')?.toLowerCase() === 'reason'
    ) {
      // 3GPP networks put a reason phrase here ("Registration Rejected by Network"): data
      // for the details view, as the `reason=` of a diagnostics header.
      reason = decodeEntities((m[3] as string).trim()).slice(0, 256) || undefined;
    }
  }
  if (registrations === 0 || terminated !== registrations) return { kind: 'none' };
  const event = REGINFO_ORDER.find((e) => events.has(e));
  const outcome = event === undefined ? 'unknown' : (REGINFO_EVENTS.get(event) ?? 'unknown');
  if (outcome === 'register-again') return { kind: 'register-again' };
  return { kind: 'sign-out', signOut: { cause: outcome, code: undefined, event, reason, method } };
}

/**
 * Reads a request as a sign-out: a registration NOTIFY (or BENOTIFY) that ends the
 * registration, or a BYE or NOTIFY carrying a sign-out ErrorId (a server ending the user's
 * calls and subscriptions as it signs them out). Never throws.
 */
function readRegistration(view: SipMessageView): RegistrationReading {
  const method = view.method ?? '';
  if (view.kind !== 'request' || !['NOTIFY', 'BENOTIFY', 'BYE'].includes(method)) {
    return { kind: 'none' };
  }
  const { codes, reason } = diagnosticsOf(view);
  const known = codes.find((code) => CAUSE_BY_CODE.has(code));
  const event = token(view.header('event')[0]);
  if (event === 'reg' && method !== 'BYE') {
    const reading = readRegInfo(view, method);
    // A diagnostics header with a sign-out ErrorId says more than the document's events.
    if (reading.kind !== 'sign-out' || known === undefined) return reading;
    return {
      kind: 'sign-out',
      signOut: {
        ...reading.signOut,
        cause: CAUSE_BY_CODE.get(known)!,
        code: known,
        reason: reason ?? reading.signOut.reason,
      },
    };
  }
  // Microsoft's registration-notify, and the plain registration some servers send.
  const isRegistration =
    method !== 'BYE' && (event === 'registration-notify' || event === 'registration');
  if (!isRegistration) {
    if (known === undefined) return { kind: 'none' };
    return {
      kind: 'sign-out',
      signOut: { cause: CAUSE_BY_CODE.get(known)!, code: known, event: undefined, reason, method },
    };
  }
  const body = registrationEvent(view.body);
  if (body?.event === 'preferred-registrar-change') return { kind: 'registrar-changed' };
  if (known === undefined && codes.some((code) => REGISTRAR_CHANGE_CODES.has(code))) {
    return { kind: 'registrar-changed' };
  }
  const terminated = token(view.header('subscription-state')[0]) === 'terminated';
  // `registered;event=userservices-unavailable`: still registered, with fewer services.
  const ended = body ? body.state === 'deregistered' : terminated || known !== undefined;
  if (!ended) return { kind: 'none' };
  const cause =
    (known === undefined ? undefined : CAUSE_BY_CODE.get(known)) ??
    (body?.event === undefined ? undefined : CAUSE_BY_EVENT.get(body.event)) ??
    'unknown';
  return {
    kind: 'sign-out',
    signOut: { cause, code: known ?? codes[0], event: body?.event, reason, method },
  };
}

/** The sign-out an input carries, read defensively (the input may come from anywhere). */
function signOutOf(input: unknown): SignOut | undefined {
  try {
    if (input === null || typeof input !== 'object' || !Object.hasOwn(input, 'signOut')) {
      return undefined;
    }
    const signOut = (input as { signOut?: unknown }).signOut;
    if (signOut === null || typeof signOut !== 'object') return undefined;
    const cause = (signOut as { cause?: unknown }).cause;
    return {
      ...(signOut as SignOut),
      cause:
        typeof cause === 'string' && Object.hasOwn(SIGN_OUT_KEYS, cause)
          ? (cause as SignOutCause)
          : 'unknown',
    };
  } catch {
    return undefined;
  }
}

/** Sign-outs that end by themselves: the account's move, the service's outage. */
const TEMPORARY: ReadonlySet<SignOutCause> = new Set(['account-moved', 'services-unavailable']);

/**
 * Resolves like [MS-OCER], but an input that carries a sign-out gets the sign-out's sentence
 * (the catalogs have none, see above), in the notification bar, as an error to show.
 */
function resolveSip(
  input: SipErrorInput | null | undefined,
  context?: ResolveContext | null,
): Resolution {
  const resolution = msOcer.resolve(input, context);
  const signOut = signOutOf(input);
  if (signOut === undefined) return resolution;
  // A new object: a family's result is never written into.
  return {
    ...resolution,
    // Handled by the kit's own sentence, not the mode's generic one.
    handled: true,
    unhandledReason: undefined,
    summaryKey: SIGN_OUT_KEYS[signOut.cause],
    detailsKey: undefined,
    reasonKey: undefined,
    placement: 'notification-bar',
    // A move or an outage passes by itself (sign in again later): a warning. Being disabled,
    // signed in elsewhere, or an unknown cause needs the person: an error.
    intent: TEMPORARY.has(signOut.cause) ? 'warning' : 'error',
    show: true,
    sameKey: `sign-out\u0000${signOut.cause}\u0000${resolution.sameKey}`,
    entry: undefined,
  };
}

/**
 * [MS-OCER] as the SIP adapters read it: `msOcer`, plus the server's sign-out (an input with
 * `signOut`, as the adapters return it) worded as "You have been signed out …". Pass it
 * wherever `msOcer` goes.
 * @example formatError(msOcerSip, failure.input, failure.context).summary
 */
const msOcerSip = {
  ...msOcer,
  resolve: resolveSip,
} as const;

/** The type of {@link msOcerSip}. */
type MsOcerSipFamily = typeof msOcerSip;

export type { MsOcerSipFamily, RegistrationReading, SignOut, SignOutCause, SipErrorInput };
export { isRegistrationEvent, msOcerSip, readRegistration, SIGN_OUT_KEYS };
