/**
 * A scripted SIP server in memory, and the two transports that connect the libraries' real
 * `UA` (JsSIP) and `UserAgent` (SIP.js) to it, so the tests see the events the libraries
 * really emit. The Kamailio end-to-end test (e2e/) does the same over a real WebSocket.
 */
import { viewOfSipText } from '../../src/adapters/index';

/** Answers one request (raw text) with the raw messages to send back. */
type Script = (request: string) => string[];

/** A response to `request`, copying Via, From, To (tagged), Call-ID and CSeq. */
function respond(
  request: string,
  statusLine: string,
  extra: string[] = [],
  body = '',
  options: { tag?: boolean } = {},
): string {
  const view = viewOfSipText(request);
  const raw = request.split('\r\n\r\n')[0]?.split('\r\n') ?? [];
  const copy = (name: string) =>
    raw.filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const to = copy('To')[0] ?? 'To: <sip:x@invalid>';
  const tagged =
    view?.toTag || statusLine.startsWith('100') || options.tag === false
      ? to
      : `${to};tag=srv${Date.now() % 1e6}`;
  const lines = [
    `SIP/2.0 ${statusLine}`,
    ...copy('Via'),
    ...copy('From'),
    tagged,
    ...copy('Call-ID'),
    ...copy('CSeq'),
    ...extra,
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** JsSIP's socket interface (JsSIP.Socket), delivering to a script. */
class ScriptedJsSIPSocket {
  via_transport = 'WSS';
  readonly url = 'wss://sip.test.invalid';
  readonly sip_uri = 'sip:sip.test.invalid;transport=ws';
  readonly sent: string[] = [];
  #connected = false;
  onconnect: () => void = () => {};
  ondisconnect: (error: boolean) => void = () => {};
  ondata: (data: string) => void = () => {};

  constructor(readonly script: Script) {}

  connect(): void {
    setTimeout(() => {
      this.#connected = true;
      this.onconnect();
    }, 0);
  }

  disconnect(): void {
    this.#connected = false;
  }

  send(message: unknown): boolean {
    const text = String(message);
    this.sent.push(text);
    const replies = this.script(text);
    setTimeout(() => {
      for (const reply of replies) this.ondata(reply);
    }, 1);
    return true;
  }

  isConnected(): boolean {
    return this.#connected;
  }

  isConnecting(): boolean {
    return false;
  }
}

export type { Script };
export { respond, ScriptedJsSIPSocket };
