/**
 * Real ms-diagnostics / ms-diagnostics-public headers, as servers sent them and public
 * sources quote them (headers.json: each item names its repository, path, commit and
 * licence). For every item: the header reader's ErrorId and header name, a resolution in the
 * item's mode (every mode when the source names none), `handled` against Appendix D as the
 * generated catalog data has it (computed here, not by the resolver), and Appendix B.
 */
import { describe, expect, it } from 'vitest';
import { errorInputFromSipMessage } from '../../../../src/adapters/index';
import { lync2010 } from '../../../../src/core/families/ms-ocer/catalogs/lync2010.generated';
import { parseDiagnosticsHeader } from '../../../../src/core/families/ms-ocer/headers';
import { MODES, type Mode, msOcer } from '../../../../src/core/families/ms-ocer/index';
import { describeDiagnostic } from '../../../../src/core/families/ms-ocer/server-reasons/index';
import { resolveError } from '../../../../src/core/index';
import items from './headers.json';

type Item = {
  lines: string[];
  status: string | null;
  message?: string;
  source: { repo: string; path: string; commit: string; license: string };
  expected: {
    errorId: number;
    header: 'ms-diagnostics' | 'ms-diagnostics-public';
    mode: string | null;
    inServerReasons: boolean;
    note: string;
  };
};
const all = items as Item[];

/** The notHandled list ("1000-1002,1006,…") as a membership test. */
const notHandled = lync2010.notHandled.split(',').map((part) => {
  const [lo, hi] = part.split('-').map(Number);
  return [lo!, hi ?? lo!] as const;
});
const neverHandled = (id: number) => notHandled.some(([lo, hi]) => id >= lo && id <= hi);

/** Appendix D (Lync 2010 and later): a row for this ErrorId in this mode, and not on the never-handled list. */
function catalogHandles(mode: string, id: number): boolean {
  const rows = lync2010.rows['ms-diagnostics'] as readonly (readonly [
    string,
    number,
    ...unknown[],
  ])[];
  return rows.some(([m, code]) => m === mode && code === id) && !neverHandled(id);
}

const summary = { items: all.length, lines: 0, parsed: 0, resolutions: 0, handled: 0 };

describe('real ms-diagnostics headers', () => {
  it('has every item cited at a 40-hex commit', () => {
    for (const item of all) {
      expect(item.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(item.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(item.source.license).not.toBe('');
    }
  });

  describe.each(
    all.map((item, i) => [`${i}: ${item.expected.errorId} (${item.source.repo})`, item] as const),
  )('%s', (_, item) => {
    const modes: readonly Mode[] =
      item.expected.mode === null ? MODES : [item.expected.mode as Mode];

    it('is read with its ErrorId, header name and reason', () => {
      for (const line of item.lines) {
        summary.lines++;
        const parsed = parseDiagnosticsHeader(line);
        if (!parsed.ok) throw new Error(`misread ${JSON.stringify(line)}: ${parsed.message}`);
        summary.parsed++;
        expect(parsed.errorId).toBe(item.expected.errorId);
        expect(parsed.header).toBe(item.expected.header);
        if (/reason\s*=/i.test(line)) expect(parsed.reason ?? '').not.toBe('');
        if (/source\s*=/i.test(line)) expect(parsed.source ?? '').not.toBe('');
      }
    });

    it.each(modes)('resolves in mode %s: handled exactly when Appendix D has the row', (mode) => {
      const field =
        item.expected.header === 'ms-diagnostics' ? 'msDiagnostics' : 'msDiagnosticsPublic';
      const r = resolveError(msOcer, { [field]: item.lines }, { mode: mode as Mode });
      summary.resolutions++;
      if (r.handled) summary.handled++;
      expect(r.summaryKey).toBeTruthy();
      expect(r.errorId).toBe(item.expected.errorId);
      expect(r.handled).toBe(catalogHandles(mode, item.expected.errorId));
      if (item.status !== null) {
        const withStatus = resolveError(
          msOcer,
          { [field]: item.lines, sipStatus: item.status },
          { mode: mode as Mode },
        );
        expect(withStatus.summaryKey).toBeTruthy();
        // A provisional or success response is no failure: nothing is shown.
        expect(withStatus.show).toBe(Number(item.status.split(' ')[1]) >= 300);
      }
    });

    if (item.message !== undefined) {
      it('reads the whole response through the SIP adapter', () => {
        const failure = errorInputFromSipMessage(item.message);
        expect(failure.status).toBe(Number(item.status?.split(' ')[1]));
        expect(failure.diagnostics.length).toBe(item.lines.length);
        const r = resolveError(msOcer, failure.input, failure.context);
        expect(r.summaryKey).toBeTruthy();
        expect(r.errorId).toBe(item.expected.errorId);
      });
    }

    it(`is ${item.expected.inServerReasons ? '' : 'not '}in Appendix B`, async () => {
      const d = await describeDiagnostic(item.expected.errorId);
      expect(d !== undefined).toBe(item.expected.inServerReasons);
    });
  });

  it('prints a summary', () => {
    console.log(`ms-ocer-real: ${JSON.stringify(summary)}`);
  });
});
