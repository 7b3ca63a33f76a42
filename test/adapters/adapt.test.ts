import { describe, expect, it } from 'vitest';
import {
  errorInputFromMessage,
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
  parseReasonHeader,
} from '../../src/adapters/index';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { formatError, resolveError } from '../../src/core/index';
import {
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
} from './sip';

describe.each(PARSERS)('with %s parsing the message', (_name, parse) => {
  it('reads every ms-diagnostics header of a Mediation Server 404, in order, one item each', () => {
    const message = parse(MEDIATION_404);
    // The library's getHeader returns only the first header of the name.
    expect(message.getHeader('ms-diagnostics')).toMatch(/^1034;/);
    const failure = errorInputFromMessage(message);
    expect(failure.show).toBe(true);
    expect(failure.status).toBe(404);
    expect(failure.input.msDiagnostics).toHaveLength(2);
    const [first, second] = failure.input.msDiagnostics as string[];
    expect(first).toMatch(/^1034;/);
    expect(second).toMatch(/^10003;/);
    expect(failure.input.msDiagnosticsPublic).toEqual([
      '10003;reason="Gateway returned a SIP failure code"',
    ]);
    expect(failure.context).toEqual({ mode: 'Voice', action: 'call' });
  });

  it('never joins two diagnostics headers with a comma', () => {
    const failure = errorInputFromMessage(parse(MEDIATION_404));
    for (const value of failure.input.msDiagnostics as string[]) {
      expect(value.match(/ErrorId|^\d+;/g)?.length ?? 0).toBe(1);
    }
    const joined = resolveError(
      msOcer,
      { msDiagnostics: (failure.input.msDiagnostics as string[]).join(', ') },
      failure.context,
    );
    const listed = resolveError(msOcer, failure.input, failure.context);
    expect(listed.code).toBeDefined();
    expect(joined).not.toEqual(listed);
  });

  it('unfolds a continuation line in a diagnostics value', () => {
    const failure = errorInputFromMessage(parse(MEDIATION_404));
    const first = (failure.input.msDiagnostics as string[])[0];
    expect(first).not.toMatch(/[\r\n]/);
    expect(first).toContain('information"; source="fe01.contoso.com"');
  });

  it('skips an empty ms-diagnostics header', () => {
    const text = sip(
      'SIP/2.0 503 Service Unavailable',
      ...DIALOG,
      'CSeq: 1 INVITE',
      'ms-diagnostics:',
      'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="fe01"',
      'Content-Length: 0',
    );
    const failure = errorInputFromMessage(parse(text));
    expect(failure.input.msDiagnostics).toEqual([
      '1008;reason="Unable to resolve DNS SRV record";source="fe01"',
    ]);
  });

  it('reads every Warning header of a 486', () => {
    const failure = errorInputFromMessage(parse(BUSY_486));
    expect(failure.input.sipWarning).toEqual([
      '399 lcs.microsoft.com "The user is busy"',
      '370 fe01.contoso.com "Insufficient bandwidth"',
    ]);
    expect(failure.input.sipStatus).toBe(486);
  });

  it('gives the same sentence as formatError of the same input', () => {
    for (const text of [MEDIATION_404, BUSY_486, FEDERATED_480]) {
      const failure = errorInputFromMessage(parse(text));
      const direct = errorInputFromSipMessage(text);
      expect(formatError(msOcer, failure.input, failure.context).summary).toBe(
        formatError(msOcer, direct.input, direct.context).summary,
      );
    }
  });

  it('treats a 101 with ms-diagnostics as progress, not a failure', () => {
    const failure = errorInputFromMessage(parse(PROGRESS_101));
    expect(failure).toMatchObject({ show: false, why: 'progress', status: 101 });
    expect(failure.diagnostics[0]).toMatch(/^12006;/);
  });

  it('does not show 1xx or 2xx responses', () => {
    const ringing = sip('SIP/2.0 180 Ringing', ...DIALOG, 'CSeq: 1 INVITE', 'Content-Length: 0');
    const ok = sip('SIP/2.0 200 OK', ...DIALOG, 'CSeq: 1 INVITE', 'Content-Length: 0');
    expect(errorInputFromMessage(parse(ringing))).toMatchObject({
      show: false,
      why: 'provisional',
    });
    expect(errorInputFromMessage(parse(ok))).toMatchObject({ show: false, why: 'success' });
  });

  it('infers IM send from a MESSAGE response', () => {
    const failure = errorInputFromMessage(parse(FEDERATED_480));
    expect(failure.context).toEqual({ mode: 'IM', action: 'send' });
    expect(failure.input.msDiagnosticsPublic).toEqual([
      '3027;reason="User not allowed in closed conference"',
    ]);
  });

  it('resolves a BYE carrying ms-diagnostics like a response and parses its Reason', () => {
    const failure = errorInputFromMessage(parse(BYE_WITH_DIAGNOSTICS));
    expect(failure.show).toBe(true);
    expect(failure.method).toBe('BYE');
    expect(failure.input.msDiagnostics).toEqual([
      '10027;reason="Media connectivity failure";source="med01.contoso.com"',
    ]);
    expect(failure.reason.map((r) => [r.protocol, r.cause, r.text])).toEqual([
      ['Q.850', 41, 'Temporary failure'],
      ['SIP', 503, 'Service Unavailable'],
    ]);
    expect(failure.input.sipStatus).toBe(503);
    expect(failure.context.mode).toBe('Voice');
  });

  it('does not show a CANCEL for a call completed elsewhere', () => {
    const failure = errorInputFromMessage(parse(CANCEL_ELSEWHERE));
    expect(failure).toMatchObject({ show: false, why: 'completed-elsewhere' });
    expect(failure.reason[0]).toMatchObject({
      protocol: 'SIP',
      cause: 200,
      text: 'Call completed elsewhere',
    });
  });

  it('does not show a plain BYE', () => {
    const bye = BYE_WITH_DIAGNOSTICS.replace(/ms-diagnostics:.*\r\n/, '').replace(
      /Reason:.*\r\n/,
      '',
    );
    expect(errorInputFromMessage(parse(bye))).toMatchObject({ show: false, why: 'ended-normally' });
  });
});

