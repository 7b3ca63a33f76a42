import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { ErrorNoticeQueue, UcErrorKitProvider, useErrorNotices } from '../../src/index';
import type { ErrorNoticeItem } from '../../src/react/index';
import { toy } from '../core/toy-family';

// Office Communicator 2007 loads on demand; these tests read it, from the start, synchronously.
await msOcer.load({ catalog: 'ocs2007' });

/** The SIP statuses of the notices, in order. */
const statuses = (notices: readonly ErrorNoticeItem[]) =>
  notices.map((n) => (n.error as { sipStatus?: unknown } | null | undefined)?.sipStatus);

describe('useErrorNotices', () => {
  it('lists pushed errors newest first', () => {
    const { result } = renderHook(() => useErrorNotices());
    act(() => {
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 404 },
        context: { mode: 'Voice' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 599 },
        context: { mode: 'Sharing' },
      });
    });
    expect(statuses(result.current.notices)).toEqual([599, 404, 486]);
  });

  it('does not list the same error twice while it is active', () => {
    const { result } = renderHook(() => useErrorNotices());
    let first: string | undefined;
    let second: string | undefined;
    act(() => {
      first = result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice', action: 'call' },
      });
      // The same code as a status line, with other values: still the same error.
      second = result.current.push({
        family: msOcer,
        error: { sipStatus: 'SIP/2.0 486 Busy Here' },
        values: { userName: 'Avery' },
        context: { mode: 'Voice', action: 'call' },
      });
    });
    expect(second).toBe(first);
    expect(result.current.notices).toHaveLength(1);
  });

  it('counts a repeat of an active error and gives it a new push number (a view says "again", "×2")', () => {
    const { result } = renderHook(() => useErrorNotices({ family: msOcer }));
    act(() => {
      result.current.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } });
      result.current.push({ error: { sipStatus: 404 }, context: { mode: 'Voice' } });
    });
    const before = result.current.notices.find((n) => statuses([n])[0] === 486);
    act(() => {
      result.current.push({ error: { sipStatus: 486 }, context: { mode: 'Voice' } });
    });
    expect(statuses(result.current.notices)).toEqual([486, 404]);
    const after = result.current.notices[0];
    expect(after).toMatchObject({ id: before?.id, count: 2, intent: 'error', family: msOcer });
    expect(after?.seq).toBeGreaterThan(before?.seq ?? Number.POSITIVE_INFINITY);
  });

  it('takes the family from its option, else from the provider, for pushes that name none', () => {
    const own = renderHook(() => useErrorNotices({ family: toy }));
    const fromProvider = renderHook(() => useErrorNotices(), {
      wrapper: ({ children }) => <UcErrorKitProvider family={toy}>{children}</UcErrorKitProvider>,
    });
    for (const { result } of [own, fromProvider]) {
      act(() => {
        result.current.push({ error: { code: 3 } });
      });
      expect(result.current.notices[0]).toMatchObject({ family: toy, intent: 'error' });
    }
  });

  it('lists nothing for an outcome the family marks show: false, and says so with undefined', () => {
    const { result } = renderHook(() => useErrorNotices({ family: toy }));
    let id: string | undefined = 'not called';
    act(() => {
      id = result.current.push({ error: { code: 4 } });
    });
    expect(id).toBeUndefined();
    expect(result.current.notices).toEqual([]);
  });

  it('lists the same code in another mode, action or catalog separately', () => {
    const { result } = renderHook(() => useErrorNotices());
    act(() => {
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice', action: 'call' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice', action: 'transfer' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Conference' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice', action: 'call', catalog: 'ocs2007' },
      });
    });
    expect(result.current.notices).toHaveLength(4);
  });

  it('dismisses one notice by id', () => {
    const { result } = renderHook(() => useErrorNotices());
    let id: string | undefined;
    act(() => {
      id = result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 404 },
        context: { mode: 'Voice' },
      });
    });
    act(() => result.current.dismiss(id as string));
    expect(statuses(result.current.notices)).toEqual([404]);
  });

  it('dismisses all notices', () => {
    const { result } = renderHook(() => useErrorNotices());
    act(() => {
      result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
      result.current.push({
        family: msOcer,
        error: { sipStatus: 404 },
        context: { mode: 'Voice' },
      });
    });
    act(() => result.current.dismissAll());
    expect(result.current.notices).toEqual([]);
  });

  it('shows a dismissed error again when it happens again', () => {
    const { result } = renderHook(() => useErrorNotices());
    let id: string | undefined;
    act(() => {
      id = result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
    });
    act(() => result.current.dismiss(id as string));
    expect(result.current.notices).toHaveLength(0);
    let again: string | undefined;
    act(() => {
      again = result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
    });
    expect(result.current.notices).toHaveLength(1);
    expect(again).not.toBe(id);
  });

  it('keeps a caller id and the display extras with the notice', () => {
    const { result } = renderHook(() => useErrorNotices());
    const onPress = () => {};
    act(() => {
      result.current.push({
        family: msOcer,
        id: 'call-42',
        error: { sipStatus: 599 },
        undeliveredMessage: 'hi',
        actions: [{ label: 'Resend', onPress }],
        context: { mode: 'IM' },
      });
    });
    expect(result.current.notices[0]).toMatchObject({
      id: 'call-42',
      placement: 'im-area',
      undeliveredMessage: 'hi',
      actions: [{ label: 'Resend', onPress }],
    });
  });

  it('shares a queue made outside React, which a call layer can push to', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    const { result } = renderHook(() => useErrorNotices({ queue }));
    act(() => {
      queue.push({ family: msOcer, error: { msDiagnostics: '1008' }, context: { mode: 'Voice' } });
    });
    expect(result.current.notices).toHaveLength(1);
    expect(result.current.queue).toBe(queue);
  });

  it('returns the same state object until something changes', () => {
    const { result, rerender } = renderHook(() => useErrorNotices());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('throws with the fix when pushed something that is not a notice', () => {
    const queue = new ErrorNoticeQueue({ family: msOcer });
    // biome-ignore lint/suspicious/noExplicitAny: misuse on purpose
    expect(() => queue.push(486 as any)).toThrow(/expects an object such as/);
  });
});
