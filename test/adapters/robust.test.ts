import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  errorInputFromMessage,
  errorInputFromSipMessage,
  fromJsSIPEvent,
  fromSipJsRequest,
  fromSipJsResponse,
  parseReasonHeader,
  type SipFailure,
} from '../../src/adapters/index';
import type { Action, Mode } from '../../src/core/families/ms-ocer/modes';
import { buildErrorReport, type ParsedErrorReport, parseErrorReport } from '../../src/report/index';
import { MEDIATION_404 } from './sip';

describe('hostile input', () => {
  it('never makes the raw-message adapter throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const failure = errorInputFromSipMessage(text);
        expect(typeof failure.show).toBe('boolean');
      }),
      { numRuns: 300, seed: 3261 },
    );
  });

  it('never makes the adapters throw on a mangled real message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MEDIATION_404.length }),
        fc.integer({ min: 0, max: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (at, remove, insert) => {
          const text = MEDIATION_404.slice(0, at) + insert + MEDIATION_404.slice(at + remove);
          expect(() => errorInputFromSipMessage(text)).not.toThrow();
        },
      ),
      { numRuns: 300, seed: 3326 },
    );
  });

  it('never makes the library adapters throw on odd objects', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const adapt of [
          errorInputFromMessage,
          fromJsSIPEvent,
          fromSipJsRequest,
          fromSipJsResponse,
        ]) {
          expect(typeof adapt(value).show).toBe('boolean');
        }
        expect(Array.isArray(parseReasonHeader(value as string))).toBe(true);
      }),
      { numRuns: 200, seed: 5234 },
    );
  });

  it('never makes the report parser throw, and reads what the builder writes', () => {
    const xml = buildErrorReport({
      callId: 'c',
      requestType: 'INVITE',
      responseCode: 504,
      diagHeader: '1007;reason="x"',
      progressReports: ['12006;reason="y"'],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: xml.length }),
        fc.integer({ min: 0, max: 20 }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        (at, remove, insert) => {
          const mangled = xml.slice(0, at) + insert + xml.slice(at + remove);
          expect(typeof parseErrorReport(mangled).ok).toBe('boolean');
        },
      ),
      { numRuns: 400, seed: 1106 },
    );
    expect(parseErrorReport(xml)).toMatchObject({ ok: true, responseCode: 504 });
  });
});

describe('types', () => {
  it('gives every adapter the same answer type', () => {
    expectTypeOf(fromJsSIPEvent).returns.toEqualTypeOf<SipFailure>();
    expectTypeOf(fromSipJsResponse).returns.toEqualTypeOf<SipFailure>();
    expectTypeOf(errorInputFromSipMessage).returns.toEqualTypeOf<SipFailure>();
    expectTypeOf<SipFailure['context']>().toEqualTypeOf<{
      mode: Mode;
      action: Action | undefined;
    }>();
    expectTypeOf(parseErrorReport).returns.toEqualTypeOf<ParsedErrorReport>();
  });
});