describe('parseHeader on ms-diagnostics, which the adapters never call', () => {
  it('SIP.js deletes the value it cannot parse', () => {
    const message = parseWithSipJs(MEDIATION_404);
    const before = errorInputFromMessage(message).input.msDiagnostics as string[];
    expect(before).toHaveLength(2);
    message.parseHeader('ms-diagnostics');
    // The first header is gone; getHeader now answers the second one.
    expect(message.getHeaders('ms-diagnostics')).toHaveLength(1);
    const single = parseWithSipJs(
      sip(
        'SIP/2.0 404 Not Found',
        ...DIALOG,
        'CSeq: 1 INVITE',
        'ms-diagnostics: 1003;reason="User does not exist";source="fe01"',
        'Content-Length: 0',
      ),
    );
    single.parseHeader('ms-diagnostics');
    expect(single.getHeader('ms-diagnostics')).toBeUndefined();
    expect(single.hasHeader('ms-diagnostics')).toBe(true);
  });

  it('JsSIP throws "Invalid rule name"', () => {
    const message = parseWithJsSIP(MEDIATION_404);
    expect(() => message.parseHeader('ms-diagnostics')).toThrow(/Invalid rule name/);
    expect(errorInputFromMessage(message).input.msDiagnostics).toHaveLength(2);
  });
});

describe('a reversed CSeq', () => {
  const reversed = MEDIATION_404.replace('CSeq: 1 INVITE', 'CSeq: INVITE 1');

  it('makes both libraries throw', () => {
    expect(() => parseWithJsSIP(reversed)).toThrow();
    expect(() => parseWithSipJs(reversed)).toThrow();
  });

  it('never makes the adapters throw', () => {
    const failure = errorInputFromSipMessage(reversed);
    expect(failure).toMatchObject({ show: true, status: 404, method: 'INVITE' });
    expect(failure.input.msDiagnostics).toHaveLength(2);
  });
});

describe('errorInputFromSipMessage', () => {
  it('reads LF-only text from a log, compact headers and a body', () => {
    const text =
      'SIP/2.0 486 Busy Here\ni: abc\nf: <sip:a@b>;tag=1\nt: <sip:c@d>;tag=2\nCSeq: 7 INVITE\nWarning: 399 x "busy"\n\nbody';
    const failure = errorInputFromSipMessage(text);
    expect(failure).toMatchObject({ show: true, status: 486, method: 'INVITE' });
    expect(failure.message).toMatchObject({
      callId: 'abc',
      fromUri: 'sip:a@b',
      fromTag: '1',
      toTag: '2',
      body: 'body',
    });
  });

  it.each([undefined, null, 42, '', 'garbage', 'SIP/2.0 abc Nope\r\n\r\n', {}])(
    'answers "not-a-message" for %j',
    (value) => {
      expect(errorInputFromSipMessage(value)).toMatchObject({ show: false, why: 'not-a-message' });
    },
  );

  // Its cost per character is compared across two sizes in bench/adapt.bench.ts; here only
  // the answer, with a budget that only a hang would exceed.
  it('reads a huge header', { timeout: 30_000 }, () => {
    const huge = `SIP/2.0 404 Not Found\r\nCSeq: 1 INVITE\r\nms-diagnostics: 1003;reason="${'x'.repeat(2_000_000)}"\r\n\r\n`;
    expect(errorInputFromSipMessage(huge).status).toBe(404);
  });
});

