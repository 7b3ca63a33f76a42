import { describe, expect, it } from 'vitest';
import en from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { readAppendixD } from '../../scripts/seed/appendix-d.mjs';
import { REPAIRS_E, readAppendixE } from '../../scripts/seed/appendix-e.mjs';
import { toI18next } from '../../scripts/seed/keys.mjs';
import { readSeedLines } from '../../scripts/seed/tables.mjs';
import {
  catalogReason,
  errorInputFor,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
  MODES,
  ModeActions,
  type MsOcerEntry,
  msOcer,
  type ReasonKey,
} from '../../src/core/families/ms-ocer/index';
import { CATALOG_REASONS } from '../../src/core/families/ms-ocer/reasons.generated';
import { formatError, resolveError, stripIsolates } from '../../src/core/index';
import { HAVE_SEEDS, itWithSeeds, MS_OCER_SEED, seedLine } from '../seeds';

// Office Communicator 2007 loads on demand; these tests read it, from the start, synchronously.
await msOcer.load({ catalog: 'ocs2007' });

interface SeedCell {
  text: string;
  line: number;
}
interface SeedRow {
  line: number;
  category: MsOcerEntry['category'];
  mode: MsOcerEntry['mode'];
  seedMode: string;
  code: number;
  summary: SeedCell;
  details?: SeedCell;
  reason?: string;
}

const words = en as Record<string, string>;
// Re-extracted from the seed when it is there; the tests that need it are skipped otherwise.
const lines = HAVE_SEEDS ? readSeedLines() : [];
const seed = (
  HAVE_SEEDS ? readAppendixE(lines) : { rows: [], notHandled: [], unhandledLine: 0 }
) as {
  rows: SeedRow[];
  notHandled: { code: number; line: number }[];
  unhandledLine: number;
};
const seedD = (HAVE_SEEDS ? readAppendixD(lines) : { rows: [] }) as { rows: SeedRow[] };
/** The line after Appendix E's "Unhandled Error Display" heading. */
const UNHANDLED_LINE = 16012;
const entries = listCatalogEntries({ catalog: 'ocs2007' });
const entriesD = listCatalogEntries({ catalog: 'lync2010' });
const text = (key: string | undefined) => (key === undefined ? undefined : words[key]);
const reason = (key: ReasonKey | undefined) =>
  key === undefined ? undefined : CATALOG_REASONS[key];
const ocs2007 = { catalog: 'ocs2007' } as const;

