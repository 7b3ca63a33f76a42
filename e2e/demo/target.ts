/**
 * Reads what the user typed in "To" as a SIP address, with a sentence for what is wrong
 * instead of the exception a library throws (JsSIP: "Invalid target: sip:@contoso.com").
 */

/** The address read, or why it cannot be called. */
type TargetReading = { ok: true; uri: string; user: string } | { ok: false; problem: string };

// RFC 3261 25.1 `user` (unreserved and user-unreserved characters, no escapes) and a host name
// or IPv4 address; a telephone number is a user part of digits with an optional +.
const USER = /^[A-Za-z0-9\-_.!~*'()&=+$,;?/]+$/;
const HOST =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** Reads `bob`, `bob@contoso.com`, `sip:bob@contoso.com` or `+14255550123`. */
function readTarget(typed: string, domain: string): TargetReading {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'Enter a name, address or number to call.' };
  const bare = text.replace(/^sips?:/i, '');
  const at = bare.lastIndexOf('@');
  const user = at < 0 ? bare : bare.slice(0, at);
  const host = at < 0 ? domain : bare.slice(at + 1);
  if (user === '' || !USER.test(user) || !HOST.test(host) || user.length > 256) {
    return {
      ok: false,
      problem: `“${text.slice(0, 80)}” is not an address. Type a name such as bob, an address such as bob@contoso.com, or a number.`,
    };
  }
  return { ok: true, uri: `sip:${user}@${host}`, user };
}

export type { TargetReading };
export { readTarget };
