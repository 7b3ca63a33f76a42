import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import lync2010Json from '../../src/core/families/ms-ocer/server-reasons/data/lync2010.json';
import ocs2007Json from '../../src/core/families/ms-ocer/server-reasons/data/ocs2007.json';
import {
  type DiagnosticHeader,
  describeDiagnostic,
  describeDiagnosticSync,
  listDiagnostics,
  preloadDiagnostics,
  type ServerRelease,
  type SipMessage,
} from '../../src/core/families/ms-ocer/server-reasons/index';
import { HAVE_SEEDS, itWithSeeds, MS_OCER_SEED, seedLine } from '../seeds';

// The extraction script is plain Node ESM with no type declarations, so it is imported by
// URL and typed here rather than through a .d.ts beside it.
interface SeedNote {
  appendix: 'B' | 'C';
  line: number;
  what: string;
}
interface ExtractionScript {
  DEFAULT_SEED: string;
  OUTPUT_FILES: Record<ServerRelease, string>;
  MISSING_HEADINGS: readonly { from: number; subject: string; name: string }[];
  extractServerReasons(seedText: string): {
    lync2010: unknown;
    ocs2007: unknown;
    repairs: SeedNote[];
    cleanups: SeedNote[];
  };
  serialize(document: unknown): string;
}
const scriptUrl = new URL('../../scripts/extract-server-reasons.mjs', import.meta.url).href;
const script = (await import(/* @vite-ignore */ scriptUrl)) as ExtractionScript;

type Row = readonly [number, string, (DiagnosticHeader | 0)?, SipMessage?];
interface Component {
  name: string;
  range: readonly [number, number];
  header: DiagnosticHeader;
  sipMessage: SipMessage;
  rows: readonly Row[];
}
const committed = {
  lync2010: lync2010Json as unknown as { source: string; components: Component[] },
  ocs2007: ocs2007Json as unknown as { source: string; components: Component[] },
};
const releases = ['lync2010', 'ocs2007'] as const;

// Re-extracted from the seed when it is there; the tests that need it are skipped otherwise.
const extracted = HAVE_SEEDS
  ? script.extractServerReasons(readFileSync(script.DEFAULT_SEED, 'utf8'))
  : { lync2010: undefined, ocs2007: undefined, repairs: [], cleanups: [] };

const rowCount = (release: ServerRelease) =>
  committed[release].components.reduce((sum, component) => sum + component.rows.length, 0);

