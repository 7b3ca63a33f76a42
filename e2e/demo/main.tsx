/**
 * A small softphone for trying the kit against a real SIP server: contacts with presence, a
 * dialpad, a call view, a conversation. Errors show as the kit shows them (the notification
 * area at the top of the call view, the IM area under a message that failed), a server
 * sign-out too, and each failed request is reported to the server ([MS-OCER] 3.1.4.1).
 *
 * Query: ?server=ws://127.0.0.1:PORT&user=alice&lib=jssip|sipjs&autoanswer=1&theme=light|dark
 */
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { msOcerSip, type SipFailure } from '../../src/adapters/index';
import {
  ErrorNotice,
  type ErrorNoticeInit,
  ErrorNotificationArea,
  UcErrorKitProvider,
  useErrorNotices,
} from '../../src/index';
import type { ReportResult } from '../../src/report/index';
import './demo.css';
import { CONTACTS, type Contact, contactOf, PRESENCE_LABEL } from './contacts';
import { createJsSIPPhone, createSipJsPhone, type Phone } from './phone';
import { readTarget } from './target';

const params = new URLSearchParams(location.search);
const options = {
  server: params.get('server') ?? 'ws://127.0.0.1:5066',
  user: params.get('user') ?? 'alice',
  domain: params.get('domain') ?? 'contoso.com',
  autoAnswer: params.get('autoanswer') === '1',
};
const library = params.get('lib') === 'sipjs' ? 'sipjs' : 'jssip';
const initialTheme = params.get('theme');

/** What the end-to-end test reads besides the screen. */
interface DemoLog {
  failures: Pick<
    SipFailure,
    'show' | 'why' | 'input' | 'context' | 'status' | 'method' | 'madeLocally' | 'cause' | 'signOut'
  >[];
  reports: { outcome: string; attempts: number; responseCode: number; xml: string }[];
  policy: string;
}
declare global {
  interface Window {
    demo: DemoLog;
  }
}
window.demo = { failures: [], reports: [], policy: 'enabled' };

/** What the page sends along with a request, and gets back with its failure. */
interface Sent {
  contact: Contact;
  /** The conversation line of an IM. */
  bubble?: number | undefined;
}

/** One line of the conversation: a message sent, and the notice when it was not delivered. */
interface Bubble {
  id: number;
  text: string;
  to: Contact;
  error?: ErrorNoticeInit<typeof msOcerSip> | undefined;
}

