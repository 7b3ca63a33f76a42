import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { generatedFiles } from '../../scripts/extract-catalogs.mjs';
import { REPAIRS_D, readAppendixD } from '../../scripts/seed/appendix-d.mjs';
import { toI18next } from '../../scripts/seed/keys.mjs';
import chosenKeys from '../../scripts/seed/ms-ocer-keys.json' with { type: 'json' };
import { readSeedLines } from '../../scripts/seed/tables.mjs';
import {
  CATALOG_IDS,
  errorInputFor,
  listCatalogEntries,
  listGenericMessages,
  listNotHandled,
  ModeActions,
  msOcer,
  PLACEHOLDER_NAMES,
  type ReasonKey,
} from '../../src/core/families/ms-ocer/index';
import { CATALOG_REASONS } from '../../src/core/families/ms-ocer/reasons.generated';
import { resolveError } from '../../src/core/index';
import { HAVE_SEEDS, itWithSeeds, MS_OCER_SEED, seedLine } from '../seeds';

// Office Communicator 2007 loads on demand; these tests read it, from the start, synchronously.
await msOcer.load({ catalog: 'ocs2007' });

const words = en as Record<string, string>;
// Re-extracted from the seed when it is there; the tests that need it are skipped otherwise.
const seed = HAVE_SEEDS
  ? readAppendixD(readSeedLines())
  : { rows: [], generic: [], notHandled: [] };
const entries = listCatalogEntries({ catalog: 'lync2010' });
const text = (key: string | undefined) => (key === undefined ? undefined : words[key]);
const reason = (key: ReasonKey | undefined) =>
  key === undefined ? undefined : CATALOG_REASONS[key];

