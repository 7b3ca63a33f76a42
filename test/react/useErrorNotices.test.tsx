import { msOcer } from '../../src/core/families/ms-ocer/index';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNoticeQueue, useErrorNotices } from '../../src/index';

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
    expect(result.current.notices.map((n) => n.error?.sipStatus)).toEqual([599, 404, 486]);
  });

  it('does not list the same error twice while it is active', () => {
    const { result } = renderHook(() => useErrorNotices());
    let first = '';
    let second = '';
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
    let id = '';
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
    act(() => result.current.dismiss(id));
    expect(result.current.notices.map((n) => n.error?.sipStatus)).toEqual([404]);
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
    let id = '';
    act(() => {
      id = result.current.push({
        family: msOcer,
        error: { sipStatus: 486 },
        context: { mode: 'Voice' },
      });
    });
    act(() => result.current.dismiss(id));
    expect(result.current.notices).toHaveLength(0);
    let again = '';
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