describe('the Office Communicator 2007 catalog (Appendix E)', () => {
  itWithSeeds('reads the 113 rows of the four display tables', () => {
    const count = (category: string) => seed.rows.filter((r) => r.category === category).length;
    expect(count('ms-diagnostics')).toBe(51);
    expect(count('sip')).toBe(56);
    expect(count('sip-warning')).toBe(5);
    expect(count('windows')).toBe(1);
    expect(seed.rows).toHaveLength(113);
    expect(seed.unhandledLine).toBe(UNHANDLED_LINE);
  });

  itWithSeeds('has an entry with the exact seed wording for every row, none repeated', () => {
    for (const row of seed.rows) {
      const matches = entries.filter(
        (e) =>
          e.category === row.category &&
          e.mode === row.mode &&
          e.code === row.code &&
          text(e.summaryKey) === (row.summary.text ? toI18next(row.summary.text) : undefined) &&
          text(e.detailsKey) === (row.details && toI18next(row.details.text)),
      );
      expect(matches, `seed line ${row.line}`).toHaveLength(1);
    }
    // Appendix E prints no row twice.
    expect(entries).toHaveLength(113);
    expect(listCatalogEntries().filter((e) => e.catalog === 'ocs2007')).toEqual(entries);
  });

  itWithSeeds('keeps the empty summary cells of the seed as entries with no summary', () => {
    const empty = seed.rows.filter((r) => r.summary.text === '');
    expect(empty.length).toBeGreaterThan(50);
    expect(entries.filter((e) => e.summaryKey === undefined)).toHaveLength(empty.length);
    expect(entries.every((e) => e.detailsKey !== undefined)).toBe(true);
  });

  itWithSeeds('files the one "ApplicationSharing" row (seed line 15941) under Sharing', () => {
    const sharing = seed.rows.filter((r) => r.seedMode === 'ApplicationSharing');
    expect(sharing.map((r) => [r.line, r.mode, r.category, r.code])).toEqual([
      [15941, 'Sharing', 'sip', 408],
    ]);
    expect(new Set(seed.rows.map((r) => r.mode))).toEqual(
      new Set(['IM', 'Voice', 'Conference', 'Sharing']),
    );
  });

  itWithSeeds("gives every ms-diagnostics entry the row's diagnostic reason", () => {
    for (const row of seed.rows.filter((r) => r.category === 'ms-diagnostics')) {
      const entry = entries.find(
        (e) => e.category === 'ms-diagnostics' && e.mode === row.mode && e.code === row.code,
      );
      expect(entry?.reasonKey, `seed line ${row.line}`).toBe(`reason.ocs2007.${row.code}`);
      expect(reason(entry?.reasonKey), `seed line ${row.line}`).toBe(row.reason);
    }
  });

  it('keeps the diagnostic reasons of E under keys of their own', async () => {
    for (const e of entries.filter((x) => x.category === 'ms-diagnostics')) {
      expect(e.reasonKey).toBe(`reason.ocs2007.${e.code}`);
      expect(reason(e.reasonKey), String(e.code)).toBeTypeOf('string');
    }
    for (const e of entries.filter((x) => x.category !== 'ms-diagnostics')) {
      expect(e.reasonKey).toBeUndefined();
    }
    // Why the prefix: E and D word some reasons of the same ErrorId differently.
    expect(CATALOG_REASONS['reason.6000']).toBe('SIP request send failed.');
    expect(CATALOG_REASONS['reason.ocs2007.6000']).toBe('Service unavailable.');
    const r = resolveError(msOcer, { msDiagnostics: 6000 }, { mode: 'IM', catalog: 'ocs2007' });
    await expect(catalogReason(r)).resolves.toBe('Service unavailable.');
  });

  it('reads transfers, invitations and unreceivable content from the sentence', () => {
    const action = (category: string, mode: string, code: number) =>
      entries.filter((e) => e.category === category && e.mode === mode && e.code === code);
    expect(action('sip', 'Voice', 486).map((e) => e.action)).toEqual(['call', 'transfer']);
    expect(action('sip', 'Conference', 408).map((e) => e.action)).toEqual(['join', 'invite']);
    expect(action('sip', 'IM', 488).map((e) => e.action)).toEqual(['send', 'send-file']);
    expect(action('ms-diagnostics', 'Conference', 1008).map((e) => e.action)).toEqual([
      'invite',
      'join',
    ]);
    expect(action('sip', 'Sharing', 408).map((e) => e.action)).toEqual(['start']);
  });

  it('resolves every entry from its code, mode and action', () => {
    for (const e of entries) {
      const r = resolveError(msOcer, errorInputFor(e.category, e.code), {
        mode: e.mode,
        action: e.action,
        catalog: 'ocs2007',
      });
      expect(r.entry, `${e.category} ${e.mode} ${e.code} ${e.action}`).toBe(e);
      expect(r.handled).toBe(true);
      expect(r.catalog).toBe('ocs2007');
      expect(r.errorId).toBe(e.code);
      expect(r.values).toEqual({ errorId: String(e.code) });
    }
  });

  it('uses the row listed first when the action is missing or not one the code has', () => {
    for (const e of entries.filter((x) => x.isDefault)) {
      expect(
        resolveError(msOcer, errorInputFor(e.category, e.code), { mode: e.mode, ...ocs2007 }).entry,
      ).toBe(e);
      const unused = ModeActions[e.mode].find(
        (a) =>
          !entries.some(
            (x) =>
              x.category === e.category && x.mode === e.mode && x.code === e.code && x.action === a,
          ),
      );
      if (unused) {
        expect(
          resolveError(msOcer, errorInputFor(e.category, e.code), {
            mode: e.mode,
            action: unused,
            ...ocs2007,
          }).entry,
        ).toBe(e);
      }
    }
  });

  it('shows the descriptive string as the one line of a row with no summary', () => {
    const r = resolveError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice', action: 'transfer', ...ocs2007 },
    );
    expect(r.summaryKey).toBe(r.entry?.detailsKey);
    expect(r.detailsKey).toBeUndefined();
    const f = formatError(
      msOcer,
      { sipStatus: 486 },
      { mode: 'Voice', action: 'transfer', ...ocs2007 },
      { values: { userName: 'Avery' } },
    );
    expect(stripIsolates(f.summary)).toBe(
      'Call was not transferred because Avery is in another call.',
    );
    expect(f.details).toBeUndefined();
  });

  it('fills "(ID: [error ID])" with the code that won', () => {
    const f = formatError(
      msOcer,
      { msDiagnostics: 3027, sipStatus: 403 },
      { mode: 'Conference', ...ocs2007 },
    );
    expect(f.summary).toBe('Cannot join the conference.');
    expect(f.details).toBe(
      'Cannot join the conference because you do not have permission to join. Contact the conference leader for more information. (ID: \u20683027\u2069)',
    );
    const sip = formatError(msOcer, { sipStatus: 487 }, { mode: 'Voice', ...ocs2007 });
    expect(stripIsolates(sip.details ?? '')).toMatch(/\(ID: 487\)$/);
  });

  it('turns the seed\'s bare "%3" into the applicationName placeholder', () => {
    const key = 'applicationStartTimedOut';
    expect(words[key]).toBe(
      '{{applicationName}} could not be started because the application failed to start in time.',
    );
    const context = { mode: 'Sharing', action: 'start', ...ocs2007 } as const;
    expect(formatError(msOcer, { sipStatus: 408 }, context).summary).toBe(
      'The application could not be started because it failed to start in time.',
    );
    expect(
      formatError(msOcer, { sipStatus: 408 }, context, {
        values: { applicationName: 'Whiteboard' },
      }).summary,
    ).toBe(
      '\u2068Whiteboard\u2069 could not be started because the application failed to start in time.',
    );
    for (const sentence of Object.values(words)) expect(sentence).not.toMatch(/%\d/);
  });

  it('places messages as "Handled Error Display" says: IM and data collaboration in the IM area', () => {
    for (const e of entries) {
      const expected =
        e.mode === 'IM' || e.mode === 'Sharing' || e.summaryKey === undefined
          ? 'im-area'
          : 'notification-bar';
      expect(e.placement, `${e.category} ${e.mode} ${e.code} ${e.action}`).toBe(expected);
    }
    const at = (mode: 'Voice' | 'Conference', action: string) =>
      resolveError(msOcer, { sipStatus: 408 }, { mode, action: action as never, ...ocs2007 })
        .placement;
    // A call's summary replaces the audio/video controls; a row with only a descriptive
    // string is written in the IM area.
    expect(at('Voice', 'call')).toBe('notification-bar');
    expect(at('Voice', 'transfer')).toBe('im-area');
    expect(at('Conference', 'join')).toBe('notification-bar');
    expect(at('Conference', 'invite')).toBe('im-area');
  });

  it('leaves the Lync 2010 placements as they were', () => {
    for (const e of entriesD) {
      expect(e.placement).toBe(e.mode === 'IM' ? 'im-area' : 'notification-bar');
    }
  });

  it('has one generic message, the basic "An error occurred." with no details, for every mode', () => {
    const generic = listGenericMessages({ catalog: 'ocs2007' });
    expect(generic.map((g) => [g.mode, g.action, text(g.summaryKey), g.detailsKey])).toEqual([
      ['Other', undefined, 'An error occurred.', undefined],
    ]);
    // The seed's own words for it, "Unhandled Error Display".
    expect(seedLine(MS_OCER_SEED, UNHANDLED_LINE)).toContain(
      'Unhandled errors are displayed with a basic string that indicates the error is unknown or generic.',
    );
    const placements = { IM: 'im-area', Sharing: 'im-area' } as Record<string, string>;
    for (const mode of MODES) {
      const r = resolveError(msOcer, { msDiagnostics: 99999 }, { mode, ...ocs2007 });
      expect(r).toMatchObject({
        handled: false,
        mode,
        catalog: 'ocs2007',
        summaryKey: 'errorOccurred',
        detailsKey: undefined,
        errorId: 99999,
        placement: placements[mode] ?? 'notification-bar',
      });
    }
  });

  it('falls back to the generic message for a code Appendix E lists in another mode only', () => {
    // SIP 486 has IM, Conference and Voice rows in E but no Sharing row.
    const r = resolveError(msOcer, { sipStatus: 486 }, { mode: 'Sharing', ...ocs2007 });
    expect(r).toMatchObject({ handled: false, summaryKey: 'errorOccurred', placement: 'im-area' });
  });

  itWithSeeds('lists the IDs of "Ms-Diagnostic Errors Not Handled" as the seed does', () => {
    expect(listNotHandled('ocs2007')).toEqual(
      [...new Set(seed.notHandled.map((n) => n.code))].sort((a, b) => a - b),
    );
  });

  it('never handles the 514 IDs of "Ms-Diagnostic Errors Not Handled", in any mode', () => {
    const ids = listNotHandled('ocs2007');
    expect(ids).toHaveLength(514);
    const handled = new Set(
      entries.filter((e) => e.category === 'ms-diagnostics').map((e) => e.code),
    );
    for (const id of ids) {
      expect(handled.has(id), `${id} is both handled and not`).toBe(false);
      for (const mode of ['IM', 'Voice', 'Conference', 'Sharing'] as const) {
        const r = resolveError(msOcer, { msDiagnostics: id, sipStatus: 486 }, { mode, ...ocs2007 });
        // The ID never wins; the SIP status behind it still may.
        expect(r.category === 'ms-diagnostics' && r.handled, `${id} ${mode}`).toBe(false);
      }
      const generic = resolveError(msOcer, { msDiagnostics: id }, { mode: 'Voice', ...ocs2007 });
      expect(generic).toMatchObject({ handled: false, errorId: id, summaryKey: 'errorOccurred' });
    }
  });

  it('mends the garbled reason of Conference 3097 (seed line 15477) to match IM 3097', () => {
    for (const [line, repair] of Object.entries(REPAIRS_E) as [
      string,
      { seed: string; text: string },
    ][]) {
      const cell = seedLine(MS_OCER_SEED, Number(line)).slice(1);
      expect(cell.endsWith(repair.seed)).toBe(true);
      const mended = cell.slice(0, -repair.seed.length) + repair.text;
      expect(Object.values(CATALOG_REASONS)).toContain(toI18next(mended));
    }
    expect(seedLine(MS_OCER_SEED, 15477)).toBe('\tNo MCU is available via the MCU factor.y');
    expect(seedLine(MS_OCER_SEED, 15483)).toBe('\tNo MCU is available via the MCU factory.');
    expect(CATALOG_REASONS['reason.ocs2007.3097']).toBe('No MCU is available via the MCU factory.');
  });

  it('looks the catalog name up safely', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = resolveError(msOcer, { sipStatus: 486 }, { mode: 'Voice', catalog: name as never });
      expect(r.catalog).toBe('lync2010');
      expect(r.problems.map((p) => p.field)).toEqual(['catalog']);
    }
  });
});

