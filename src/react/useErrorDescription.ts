/**
 * What a family can tell support staff beyond the facts it resolved with, loaded on demand.
 */
import { useEffect, useState } from 'react';
import type { AnyFamily, Fact } from '../core/index';
import type { ErrorMessage } from './useErrorMessage';

/**
 * The family's `describe` for a message (the server's own reason for an [MS-OCER] ErrorId,
 * from tables of 40 kB gzip), loaded when first asked: an app whose users never open the
 * details never downloads it. Empty until loaded, and for families with nothing more to say.
 * @example const more = useErrorDescription(useErrorMessage(msOcer, { msDiagnostics: '1008' }, { mode: 'Voice' }))
 */
function useErrorDescription(message: ErrorMessage<AnyFamily>): readonly Fact[] {
  const [facts, setFacts] = useState<readonly Fact[]>([]);
  const family = message.familyObject;
  useEffect(() => {
    setFacts([]);
    if (typeof family.describe !== 'function') return;
    let live = true;
    family
      .describe(message)
      .then((found) => {
        if (live && Array.isArray(found)) setFacts(found);
      })
      .catch(() => {
        // A chunk that fails to load leaves the view as it was: the description is extra.
      });
    return () => {
      live = false;
    };
  }, [family, message]);
  return facts;
}

export { useErrorDescription };
