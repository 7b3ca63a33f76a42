/**
 * What a family can tell support staff beyond the facts it resolved with, loaded on demand.
 */
import { useEffect, useRef, useState } from 'react';
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
  // The same error keeps its facts while the words change (a language loads, the host adds
  // a word): the description is asked again only for another error.
  const latest = useRef(message);
  latest.current = message;
  const identity = `${family.id}\u0000${message.sameKey}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `identity` stands for the error; the message is read through a ref.
  useEffect(() => {
    setFacts([]);
    if (typeof family.describe !== 'function') return;
    let live = true;
    family
      .describe(latest.current)
      .then((found) => {
        if (live && Array.isArray(found)) setFacts(found);
      })
      .catch(() => {
        // A chunk that fails to load leaves the dialog as it was: the description is extra.
      });
    return () => {
      live = false;
    };
  }, [family, identity]);
  return facts;
}

export { useErrorDescription };
