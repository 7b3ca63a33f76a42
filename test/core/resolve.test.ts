import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODES, resolveError } from '../../src/core/index';

describe('resolveError', () => {
  it('takes ms-diagnostics before the SIP status, the SIP warning and the Windows error', () => {
    const r = resolveError(
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
    const r = resolveError({ msDiagnostics: 3120, sipStatus: 486 }, { mode: 'Voice' });
    expect(r).toMatchObject({
      handled: true,
      category: 'sip',
      code: 486,
      summaryKey: 'userAnotherCall',
    });
    const w = resolveError({ sipStatus: 499, sipWarning: 370, windowsError: 1 }, { mode: 'Voice' });
    expect(w).toMatchObject({ category: 'sip-warning', code: 370 });
    const win = resolveError({ sipStatus: 499, windowsError: '0x80072745' }, { mode: 'Sharing' });
    expect(win).toMatchObject({
      category: 'windows',
      code: 10053,
      summaryKey: 'cannotConnectApplication',
    });
  });

  it('reads the ErrorId, reason and source of a whole header for the details view', () => {
    const r = resolveError(
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
      { msDiagnosticsPublic: 'ms-diagnostics-public: 4004' },
      { mode: 'Voice' },
    );
    expect(r).toMatchObject({ handled: true, code: 4004, summaryKey: 'providedCredentialsNot' });
  });

  it('picks the row of the action: transfer, add video, join or invite', () => {
    expect(
      resolveError({ msDiagnostics: 4 }, { mode: 'Voice', action: 'transfer' }).summaryKey,
    ).toBe('cannotCompleteTransfer');
    expect(
      resolveError({ msDiagnostics: 4 }, { mode: 'Voice', action: 'add-video' }).summaryKey,
    ).toBe('couldNotAdd');
    expect(
      resolveError({ msDiagnostics: 4 }, { mode: 'Conference', action: 'invite' }).summaryKey,
    ).toBe('cannotAddUser');
    expect(resolveError({ sipWarning: 370 }, { mode: 'Voice', action: 'park' }).summaryKey).toBe(
      'couldNotPark',
    );
  });

  it('falls back to the generic Voice message for an unknown code, with that code as the error ID', () => {
    const r = resolveError({ msDiagnostics: 99999 }, { mode: 'Voice' });
    expect(r).toMatchObject({
      handled: false,
      summaryKey: 'callNotCompletedEnded',
      detailsKey: 'whenContactingSupport',
      errorId: 99999,
      values: { errorId: '99999' },
      placement: 'notification-bar',
    });
    expect(
      resolveError({ msDiagnostics: 99999 }, { mode: 'Voice', action: 'transfer' }).summaryKey,
    ).toBe('cannotCompleteTransfer');
  });

  it('gives the generic error ID from the highest-priority code, even one never handled', () => {
    const r = resolveError({ msDiagnostics: 1000, sipStatus: 499 }, { mode: 'IM' });
    expect(r).toMatchObject({
      handled: false,
      errorId: 1000,
      placement: 'im-area',
      summaryKey: 'followingMessageNot',
    });
  });

  it("answers an unknown mode with Other's generic message and says why", () => {
    const r = resolveError({ sipStatus: 486 }, { mode: 'Fax' });
    expect(r).toMatchObject({ mode: 'Other', handled: false, summaryKey: 'errorOccurred' });
    expect(r.problems.map((p) => p.field)).toEqual(['mode']);
  });

  it('ignores an action of another mode and reports it', () => {
    const r = resolveError({ msDiagnostics: 4 }, { mode: 'Voice', action: 'join' });
    expect(r.summaryKey).toBe('couldNotComplete');
    expect(r.problems).toEqual([{ field: 'action', message: '"join" is not a Voice action.' }]);
  });

  it('answers an empty input with the generic message and no error ID', () => {
    for (const input of [{}, null, undefined, 42, 'x', []] as never[]) {
      const r = resolveError(input, { mode: 'Conference' });
      expect(r).toMatchObject({
        handled: false,
        errorId: undefined,
        summaryKey: 'errorOccurredDuring',
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
    const r = resolveError({ msDiagnostics: value as never }, { mode: 'Voice' });
    expect(r.handled).toBe(false);
    expect(r.summaryKey).toBe('callNotCompletedEnded');
  });

  it('looks codes up without touching the prototype chain', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = resolveError(
        { sipStatus: hostile, sipWarning: hostile, windowsError: hostile },
        {
          mode: hostile,
          action: hostile,
          catalog: hostile,
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
          const r = resolveError(input as never, { mode, action: action ?? undefined });
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
          const a = resolveError({ msDiagnostics: id }, { mode });
          const b = resolveError({ msDiagnostics: `ms-diagnostics: ${id};reason="x"` }, { mode });
          expect(b.summaryKey).toBe(a.summaryKey);
          expect(b.errorId).toBe(id);
        },
      ),
    );
  });
});
