/**
 * A small softphone for trying the kit against a real SIP server: register, call, send an IM,
 * transfer. Errors show as the kit shows them (the notification area for calls, the IM area
 * for messages) and each failed request is reported to the server ([MS-OCER] 3.1.4.1).
 *
 * Query: ?server=ws://127.0.0.1:PORT&user=alice&lib=jssip|sipjs&autoanswer=1
 */
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SipFailure } from '../../src/adapters/index';
import {
  ErrorNotice,
  type ErrorNoticeInit,
  ErrorNotificationArea,
  useErrorNotices,
} from '../../src/index';
import type { ReportResult } from '../../src/report/index';
import { createJsSIPPhone, createSipJsPhone, type Phone } from './phone';

const params = new URLSearchParams(location.search);
const options = {
  server: params.get('server') ?? 'ws://127.0.0.1:5066',
  user: params.get('user') ?? 'alice',
  domain: params.get('domain') ?? 'contoso.com',
  autoAnswer: params.get('autoanswer') === '1',
};
const library = params.get('lib') === 'sipjs' ? 'sipjs' : 'jssip';

/** What the end-to-end test reads besides the screen. */
interface DemoLog {
  failures: Pick<
    SipFailure,
    'show' | 'why' | 'input' | 'context' | 'status' | 'method' | 'madeLocally' | 'cause'
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

interface ImLine {
  id: number;
  text: string;
  error?: ErrorNoticeInit | undefined;
}

function Softphone() {
  const { notices, push, dismiss, dismissAll } = useErrorNotices();
  const [status, setStatus] = useState('Not registered');
  const [target, setTarget] = useState('bob');
  const [text, setText] = useState('Hello');
  const [im, setIm] = useState<ImLine[]>([]);
  const [reports, setReports] = useState<ReportResult[]>([]);
  const phone = useRef<Phone | null>(null);
  const nextId = useRef(1);

  const events = useMemo(
    () => ({
      status: setStatus,
      failure: (failure: SipFailure, extra: { undelivered?: string }) => {
        const { show, why, input, context, status: code, method, madeLocally, cause } = failure;
        window.demo.failures.push({
          show,
          why,
          input,
          context,
          status: code,
          method,
          madeLocally,
          cause,
        });
        if (!show) return;
        const notice: ErrorNoticeInit = {
          error: input,
          mode: context.mode,
          action: context.action,
          undeliveredMessage: extra.undelivered,
        };
        if (context.mode === 'IM') {
          setIm((lines) => [
            ...lines,
            { id: nextId.current++, text: extra.undelivered ?? '', error: notice },
          ]);
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

  return (
    <main className="demo">
      <h1>
        {options.user} <small>({library === 'sipjs' ? 'SIP.js' : 'JsSIP'})</small>
      </h1>
      <p data-testid="status" aria-live="polite">
        {status}
      </p>
      <ErrorNotificationArea
        notices={notices}
        onDismiss={dismiss}
        onDismissAll={dismissAll}
        max={10}
      />
      <div className="controls">
        <button type="button" onClick={() => phone.current?.register()}>
          Register
        </button>
        <label>
          To{' '}
          <input value={target} onChange={(e) => setTarget(e.target.value)} data-testid="target" />
        </label>
        <button type="button" onClick={() => phone.current?.call(target)}>
          Call
        </button>
        <button type="button" onClick={() => phone.current?.transfer(target)}>
          Transfer
        </button>
        <button type="button" onClick={() => phone.current?.hangup()}>
          Hang up
        </button>
      </div>
      <section aria-label="Instant messages" className="im">
        <ol data-testid="im-area">
          {im.map((line) => (
            <li key={line.id}>
              {line.error ? <ErrorNotice {...line.error} variant="im-area" /> : line.text}
            </li>
          ))}
        </ol>
        <label>
          Message{' '}
          <input value={text} onChange={(e) => setText(e.target.value)} data-testid="im-text" />
        </label>
        <button
          type="button"
          onClick={() => {
            setIm((lines) => [...lines, { id: nextId.current++, text }]);
            phone.current?.message(target, text);
          }}
        >
          Send IM
        </button>
      </section>
      <section aria-label="Error reports">
        <h2>Error reports sent</h2>
        <ol data-testid="reports">
          {reports.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows
            <li key={i}>
              {r.fields.requestType} {r.fields.responseCode}: {r.outcome.action}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Softphone />
    </StrictMode>,
  );
}
