/**
 * The public types of the Exchange ActiveSync family, and the table that says what each
 * behaviour means for the app: whether the person sees it, what kind of outcome it is, and
 * when to send the request again.
 */
import type { BaseEntry, BaseResolution, Intent } from '../../family';
import type {
  EAS_BEHAVIOURS,
  EAS_COMMANDS,
  EAS_PROTOCOL_VERSIONS,
  EAS_SCOPES,
  EAS_STATUSES,
} from './catalog.generated';

/** A command of [MS-ASCMD] 2.2.2's table (`'Sync'`, `'SendMail'`, `'Provision'`, ...). */
type EasCommand = (typeof EAS_COMMANDS)[number]['name'];
/** A protocol version the seed names (`'2.5'`, `'12.1'`, `'14.0'`, ...). */
type EasProtocolVersion = (typeof EAS_PROTOCOL_VERSIONS)[number];
/** What the app does about an outcome (scripts/seed/eas-keys.json gives each one's basis). */
type EasBehaviour = (typeof EAS_BEHAVIOURS)[number];
/** A common Status value of the seed (`101` ... `184`). */
type EasStatusValue = (typeof EAS_STATUSES)[number]['status'];
/** A scope: the whole request (`Global`), one item of it (`Item`) or one policy (`Policy`). */
type EasScope = (typeof EAS_SCOPES)[number]['value'];

/**
 * When to send the request again: `'at-once'` (maybe corrected as the response says),
 * `'after-recovery'` (after the step the behaviour names: FolderSync, Provision, a new sync
 * key, the new server), `'later'` (after `retryAfter` seconds, or a back-off), `'after-person'`
 * (once the person or an administrator has acted), `'not-unchanged'` (the same request fails
 * again), `'no-need'` (nothing failed).
 */
type EasRetry =
  | 'at-once'
  | 'after-recovery'
  | 'later'
  | 'after-person'
  | 'not-unchanged'
  | 'no-need';

/** What a behaviour means for the views and for the app's retry logic. */
interface EasBehaviourTraits {
  /** False when the client recovers by itself and the person never sees it. */
  readonly show: boolean;
  /** The kind of outcome, for the notice's colour and icon. */
  readonly intent: Intent;
  /** When to send the request again. */
  readonly retry: EasRetry;
}

/**
 * Every behaviour's traits. `show` follows the rule of the issue: a person sees an outcome
 * only where a person must act, or must know that something will take time.
 */
const EAS_BEHAVIOUR_TRAITS = {
  'not-a-failure': { show: false, intent: 'success', retry: 'no-need' },
  redirect: { show: false, intent: 'info', retry: 'after-recovery' },
  resync: { show: false, intent: 'warning', retry: 'after-recovery' },
  'refresh-folders': { show: false, intent: 'warning', retry: 'after-recovery' },
  're-provision': { show: false, intent: 'warning', retry: 'after-recovery' },
  retry: { show: false, intent: 'warning', retry: 'at-once' },
  // Shown: the person should know why mail is late, though nothing is theirs to do.
  'retry-later': { show: true, intent: 'warning', retry: 'later' },
  'sign-in-again': { show: true, intent: 'error', retry: 'after-person' },
  'access-denied-by-policy': { show: true, intent: 'error', retry: 'after-person' },
  'tell-user': { show: true, intent: 'error', retry: 'after-person' },
  'fix-request': { show: true, intent: 'error', retry: 'not-unchanged' },
  'server-error': { show: true, intent: 'error', retry: 'not-unchanged' },
} as const satisfies Record<EasBehaviour, EasBehaviourTraits>;

/** The fields of a response as an app has them; every one is optional. */
interface EasInputFields {
  /** The HTTP status of the response (`401`, `451`, `503`, ...). */
  httpStatus?: number | string | undefined;
  /** The `MS-ASProtocolVersion` of the request (`'14.1'`). */
  protocolVersion?: string | number | undefined;
  /** The command of the request (`'Sync'`); the context's, when both are given, wins. */
  command?: string | undefined;
  /** The `Status` element's value (`3`, `142`, `'142'`). */
  status?: number | string | undefined;
  /** The `Retry-After` header of a 503, in seconds. */
  retryAfter?: number | string | undefined;
  /** The `X-MS-Location` header of a 451: where to send the request instead. */
  location?: string | undefined;
}

/**
 * A status as an app receives it: the fields of a response, a Status value, or its text.
 * @example eas.resolve({ httpStatus: 451, location: 'https://mail2.example.com/Microsoft-Server-ActiveSync' })
 * @example eas.resolve({ command: 'Sync', status: 3 }) // resync, not shown
 */
type EasInput = number | string | EasInputFields;

/**
 * What the app was doing when the response arrived.
 * @example { protocolVersion: '16.1', command: 'FolderSync' }
 */
interface EasContext {
  /** The request's `MS-ASProtocolVersion`; 2.5, 12.0 and 12.1 answer HTTP statuses instead of 1xx values. */
  protocolVersion?: EasProtocolVersion | undefined;
  /** The command of the request: it decides what a Status below 100 means, and two HTTP statuses (106, 132). */
  command?: EasCommand | undefined;
  /** Whether the request carried a policy key header; its absence gives 140 an HTTP 403. */
  policyKeyHeader?: boolean | undefined;
}

