/**
 * Where a message is shown, by catalog and mode.
 */
import type { CatalogId } from './catalogs/index';
import type { Mode } from './modes';

/** Where the client shows a message: inline in the conversation, or the bar at its top. */
type Placement = 'im-area' | 'notification-bar';

/**
 * [MS-OCER] Appendix D, "Handled Error Display" and "Unhandled Error Display": errors during
 * IM or file transfer go into the IM area; call, meeting and sharing errors go into the
 * notification area at the top of the conversation window.
 */
const PLACEMENT_BY_MODE: Record<Mode, Placement> = {
  IM: 'im-area',
  Voice: 'notification-bar',
  Conference: 'notification-bar',
  Sharing: 'notification-bar',
  Other: 'notification-bar',
};

/** The placement of a catalog's messages in a mode. */
function placementOf(_catalog: CatalogId, mode: Mode): Placement {
  return PLACEMENT_BY_MODE[mode];
}

export type { Placement };
export { PLACEMENT_BY_MODE, placementOf };
