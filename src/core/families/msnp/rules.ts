/**
 * What a Messenger client does with a code beyond its catalog row: the session model of the
 * two peers, libpurple's MSN plugin and BitlBee's msn module (docs/families/msnp.md, "Peers").
 *
 * - A code can mean something else by the command it answers and the server that sent it
 *   (208 on a switchboard `CAL` is a failed invitation, on the notification server's `ADC`
 *   an unknown account).
 * - The server's `OUT` line ends the session, with a reason.
 * - libpurple only logs some codes (`msn_error_get_text` sets `debug`); the kit returns
 *   them with `show: false` and says why in the facts.
 * - 301 is in neither seed; libpurple names it.
 *
 * Only what `resolve` needs is here; why each reading holds (the seed lines, the peers'
 * files) is in details.ts, which `msnp.describe` loads on demand.
 *
 * Peer files, at the last commits that still had the MSN code:
 * - libpurple: tieto/pidgin 5fe458489286673995f3ecad03b1b16932cb811e (parent of "msn: Remove
 *   protocol plugin from tree"), libpurple/protocols/msn/{error.c,notification.c,switchboard.c}
 * - BitlBee: bitlbee/bitlbee 254a4dab408b67f78b94054514bbf6f629dd6bba (parent of "msn: removed
 *   switchboards"), protocols/msn/{tables.c,ns.c,sb.c}
 */
import type { Intent, Placement } from '../../family';
import type { MsnpBehaviour, MsnpPackedRow, MsnpServer } from './types';

/** Commands only a switchboard answers: a conversation's invitations, answers and messages. */
const SWITCHBOARD_COMMANDS: ReadonlySet<string> = new Set(['CAL', 'ANS', 'MSG', 'IRO', 'JOI']);

/** The server a command goes to, when the app did not say; undefined when it could be either. */
function serverOfCommand(command: string | undefined): MsnpServer | undefined {
  if (command === undefined) return undefined;
  if (SWITCHBOARD_COMMANDS.has(command)) return 'switchboard';
  // USR authenticates to both servers; everything else goes to the notification server.
  return command === 'USR' ? undefined : 'notification';
}

/** A reading of a code that holds only on one server, for some commands. */
interface MsnpRule {
  readonly code: number;
  readonly server: MsnpServer;
  /** The commands it answers there; the rule also holds when the app names no command. */
  readonly commands: readonly string[];
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  readonly behaviour: MsnpBehaviour;
  readonly placement: Placement;
  readonly intent: Intent;
  readonly show: boolean;
}

/** The codes whose reading depends on the command and the server (seed 001 lines 48-78). */
const MSNP_RULES: readonly MsnpRule[] = [
  {
    code: 208,
    server: 'switchboard',
    commands: ['CAL'],
    summaryKey: 'invitationFailed',
    detailsKey: 'invitationFailedDetails',
    behaviour: 'invitation-fails',
    placement: 'im-area',
    intent: 'error',
    show: true,
  },
  {
    code: 216,
    server: 'switchboard',
    commands: ['CAL'],
    summaryKey: 'invitationFailed',
    detailsKey: 'invitationFailedDetails',
    behaviour: 'invitation-fails',
    placement: 'im-area',
    intent: 'error',
    show: true,
  },
  {
    code: 217,
    server: 'switchboard',
    commands: ['CAL'],
    summaryKey: 'sentAsOfflineMessages',
    detailsKey: undefined,
    behaviour: 'send-offline',
    placement: 'im-area',
    intent: 'info',
    show: true,
    // libpurple differs: cal_error marks the queued messages "could not be sent because the
    // user is offline". The kit follows BitlBee (sb.c sends them with msn_ns_oim_send_queue and
    // reports no error) because the seed's 217 (001 line 77) is "offline or appearing offline",
    // which offline messages serve; an app without offline messages can read `behaviour`.
  },
  {
    code: 215,
    server: 'switchboard',
    commands: ['CAL'],
    summaryKey: 'alreadyInConversation',
    detailsKey: undefined,
    behaviour: 'not-a-failure',
    placement: 'im-area',
    intent: 'info',
    show: false,
  },
  {
    code: 911,
    server: 'switchboard',
    commands: ['USR', 'ANS'],
    summaryKey: 'conversationFailed',
    detailsKey: 'conversationFailedDetails',
    behaviour: 'conversation-fails',
    placement: 'im-area',
    intent: 'error',
    show: true,
  },
];

/** The rule for a code on a server and command, if one holds. */
function ruleFor(
  code: number,
  server: MsnpServer | undefined,
  command: string | undefined,
): MsnpRule | undefined {
  if (server === undefined) return undefined;
  for (const r of MSNP_RULES) {
    if (r.code !== code || r.server !== server) continue;
    if (command === undefined || r.commands.includes(command)) return r;
  }
  return undefined;
}