/** One HTTP status that 2.5 / 12.0 / 12.1 answer instead of a Status value. */
interface EasHttpAlternative {
  /** The HTTP status code. */
  readonly status: number;
  /** The seed's words for when this status applies (`'for the SendMail command'`). */
  readonly condition?: string;
  /** The condition as a command. */
  readonly command?: string;
  /** The condition as a protocol version. */
  readonly protocolVersion?: string;
  /** The condition as the presence of a policy key header. */
  readonly policyKeyHeader?: boolean;
  /** True when it applies whenever a sibling's condition does not hold. */
  readonly otherwise?: boolean;
}

/**
 * One common Status value: its keys, what `resolve` reads and how to reproduce it. The seed's
 * texts of the row load on demand (`loadEasEntries`, `eas.describe`).
 */
interface EasEntry extends BaseEntry<EasStatusValue, EasContext> {
  /** The key of the summary: every ActiveSync entry has one. */
  summaryKey: string;
  /** The Status value. */
  status: EasStatusValue;
  /** The element name, or the peers' name where the seed has none (147 `UnexpectedItemClass`). */
  name: string | undefined;
  /** The protocol versions that support the value. */
  versions: readonly string[];
  /** The HTTP statuses 2.5 / 12.0 / 12.1 answer instead, with their conditions. */
  httpStatus: readonly EasHttpAlternative[];
  /** The scope, where the seed gives it (only 184, in its meaning). */
  scope: EasScope | undefined;
  /** What the app does about it. */
  behaviour: EasBehaviour;
}

/** A common Status value with the seed's texts of its row, as `loadEasEntries()` lists it. */
interface EasEntryDetails extends EasEntry {
  /** The element name, verbatim; undefined where the seed leaves it empty (147). */
  elementName: string | undefined;
  /** The meaning, verbatim; undefined where the seed leaves it empty (113, 137, 168-171, 173). */
  meaning: string | undefined;
  /** The seed's "Supported by" cell, verbatim. */
  versionsText: string | undefined;
  /** The seed's sentence on the HTTP status of 2.5 / 12.0 / 12.1, verbatim. */
  httpText: string | undefined;
  /** The cells the seed leaves empty. */
  missing: readonly string[];
  /** The seed line where the row starts. */
  line: number;
}

/** A public source a fact was read from: a peer's file at a commit, or a specification page. */
interface EasSource {
  /** `owner/name` of a repository, or the specification's name (`[MS-ASCMD]`). */
  readonly repo: string;
  /** The file, or the section. */
  readonly path: string;
  /** The commit, or the page's address. */
  readonly at: string;
}

/** One command-level Status value ([MS-ASCMD] 2.2.3.177.x, [MS-ASPROV] 2.2.2.54.2). */
interface EasCommandStatus {
  /** The command whose Status element carries it. */
  readonly command: EasCommand;
  /** The value. */
  readonly status: number;
  /** A short name (the peers' constant, or the specification's meaning in a word or two). */
  readonly name: string;
  /** Whether it concerns the whole request or one item. */
  readonly scope: 'Global' | 'Item';
  readonly behaviour: EasBehaviour;
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  /** Where the value, its name and what clients do with it come from. */
  readonly sources: readonly string[];
}

/**
 * A command-level Status value as a catalog entry, for the tools that list every code (the
 * Storybook galleries, pickers): its input is the command and the value.
 */
interface EasCommandEntry extends BaseEntry<EasInputFields, EasContext> {
  /** The key of the summary. */
  summaryKey: string;
  /** The command whose Status element carries it. */
  command: EasCommand;
  /** The value. */
  status: number;
  /** Its short name (`InvalidSyncKey`). */
  name: string;
  /** Whether it concerns the whole request or one item. */
  scope: 'Global' | 'Item';
  /** What the app does about it. */
  behaviour: EasBehaviour;
}

/** What `eas.resolve` answers. */
interface EasResolution extends BaseResolution {
  family: 'eas';
  behaviour: EasBehaviour | undefined;
  /** When to send the request again, from the behaviour; undefined for the generic message. */
  retry: EasRetry | undefined;
  /** Seconds to wait before the retry: the `Retry-After` received, or the behaviour's back-off. */
  retryAfter: number | undefined;
  /** Where to send the request instead (451's `X-MS-Location`), as received. */
  location: string | undefined;
  /** Whether it concerns the whole request or one item; undefined when no source says. */
  scope: EasScope | undefined;
  /** Which reading won: a command's Status, a common Status, an HTTP status, or none. */
  source: 'command-status' | 'common-status' | 'http-status' | undefined;
  /** The common-status entry that handled it; undefined otherwise. */
  entry: EasEntry | undefined;
  /** The command-level Status that handled it; undefined otherwise. */
  commandStatus: EasCommandStatus | undefined;
  /** Every entry an HTTP status of 2.5 / 12.x maps back to in this context (one entry for a Status value). */
  candidates: readonly EasEntry[];
  /** The Status value as parsed. */
  status: number | undefined;
  /** The HTTP status as parsed. */
  httpStatus: number | undefined;
  /** The protocol version used (context first, then the input's). */
  protocolVersion: EasProtocolVersion | undefined;
  /** The command used (context first, then the input's). */
  command: EasCommand | undefined;
}

export type {
  EasBehaviour,
  EasBehaviourTraits,
  EasCommand,
  EasCommandEntry,
  EasCommandStatus,
  EasContext,
  EasEntry,
  EasEntryDetails,
  EasHttpAlternative,
  EasInput,
  EasInputFields,
  EasProtocolVersion,
  EasResolution,
  EasRetry,
  EasScope,
  EasSource,
  EasStatusValue,
};
export { EAS_BEHAVIOUR_TRAITS };
