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
/**
 * Calls `listener` with the text of every message a JsSIP socket (`ondata`) or SIP.js
 * transport (`onMessage`) receives, before the library handles it. The listener's errors
 * are swallowed: the library always gets the message.
 */
function tapIncomingMessages(transport, listener) {
    const property = 'onMessage' in transport && !('ondata' in transport) ? 'onMessage' : 'ondata';
    const target = transport;
    let handler = target[property];
    const wrapped = (data, ...rest) => {
        try {
            if (typeof data === 'string')
                listener(data);
            else if (data instanceof ArrayBuffer)
                listener(new TextDecoder().decode(data));
        }
        catch {
            // The app's listener must never keep a message from the library.
        }
        if (typeof handler === 'function')
            return handler.call(transport, data, ...rest);
        return undefined;
    };
    Object.defineProperty(transport, property, {
        configurable: true,
        enumerable: true,
        get: () => (typeof handler === 'function' ? wrapped : handler),
        set: (value) => {
            handler = value;
        },
    });
    return () => {
        Object.defineProperty(transport, property, {
            configurable: true,
            enumerable: true,
            writable: true,
            value: handler,
        });
    };
}
export { tapIncomingMessages };
