/**
 * The HTTP status of a response. Two readings:
 *
 * - For protocol versions 2.5, 12.0 and 12.1 the seed maps some HTTP statuses back to the
 *   common Status values they stand for (seed 002 line 56 and the rows' "Protocol Versions"
 *   cells): `candidatesFor`.
 * - For every version, what the peers do with the HTTP statuses real servers send (401, 403,
 *   449, 451, 500, 503, 507): `EAS_HTTP_STATUSES`. Android's EasOperation.performOperation
 *   and EasResponse, and EAS-4-TbSync's network.mjs easRequest, at the commits in
 *   commands.ts `EAS_SOURCES`.
 */
import { EAS_LEGACY_VERSIONS } from './catalog.generated';
import type { EasSourceName } from './sources';
import type {
  EasBehaviour,
  EasCommand,
  EasEntry,
  EasHttpAlternative,
  EasProtocolVersion,
} from './types';

/** The context fields a seed condition may name. */
interface HttpContext {
  protocolVersion: EasProtocolVersion | undefined;
  command: EasCommand | undefined;
  policyKeyHeader: boolean | undefined;
}

const LEGACY: ReadonlySet<string> = new Set(EAS_LEGACY_VERSIONS);

/** Is this a version that answers HTTP statuses instead of 1xx values (or unknown)? */
function mayBeLegacy(version: EasProtocolVersion | undefined): boolean {
  return version === undefined || LEGACY.has(version);
}

/** May the seed's map-back apply: 2.5 / 12.x, unknown, or 1.0 (row 138's 505, seed line 214). */
function mapsBack(version: EasProtocolVersion | undefined): boolean {
  return mayBeLegacy(version) || version === '1.0';
}

/** Does the seed's condition hold? An unknown context field cannot rule a status out. */
function holds(alt: EasHttpAlternative, ctx: HttpContext): boolean {
  if (alt.command !== undefined && ctx.command !== undefined && ctx.command !== alt.command) {
    return false;
  }
  if (
    alt.policyKeyHeader !== undefined &&
    ctx.policyKeyHeader !== undefined &&
    ctx.policyKeyHeader !== alt.policyKeyHeader
  ) {
    return false;
  }
  if (alt.protocolVersion !== undefined) {
    return ctx.protocolVersion === undefined || ctx.protocolVersion === alt.protocolVersion;
  }
  // The other HTTP statuses are those of 2.5, 12.0 and 12.1 (seed line 56).
  return mayBeLegacy(ctx.protocolVersion);
}

/** Is a sibling's condition known to hold, so that the `otherwise` status does not apply? */
function siblingHolds(alt: EasHttpAlternative, ctx: HttpContext): boolean {
  return (
    (alt.command !== undefined && ctx.command === alt.command) ||
    (alt.policyKeyHeader !== undefined && ctx.policyKeyHeader === alt.policyKeyHeader) ||
    (alt.protocolVersion !== undefined && ctx.protocolVersion === alt.protocolVersion)
  );
}

/** The entries whose Status value 2.5 / 12.0 / 12.1 answer as this HTTP status in this context. */
function candidatesFor(
  entries: readonly EasEntry[],
  httpStatus: number,
  ctx: HttpContext,
): EasEntry[] {
  return entries.filter((e) =>
    e.httpStatus.some((alt) => {
      if (alt.status !== httpStatus || !holds(alt, ctx)) return false;
      if (!alt.otherwise) return true;
      return !e.httpStatus.some(
        (s) => s !== alt && s.condition !== undefined && siblingHolds(s, ctx),
      );
    }),
  );
}

/** What clients do with one HTTP status, whatever the protocol version. */
interface EasHttpStatus {
  readonly httpStatus: number;
  /** Its name in the HTTP or [MS-ASHTTP] registry. */
  readonly name: string;
  readonly behaviour: EasBehaviour;
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  /** Why, with what each peer does. */
  readonly basis: string;
  readonly sources: readonly EasSourceName[];
}