describe('sentences shared by Appendix D and Appendix E', () => {
  it('have one key, used by both catalogs', () => {
    const keyOfD = new Map<string, string>();
    for (const e of entriesD) {
      for (const k of [e.summaryKey, e.detailsKey]) if (k) keyOfD.set(words[k]!, k);
    }
    let shared = 0;
    for (const e of entries) {
      for (const k of [e.summaryKey, e.detailsKey]) {
        const inD = k && keyOfD.get(words[k]!);
        if (inD === undefined) continue;
        expect(k).toBe(inD);
        shared++;
      }
    }
    expect(shared).toBeGreaterThan(0);
    // One example: the transfer sentence both appendices print for SIP 486.
    const sentence = 'Call was not transferred because {{userName}} is in another call.';
    const keys = Object.keys(words).filter((k) => words[k] === sentence);
    expect(keys).toEqual(['transferFailedUserInAnotherCall']);
    const users = [...entries, ...entriesD].filter(
      (e) => e.detailsKey === keys[0] || e.summaryKey === keys[0],
    );
    expect(new Set(users.map((e) => e.catalog))).toEqual(new Set(['lync2010', 'ocs2007']));
  });

  itWithSeeds('keep the D sentence exactly when E prints the same words', () => {
    const dSentences = new Set(
      seedD.rows.flatMap((r) => [r.summary.text, r.details?.text].filter(Boolean)),
    );
    const both = seed.rows
      .flatMap((r) => [r.summary.text, r.details?.text])
      .filter((t): t is string => Boolean(t) && dSentences.has(t as string));
    expect(both.length).toBeGreaterThan(0);
    for (const t of both) {
      expect(Object.values(words).filter((w) => w === toI18next(t))).toHaveLength(1);
    }
  });
});