describe('mode and action', () => {
  const response = (method: string) =>
    sip('SIP/2.0 403 Forbidden', ...DIALOG, `CSeq: 1 ${method}`, 'Content-Length: 0');

  it.each([
    ['INVITE', 'Voice', 'call'],
    ['MESSAGE', 'IM', 'send'],
    ['REGISTER', 'Other', undefined],
    ['SERVICE', 'Other', undefined],
    ['SUBSCRIBE', 'Other', undefined],
    ['REFER', 'Voice', 'transfer'],
    ['OPTIONS', 'Other', undefined],
  ])('infers %s → %s %s', (method, mode, action) => {
    expect(errorInputFromSipMessage(response(method)).context).toEqual({ mode, action });
  });

  it('lets the hint win', () => {
    const failure = errorInputFromSipMessage(response('INVITE'), {
      mode: 'Voice',
      action: 'transfer',
    });
    expect(failure.context).toEqual({ mode: 'Voice', action: 'transfer' });
    const conference = errorInputFromSipMessage(response('INVITE'), {
      mode: 'Conference',
      action: 'join',
    });
    expect(conference.context).toEqual({ mode: 'Conference', action: 'join' });
  });

  it('drops a hint action that is not of the mode', () => {
    const failure = errorInputFromSipMessage(response('MESSAGE'), { action: 'transfer' });
    expect(failure.context).toEqual({ mode: 'IM', action: 'send' });
  });
});

describe('fromJsSIPEvent', () => {
  it('reads a session failed event { originator, message, cause }', () => {
    const failure = fromJsSIPEvent({
      originator: 'remote',
      message: parseWithJsSIP(BUSY_486),
      cause: 'Busy',
    });
    expect(failure).toMatchObject({
      show: true,
      status: 486,
      cause: 'Busy',
      context: { mode: 'Voice', action: 'call' },
    });
  });

  it('reads a sendMessage failed event { originator, response, cause }', () => {
    const failure = fromJsSIPEvent({
      originator: 'remote',
      response: parseWithJsSIP(FEDERATED_480),
      cause: 'Unavailable',
    });
    expect(failure).toMatchObject({
      show: true,
      status: 480,
      context: { mode: 'IM', action: 'send' },
    });
  });

  it('reads a registrationFailed event { response, cause }', () => {
    const text = sip(
      'SIP/2.0 403 Forbidden',
      ...DIALOG,
      'CSeq: 1 REGISTER',
      'ms-diagnostics: 4005;reason="Destination URI either not enabled for SIP or does not exist";source="fe01"',
      'Content-Length: 0',
    );
    const failure = fromJsSIPEvent({ response: parseWithJsSIP(text), cause: 'Rejected' });
    expect(failure).toMatchObject({
      show: true,
      status: 403,
      context: { mode: 'Other', action: undefined },
    });
  });

  it('does not show an INVITE timeout, which JsSIP reports like a hang-up', () => {
    expect(
      fromJsSIPEvent({ originator: 'system', message: null, cause: 'Canceled' }),
    ).toMatchObject({
      show: false,
      why: 'canceled-or-timed-out',
    });
    expect(fromJsSIPEvent({ originator: 'local', message: null, cause: 'Canceled' })).toMatchObject(
      {
        show: false,
        why: 'local',
      },
    );
  });

  it('marks a timeout or connection error with no message as made locally', () => {
    expect(
      fromJsSIPEvent(
        { originator: 'system', response: null, cause: 'Request Timeout' },
        { method: 'MESSAGE' },
      ),
    ).toMatchObject({
      show: true,
      madeLocally: true,
      status: 408,
      input: { sipStatus: 408 },
      context: { mode: 'IM', action: 'send' },
    });
    expect(
      fromJsSIPEvent({ originator: 'system', message: null, cause: 'Connection Error' }).status,
    ).toBe(503);
  });

  it('reads a REFER subscriber requestFailed and failed (whole sipfrag from the NOTIFY body)', () => {
    const referResponse = sip(
      'SIP/2.0 403 Forbidden',
      ...DIALOG,
      'CSeq: 5 REFER',
      'ms-diagnostics: 1038;reason="Transfer not allowed";source="fe01"',
      'Content-Length: 0',
    );
    expect(
      fromJsSIPEvent({ response: parseWithJsSIP(referResponse), cause: 'Rejected' }).context,
    ).toEqual({ mode: 'Voice', action: 'transfer' });
    const frag = 'SIP/2.0 486 Busy Here\r\nWarning: 399 lcs.microsoft.com "busy"\r\n';
    const notify = parseWithJsSIP(
      `NOTIFY sip:alice@192.0.2.10 SIP/2.0\r\nVia: SIP/2.0/WSS 1.2.3.4;branch=z9hG4bK1\r\nFrom: <sip:bob@contoso.com>;tag=2\r\nTo: <sip:alice@contoso.com>;tag=1\r\nCall-ID: f529\r\nCSeq: 2 NOTIFY\r\nEvent: refer\r\nSubscription-State: terminated;reason=noresource\r\nContent-Type: message/sipfrag;version=2.0\r\nContent-Length: ${frag.length}\r\n\r\n${frag}`,
    );
    const failure = fromJsSIPEvent({
      request: notify,
      status_line: { status_code: 486, reason_phrase: 'Busy Here' },
    });
    expect(failure).toMatchObject({
      show: true,
      status: 486,
      method: 'REFER',
      context: { mode: 'Voice', action: 'transfer' },
    });
    expect(failure.input.sipWarning).toEqual(['399 lcs.microsoft.com "busy"']);
    // With only the status line (no body to read), the status still counts.
    const bare = fromJsSIPEvent({
      request: {},
      status_line: { status_code: 603, reason_phrase: 'Decline' },
    });
    expect(bare).toMatchObject({
      show: true,
      status: 603,
      context: { mode: 'Voice', action: 'transfer' },
    });
  });

  it.each([undefined, null, 'x', 1, { cause: 5 }])('answers without throwing for %j', (event) => {
    expect(fromJsSIPEvent(event).show).toBe(false);
  });

  it('survives an object whose getters throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(fromJsSIPEvent({ message: hostile, cause: 'x' }).show).toBe(true);
    expect(errorInputFromMessage(hostile).show).toBe(false);
  });
});