/** The HTTP statuses real servers send to every protocol version, and what clients do. */
const EAS_HTTP_STATUSES: readonly EasHttpStatus[] = [
  {
    httpStatus: 200,
    name: 'OK',
    behaviour: 'not-a-failure',
    summaryKey: 'requestSucceeded',
    detailsKey: undefined,
    basis:
      'The response carries the answer; a Status element in it says more (EasResponse.isSuccess).',
    sources: ['androidResponse'],
  },
  {
    httpStatus: 400,
    name: 'Bad Request',
    behaviour: 'fix-request',
    summaryKey: 'requestNotUnderstood',
    detailsKey: 'appProblemDetails',
    basis:
      'The request itself is wrong; sent again unchanged it fails again (Android RESULT_OTHER_FAILURE; EAS-4-TbSync E:HTTP).',
    sources: ['androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 401,
    name: 'Unauthorized',
    behaviour: 'sign-in-again',
    summaryKey: 'signInFailed',
    detailsKey: 'signInAgainDetails',
    basis:
      'Wrong or expired credentials: Android EasResponse.isAuthError gives RESULT_AUTHENTICATION_ERROR; EAS-4-TbSync refreshes an OAuth token once, then NET_ERR.AUTH.',
    sources: ['androidResponse', 'androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 403,
    name: 'Forbidden',
    behaviour: 'access-denied-by-policy',
    summaryKey: 'syncRefused',
    detailsKey: 'syncRefusedDetails',
    // Android first provisions again (EasResponse.isProvisionError counts 403) and tells the
    // person only when that fails; EAS-4-TbSync tells at once (NET_ERR.AUTH). Either way a
    // 403 that stays is the person's or the administrator's to fix.
    basis:
      'Not allowed: Android tries Provision once (isProvisionError includes 403), then RESULT_FORBIDDEN or RESULT_PROVISIONING_ERROR, both an authentication error to the person; EAS-4-TbSync NET_ERR.AUTH.',
    sources: ['androidResponse', 'androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 449,
    name: 'Retry With',
    behaviour: 're-provision',
    summaryKey: 'securitySettingsUpdate',
    detailsKey: 'securitySettingsUpdateDetails',
    basis:
      'Provision, then send the request again: Android HTTP_NEED_PROVISIONING and handleProvisionError; EAS-4-TbSync NET_ERR.PROVISION_REQUIRED.',
    sources: ['androidResponse', 'androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 451,
    name: 'Redirect',
    behaviour: 'redirect',
    summaryKey: 'mailboxMoved',
    detailsKey: 'mailboxMovedDetails',
    basis:
      'Send the request to the X-MS-Location server: Android redirectHostAuth (up to MAX_REDIRECTS); EAS-4-TbSync NET_ERR.HOST_REDIRECT with the new location, an HTTP error when the header is missing.',
    sources: ['androidResponse', 'androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 500,
    name: 'Internal Server Error',
    behaviour: 'server-error',
    summaryKey: 'serverProblem',
    detailsKey: 'serverProblemDetails',
    basis:
      'Android RESULT_OTHER_FAILURE; EAS-4-TbSync E:HTTP. The next scheduled sync tries again.',
    sources: ['androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 503,
    name: 'Service Unavailable',
    behaviour: 'retry-later',
    summaryKey: 'serverUnavailable',
    detailsKey: 'tryAgainLaterDetails',
    basis:
      'The server is overloaded or down for now; its Retry-After says when to come back (the seed maps 111 ServerErrorRetryLater to 503, line 105).',
    sources: ['androidOperation', 'tbsyncNetwork'],
  },
  {
    httpStatus: 507,
    name: 'Insufficient Storage',
    behaviour: 'tell-user',
    summaryKey: 'mailboxFull',
    detailsKey: 'mailboxFullDetails',
    basis:
      'The mailbox is over its quota (the seed maps 113 MailboxQuotaExceeded to 507); only the person can free space.',
    sources: ['androidOperation', 'tbsyncNetwork'],
  },
];

const BY_HTTP: ReadonlyMap<number, EasHttpStatus> = new Map(
  EAS_HTTP_STATUSES.map((h) => [h.httpStatus, h]),
);

/** What clients do with this HTTP status, if the table lists it. */
function httpStatusFor(httpStatus: number): EasHttpStatus | undefined {
  return BY_HTTP.get(httpStatus);
}

/**
 * Seconds to wait when the server asks to back off and gives no Retry-After: EAS-4-TbSync
 * pauses a busy account for 30 minutes (sync-runner.mjs BUSY_BACKOFF_MS).
 */
const EAS_BACK_OFF_SECONDS = 1800;

export type { EasHttpStatus, HttpContext };
export {
  candidatesFor,
  EAS_BACK_OFF_SECONDS,
  EAS_HTTP_STATUSES,
  httpStatusFor,
  mapsBack,
  mayBeLegacy,
};
