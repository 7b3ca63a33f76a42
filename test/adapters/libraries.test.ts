import { createRequire } from 'node:module';
import {
  EmitterImpl,
  Inviter,
  Messager,
  Registerer,
  type SessionDescriptionHandler,
  TransportState,
  UserAgent,
} from 'sip.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
  type JsSIPRequestClasses,
  sendErrorReportWithJsSIP,
  sendErrorReportWithSipJs,
  tapIncomingMessages,
  tapSignOut,
  viewOfSipText,
} from '../../src/adapters/index';
import { ErrorReporter, parseErrorReport } from '../../src/report/index';
import { respond, type Script, ScriptedJsSIPSocket } from './fake-server';

const require = createRequire(import.meta.url);
const JsSIP = require('jssip') as {
  UA: new (configuration: Record<string, unknown>) => JsSIPUA;
  debug: { disable(): void };
};
const jssipClasses: JsSIPRequestClasses = {
  OutgoingRequest: require('jssip/lib/SIPMessage').OutgoingRequest,
  RequestSender: require('jssip/lib/RequestSender'),
};
JsSIP.debug.disable();

interface JsSIPUA {
  start(): void;
  stop(): void;
  register(): void;
  on(event: string, listener: (event: unknown) => void): void;
  once(event: string, listener: (event: unknown) => void): void;
  sendMessage(target: string, body: string, options?: Record<string, unknown>): unknown;
}

const methodOf = (raw: string) => viewOfSipText(raw)?.method;