describe('SIP.js delegates', () => {
  it('reads onReject({ message })', () => {
    const failure = fromSipJsResponse({ message: parseWithSipJs(BUSY_486) });
    expect(failure).toMatchObject({ show: true, status: 486, madeLocally: false });
  });

  it('marks the 408 SIP.js makes up on a timeout as made locally', () => {
    const made = new sipjsCore.IncomingResponseMessage();
    made.statusCode = 408;
    made.reasonPhrase = 'Request Timeout';
    const failure = fromSipJsResponse({ message: made }, { method: 'INVITE' });
    expect(failure).toMatchObject({
      show: true,
      status: 408,
      madeLocally: true,
      context: { mode: 'Voice', action: 'call' },
    });
    expect(failure.input).toEqual({ sipStatus: 408 });
  });

  it('reads onBye(bye) through bye.request and onCancel(message)', () => {
    const bye = fromSipJsRequest({ request: parseWithSipJs(BYE_WITH_DIAGNOSTICS) });
    expect(bye).toMatchObject({ show: true, method: 'BYE' });
    const cancel = fromSipJsRequest(parseWithSipJs(CANCEL_ELSEWHERE));
    expect(cancel).toMatchObject({ show: false, why: 'completed-elsewhere' });
  });
});

describe('parseReasonHeader', () => {
  it('reads several values and several headers', () => {
    expect(
      parseReasonHeader([
        'SIP;cause=200;text="Call completed elsewhere"',
        'Q.850;cause=16;text="Normal \\"call\\" clearing", X-Vendor;foo',
      ]).map((r) => [r.protocol, r.cause, r.text]),
    ).toEqual([
      ['SIP', 200, 'Call completed elsewhere'],
      ['Q.850', 16, 'Normal "call" clearing'],
      ['X-Vendor', undefined, undefined],
    ]);
  });

  it('keeps parameter names as plain keys', () => {
    const [reason] = parseReasonHeader('SIP;__proto__=1;constructor');
    expect(Object.hasOwn(reason?.params ?? {}, '__proto__')).toBe(true);
    expect(reason?.params['__proto__' as string]).toBe('1');
    expect(reason?.params.constructor).toBe(true);
  });
});

describe('failures JsSIP makes by itself', () => {
  it('gives the generic message of the mode for a media failure', () => {
    const failure = fromJsSIPEvent(
      { originator: 'system', message: 'getUserMedia failed', cause: 'WebRTC Error' },
      { method: 'INVITE' },
    );
    expect(failure).toMatchObject({ show: true, madeLocally: true, input: {}, status: undefined });
    expect(failure.context).toEqual({ mode: 'Voice', action: 'call' });
  });
});
