/**
 * The kit's families, in one list: `uc-error-kit explain --family <id>` reads codes with
 * them, and the Storybook and `registerUcErrorKit` setups loop over the same list. A plain
 * array with no tool's code in it, so any of them can import it; adding a family to the kit
 * adds one line here. It is the one shared file that imports the families' folders, on
 * purpose: the command and the showcase ship every family, an app imports only its own.
 */

import { eas } from '../core/families/eas/index';
import { msOcer } from '../core/families/ms-ocer/index';
import { msnp } from '../core/families/msnp/index';
import { smtp } from '../core/families/smtp/index';
import type { AnyFamily } from '../core/family';

/**
 * Every family of the kit, in the order tools list them. The first is the one `explain`
 * reads when no `--family` is given ([MS-OCER], the family the kit started with).
 */
const FAMILIES: readonly AnyFamily[] = [msOcer, msnp, eas, smtp];

export { FAMILIES };