describe('the generated tables', () => {
  itWithSeeds.each(releases)('%s matches a fresh extraction from the seed', (release) => {
    expect(extracted[release]).toEqual(committed[release]);
    // Byte for byte too: running the script must leave the committed file unchanged.
    expect(script.serialize(extracted[release])).toBe(
      readFileSync(script.OUTPUT_FILES[release], 'utf8'),
    );
  });

  it('has 1,553 rows in 26 components for Appendix B (lync2010)', () => {
    expect(committed.lync2010.source).toBe('[MS-OCER] Appendix B');
    expect(committed.lync2010.components).toHaveLength(26);
    expect(rowCount('lync2010')).toBe(1553);
  });

  it('has 839 rows in 21 components for Appendix C (ocs2007)', () => {
    expect(committed.ocs2007.source).toBe('[MS-OCER] Appendix C');
    expect(committed.ocs2007.components).toHaveLength(21);
    expect(rowCount('ocs2007')).toBe(839);
  });

  itWithSeeds('repairs only the Appendix B row that a blank line cuts in two (10040)', () => {
    expect(extracted.repairs).toEqual([
      {
        appendix: 'B',
        line: 5475,
        what: 'ErrorId 10040 is cut from the rest of its row by a blank line; joined',
      },
    ]);
  });

  itWithSeeds(
    'strips 83 footnote markers and the space around two reasons, all in Appendix C',
    () => {
      const footnotes = extracted.cleanups.filter((note) => note.what.startsWith('footnote'));
      const spaces = extracted.cleanups.filter((note) => note.what.startsWith('space'));
      expect(footnotes).toHaveLength(83);
      expect(spaces.map((note) => note.line)).toEqual([9516, 10416]);
      expect(extracted.cleanups.every((note) => note.appendix === 'C')).toBe(true);
    },
  );

  it('leaves no footnote marker, bookmark or space around any reason', () => {
    for (const release of releases) {
      for (const component of committed[release].components) {
        for (const [, reason] of component.rows) {
          expect(reason).not.toMatch(/<\d+>|\[bookmark:|^\s|\s$/);
        }
      }
    }
  });

  it('keeps every id inside the range of its component', () => {
    for (const release of releases) {
      for (const { range, rows } of committed[release].components) {
        for (const [errorId] of rows) {
          expect(errorId).toBeGreaterThanOrEqual(range[0]);
          expect(errorId).toBeLessThanOrEqual(range[1]);
        }
      }
    }
  });
});

describe('describeDiagnostic', () => {
  it('describes 1008 as the SipStack reason "Unable to resolve DNS SRV record."', async () => {
    expect(await describeDiagnostic(1008)).toEqual({
      errorId: 1008,
      release: 'lync2010',
      component: 'SipStack',
      range: [1000, 1999],
      reason: 'Unable to resolve DNS SRV record.',
      header: 'ms-diagnostics',
      sipMessage: 'response',
    });
  });

  it('takes the id as a string of digits too', async () => {
    expect(await describeDiagnostic('1008')).toBe(await describeDiagnostic(1008));
  });

  it('answers from the Appendix C table for ocs2007', async () => {
    const description = await describeDiagnostic(1000, { release: 'ocs2007' });
    expect(description?.release).toBe('ocs2007');
    expect(description?.reason).toBe('Final handshake failed.');
  });

  it.each(releases)('resolves every row of %s to its component and reason', async (release) => {
    const seen = new Set<number>();
    for (const component of committed[release].components) {
      for (const [errorId, reason, rowHeader, rowMessage] of component.rows) {
        const description = await describeDiagnostic(errorId, { release });
        expect(description).toBeDefined();
        expect(description?.component).toBe(component.name);
        expect(description?.range).toEqual(component.range);
        if (seen.has(errorId)) {
          expect(description?.alternatives).toContain(reason);
          continue;
        }
        seen.add(errorId);
        expect(description?.reason).toBe(reason);
        expect(description?.header).toBe(rowHeader || component.header);
        expect(description?.sipMessage).toBe(rowMessage ?? component.sipMessage);
        expect(await describeDiagnostic(String(errorId), { release })).toBe(description);
      }
    }
    expect((await listDiagnostics(release)).length).toBe(seen.size);
  });

  it('lists one description per distinct id: 1,553 for lync2010, 834 for ocs2007', async () => {
    expect(await listDiagnostics('lync2010')).toHaveLength(1553);
    expect(await listDiagnostics('ocs2007')).toHaveLength(834);
  });

  it('reads "ms-diagnostics/ms-diagnostics-public" as both headers', async () => {
    expect((await describeDiagnostic(7000, { release: 'ocs2007' }))?.header).toBe('both');
  });

  it('gives frozen descriptions, since every caller shares them', async () => {
    const description = await describeDiagnostic(3069, { release: 'ocs2007' });
    expect(Object.isFrozen(description)).toBe(true);
    expect(Object.isFrozen(description?.range)).toBe(true);
    expect(Object.isFrozen(description?.alternatives)).toBe(true);
  });

  it.each([
    ['__proto__'],
    ['constructor'],
    ['toString'],
    ['hasOwnProperty'],
    [Number.NaN],
    [-1],
    [1.5],
    [2 ** 32],
    [Number.POSITIVE_INFINITY],
    [''],
    ['1008.0'],
    ['1e3'],
    ['0x3f0'],
    ['-1'],
    ['4294967296'],
    [null],
    [undefined],
    [{}],
    [[1008]],
    [1008n],
  ])('returns undefined for %o, which is not an ErrorId', async (errorId) => {
    expect(await describeDiagnostic(errorId)).toBeUndefined();
    expect(await describeDiagnostic(errorId, { release: 'ocs2007' })).toBeUndefined();
    expect(describeDiagnosticSync(errorId)).toBeUndefined();
  });

  it('reads the ErrorId as the header reader does: spaces around it, or a whole header', async () => {
    for (const errorId of [' 1008', 'ms-diagnostics: 1008;reason="x"', '1008;source="a"']) {
      expect(await describeDiagnostic(errorId)).toMatchObject({ errorId: 1008 });
      expect(describeDiagnosticSync(errorId)).toMatchObject({ errorId: 1008 });
    }
  });

  it('returns undefined for ids no table lists', async () => {
    expect(await describeDiagnostic(999)).toBeUndefined();
    expect(await describeDiagnostic(2 ** 32 - 1)).toBeUndefined();
    // Inter cluster routing is new in Lync Server 2010: Appendix C has no 25000 range.
    expect(await describeDiagnostic(25000)).toBeDefined();
    expect(await describeDiagnostic(25000, { release: 'ocs2007' })).toBeUndefined();
  });

  it('returns undefined for an unknown release', async () => {
    const options = { release: 'lync2013' } as unknown as { release: ServerRelease };
    expect(await describeDiagnostic(1008, options)).toBeUndefined();
    expect(describeDiagnosticSync(1008, options)).toBeUndefined();
    expect(await preloadDiagnostics('__proto__' as ServerRelease)).toBe(false);
    expect(await listDiagnostics('toString' as ServerRelease)).toEqual([]);
  });
});

describe('Appendix B components whose heading the seed lost', () => {
  // Named from the sentence that introduces each table; the seed line is that sentence's.
  const expected = [
    [2124, 3000, 'Conferencing'],
    [3184, 4000, 'Lync front-end server'],
    [4584, 5000, 'Lync server API and applications'],
    [4739, 6000, 'IM conferencing'],
    [4914, 7000, 'Audio video conferencing'],
    [5174, 9000, 'Audio video edge authentication'],
    [5259, 10000, 'Lync mediation server'],
    [5775, 12000, 'VoIP outbound routing'],
    [5945, 13000, 'VoIP inbound routing'],
    [6085, 14000, 'VoIP translation service'],
    [6170, 15000, 'VoIP Exchange UM service'],
    [6365, 16000, 'Intelligent IM filter'],
    [6395, 17000, 'Protocol client version filter'],
    [6440, 18000, 'User PIN service'],
    [6659, 21000, 'Application sharing MCU'],
    [6799, 24000, 'Unified communications managed API'],
    [7469, 25000, 'Inter cluster routing'],
    [7589, 28000, 'Web auth'],
  ] as const;

  it('are the 18 the script names', () => {
    expect(script.MISSING_HEADINGS.map(({ from, name }) => [from, name])).toEqual(
      expected.map(([, from, name]) => [from, name]),
    );
  });

  it.each(expected)('seed line %i: the table from %i is "%s"', async (line, from, name) => {
    expect(seedLine(MS_OCER_SEED, line)).toContain(`ErrorIds, numbered ${from} – `);
    const component = committed.lync2010.components.find((entry) => entry.name === name);
    expect(component?.range[0]).toBe(from);
    const firstId = component?.rows[0]?.[0];
    expect((await describeDiagnostic(firstId))?.component).toBe(name);
  });
});

describe('ErrorIds that Appendix C lists twice', () => {
  it.each([
    [
      3069,
      'Internal Error: ConfUpdateParticipantExpiration sproc failed.',
      'Internal Error: ConfUpdateParticipant sproc failed.',
    ],
    [
      3112,
      'Focus factory URI in To is not valid for the From user.',
      'From user is not authorized to use this focus factory.',
    ],
    [4140, 'Deregistered: User logged out.', 'User Logged out.'],
    [4141, 'Deregistered: User disabled.', 'User disabled.'],
    [4142, 'Deregistered: User moved.', 'User moved.'],
  ])('%i: the first reason listed, the other as an alternative', async (errorId, first, other) => {
    const description = await describeDiagnostic(errorId, { release: 'ocs2007' });
    expect(description?.reason).toBe(first);
    expect(description?.alternatives).toEqual([other]);
  });

  it('are the only ids with alternatives, and Appendix B has none', async () => {
    const withAlternatives = (await listDiagnostics('ocs2007'))
      .filter((description) => description.alternatives !== undefined)
      .map((description) => description.errorId);
    expect(withAlternatives).toEqual([3069, 3112, 4140, 4141, 4142]);
    const lync = await listDiagnostics('lync2010');
    expect(lync.some((description) => description.alternatives !== undefined)).toBe(false);
    expect(lync.every((description) => !('alternatives' in description))).toBe(true);
  });
});

describe('loading on demand', () => {
  afterEach(() => {
    vi.doUnmock('../../src/core/families/ms-ocer/server-reasons/data/lync2010.json');
    vi.resetModules();
  });

  it('answers synchronously only once the table is loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../src/core/families/ms-ocer/server-reasons/index');
    expect(fresh.describeDiagnosticSync(1008)).toBeUndefined();
    expect(fresh.describeDiagnosticSync(1000, { release: 'ocs2007' })).toBeUndefined();
    expect(await fresh.preloadDiagnostics()).toBe(true);
    expect(fresh.describeDiagnosticSync(1008)?.component).toBe('SipStack');
    // Loading one release does not load the other.
    expect(fresh.describeDiagnosticSync(1000, { release: 'ocs2007' })).toBeUndefined();
  });

  it('loads a table once however many callers ask at the same time', async () => {
    vi.resetModules();
    const fresh = await import('../../src/core/families/ms-ocer/server-reasons/index');
    const [a, b] = await Promise.all([
      fresh.describeDiagnostic(1008),
      fresh.describeDiagnostic(1008),
    ]);
    expect(a).toBe(b);
  });

  it('resolves to undefined, never rejects, when the table cannot load', async () => {
    vi.resetModules();
    vi.doMock('../../src/core/families/ms-ocer/server-reasons/data/lync2010.json', () => {
      throw new Error('chunk failed to load');
    });
    const fresh = await import('../../src/core/families/ms-ocer/server-reasons/index');
    await expect(fresh.describeDiagnostic(1008)).resolves.toBeUndefined();
    await expect(fresh.preloadDiagnostics('lync2010')).resolves.toBe(false);
    await expect(fresh.listDiagnostics('lync2010')).resolves.toEqual([]);
    expect(fresh.describeDiagnosticSync(1008)).toBeUndefined();
  });

  it('keeps the tables out of the static imports, so a bundler splits them out', () => {
    const source = readFileSync(
      new URL('../../src/core/families/ms-ocer/server-reasons/tables.ts', import.meta.url),
      'utf8',
    );
    expect(source).not.toMatch(/^import[^;]*\.json['"]/m);
    expect(source).toContain("import('./data/lync2010.json')");
    expect(source).toContain("import('./data/ocs2007.json')");
  });
});
