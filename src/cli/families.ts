/**
 * The families `uc-error-kit explain --family <id>` reads codes with.
 */
import { msOcer } from '../core/index';

/** Every family the command knows, by id. */
const FAMILIES = {
  [msOcer.id]: msOcer,
} as const;

export { FAMILIES };