type CallState = 'idle' | 'calling' | 'in-call' | 'ended' | 'failed';
const CALL_STATE_LABEL: Record<CallState, string> = {
  idle: 'No call',
  calling: 'Calling…',
  'in-call': 'In call',
  ended: 'Call ended',
  failed: 'Call failed',
};

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function Softphone() {
  const { notices, push, dismiss, dismissAll } = useErrorNotices({ family: msOcerSip });
  const [registration, setRegistration] = useState('Not registered');
  const [callState, setCallState] = useState<CallState>('idle');
  const [target, setTarget] = useState('bob');
  const [targetProblem, setTargetProblem] = useState<string | undefined>();
  const [peer, setPeer] = useState<Contact | undefined>();
  const [text, setText] = useState('Hello');
  const [bubbles, setBubbles] = useState<Bubble[]>([]);
  const [reports, setReports] = useState<ReportResult[]>([]);
  const [theme, setTheme] = useState(initialTheme === 'dark' ? 'dark' : 'light');
  const phone = useRef<Phone | null>(null);
  const nextId = useRef(1);
  // Who the current call or transfer is with: the name every notice of that call uses.
  const callee = useRef<Contact | undefined>(undefined);

  const events = useMemo(
    () => ({
      status: (status: string) => {
        if (status === 'Registered') setRegistration('Registered');
        else if (status === 'In call') setCallState('in-call');
        else if (status === 'Call ended') setCallState('ended');
        else if (status === 'Call failed') setCallState('failed');
      },
      failure: (failure: SipFailure, extra: { undelivered?: string; to?: Sent }) => {
        const { show, why, input, context, status, method, madeLocally, cause, signOut } = failure;
        window.demo.failures.push({
          show,
          why,
          input,
          context,
          status,
          method,
          madeLocally,
          cause,
          signOut,
        });
        if (!show) return;
        if (signOut !== undefined) {
          setRegistration('Signed out');
          setCallState('idle');
        }
        const person = extra.to?.contact ?? callee.current;
        const notice: ErrorNoticeInit<typeof msOcerSip> = {
          family: msOcerSip,
          error: input,
          context,
          values: person ? { userName: person.name } : undefined,
          undeliveredMessage: extra.undelivered,
        };
        const bubble = extra.to?.bubble;
        if (context.mode === 'IM' && bubble !== undefined) {
          // The notice goes under the message that was not delivered.
          setBubbles((list) => list.map((b) => (b.id === bubble ? { ...b, error: notice } : b)));
        } else push(notice);
      },
      report: (result: ReportResult) => {
        window.demo.reports.push({
          outcome: result.outcome.action,
          attempts: result.attempts,
          responseCode: result.fields.responseCode,
          xml: result.xml,
        });
        window.demo.policy = phone.current?.reporter.policy.state ?? 'enabled';
        setReports((list) => [...list, result]);
      },
    }),
    [push],
  );

  useEffect(() => {
    if (phone.current) return;
    phone.current =
      library === 'sipjs' ? createSipJsPhone(options, events) : createJsSIPPhone(options, events);
  }, [events]);

  /** The address typed, checked; a clear message instead of a library's exception. */
  const checkedTarget = () => {
    const read = readTarget(target, options.domain);
    setTargetProblem(read.ok ? undefined : read.problem);
    return read.ok ? read : undefined;
  };

  const call = () => {
    const read = checkedTarget();
    if (!read) return;
    const contact = contactOf(read.user);
    callee.current = contact;
    setPeer(contact);
    setCallState('calling');
    try {
      phone.current?.call(read.uri);
    } catch (error) {
      setCallState('failed');
      setTargetProblem(`The call could not be started: ${(error as Error).message}`);
    }
  };

  const transfer = () => {
    const read = checkedTarget();
    if (!read) return;
    // The transfer's notice names whom the call was to go to; the call's keep its peer.
    phone.current?.transfer(read.uri, { contact: contactOf(read.user) } satisfies Sent);
  };

  const send = () => {
    const read = checkedTarget();
    if (!read || text.trim() === '') return;
    const to = contactOf(read.user);
    const id = nextId.current++;
    setBubbles((list) => [...list, { id, text, to }]);
    phone.current?.message(read.uri, text, { contact: to, bubble: id } satisfies Sent);
  };

  const choose = (contact: Contact) => {
    setTarget(contact.user);
    setTargetProblem(undefined);
  };

  const signedOut = registration === 'Signed out';
  const me = contactOf(options.user);
  const inCall = callState === 'in-call' || callState === 'calling';

  return (
    <div className="sp" data-theme={theme}>
      <header className="sp-header">
        <span className="sp-avatar sp-avatar--small" aria-hidden="true">
          {initials(me.name)}
        </span>
        <div className="sp-me">
          <strong>{options.user}</strong>
          <span className="sp-muted">
            {library === 'sipjs' ? 'SIP.js' : 'JsSIP'} ·{' '}
            <span
              data-testid="status"
              aria-live="polite"
              className={signedOut ? 'sp-status sp-status--off' : 'sp-status'}
            >
              {registration}
            </span>
          </span>
        </div>
        <button type="button" className="sp-button" onClick={() => phone.current?.register()}>
          {signedOut ? 'Sign in again' : 'Register'}
        </button>
        <button
          type="button"
          className="sp-button sp-button--quiet"
          aria-pressed={theme === 'dark'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          Dark theme
        </button>
      </header>

      <main className="sp-main">
        <nav className="sp-pane sp-contacts" aria-label="Contacts">
          <h2 className="sp-pane-title">Contacts</h2>
          <ul>
            {CONTACTS.map((contact) => (
              <li key={contact.user}>
                <button
                  type="button"
                  className="sp-contact"
                  aria-current={target === contact.user ? 'true' : undefined}
                  onClick={() => choose(contact)}
                >
                  <span className="sp-avatar" aria-hidden="true">
                    {initials(contact.name)}
                    <span className={`sp-presence sp-presence--${contact.presence}`} />
                  </span>
                  <span className="sp-contact-text">
                    <span>{contact.name}</span>
                    <span className="sp-muted">
                      {PRESENCE_LABEL[contact.presence]} · {contact.note}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>

        <section className="sp-pane sp-call" aria-label="Call">
          {/* Over the top of the stage, so notices never move the controls below. */}
          <div className="sp-call-notices">
            <ErrorNotificationArea
              family={msOcerSip}
              notices={notices}
              onDismiss={dismiss}
              onDismissAll={dismissAll}
              max={2}
            />
          </div>
          <div className="sp-stage">
            <span className="sp-avatar sp-avatar--large" aria-hidden="true">
              {initials((peer ?? contactOf(target || '?')).name)}
            </span>
            <strong className="sp-peer">{(peer ?? contactOf(target || '?')).name}</strong>
            <span className="sp-muted" data-testid="call-state">
              {CALL_STATE_LABEL[callState]}
            </span>
          </div>
          <div className="sp-dial">
            <label className="sp-field">
              <span className="sp-label">To</span>
              <input
                value={target}
                onChange={(e) => {
                  setTarget(e.target.value);
                  setTargetProblem(undefined);
                }}
                data-testid="target"
                aria-invalid={targetProblem ? true : undefined}
                aria-describedby="target-problem"
                placeholder="Name, address or number"
              />
            </label>
            <p id="target-problem" className="sp-problem" data-testid="target-problem" role="alert">
              {targetProblem}
            </p>
            <div className="sp-keypad">
              {DIGITS.map((digit) => (
                <button
                  key={digit}
                  type="button"
                  className="sp-key"
                  aria-label={`Dial ${digit}`}
                  onClick={() => setTarget((t) => t + digit)}
                >
                  {digit}
                </button>
              ))}
            </div>
            <div className="sp-controls" data-testid="call-controls">
              <button type="button" className="sp-button sp-button--call" onClick={call}>
                Call
              </button>
              <button
                type="button"
                className="sp-button"
                onClick={transfer}
                disabled={callState !== 'in-call'}
              >
                Transfer
              </button>
              <button
                type="button"
                className="sp-button sp-button--end"
                onClick={() => phone.current?.hangup()}
                disabled={!inCall}
              >
                Hang up
              </button>
            </div>
          </div>
        </section>

        <section className="sp-pane sp-chat" aria-label="Conversation">
          <h2 className="sp-pane-title">Conversation</h2>
          <div className="sp-bubbles" data-testid="im-area">
            {bubbles.length === 0 ? <p className="sp-muted">No messages yet.</p> : null}
            {bubbles.map((bubble) => (
              <div key={bubble.id} className="sp-bubble-row">
                <p className="sp-bubble">
                  <span className="sp-visually-hidden">To {bubble.to.name}: </span>
                  {bubble.text}
                </p>
                {bubble.error ? <ErrorNotice {...bubble.error} variant="im-area" /> : null}
              </div>
            ))}
          </div>
          <form
            className="sp-compose"
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <label className="sp-field sp-field--grow">
              <span className="sp-visually-hidden">Message</span>
              <input
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="im-text"
                placeholder="Type a message"
              />
            </label>
            <button type="submit" className="sp-button sp-button--primary">
              Send IM
            </button>
          </form>
        </section>
      </main>

      <details className="sp-dev" data-testid="dev-panel">
        <summary>Developer: error reports sent ({reports.length})</summary>
        <ol data-testid="reports">
          {reports.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows
            <li key={i}>
              <code>
                {r.fields.requestType} {r.fields.responseCode}
              </code>{' '}
              {r.outcome.action}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <UcErrorKitProvider family={msOcerSip}>
        <Softphone />
      </UcErrorKitProvider>
    </StrictMode>,
  );
}
