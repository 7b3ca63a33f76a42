/**
 * The softphone's SIP side, once with JsSIP and once with SIP.js, behind one small interface.
 * Every failure goes through the kit's adapters; every response is tapped at the transport so
 * that the error reporter sees progress responses the libraries drop ([MS-OCER] 3.1).
 */
import JsSIP from 'jssip';
// JsSIP has no public "send any method": the reporter uses the classes its own calls use.
import RequestSender from 'jssip/lib/RequestSender';
import { OutgoingRequest } from 'jssip/lib/SIPMessage';
import {
  Inviter,
  Messager,
  Registerer,
  RegistererState,
  type Session,
  SessionState,
  UserAgent,
  Web,
} from 'sip.js';
import {
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
  type JsSIPRequestClasses,
  type SipFailure,
  sendErrorReportWithJsSIP,
  sendErrorReportWithSipJs,
  tapIncomingMessages,
  tapSignOut,
} from '../../src/adapters/index';
import { ErrorReporter, type ReportResult } from '../../src/report/index';

/** What the page passes along with a request, and gets back with its failure. */
interface FailureExtra<T = unknown> {
  undelivered?: string;
  to?: T;
}

/** Where the phone tells the page what happened. */
interface PhoneEvents {
  status(text: string): void;
  failure(failure: SipFailure, extra: FailureExtra<never>): void;
  report(result: ReportResult): void;
}

/** What the page can ask of a phone; targets are whole SIP URIs (`sip:bob@contoso.com`). */
interface Phone {
  register(): void;
  call(uri: string): void;
  message(uri: string, text: string, to?: unknown): void;
  transfer(uri: string, to?: unknown): void;
  hangup(): void;
  readonly reporter: ErrorReporter;
}

interface PhoneOptions {
  server: string;
  user: string;
  domain: string;
  autoAnswer: boolean;
}

/** A silent microphone, so no browser permission or device is needed. */
function silentStream(): MediaStream {
  const context = new AudioContext();
  return context.createMediaStreamDestination().stream;
}

/**
 * A sign-out reaches the page from the transport only (neither library tells): a BYE that
 * signs out also ends the call, so the session's own handlers leave it to the tap.
 */
function sessionFailure(events: PhoneEvents, failure: SipFailure) {
  if (failure.signOut === undefined) events.failure(failure, {});
}

function observe(reporter: ErrorReporter, events: PhoneEvents, text: string) {
  reporter.observe(errorInputFromSipMessage(text)).then(
    (result) => {
      if (result) events.report(result);
    },
    // A report that could not be sent is a developer's concern, never the user's.
    (error: unknown) => console.error('The error report was not sent:', error),
  );
}

/** The JsSIP phone. */
function createJsSIPPhone(options: PhoneOptions, events: PhoneEvents): Phone {
  const socket = new JsSIP.WebSocketInterface(options.server);
  const ua = new JsSIP.UA({
    sockets: [socket],
    uri: `sip:${options.user}@${options.domain}`,
    register: false,
    session_timers: false,
  });
  const classes = { OutgoingRequest, RequestSender } as unknown as JsSIPRequestClasses;
  const reporter = new ErrorReporter({
    send: (xml, sendOptions) => sendErrorReportWithJsSIP(ua, xml, classes, sendOptions),
  });
  tapIncomingMessages(socket, (text) => observe(reporter, events, text));
  tapSignOut(socket, (failure) => events.failure(failure, {}));
  let session: JsSIP.RTCSession | undefined;
  const stream = silentStream();

  ua.on('registered', () => {
    reporter.resetLoginSession();
    events.status('Registered');
  });
  ua.on('registrationFailed', (e) => events.failure(fromJsSIPEvent(e), {}));
  ua.on(
    'newRTCSession',
    (e: { originator: string; session: JsSIP.RTCSession; request: unknown }) => {
      const current = e.session;
      session = current;
      current.on('sending', (s: { request: unknown }) => reporter.collector.request(s.request));
      current.on('confirmed', () => events.status('In call'));
      current.on('failed', (f: unknown) => {
        events.status('Call failed');
        sessionFailure(events, fromJsSIPEvent(f));
      });
      current.on('ended', (f: unknown) => {
        events.status('Call ended');
        sessionFailure(events, fromJsSIPEvent(f));
      });
      if (e.originator === 'remote' && options.autoAnswer) {
        current.answer({ mediaStream: stream, pcConfig: { iceServers: [] } });
      }
    },
  );
  ua.start();

  return {
    reporter,
    register: () => ua.register(),
    call: (uri) => {
      ua.call(uri, { mediaStream: stream, pcConfig: { iceServers: [] } });
    },
    message: (uri, text, to) => {
      ua.sendMessage(uri, text, {
        eventHandlers: {
          failed: (e: unknown) =>
            events.failure(fromJsSIPEvent(e), { undelivered: text, to: to as never }),
        },
      });
    },
    transfer: (uri, contact) => {
      const extra = { to: contact as never };
      session?.refer(uri, {
        eventHandlers: {
          requestFailed: (e: unknown) =>
            events.failure(fromJsSIPEvent(e, { mode: 'Voice', action: 'transfer' }), extra),
          failed: (e: unknown) =>
            events.failure(fromJsSIPEvent(e, { mode: 'Voice', action: 'transfer' }), extra),
        },
      });
    },
    hangup: () => {
      if (session && !session.isEnded()) session.terminate();
    },
  };
}

