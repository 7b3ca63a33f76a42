/**
 * The families `uc-error-kit explain --family <id>` reads codes with.
 */
import { eas, msnp, msOcer, smtp } from '../core/index';

/** Every family the command knows, by id. */
const FAMILIES = {
  [msOcer.id]: msOcer,
  [msnp.id]: msnp,
  [eas.id]: eas,
  [smtp.id]: smtp,
} as const;

export { FAMILIES };
