import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { useErrorMessage } from '../../src/react/index';
import { i18n } from './i18n';
import { v, Wrapper } from './render';

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

describe('useErrorMessage', () => {
  it('returns the words and flags of the resolved message, not elements', () => {
    const { result } = renderHook(
      () =>
        useErrorMessage(
          msOcer,
          {
            msDiagnostics:
              '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
          },
          { mode: 'Voice' },
          { userName: 'Avery' },
        ),
      { wrapper: Wrapper },
    );
    expect(result.current).toMatchObject({
      summary: `Cannot locate ${v('Avery')}.`,
      handled: true,
      category: 'ms-diagnostics',
      code: 1008,
      errorId: 1008,
      placement: 'notification-bar',
      mode: 'Voice',
      action: 'call',
      reason: 'Unable to resolve DNS SRV record',
      diagnostics: expect.objectContaining({ source: 'sip.contoso.com' }),
      intent: 'error',
      show: true,
      language: 'en',
    });
    expect(result.current.details).toMatch(/^This phone number or address is incorrect/);
    for (const value of Object.values(result.current)) {
      expect(value === null || typeof value !== 'object' || !('$$typeof' in value)).toBe(true);
    }
  });

  it('keeps the same result when re-rendered with equal new objects', () => {
    const { result, rerender } = renderHook(
      () => useErrorMessage(msOcer, { sipStatus: 486 }, { mode: 'Voice' }, { userName: 'Avery' }),
      { wrapper: Wrapper },
    );
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('updates when a code, the action or a value changes', () => {
    const { result, rerender } = renderHook(
      ({ status, action, name }) =>
        useErrorMessage(
          msOcer,
          { sipStatus: status },
          { mode: 'Voice', action: action as never },
          { userName: name },
        ),
      { wrapper: Wrapper, initialProps: { status: 486, action: 'call', name: 'Avery' } },
    );
    expect(result.current.summary).toBe(`${v('Avery')} is in another call.`);
    rerender({ status: 486, action: 'call', name: 'Blake' });
    expect(result.current.summary).toBe(`${v('Blake')} is in another call.`);
    rerender({ status: 486, action: 'transfer', name: 'Blake' });
    expect(result.current.summary).toBe('Cannot complete the transfer.');
    rerender({ status: 599, action: 'call', name: 'Blake' });
    expect(result.current.handled).toBe(false);
    expect(result.current.summary).toBe('Call was not completed or has ended.');
  });

  it('updates when the language changes', async () => {
    i18n.addResourceBundle('de', 'uc-error-kit-ms-ocer', { errorOccurred: 'Ein Fehler.' });
    const { result } = renderHook(() => useErrorMessage(msOcer, {}, { mode: 'Other' }), {
      wrapper: Wrapper,
    });
    expect(result.current.summary).toBe('An error occurred.');
    await act(() => i18n.changeLanguage('de'));
    await waitFor(() => expect(result.current.summary).toBe('Ein Fehler.'));
    expect(result.current.language).toBe('de');
  });

  it('works with no provider, in English', () => {
    const { result } = renderHook(() =>
      useErrorMessage(msOcer, { sipStatus: 486 }, { mode: 'Voice' }),
    );
    expect(result.current.summary).toBe('The contact is in another call.');
  });

  it('warns once about an unknown mode and falls back to the generic message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result, rerender } = renderHook(
      () => useErrorMessage(msOcer, { sipStatus: 486 }, { mode: 'Telepathy' as never }),
      { wrapper: Wrapper },
    );
    rerender();
    expect(result.current.summary).toBe('An error occurred.');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('[unknown-context]');
  });

  it('does not warn about a malformed header, which is the server’s and not a bug', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderHook(
      () => useErrorMessage(msOcer, { msDiagnostics: 'garbage' }, { mode: 'Voice' }),
      { wrapper: Wrapper },
    );
    expect(result.current.summary).toBe('Call was not completed or has ended.');
    expect(result.current.problems.map((p) => p.field)).toEqual(['msDiagnostics']);
    expect(warn).not.toHaveBeenCalled();
  });
});
