import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogReason, MODES, msOcer } from '../../src/core/families/ms-ocer/index';
import { resolveError } from '../../src/core/index';

// Office Communicator 2007 loads on demand; these tests read it, from the start, synchronously.
await msOcer.load({ catalog: 'ocs2007' });

describe('resolveError', () => {
  it('takes ms-diagnostics before the SIP status, the SIP warning and the Windows error', () => {
    const r = resolveError(
      msOcer,
      { msDiagnostics: 1008, sipStatus: 486, sipWarning: 370, windowsError: 10053 },
      { mode: 'Conference' },
    );
    expect(r).toMatchObject({ handled: true, category: 'ms-diagnostics', code: 1008 });
    expect(r.received.map((c) => c.category)).toEqual([
      'ms-diagnostics',
      'sip',
      'sip-warning',
      'windows',
    ]);
  });

  it('moves on to the next code when the first has no row for the mode', () => {
    // 3120 has a Conference row only; in Voice the SIP 486 is next.
    const r = resolveError(msOcer, { msDiagnostics: 3120, sipStatus: 486 }, { mode: 'Voice' });
    expect(r).toMatchObject({
      handled: true,
      category: 'sip',
      code: 486,
      summaryKey: 'userInAnotherCall',
    });
    const w = resolveError(
      msOcer,
      { sipStatus: 499, sipWarning: 370, windowsError: 1 },
      { mode: 'Voice' },
    );
    expect(w).toMatchObject({ category: 'sip-warning', code: 370 });
    const win = resolveError(
      msOcer,
      { sipStatus: 499, windowsError: '0x80072745' },
      { mode: 'Sharing' },
    );
    expect(win).toMatchObject({
      category: 'windows',
      code: 10053,
      summaryKey: 'cannotConnectSharingServer',
    });
  });

  it('reads the ErrorId, reason and source of a whole header for the details view', () => {
    const r = resolveError(
      msOcer,
      {
        msDiagnostics:
          'ms-diagnostics: 1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
      },
      { mode: 'Voice' },
    );
    expect(r.code).toBe(1008);
    expect(r.reasonKey).toBe('reason.1008');
    expect(r.diagnostics).toMatchObject({ errorId: 1008, source: 'sip.contoso.com' });
  });

  it('uses ms-diagnostics-public when ms-diagnostics is absent', () => {
    const r = resolveError(
      msOcer,
      { msDiagnosticsPublic: 'ms-diagnostics-public: 4004' },
      { mode: 'Voice' },
    );
    expect(r).toMatchObject({ handled: true, code: 4004, summaryKey: 'credentialsNotAuthorized' });
  });

  it('picks the row of the action: transfer, add video, join or invite', () => {
    expect(
      resolveError(msOcer, { msDiagnostics: 4 }, { mode: 'Voice', action: 'transfer' }).summaryKey,
    ).toBe('cannotCompleteTransfer');
    expect(
      resolveError(msOcer, { msDiagnostics: 4 }, { mode: 'Voice', action: 'add-video' }).summaryKey,
    ).toBe('cannotAddVideoNetworkBusy');
    expect(
      resolveError(msOcer, { msDiagnostics: 4 }, { mode: 'Conference', action: 'invite' })
        .summaryKey,
    ).toBe('cannotAddUserNetworkBusy');
    expect(
      resolveError(msOcer, { sipWarning: 370 }, { mode: 'Voice', action: 'park' }).summaryKey,
    ).toBe('cannotParkCallNetworkBusy');
  });

  it('falls back to the generic Voice message for an unknown code, with that code as the error ID', () => {
    const r = resolveError(msOcer, { msDiagnostics: 99999 }, { mode: 'Voice' });
    expect(r).toMatchObject({
      handled: false,
      summaryKey: 'callNotCompletedOrEnded',
      detailsKey: 'quoteErrorIdToSupport',
      errorId: 99999,
      values: { errorId: '99999' },
      placement: 'notification-bar',
    });
    expect(
      resolveError(msOcer, { msDiagnostics: 99999 }, { mode: 'Voice', action: 'transfer' })
        .summaryKey,
    ).toBe('cannotCompleteTransfer');
  });

  it('gives the generic error ID from the highest-priority code, even one never handled', () => {
    const r = resolveError(msOcer, { msDiagnostics: 1000, sipStatus: 499 }, { mode: 'IM' });
    expect(r).toMatchObject({
      handled: false,
      errorId: 1000,
      placement: 'im-area',
      summaryKey: 'followingMessageNotDeliveredIntro',
    });
  });

  it("answers an unknown mode with Other's generic message and says why", () => {
    const r = resolveError(msOcer, { sipStatus: 486 }, { mode: 'Fax' as never });
    expect(r).toMatchObject({ mode: 'Other', handled: false, summaryKey: 'errorOccurred' });
    expect(r.problems.map((p) => p.field)).toEqual(['mode']);
  });

  it('ignores an action of another mode and reports it', () => {
    const r = resolveError(msOcer, { msDiagnostics: 4 }, { mode: 'Voice', action: 'join' });
    expect(r.summaryKey).toBe('cannotCompleteCallNetworkBusy');
    expect(r.problems).toEqual([
      {
        field: 'action',
        in: 'context',
        message:
          '"join" is not an action of mode Voice; expected one of call, transfer, add-video, park.',
      },
    ]);
  });

  it('answers an empty input with the generic message and no error ID', () => {
    for (const input of [{}, null, undefined, 42, 'x', []] as never[]) {
      const r = resolveError(msOcer, input, { mode: 'Conference' });
      expect(r).toMatchObject({
        handled: false,
        errorId: undefined,
        summaryKey: 'errorDuringOnlineMeeting',
      });
    }
  });

  it.each([
    ['empty', ''],
    ['100 kB', '9'.repeat(100_000)],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['an unbalanced quote', '1008;reason="Unable'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['negative', -1],
    ['NaN', Number.NaN],
    ['2^32', 2 ** 32],
    ['a fraction', 1003.5],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('answers a malformed ms-diagnostics value (%s) with the generic message', (_, value) => {
    const r = resolveError(msOcer, { msDiagnostics: value as never }, { mode: 'Voice' });
    expect(r.handled).toBe(false);
    expect(r.summaryKey).toBe('callNotCompletedOrEnded');
  });

  it('looks codes up without touching the prototype chain', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = resolveError(
        msOcer,
        { sipStatus: hostile, sipWarning: hostile, windowsError: hostile },
        {
          mode: hostile as never,
          action: hostile as never,
          catalog: hostile as never,
        },
      );
      expect(r).toMatchObject({ handled: false, mode: 'Other', catalog: 'lync2010' });
    }
  });

  it('never throws and always names a message, whatever the input (property)', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(undefined),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            msDiagnostics: value,
            msDiagnosticsPublic: value,
            sipStatus: value,
            sipWarning: value,
            windowsError: value,
          },
          { requiredKeys: [] },
        ),
        fc.oneof(fc.constantFrom(...MODES), fc.string()),
        fc.option(fc.string()),
        (input, mode, action) => {
          const r = resolveError(msOcer, input as never, {
            mode: mode as never,
            action: (action ?? undefined) as never,
          });
          expect(typeof r.summaryKey).toBe('string');
          expect(MODES).toContain(r.mode);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('resolves a received code the same way whether sent as a number or a header (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom(...MODES),
        (id, mode) => {
          const a = resolveError(msOcer, { msDiagnostics: id }, { mode });
          const b = resolveError(
            msOcer,
            { msDiagnostics: `ms-diagnostics: ${id};reason="x"` },
            { mode },
          );
          expect(b.summaryKey).toBe(a.summaryKey);
          expect(b.errorId).toBe(id);
        },
      ),
    );
  });

  it("resolves a missing mode as Other's generic message, with no problem", () => {
    for (const context of [undefined, null, {}, { mode: undefined }] as const) {
      const r = resolveError(msOcer, { sipStatus: 486 }, context);
      expect(r).toMatchObject({ mode: 'Other', handled: false, summaryKey: 'errorOccurred' });
      expect(r.problems).toEqual([]);
    }
  });

  it('reports an unknown mode, action and catalog as problems of the context', () => {
    const r = resolveError(msOcer, { sipStatus: 486 }, {
      mode: 'Fax',
      action: 'send',
      catalog: 'lync2099',
    } as never);
    expect(r.problems.map((p) => [p.field, p.in])).toEqual([
      ['catalog', 'context'],
      ['mode', 'context'],
      ['action', 'context'],
    ]);
    expect(r.catalog).toBe('lync2010');
  });

  it('reports a malformed code as a problem of the input, not of the context', () => {
    const r = resolveError(msOcer, { sipStatus: 'busy' }, { mode: 'Voice' });
    expect(r.problems).toEqual([
      { field: 'sipStatus', message: 'Not a SIP status code (100-699).' },
    ]);
  });

  it('gives the same resolution with the family first as with the [MS-OCER] shorthand', () => {
    const input = { msDiagnostics: '1008;reason="x";source="sip.contoso.com"', sipStatus: 504 };
    expect(resolveError(msOcer, input, { mode: 'Voice' })).toEqual(
      resolveError(msOcer, input, { mode: 'Voice' }),
    );
    expect(resolveError(msOcer, input, { mode: 'Voice' }).family).toBe('ms-ocer');
  });

  it('gives the reason the server sent, and the key of the catalog reason of the row used', async () => {
    const handled = resolveError(
      msOcer,
      { msDiagnostics: '1008;reason="Something the server said"' },
      { mode: 'Voice' },
    );
    expect(handled).toMatchObject({
      reason: 'Something the server said',
      reasonKey: 'reason.1008',
    });
    await expect(catalogReason(handled)).resolves.toBe('Unable to resolve DNS SRV record.');
    const unhandled = resolveError(
      msOcer,
      { msDiagnostics: '99999;reason="Something the server said"' },
      { mode: 'Voice' },
    );
    expect(unhandled).toMatchObject({ reasonKey: undefined, reason: 'Something the server said' });
    await expect(catalogReason(unhandled)).resolves.toBeUndefined();
    const bare = resolveError(msOcer, { msDiagnostics: 1008 }, { mode: 'Voice' });
    expect(bare).toMatchObject({ reasonKey: 'reason.1008', reason: undefined });
    expect(resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).reason).toBeUndefined();
  });

  it('lists the error ID, the codes on one line, the reason sent and the source, each once', () => {
    const r = resolveError(
      msOcer,
      {
        msDiagnostics: '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
        sipStatus: 'SIP/2.0 504 Server Time-out',
      },
      { mode: 'Voice' },
    );
    expect(r.facts).toEqual([
      { label: 'fact.errorId', value: '1008' },
      { label: 'fact.code', value: 'ms-diagnostics 1008, SIP 504' },
      { label: 'fact.reason', value: 'Unable to resolve DNS SRV record', lang: 'en' },
      { label: 'fact.source', value: 'sip.contoso.com' },
    ]);
  });

  it("describes a resolution on demand with the catalog's reason and the server's", async () => {
    const r = resolveError(msOcer, { msDiagnostics: 1008 }, { mode: 'Voice' });
    const facts = await msOcer.describe(r);
    expect(facts.map((f) => f.label)).toEqual(['fact.catalogReason', 'fact.server']);
    expect(facts[0]).toEqual({
      label: 'fact.catalogReason',
      value: 'Unable to resolve DNS SRV record.',
      lang: 'en',
    });
    // The server component; its reason only where it says more than the catalog's.
    expect(facts[1]?.value).toMatch(/^SipStack/);
    expect(facts[1]?.value).not.toContain('Unable to resolve DNS SRV record');
    for (const fact of facts) expect(Object.hasOwn(msOcer.bundled, fact.label)).toBe(true);
    // Nothing to add for a SIP status alone.
    expect(
      await msOcer.describe(resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice' })),
    ).toEqual([]);
  });

  it('labels every fact with a key the English words have', () => {
    const r = resolveError(
      msOcer,
      { msDiagnostics: '99999;reason="r";source="s"', sipWarning: 370, windowsError: 10053 },
      { mode: 'Voice' },
    );
    for (const fact of r.facts) expect(Object.hasOwn(msOcer.bundled, fact.label)).toBe(true);
  });

  it.each([
    ['no code at all', {}, 'no-code'],
    ['only malformed codes', { sipStatus: 'busy', msDiagnostics: '' }, 'no-code'],
    ['a code with no row', { msDiagnostics: 99999 }, 'no-row'],
    ['a code never handled', { msDiagnostics: 1000 }, 'never-handled'],
  ] as const)('says why it is unhandled: %s', (_, input, why) => {
    const r = resolveError(msOcer, input, { mode: 'IM' });
    expect(r).toMatchObject({ handled: false, unhandledReason: why });
  });

  it('has no unhandled reason when a row handled the code', () => {
    expect(
      resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice' }).unhandledReason,
    ).toBeUndefined();
  });

  it('gives one sameness key to a status sent as a number and as a status line', () => {
    const a = resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice' });
    const b = resolveError(msOcer, { sipStatus: 'SIP/2.0 486 Busy Here' }, { mode: 'Voice' });
    expect(b.sameKey).toBe(a.sameKey);
    const other = [
      resolveError(msOcer, { sipStatus: 480 }, { mode: 'Voice' }),
      resolveError(msOcer, { sipStatus: 486 }, { mode: 'IM' }),
      resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice', action: 'transfer' }),
      resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice', catalog: 'ocs2007' }),
      resolveError(msOcer, { sipStatus: 486, sipWarning: 370 }, { mode: 'Voice' }),
    ];
    for (const r of other) expect(r.sameKey).not.toBe(a.sameKey);
  });

  it('keeps the reason text out of the sameness key: two reasons for one ErrorId are one error', () => {
    const a = resolveError(msOcer, { msDiagnostics: '1008;reason="first"' }, { mode: 'Voice' });
    const b = resolveError(msOcer, { msDiagnostics: '1008;reason="second"' }, { mode: 'Voice' });
    expect(b.sameKey).toBe(a.sameKey);
  });
});

