/**
 * The Office Communicator 2007 catalog (Appendix E) loads when a context first asks for it;
 * until then its generic message answers and says so. (Vitest gives each test file its own
 * modules, so nothing here is loaded in advance but the English and Lync 2010's rows, which
 * load with it: test/english.ts.)
 */
import { describe, expect, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { formatError, isLanguageLoaded, loadLanguage } from '../../src/core/index';

const ocs = { mode: 'Voice', action: 'call', catalog: 'ocs2007' } as const;

describe('the Office Communicator 2007 catalog, on demand', () => {
  it('is not in memory until a context asks for it', () => {
    expect(msOcer.isReady({ catalog: 'lync2010' })).toBe(true);
    expect(msOcer.isReady({})).toBe(true);
    expect(msOcer.isReady(ocs)).toBe(false);
    expect(msOcer.entries().some((e) => e.catalog === 'ocs2007')).toBe(false);
  });

  it('answers with its generic message meanwhile, and says how to load it', () => {
    const r = msOcer.resolve({ msDiagnostics: 1003 }, ocs);
    expect(r.catalog).toBe('ocs2007');
    expect(r.handled).toBe(false);
    expect(r.summaryKey).toBe('errorOccurred');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'catalog', in: 'call' }));
    expect(r.problems[0]?.message).toContain("await msOcer.load({ catalog: 'ocs2007' })");
  });

  it('resolves synchronously with it once loaded, and words its sentences', async () => {
    await msOcer.load(ocs);
    expect(msOcer.isReady(ocs)).toBe(true);
    expect(msOcer.entries().some((e) => e.catalog === 'ocs2007')).toBe(true);
    const f = formatError(msOcer, { msDiagnostics: 1003 }, ocs);
    expect(f.catalog).toBe('ocs2007');
    expect(f.problems).toEqual([]);
    expect(f.summary).toBe('Cannot locate this person.');
    // Its sentences are in every language's file as ever.
    await loadLanguage('de', [msOcer]);
    expect(isLanguageLoaded('de', [msOcer])).toBe(true);
    expect(
      formatError(msOcer, { msDiagnostics: 1003 }, ocs, { lng: 'de' }).summaryLanguage.lang,
    ).toBe('de');
  });

  it('loads once however often it is asked for', async () => {
    await Promise.all([msOcer.load(ocs), msOcer.load(ocs), msOcer.load({ catalog: 'lync2010' })]);
    expect(msOcer.isReady(ocs)).toBe(true);
  });
});