describe('the Lync 2010 catalog (Appendix D)', () => {
  itWithSeeds('is what the generator makes from the seed today', () => {
    for (const [file, expected] of Object.entries(generatedFiles())) {
      expect(readFileSync(file, 'utf8'), file).toBe(expected);
    }
  });

  itWithSeeds('reads the 240 rows of the four display tables', () => {
    const count = (category: string) =>
      seed.rows.filter((r: { category: string }) => r.category === category).length;
    expect(seed.rows).toHaveLength(240);
    expect(count('ms-diagnostics')).toBe(135);
    expect(count('sip')).toBe(85);
    expect(count('sip-warning')).toBe(18);
    expect(count('windows')).toBe(2);
  });

  itWithSeeds('has an entry with the exact seed wording for every row, a repeated row once', () => {
    for (const row of seed.rows) {
      const matches = entries.filter(
        (e) =>
          e.category === row.category &&
          e.mode === row.mode &&
          e.code === row.code &&
          text(e.summaryKey) === toI18next(row.summary.text) &&
          text(e.detailsKey) === (row.details && toI18next(row.details.text)),
      );
      expect(matches, `seed line ${row.line}`).toHaveLength(1);
      if (row.category === 'ms-diagnostics') {
        expect(reason(matches[0]?.reasonKey), `reason, seed line ${row.line}`).toBe(row.reason);
      }
    }
    // Sharing, SIP 415 is printed twice in the seed.
    expect(entries).toHaveLength(239);
  });

  it.each(CATALOG_IDS)(
    'gives every %s entry an action of its mode, distinct within a mode and code',
    (catalog) => {
      const seen = new Set<string>();
      for (const e of listCatalogEntries({ catalog })) {
        expect(ModeActions[e.mode] as readonly string[]).toContain(e.action);
        const id = `${e.category} ${e.mode} ${e.code} ${e.action}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    },
  );

  it('resolves every entry from its code, mode and action', () => {
    for (const e of entries) {
      const r = resolveError(msOcer, errorInputFor(e.category, e.code), {
        mode: e.mode,
        action: e.action,
      });
      expect(r.entry, `${e.category} ${e.mode} ${e.code} ${e.action}`).toBe(e);
      expect(r.handled).toBe(true);
      expect(r.errorId).toBe(e.code);
      expect(r.placement).toBe(e.mode === 'IM' ? 'im-area' : 'notification-bar');
    }
  });

  it('uses the row listed first when the action is missing or not one the code has', () => {
    for (const e of entries.filter((x) => x.isDefault)) {
      expect(resolveError(msOcer, errorInputFor(e.category, e.code), { mode: e.mode }).entry).toBe(
        e,
      );
      const unused = ModeActions[e.mode].find(
        (a) =>
          !entries.some(
            (x) =>
              x.category === e.category && x.mode === e.mode && x.code === e.code && x.action === a,
          ),
      );
      if (unused)
        expect(
          resolveError(msOcer, errorInputFor(e.category, e.code), { mode: e.mode, action: unused })
            .entry,
        ).toBe(e);
    }
  });

  itWithSeeds('has every generic message of the seed, chosen by mode and action', () => {
    const generic = listGenericMessages({ catalog: 'lync2010' });
    expect(generic).toHaveLength(seed.generic.length);
    seed.generic.forEach(
      (row: { mode: string; summary: { text: string }; details?: { text: string } }, i: number) => {
        const g = generic[i]!;
        expect(g.mode).toBe(row.mode);
        expect(text(g.summaryKey)).toBe(toI18next(row.summary.text));
        expect(text(g.detailsKey)).toBe(row.details && toI18next(row.details.text));
        const r = resolveError(msOcer, { sipStatus: 499 }, { mode: g.mode, action: g.action });
        expect(r.handled).toBe(false);
        expect(r.summaryKey).toBe(g.summaryKey);
        expect(r.errorId).toBe(499);
      },
    );
  });

  itWithSeeds('lists the IDs of "Ms-Diagnostic Errors Not Handled" as the seed does', () => {
    expect(listNotHandled('lync2010')).toEqual(
      [...new Set(seed.notHandled.map((n: { code: number }) => n.code))].sort((a, b) => a - b),
    );
  });

  it('never handles the 746 IDs of "Ms-Diagnostic Errors Not Handled", in any mode', () => {
    const ids = listNotHandled('lync2010');
    expect(ids).toHaveLength(746);
    for (const id of ids) {
      for (const mode of ['IM', 'Voice', 'Conference', 'Sharing'] as const) {
        const r = resolveError(msOcer, { msDiagnostics: id, sipStatus: 486 }, { mode });
        // The ID never wins; the SIP status behind it still may.
        expect(r.category === 'ms-diagnostics' && r.handled, `${id} ${mode}`).toBe(false);
      }
      const generic = resolveError(msOcer, { msDiagnostics: id }, { mode: 'Voice' });
      expect(generic.handled).toBe(false);
      expect(generic.errorId).toBe(id);
    }
  });
});

describe('the English sentences', () => {
  // The seed's sentences; the file also holds the kit's own (no-name variants, sign-outs).
  const messageKeys = Object.keys(words).filter((k) => Object.hasOwn(chosenKeys, k));

  it('has a whole no-name sentence for every sentence with a name, and none without one', () => {
    const named = /\{\{(userName|clientName|productName|applicationName)\}\}/;
    for (const key of messageKeys) {
      const noName = words[`${key}_noName` as keyof typeof words];
      if (named.test(words[key as keyof typeof words] ?? '')) {
        expect(noName, key).toBeTypeOf('string');
        expect(noName, key).not.toMatch(named);
      } else expect(noName, key).toBeUndefined();
    }
    for (const key of Object.keys(words).filter((k) => k.endsWith('_noName')))
      expect(messageKeys, key).toContain(key.slice(0, -'_noName'.length));
  });

  it('holds each distinct sentence once', () => {
    const sentences = messageKeys.map((k) => words[k]);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('holds no sentence that no catalog uses', () => {
    const used = new Set(
      [...listCatalogEntries(), ...listGenericMessages()].flatMap((e) => [
        e.summaryKey,
        e.detailsKey,
      ]),
    );
    for (const key of messageKeys) expect(used.has(key as never), key).toBe(true);
  });

  it('uses only the documented placeholders, as i18next interpolation', () => {
    for (const [key, sentence] of Object.entries(words)) {
      for (const [, name] of sentence.matchAll(/\{\{(\w+)\}\}/g)) {
        expect(PLACEHOLDER_NAMES as readonly string[], key).toContain(name);
      }
      expect(sentence, key).not.toMatch(
        /\[user name\]|\[error ID\]|<product name>|\[client name\]|%\d/,
      );
    }
  });

  it('completes each cut-short cell from the seed words it starts with', () => {
    for (const [line, repair] of Object.entries(REPAIRS_D) as [
      string,
      { seed: string; text: string },
    ][]) {
      const cell = seedLine(MS_OCER_SEED, Number(line)).slice(1);
      expect(cell.endsWith(repair.seed)).toBe(true);
      const completed = cell.slice(0, -repair.seed.length) + repair.text;
      expect(Object.values(words)).toContain(toI18next(completed));
    }
  });
});

describe('the English', () => {
  it('is locales/en/uc-error-kit-ms-ocer.json, loaded on demand; the family bundles a part of it', () => {
    expect(msOcer.namespace).toBe('uc-error-kit-ms-ocer');
    expect(Object.hasOwn(msOcer.locales, 'en')).toBe(true);
    for (const [key, text] of Object.entries(msOcer.bundled))
      expect([key, text]).toEqual([key, en[key as keyof typeof en]]);
  });

  it('names each sentence with the key people chose in scripts/seed/ms-ocer-keys.json', () => {
    const sentences = Object.fromEntries(
      Object.entries(words).filter(([key]) => Object.hasOwn(chosenKeys, key)),
    );
    expect(sentences).toEqual(chosenKeys);
  });

  it('has a neutral word for every placeholder and a label for every fact', () => {
    for (const name of PLACEHOLDER_NAMES) expect(words[`fallback.${name}`], name).toBeTruthy();
    for (const label of ['errorId', 'code', 'reason', 'source', 'server']) {
      expect(words[`fact.${label}`], label).toBeTruthy();
    }
  });

  it('keeps the diagnostic reasons out of the words: they are English data in CATALOG_REASONS', () => {
    expect(Object.keys(words).filter((key) => key.startsWith('reason.'))).toEqual([]);
    const keys = [...listCatalogEntries()].flatMap((e) => (e.reasonKey ? [e.reasonKey] : []));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(Object.hasOwn(CATALOG_REASONS, key), key).toBe(true);
  });
});
