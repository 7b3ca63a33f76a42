/**
 * Office Communicator 2007's chunk failing to load (offline, a broken deploy): the catalog
 * counts as settled, its generic message answers and says so, a warning says why, and views
 * do not wait for good.
 */
import { expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { setWarningHandler, type WarningHandler } from '../../src/core/index';

vi.mock('../../src/core/families/ms-ocer/catalogs/ocs2007.generated', () => {
  throw new Error('offline');
});

it('answers with its generic message, once settled, when the chunk fails to load', async () => {
  const said: Parameters<WarningHandler>[] = [];
  const previous = setWarningHandler((...args) => said.push(args));
  try {
    const ocs = { mode: 'Voice', catalog: 'ocs2007' } as const;
    expect(msOcer.isReady(ocs)).toBe(false);
    await expect(msOcer.load(ocs)).resolves.toBeUndefined();
    expect(msOcer.isReady(ocs)).toBe(true);
    const r = msOcer.resolve({ sipStatus: 486 }, ocs);
    expect(r.catalog).toBe('ocs2007');
    expect(r.handled).toBe(false);
    expect(r.summaryKey).toBe('errorOccurred');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'catalog', in: 'input' }));
    expect(said.map(([code]) => code)).toEqual(['language-load-failed']);
  } finally {
    setWarningHandler(previous);
  }
});