/** The SIP.js phone. */
function createSipJsPhone(options: PhoneOptions, events: PhoneEvents): Phone {
  const stream = silentStream();
  const ua = new UserAgent({
    uri: UserAgent.makeURI(`sip:${options.user}@${options.domain}`),
    transportOptions: { server: options.server },
    logBuiltinEnabled: false,
    sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(
      async () => stream,
    ),
    sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] } },
  });
  const reporter = new ErrorReporter({
    send: (xml, sendOptions) => sendErrorReportWithSipJs(ua, xml, sendOptions),
  });
  tapIncomingMessages(ua.transport, (text) => observe(reporter, events, text));
  tapSignOut(ua.transport, (failure) => events.failure(failure, {}));
  const registerer = new Registerer(ua);
  registerer.stateChange.addListener((state) => {
    if (state === RegistererState.Registered) {
      reporter.resetLoginSession();
      events.status('Registered');
    }
  });
  let session: Session | undefined;
  const watch = (current: Session) => {
    session = current;
    current.delegate = {
      onBye: (bye) => {
        sessionFailure(events, fromSipJsRequest(bye));
        return bye.accept();
      },
    };
    current.stateChange.addListener((state) => {
      if (state === SessionState.Established) events.status('In call');
      if (state === SessionState.Terminated) events.status('Call ended');
    });
  };
  ua.delegate = {
    onInvite: (invitation) => {
      watch(invitation);
      if (options.autoAnswer) void invitation.accept();
    },
  };
  const started = ua.start();
  const uri = (target: string) => UserAgent.makeURI(target);

  return {
    reporter,
    register: () => {
      void started.then(() =>
        registerer.register({
          requestDelegate: { onReject: (r) => events.failure(fromSipJsResponse(r), {}) },
        }),
      );
    },
    call: (target) => {
      const to = uri(target);
      if (!to) return;
      const inviter = new Inviter(ua, to, {
        sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
      });
      watch(inviter);
      // The INVITE has its body (and Content-Type) once sent: record it for the report then.
      const sent = inviter.invite({
        requestDelegate: {
          onReject: (r) => {
            events.status('Call failed');
            events.failure(fromSipJsResponse(r, { method: 'INVITE' }), {});
          },
        },
      });
      void sent.then(() => reporter.collector.request(inviter.request));
    },
    message: (target, text, contact) => {
      const to = uri(target);
      if (!to) return;
      void new Messager(ua, to, text).message({
        requestDelegate: {
          onReject: (r) =>
            events.failure(fromSipJsResponse(r), { undelivered: text, to: contact as never }),
        },
      });
    },
    transfer: (target, contact) => {
      const to = uri(target);
      if (!to || !session) return;
      void session.refer(to, {
        requestDelegate: {
          onReject: (r) =>
            events.failure(fromSipJsResponse(r, { mode: 'Voice', action: 'transfer' }), {
              to: contact as never,
            }),
        },
      });
    },
    hangup: () => {
      if (session?.state === SessionState.Established) void session.bye();
    },
  };
}

export type { FailureExtra, Phone, PhoneEvents, PhoneOptions };
export { createJsSIPPhone, createSipJsPhone };