/** How the session ends for an `OUT` reason the peers read. */
interface MsnpOutReason {
  readonly reason: string;
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  readonly behaviour: MsnpBehaviour;
  readonly intent: Intent;
}

/** The `OUT` reasons both peers read; any other reason, or none, is `MSNP_OUT_OTHER`. */
const MSNP_OUT_REASONS: readonly MsnpOutReason[] = [
  {
    reason: 'OTH',
    summaryKey: 'signedInElsewhere',
    detailsKey: 'signedInElsewhereDetails',
    // Not `-retry-later`: signing in again signs the other place out, so neither peer does it
    // by itself (libpurple PURPLE_CONNECTION_ERROR_NAME_IN_USE, BitlBee allow_reconnect FALSE).
    behaviour: 'session-ends',
    // Nothing is broken and the person chose it elsewhere: a warning, not an error.
    intent: 'warning',
  },
  {
    reason: 'SSD',
    summaryKey: 'serverShuttingDown',
    detailsKey: 'serviceUnavailableDetails',
    behaviour: 'session-ends-retry-later',
    intent: 'warning',
  },
];

/** Any other `OUT` line: BitlBee reports the reason and reconnects; libpurple treats no reason as an unknown error. */
const MSNP_OUT_OTHER = {
  summaryKey: 'signedOutByServer',
  detailsKey: 'signedOutByServerDetails',
  behaviour: 'session-ends-retry-later',
  intent: 'warning',
} as const satisfies Omit<MsnpOutReason, 'reason'>;

const OUT_BY_REASON: ReadonlyMap<string, MsnpOutReason> = new Map(
  MSNP_OUT_REASONS.map((r) => [r.reason, r]),
);

/** The reading of an `OUT` reason (upper-case), or of none. */
function outReasonFor(reason: string | undefined): MsnpOutReason | undefined {
  return reason === undefined ? undefined : OUT_BY_REASON.get(reason);
}

/**
 * Codes libpurple only logs (`*debug = TRUE` in msn_error_get_text; `msn_error_handle` then
 * calls purple_debug_warning, never purple_notify_error). 218 is also a success HRESULT.
 */
const MSNP_NOT_SHOWN: ReadonlySet<number> = new Set([
  200, 215, 218, 219, 230, 280, 281, 300, 301, 501, 502, 510, 520, 540, 602, 603, 707, 710, 712,
  717, 731, 928,
]);

/** A code that is in neither seed, with the peer that documents it; written as the catalog's rows are. */
type MsnpPeerCode = MsnpPackedRow;

/** A row's details key: as written, none for `null`, else the summary's key plus `Details`. */
const detailsKeyOf = (row: MsnpPackedRow): string | undefined =>
  row.detailsKey === undefined ? `${row.summaryKey}Details` : (row.detailsKey ?? undefined);

/** 301: the answer to an `FND` search with too many hits (libpurple error.c, case 301). */
const MSNP_PEER_CODES: readonly MsnpPeerCode[] = [
  {
    code: 301,
    summaryKey: 'tooManySearchResults',
    behaviour: 'command-fails',
  },
];

/** The kind of outcome for a behaviour: the colour and icon of a notice. */
const INTENT_OF: Readonly<Record<MsnpBehaviour, Intent>> = {
  'session-ends': 'error',
  'session-ends-retry-later': 'warning',
  'conversation-fails': 'error',
  'command-fails': 'error',
  'command-retry-later': 'warning',
  'invitation-fails': 'error',
  'send-offline': 'info',
  'not-a-failure': 'info',
};

/** The success HRESULTs (seed 000 lines 99-100): a sign-in that worked. */
const SUCCESS_HRESULTS: ReadonlySet<string> = new Set(['0x00048802', '0x00048803']);

/** Every sentence key the rules, the `OUT` reasons and the peer codes use. */
function ruleSentenceKeys(): string[] {
  const keys = new Set<string>();
  const add = (k: string | undefined) => {
    if (k !== undefined) keys.add(k);
  };
  for (const r of MSNP_RULES) [r.summaryKey, r.detailsKey].forEach(add);
  for (const r of MSNP_OUT_REASONS) [r.summaryKey, r.detailsKey].forEach(add);
  [MSNP_OUT_OTHER.summaryKey, MSNP_OUT_OTHER.detailsKey].forEach(add);
  for (const c of MSNP_PEER_CODES) [c.summaryKey, detailsKeyOf(c)].forEach(add);
  return [...keys].sort();
}

export type { MsnpOutReason, MsnpPeerCode, MsnpRule };
export {
  detailsKeyOf,
  INTENT_OF,
  MSNP_NOT_SHOWN,
  MSNP_OUT_OTHER,
  MSNP_OUT_REASONS,
  MSNP_PEER_CODES,
  MSNP_RULES,
  outReasonFor,
  ruleFor,
  ruleSentenceKeys,
  SUCCESS_HRESULTS,
  serverOfCommand,
};
