/**
 * Realistic Skype for Business messages and the two libraries' own parsers, shared by the
 * adapter and report tests.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface LibraryMessage {
  getHeader(name: string): string | undefined;
  getHeaders(name: string): string[];
  hasHeader(name: string): boolean;
  parseHeader(name: string): unknown;
}

const jssipParser = require('jssip/lib/Parser') as {
  parseMessage(text: string, ua: unknown): LibraryMessage | undefined;
};
const sipjsCore = require('sip.js/lib/core/index.js') as {
  Parser: { parseMessage(text: string, logger: unknown): LibraryMessage | undefined };
  LoggerFactory: new () => { builtinEnabled: boolean; getLogger(name: string): unknown };
  IncomingResponseMessage: new () => LibraryMessage & { statusCode: number; reasonPhrase: string };
};

const loggerFactory = new sipjsCore.LoggerFactory();
loggerFactory.builtinEnabled = false;
const logger = loggerFactory.getLogger('test');

/** JsSIP's own parser: `require('jssip/lib/Parser').parseMessage(text, null)`. */
function parseWithJsSIP(text: string): LibraryMessage {
  const message = jssipParser.parseMessage(text, null);
  if (!message) throw new Error('JsSIP could not parse the message');
  return message;
}

/** SIP.js's own parser: `Parser.parseMessage(text, logger)` from sip.js/lib/core. */
function parseWithSipJs(text: string): LibraryMessage {
  const message = sipjsCore.Parser.parseMessage(text, logger);
  if (!message) throw new Error('SIP.js could not parse the message');
  return message;
}

const PARSERS = [
  ['JsSIP', parseWithJsSIP],
  ['SIP.js', parseWithSipJs],
] as const;

/** Joins header lines with CRLF and ends the head with an empty line. */
function sip(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n\r\n`;
}

const DIALOG = [
  'Via: SIP/2.0/WSS 192.0.2.10:443;branch=z9hG4bK5a1c;received=198.51.100.7',
  'From: "Alice" <sip:alice@contoso.com>;tag=d1efe7a825;epid=d08da2d0b3',
  'To: <sip:bob@contoso.com;user=phone>;tag=66643C5C12E2A03D937F1045F8E8484F',
  'Call-ID: f5290007af32443f8a82daa76c934880',
];

/** A Mediation Server 404: ms-diagnostics 1034, then 10003, then ms-diagnostics-public 10003. */
const MEDIATION_404 = sip(
  'SIP/2.0 404 Not Found',
  ...DIALOG,
  'CSeq: 1 INVITE',
  'ms-diagnostics: 1034;reason="Previous hop federated peer did not report diagnostic information";',
  ' source="fe01.contoso.com";Domain="fabrikam.com";PeerServer="sip.fabrikam.com"',
  'ms-diagnostics: 10003;reason="Gateway returned a SIP failure code";source="med01.contoso.com";GatewayFqdn="gw.contoso.com";appName="MediationServer"',
  'ms-diagnostics-public: 10003;reason="Gateway returned a SIP failure code"',
  'Server: RTCC/6.0.0.0 MediationServer',
  'Content-Length: 0',
);

/** A 486 with two Warning headers. */
const BUSY_486 = sip(
  'SIP/2.0 486 Busy Here',
  ...DIALOG,
  'CSeq: 1 INVITE',
  'Warning: 399 lcs.microsoft.com "The user is busy"',
  'Warning: 370 fe01.contoso.com "Insufficient bandwidth"',
  'Content-Length: 0',
);

/** The spec's own 101 Progress Report (4.1), then its 504. */
const PROGRESS_101 = sip(
  'SIP/2.0 101 Progress Report',
  ...DIALOG,
  'CSeq: 1 INVITE',
  'ms-diagnostics: 12006;reason="Trying next hop";source="red-lsapf-01.exchange.corp.contoso.com";PhoneRoute="RedLocalRoute";Gateway="gateway.contoso.com:5061";appName="OutboundRouting"',
  'Server: OutboundRouting/3.0.0.0',
  'Content-Length: 0',
);
const TIMEOUT_504 = sip(
  'SIP/2.0 504 Server time-out',
  ...DIALOG,
  'CSeq: 1 INVITE',
  'ms-diagnostics: 1007;reason="Temporarily cannot route";source="server.contoso.com";ErrorType="Connect Attempt Failure";WinsockFailureDescription="The peer actively refused the connection attempt";WinsockFailureCode="274D(WSAECONNREFUSED)";Peer="gateway.contoso.com"',
  'Server: OutboundRouting/3.0.0.0',
  'Content-Length: 0',
);

/** A federated 480 with ms-diagnostics-public only. */
const FEDERATED_480 = sip(
  'SIP/2.0 480 Temporarily Unavailable',
  ...DIALOG,
  'CSeq: 2 MESSAGE',
  'ms-diagnostics-public: 3027;reason="User not allowed in closed conference"',
  'Content-Length: 0',
);

/** A BYE from the server carrying ms-diagnostics ([MS-OCER] 2.2.1.1 allows it). */
const BYE_WITH_DIAGNOSTICS = sip(
  'BYE sip:alice@192.0.2.10;transport=ws SIP/2.0',
  'Via: SIP/2.0/WSS 203.0.113.5:443;branch=z9hG4bK77',
  'From: <sip:bob@contoso.com>;tag=66643C5C12E2A03D937F1045F8E8484F',
  'To: "Alice" <sip:alice@contoso.com>;tag=d1efe7a825',
  'Call-ID: f5290007af32443f8a82daa76c934880',
  'CSeq: 3 BYE',
  'Max-Forwards: 70',
  'ms-diagnostics: 10027;reason="Media connectivity failure";source="med01.contoso.com"',
  'Reason: Q.850;cause=41;text="Temporary failure", SIP;cause=503;text="Service Unavailable"',
  'Content-Length: 0',
);

/** A CANCEL sent because another device answered (RFC 3326). */
const CANCEL_ELSEWHERE = sip(
  'CANCEL sip:alice@192.0.2.10;transport=ws SIP/2.0',
  'Via: SIP/2.0/WSS 203.0.113.5:443;branch=z9hG4bK78',
  'From: <sip:bob@contoso.com>;tag=abc',
  'To: <sip:alice@contoso.com>',
  'Call-ID: 9f8e7d',
  'CSeq: 1 CANCEL',
  'Max-Forwards: 70',
  'Reason: SIP;cause=200;text="Call completed elsewhere"',
  'Content-Length: 0',
);

export type { LibraryMessage };
export {
  BUSY_486,
  BYE_WITH_DIAGNOSTICS,
  CANCEL_ELSEWHERE,
  DIALOG,
  FEDERATED_480,
  MEDIATION_404,
  PARSERS,
  PROGRESS_101,
  parseWithJsSIP,
  parseWithSipJs,
  sip,
  sipjsCore,
  TIMEOUT_504,
};
