/**
 * Reads every incoming message at the transport, before the library sees it.
 *
 * Needed for progress diagnostics: the spec's own `101 Progress Report` ([MS-OCER] 4.1, seed
 * line 266) has no To tag and no Contact, and both libraries drop such a response before any
 * event (JsSIP RTCSession: "1xx response received without to tag"; SIP.js
 * InviteUserAgentClient: "Non-100 1xx INVITE response received without a Contact header
 * field, dropping"). The tap wraps JsSIP's `socket.ondata` or SIP.js's `transport.onMessage`
 * with an accessor, so the handler the library sets (again on each reconnect) is wrapped too.
 */
import { errorInputFromSipMessage, type SipFailure } from './adapt';

/** Stops tapping; the library's own handler stays in place. */
type Untap = () => void;

/** The taps of one transport: one accessor, however many listeners. */
interface Taps {
  listeners: Set<(text: string) => void>;
  property: 'onMessage' | 'ondata';
  handler: unknown;
}

// One accessor per transport: a second tap installed before the library sets its handler
// would otherwise replace the first one's accessor, and the first listener would hear nothing.
const TAPS = new WeakMap<object, Taps>();

function install(transport: object): Taps {
  const property = 'onMessage' in transport && !('ondata' in transport) ? 'onMessage' : 'ondata';
  const target = transport as Record<string, unknown>;
  const taps: Taps = { listeners: new Set(), property, handler: target[property] };
  const wrapped = (data: unknown, ...rest: unknown[]) => {
    const text =
      typeof data === 'string'
        ? data
        : data instanceof ArrayBuffer
          ? new TextDecoder().decode(data)
          : undefined;
    if (text !== undefined) {
      for (const listener of [...taps.listeners]) {
        try {
          listener(text);
        } catch {
          // The app's listener must never keep a message from the library.
        }
      }
    }
    if (typeof taps.handler === 'function') return taps.handler.call(transport, data, ...rest);
    return undefined;
  };
  Object.defineProperty(transport, property, {
    configurable: true,
    enumerable: true,
    get: () => (typeof taps.handler === 'function' ? wrapped : taps.handler),
    set: (value: unknown) => {
      taps.handler = value;
    },
  });
  TAPS.set(transport, taps);
  return taps;
}

/**
 * Calls `listener` with the text of every message a JsSIP socket (`ondata`) or SIP.js
 * transport (`onMessage`) receives, before the library handles it. The listener's errors
 * are swallowed: the library always gets the message. Any number of taps may share a
 * transport, installed before or after the library sets its handler.
 */
function tapIncomingMessages(transport: object, listener: (text: string) => void): Untap {
  const taps = TAPS.get(transport) ?? install(transport);
  // A listener of its own, so tapping the same function twice untaps one at a time.
  const own = (text: string) => listener(text);
  taps.listeners.add(own);
  return () => {
    taps.listeners.delete(own);
    if (taps.listeners.size > 0 || TAPS.get(transport) !== taps) return;
    TAPS.delete(transport);
    Object.defineProperty(transport, taps.property, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: taps.handler,
    });
  };
}

// Only these requests can sign the user out; anything else is not parsed at all.
const MAY_SIGN_OUT = /^\s*(?:NOTIFY|BENOTIFY|BYE)[ \t]/i;

/**
 * Calls `onSignOut` when the server signs the user out: a registration NOTIFY that ends the
 * registration, or a BYE / NOTIFY with a sign-out ErrorId. The libraries never tell: such a
 * NOTIFY names no dialog they know (a To tag, as in [MS-SIPREGE] 4.1.3), so JsSIP and SIP.js
 * answer it 481 and emit nothing; without a To tag JsSIP emits only a bare `sipEvent` and SIP.js
 * answers it by itself unless `delegate.onNotify` is set. So it is read at the transport.
 * @example tapSignOut(userAgent.transport, (failure) => notices.push({ error: failure.input, context: failure.context }))
 */
function tapSignOut(transport: object, onSignOut: (failure: SipFailure) => void): Untap {
  return tapIncomingMessages(transport, (text) => {
    if (!MAY_SIGN_OUT.test(text.slice(0, 16))) return;
    const failure = errorInputFromSipMessage(text);
    if (failure.signOut !== undefined) onSignOut(failure);
  });
}

export type { Untap };
export { tapIncomingMessages, tapSignOut };
