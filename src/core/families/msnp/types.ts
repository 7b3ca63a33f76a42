/**
 * The shapes of the MSNP catalog rows and the behaviour vocabulary (the generated catalog
 * is checked against them with `satisfies`).
 */
import type { Placement } from '../../family';

/**
 * What a code does to the client, after BitlBee's `msn_status_code_list` flags
 * (`STATUS_FATAL`: the account is signed out; `STATUS_SB_FATAL`: only the switchboard, the
 * conversation, ends; no flag: only the command failed) and libpurple's MSN plugin (sign-in
 * errors 500, 601, 910, 921 and 911 end the session in `usr_error`; switchboard errors such
 * as 217 fail the conversation in `cal_error`). docs/families/msnp.md gives the details.
 */
const MSNP_BEHAVIOURS = [
  /** The connection ends (or sign-in does not complete); the person must act before signing in again. */
  'session-ends',
  /** The connection ends because the service is busy or unavailable; sign in again later. */
  'session-ends-retry-later',
  /** The conversation (switchboard) fails; the sign-in stays. */
  'conversation-fails',
  /** Only the one command failed; the session goes on. */
  'command-fails',
  /** The command was refused for now (rate limit, busy address book); try it again later. */
  'command-retry-later',
  /** A switchboard invitation (`CAL`) failed; the conversation's other people stay. */
  'invitation-fails',
  /** The contact is offline: send the conversation's messages as offline messages (OIM). */
  'send-offline',
  /** Not a failure: a success HRESULT (218, "already in the mode"). */
  'not-a-failure',
] as const;

/** What an MSNP code does to the client. */
type MsnpBehaviour = (typeof MSNP_BEHAVIOURS)[number];

/** The two servers a Messenger client talks to: its sign-in and the conversations. */
const MSNP_SERVERS = ['notification', 'switchboard'] as const;

/** Which server sent a line: the notification server (sign-in, lists) or a switchboard (a conversation). */
type MsnpServer = (typeof MSNP_SERVERS)[number];

/** A trace line of seed 001, verbatim, with its line number. */
interface MsnpTrace {
  readonly line: number;
  readonly text: string;
}

/** Why the two seeds' texts for a code disagree, and which one chose the sentence. */
interface MsnpDisagreement {
  readonly drives: '000' | '001';
  readonly why: string;
}

/** One code of the merged catalog as `resolve` reads it: its keys, behaviour and flags. */
interface MsnpCodeRow {
  readonly code: number;
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  readonly behaviour: MsnpBehaviour;
  readonly placement: Placement;
  /** False for a success HRESULT (218): not every code is a failure. */
  readonly failure: boolean;
  /** Seed 000: the related HRESULT (`0x...`), undefined for `N/A` or a code 000 lacks. */
  readonly hresult: string | undefined;
}

/**
 * A code's row as the generated catalog writes it, the usual values left out: the bar, a
 * failure, no HRESULT, and details under the summary's key plus `Details` (`null`: none).
 */
type MsnpPackedRow = Omit<MsnpCodeRow, 'placement' | 'failure' | 'hresult' | 'detailsKey'> &
  Partial<Pick<MsnpCodeRow, 'placement' | 'failure' | 'hresult'>> & {
    readonly detailsKey?: string | null;
  };

/** The seeds' cells of one code, verbatim, for support staff (loaded on demand). */
interface MsnpCodeDetails {
  readonly code: number;
  readonly hresultName: string | undefined;
  readonly draftName: string | undefined;
  /** Seed 000: the description, undefined for `?`. */
  readonly description: string | undefined;
  /** Seed 000: the whole row, trimmed, verbatim. */
  readonly row000: string | undefined;
  readonly line000: number | undefined;
  /** Seed 001: the name. */
  readonly name: string | undefined;
  /** Seed 001: the known cause, its prose lines joined with a line break. */
  readonly cause: string | undefined;
  readonly line001: number | undefined;
  /** Seed 001: the line of each line of the cause. */
  readonly causeLines: readonly number[];
  readonly traces: readonly MsnpTrace[];
  readonly disagreement: MsnpDisagreement | undefined;
}

/** One of the related authentication HRESULTs of seed 000, as `resolve` reads it. */
interface MsnpRelatedRow {
  readonly hresult: string;
  readonly summaryKey: string;
  readonly detailsKey: string | undefined;
  readonly behaviour: MsnpBehaviour;
  readonly placement: Placement;
  readonly failure: boolean;
}

/** The seed 000 cells of a related HRESULT, verbatim (loaded on demand). */
interface MsnpRelatedDetails {
  readonly hresult: string;
  /** `System Error` for the Win32 HRESULTs (seed 000 lines 112-114). */
  readonly group: string | undefined;
  readonly hresultName: string;
  readonly description: string;
  readonly row: string;
  readonly line: number;
}

export type {
  MsnpBehaviour,
  MsnpCodeDetails,
  MsnpCodeRow,
  MsnpDisagreement,
  MsnpPackedRow,
  MsnpRelatedDetails,
  MsnpRelatedRow,
  MsnpServer,
  MsnpTrace,
};
export { MSNP_BEHAVIOURS, MSNP_SERVERS };
