/**
 * Modes and the actions a user can be taking in each.
 *
 * [MS-OCER] Appendix D, "Modes": the client consults the mode to pick a string, and the
 * same code can have several strings in one mode, chosen by what the user was doing. The
 * spec names the modes but not the actions; this vocabulary names them, and each catalog
 * row is given one (see the README, "Actions").
 */
const ModeActions = {
  /** IM communication between two or more parties; file transfer errors also show here. */
  IM: ['send', 'start', 'send-file'],
  /** Audio or audio/video communication between two parties. */
  Voice: ['call', 'transfer', 'add-video', 'park'],
  /** More than two parties on a conferencing or application sharing server. */
  Conference: ['join', 'invite', 'dial-out'],
  /** Content and application sharing. */
  Sharing: ['share', 'start', 'in-session', 'invite', 'respond'],
  /** Anything else: only the generic "An error occurred." applies. */
  Other: [],
} as const;

/** The modes a user can be in when an error arrives. */
type Mode = keyof typeof ModeActions;

/** The four modes the display tables list (every mode but `Other`). */
type CatalogMode = Exclude<Mode, 'Other'>;

/** The actions of one mode; `ActionOf<'Voice'>` is `'call' | 'transfer' | 'add-video' | 'park'`. */
type ActionOf<M extends Mode> = (typeof ModeActions)[M][number];

/** Any action of any mode. */
type Action = ActionOf<Mode>;

const MODES = Object.keys(ModeActions) as readonly Mode[];

/** True when `value` is one of the modes, looked up without touching the prototype chain. */
function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && Object.hasOwn(ModeActions, value);
}

/** True when `action` belongs to the vocabulary of `mode`. */
function isActionOf<M extends Mode>(mode: M, action: unknown): action is ActionOf<M> {
  return (ModeActions[mode] as readonly string[]).includes(action as string);
}

export type { Action, ActionOf, CatalogMode, Mode };
export { isActionOf, isMode, MODES, ModeActions };