describe('a hostile context', () => {
  it('answers with the generic message when a context value cannot even be turned into text', () => {
    const bad = {
      toString() {
        throw new Error('no');
      },
    };
    const r = resolveError(msOcer, { sipStatus: 486 }, {
      mode: bad,
      action: bad,
      catalog: bad,
    } as never);
    expect(r.mode).toBe('Other');
    expect(r.problems.map((p) => p.field)).toEqual(['catalog', 'mode', 'action']);
    expect(() =>
      resolveError(msOcer, { sipStatus: bad, msDiagnostics: bad } as never, { mode: 'Voice' }),
    ).not.toThrow();
  });
});

describe('a misspelt context', () => {
  it('is a type error', () => {
    // @ts-expect-error: 'Vioce' is no mode
    resolveError(msOcer, { sipStatus: 486 }, { mode: 'Vioce' });
    // @ts-expect-error: 'ocs2017' is no catalog
    resolveError(msOcer, { sipStatus: 486 }, { catalog: 'ocs2017' });
    // @ts-expect-error: 'join' is an action, but 'calls' is none
    resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice', action: 'calls' });
  });
});

describe('a response that is no failure', () => {
  it('shows nothing for a provisional or success status, with or without ms-diagnostics', () => {
    for (const input of [
      { sipStatus: 101, msDiagnostics: '12006;reason="Trying next hop"' },
      { sipStatus: 'SIP/2.0 180 Ringing' },
      { sipStatus: 200 },
    ]) {
      const r = msOcer.resolve(input, { mode: 'Voice' });
      expect(r.show, JSON.stringify(input)).toBe(false);
      expect(r.intent).toBe('info');
      expect(r.problems).toContainEqual(
        expect.objectContaining({ field: 'sipStatus', in: 'call' }),
      );
    }
    expect(msOcer.resolve({ sipStatus: 486 }, { mode: 'Voice' }).show).toBe(true);
  });
});