/** The Skype for Business answers the tests script, by method. */
const SKYPE: Script = (raw) => {
  switch (methodOf(raw)) {
    case 'REGISTER':
      return [
        respond(raw, '403 Forbidden', [
          'ms-diagnostics: 4005;reason="Destination URI either not enabled for SIP or does not exist";source="fe01.contoso.com"',
        ]),
      ];
    case 'MESSAGE':
      return [
        respond(raw, '480 Temporarily Unavailable', [
          'ms-diagnostics-public: 3027;reason="User not allowed in closed conference"',
        ]),
      ];
    case 'SERVICE':
      return [
        respond(raw, '503 Service Unavailable', [
          'ms-diagnostics: 2019;reason="Report error service is not available";source="fe01.contoso.com"',
        ]),
      ];
    case 'INVITE':
      return [
        respond(raw, '100 Trying'),
        // As in the spec's example (4.1): no To tag, no Contact.
        respond(
          raw,
          '101 Progress Report',
          [
            'ms-diagnostics: 12006;reason="Trying next hop";source="fe01.contoso.com";appName="OutboundRouting"',
          ],
          '',
          { tag: false },
        ),
        respond(raw, '504 Server time-out', [
          'ms-diagnostics: 1007;reason="Temporarily cannot route";source="fe01.contoso.com"',
        ]),
      ];
    default:
      return [];
  }
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function startJsSIP(script: Script) {
  const socket = new ScriptedJsSIPSocket(script);
  const ua = new JsSIP.UA({ sockets: [socket], uri: 'sip:alice@contoso.com', register: false });
  cleanups.push(() => ua.stop());
  const connected = new Promise((resolve) => ua.once('connected', resolve));
  ua.start();
  return { ua, socket, connected };
}

describe('a real JsSIP UA', () => {
  it('reports a failed registration as { response, cause }', async () => {
    const { ua, connected } = startJsSIP(SKYPE);
    await connected;
    const event = await new Promise<Record<string, unknown>>((resolve) => {
      ua.on('registrationFailed', (e) => resolve(e as Record<string, unknown>));
      ua.register();
    });
    expect(Object.keys(event).sort()).toEqual(['cause', 'response']);
    const failure = fromJsSIPEvent(event);
    expect(failure).toMatchObject({
      show: true,
      status: 403,
      method: 'REGISTER',
      context: { mode: 'Other' },
    });
    expect(failure.input.msDiagnostics).toEqual([expect.stringMatching(/^4005;/)]);
  });

  it('reports a failed sendMessage as { originator, response, cause }', async () => {
    const { ua, connected } = startJsSIP(SKYPE);
    await connected;
    const event = await new Promise<Record<string, unknown>>((resolve) => {
      ua.sendMessage('sip:bob@fabrikam.com', 'hello', { eventHandlers: { failed: resolve } });
    });
    expect(Object.keys(event).sort()).toEqual(['cause', 'originator', 'response']);
    const failure = fromJsSIPEvent(event);
    expect(failure).toMatchObject({
      show: true,
      status: 480,
      context: { mode: 'IM', action: 'send' },
    });
  });

  it('sends an error report as a SERVICE request and reads the 503 with 2019', async () => {
    const { ua, socket, connected } = startJsSIP(SKYPE);
    await connected;
    const xml =
      '<reportError xmlns="http://schemas.microsoft.com/2006/09/sip/error-reporting"><error callId="c" requestType="INVITE" responseCode="504"><progressReports/></error></reportError>';
    const answer = await sendErrorReportWithJsSIP(ua, xml, jssipClasses);
    expect(answer).toMatchObject({ status: 503, diagnostics: [expect.stringMatching(/^2019;/)] });
    const sent = viewOfSipText(socket.sent.find((m) => m.startsWith('SERVICE ')));
    expect(sent?.header('content-type')).toEqual(['application/msrtc-reporterror+xml']);
    expect(parseErrorReport(sent?.body)).toMatchObject({
      ok: true,
      callId: 'c',
      responseCode: 504,
    });
    const reporter = new ErrorReporter({
      send: (doc, options) => sendErrorReportWithJsSIP(ua, doc, jssipClasses, options),
    });
    const result = await reporter.report({
      callId: 'c2',
      requestType: 'INVITE',
      responseCode: 486,
      progressReports: [],
    });
    expect(result.outcome).toEqual({ action: 'disable', why: 'service-unavailable-2019' });
  });
});

/** SIP.js's Transport interface, delivering to a script. */
function scriptedTransport(
  script: Script,
  sent: string[],
  inbox: { deliver?: (text: string) => void },
) {
  return class ScriptedTransport {
    readonly protocol = 'WSS';
    state = TransportState.Disconnected;
    readonly stateChange = new EmitterImpl<TransportState>();
    onConnect: (() => void) | undefined;
    onDisconnect: ((error?: Error) => void) | undefined;
    onMessage: ((message: string) => void) | undefined;
    constructor() {
      inbox.deliver = (text) => this.onMessage?.(text);
    }
    async connect() {
      this.state = TransportState.Connected;
      this.stateChange.emit(this.state);
      this.onConnect?.();
    }
    async disconnect() {
      this.state = TransportState.Disconnected;
      this.stateChange.emit(this.state);
    }
    async dispose() {}
    isConnected() {
      return this.state === TransportState.Connected;
    }
    async send(message: string) {
      if (script === DOWN) throw new Error('The connection is gone');
      sent.push(message);
      const replies = script(message);
      setTimeout(() => {
        for (const reply of replies) this.onMessage?.(reply);
      }, 1);
    }
  };
}

const SDP =
  'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';

function sdh(): SessionDescriptionHandler {
  return {
    close: () => {},
    getDescription: async () => ({ body: SDP, contentType: 'application/sdp' }),
    hasDescription: () => true,
    setDescription: async () => {},
    sendDtmf: () => true,
  } as unknown as SessionDescriptionHandler;
}

/** A script for a transport whose every send fails. */
const DOWN: Script = () => [];

async function startSipJs(script: Script) {
  const sent: string[] = [];
  const inbox: { deliver?: (text: string) => void } = {};
  const ua = new UserAgent({
    uri: UserAgent.makeURI('sip:alice@contoso.com'),
    transportConstructor: scriptedTransport(script, sent, inbox) as never,
    sessionDescriptionHandlerFactory: () => sdh(),
    logBuiltinEnabled: false,
  });
  await ua.start();
  cleanups.push(() => void ua.stop());
  return { ua, sent, deliver: (text: string) => inbox.deliver?.(text) };
}

describe('a real SIP.js UserAgent', () => {
  it('reports a rejected REGISTER through onReject({ message })', async () => {
    const { ua } = await startSipJs(SKYPE);
    const response = await new Promise<unknown>((resolve) => {
      void new Registerer(ua).register({ requestDelegate: { onReject: resolve } });
    });
    expect(fromSipJsResponse(response)).toMatchObject({
      show: true,
      status: 403,
      context: { mode: 'Other' },
    });
  });

  it('reports a rejected MESSAGE through onReject({ message })', async () => {
    const { ua } = await startSipJs(SKYPE);
    const target = UserAgent.makeURI('sip:bob@fabrikam.com');
    if (!target) throw new Error('bad URI');
    const response = await new Promise<unknown>((resolve) => {
      void new Messager(ua, target, 'hello').message({ requestDelegate: { onReject: resolve } });
    });
    const failure = fromSipJsResponse(response);
    expect(failure).toMatchObject({
      show: true,
      status: 480,
      context: { mode: 'IM', action: 'send' },
    });
    expect(failure.input.msDiagnosticsPublic).toEqual([
      '3027;reason="User not allowed in closed conference"',
    ]);
  });

  it('reports a rejected INVITE, and the reporter sends its progress diagnostics', async () => {
    const { ua, sent } = await startSipJs(SKYPE);
    const reports: string[] = [];
    const reporter = new ErrorReporter({
      send: async (xml, options) => {
        reports.push(xml);
        return sendErrorReportWithSipJs(ua, xml, options);
      },
    });
    // SIP.js drops a 1xx without Contact before any delegate: read it at the transport.
    tapIncomingMessages(
      ua.transport,
      (text) => void reporter.observe(errorInputFromSipMessage(text)),
    );
    const progress: unknown[] = [];
    const target = UserAgent.makeURI('sip:bob@contoso.com');
    if (!target) throw new Error('bad URI');
    const inviter = new Inviter(ua, target);
    const rejected = new Promise<unknown>((resolve) => {
      void inviter.invite({
        requestDelegate: { onProgress: (response) => progress.push(response), onReject: resolve },
      });
    });
    const response = await rejected;
    const failure = fromSipJsResponse(response);
    expect(failure).toMatchObject({
      show: true,
      status: 504,
      context: { mode: 'Voice', action: 'call' },
    });
    expect(progress).toEqual([]);
    // The tap saw the 504 too; the reporter sent one report for the INVITE.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports).toHaveLength(1);
    const result = await reporter.report({
      callId: 'again',
      requestType: 'INVITE',
      responseCode: 500,
      progressReports: [],
    });
    expect(result.outcome).toEqual({ action: 'skipped' });
    expect(reporter.policy.state).toBe('disabled-for-session');
    expect(parseErrorReport(reports[0])).toMatchObject({
      ok: true,
      requestType: 'INVITE',
      responseCode: 504,
      diagHeader: expect.stringMatching(/^1007;/),
      progressReports: [expect.stringMatching(/^12006;/)],
    });
    const service = viewOfSipText(sent.find((m) => m.startsWith('SERVICE ')));
    expect(service?.header('content-type')).toEqual(['application/msrtc-reporterror+xml']);
  });

  it('gives a BYE with ms-diagnostics to session.delegate.onBye, as bye.request', async () => {
    let byeSent = false;
    const script: Script = (raw) => {
      const view = viewOfSipText(raw);
      if (view?.method === 'INVITE') {
        return [
          respond(
            raw,
            '200 OK',
            ['Contact: <sip:bob@203.0.113.5;transport=ws>', 'Content-Type: application/sdp'],
            SDP,
          ),
        ];
      }
      if (view?.method === 'ACK' && !byeSent) {
        byeSent = true;
        const bye = [
          `BYE ${(raw.match(/^Contact: <([^>]+)>/m) ?? [])[1] ?? 'sip:alice@invalid'} SIP/2.0`,
          'Via: SIP/2.0/WSS 203.0.113.5;branch=z9hG4bKbye1',
          `From: ${view.toUri ? `<${view.toUri}>;tag=${view.toTag}` : ''}`,
          `To: <${view.fromUri}>;tag=${view.fromTag}`,
          `Call-ID: ${view.callId}`,
          'CSeq: 9 BYE',
          'Max-Forwards: 70',
          'ms-diagnostics: 10027;reason="Media connectivity failure";source="med01.contoso.com"',
          'Content-Length: 0',
        ];
        return [`${bye.join('\r\n')}\r\n\r\n`];
      }
      return [];
    };
    const { ua } = await startSipJs(script);
    const target = UserAgent.makeURI('sip:bob@contoso.com');
    if (!target) throw new Error('bad URI');
    const inviter = new Inviter(ua, target);
    const bye = new Promise<unknown>((resolve) => {
      inviter.delegate = { onBye: resolve };
    });
    await inviter.invite();
    const failure = fromSipJsRequest(await bye);
    expect(failure).toMatchObject({
      show: true,
      method: 'BYE',
      context: { mode: 'Voice', action: 'call' },
    });
    expect(failure.input.msDiagnostics).toEqual([expect.stringMatching(/^10027;/)]);
  });

  it('makes up a 503 with no header on a transport error, marked made locally', async () => {
    const { ua } = await startSipJs(DOWN);
    const target = UserAgent.makeURI('sip:bob@fabrikam.com');
    if (!target) throw new Error('bad URI');
    const response = await new Promise<unknown>((resolve) => {
      void new Messager(ua, target, 'hello').message({ requestDelegate: { onReject: resolve } });
    });
    const failure = fromSipJsResponse(response, { method: 'MESSAGE' });
    expect(failure).toMatchObject({
      show: true,
      status: 503,
      madeLocally: true,
      input: { sipStatus: 503 },
    });
    expect(failure.context).toEqual({ mode: 'IM', action: 'send' });
  });

  it('gives a CANCEL to invitation.delegate.onCancel; "completed elsewhere" is not shown', async () => {
    const { ua, deliver } = await startSipJs(() => []);
    const head = [
      'Via: SIP/2.0/WSS 203.0.113.5;branch=z9hG4bKcancel1',
      'Max-Forwards: 70',
      'From: <sip:bob@contoso.com>;tag=b0b',
      'To: <sip:alice@contoso.com>',
      'Call-ID: incoming-1',
    ];
    let invited: () => void = () => {};
    const invitedPromise = new Promise<void>((resolve) => {
      invited = resolve;
    });
    const cancelled = new Promise<unknown>((resolve) => {
      ua.delegate = {
        onInvite: (invitation) => {
          invitation.delegate = { onCancel: resolve };
          invited();
        },
      };
    });
    deliver(
      `INVITE sip:alice@contoso.com SIP/2.0\r\n${head.join('\r\n')}\r\nCSeq: 1 INVITE\r\nContact: <sip:bob@203.0.113.5;transport=ws>\r\nContent-Type: application/sdp\r\nContent-Length: ${SDP.length}\r\n\r\n${SDP}`,
    );
    await invitedPromise;
    deliver(
      `CANCEL sip:alice@contoso.com SIP/2.0\r\n${head.join('\r\n')}\r\nCSeq: 1 CANCEL\r\nReason: SIP;cause=200;text="Call completed elsewhere"\r\nContent-Length: 0\r\n\r\n`,
    );
    const failure = fromSipJsRequest(await cancelled);
    expect(failure).toMatchObject({ show: false, why: 'completed-elsewhere', method: 'CANCEL' });
    expect(failure.reason[0]).toMatchObject({ protocol: 'SIP', cause: 200 });
  });
});

/** A registration NOTIFY ending the registration ([MS-SIPREGE] 4.1.3, in a dialog both parse). */
function deregisterNotify(toTag: boolean): string {
  const body = 'deregistered;event=rejected';
  return [
    'NOTIFY sip:alice@192.0.2.10:50123;transport=ws SIP/2.0',
    'Via: SIP/2.0/WSS 203.0.113.5:443;branch=z9hG4bKdereg1',
    'Max-Forwards: 70',
    'From: <sip:alice@contoso.com>;tag=reg-srv-1',
    `To: <sip:alice@contoso.com>${toTag ? ';tag=reg-ua-1' : ''}`,
    'Call-ID: dereg-1',
    'CSeq: 1 NOTIFY',
    'Content-Type: text/registration-event',
    'Event: registration-notify',
    'Subscription-State: terminated;expires=0',
    'ms-diagnostics-public: 4141;reason="User disabled"',
    `Content-Length: ${body.length}`,
    '',
    body,
  ].join('\r\n');
}

const statusOfReply = (sent: string[]) =>
  sent.map((m) => viewOfSipText(m)).find((v) => v?.kind === 'response' && v.method === 'NOTIFY')
    ?.status;

describe('a registration NOTIFY that signs the user out', () => {
  it.each([true, false])(
    'reaches a JsSIP app only through tapSignOut (To tag: %s)',
    async (toTag) => {
      const { ua, socket, connected } = startJsSIP(SKYPE);
      await connected;
      const events: unknown[] = [];
      ua.on('sipEvent', (e) => events.push(e));
      const signOuts: unknown[] = [];
      tapSignOut(socket, (failure) => signOuts.push(failure.signOut));
      socket.ondata(deregisterNotify(toTag));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(signOuts).toEqual([
        expect.objectContaining({ cause: 'account-disabled', code: 4141 }),
      ]);
      // In a dialog it does not know, JsSIP answers 481 and emits nothing; out of dialog it
      // answers 200 and emits a bare `sipEvent`, which says nothing of a sign-out.
      expect(statusOfReply(socket.sent)).toBe(toTag ? 481 : 200);
      expect(events).toHaveLength(toTag ? 0 : 1);
    },
  );

  it.each([true, false])(
    'reaches a SIP.js app only through tapSignOut (To tag: %s)',
    async (toTag) => {
      const { ua, sent, deliver } = await startSipJs(() => []);
      const signOuts: unknown[] = [];
      tapSignOut(ua.transport, (failure) => signOuts.push(failure.signOut));
      deliver(deregisterNotify(toTag));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(signOuts).toEqual([expect.objectContaining({ cause: 'account-disabled' })]);
      // No delegate is called: SIP.js answers by itself (481; out of dialog too, unless the
      // app sets `allowLegacyNotifications` or `delegate.onNotify`).
      expect(statusOfReply(sent)).toBe(481);
    },
  );
});
