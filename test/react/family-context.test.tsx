/**
 * Issue 15 in the views: the family is named (on the component or once on the provider), a
 * family's context is its own type, and every prop error goes through the kit's one warning
 * channel.
 */
import { render, renderHook, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type EasContext, eas } from '../../src/core/families/eas/index';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import type { ContextOf } from '../../src/core/index';
import {
  ErrorNotice,
  ErrorNotificationArea,
  setWarningHandler,
  UcErrorKitProvider,
  useErrorMessage,
  useErrorNotices,
} from '../../src/index';
import { toy } from '../core/toy-family';

/** Every warning and prop error the kit says, through `setWarningHandler`. */
let said: { code: string; message: string }[];
let consoleError: ReturnType<typeof vi.spyOn>;
let consoleWarn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  said = [];
  setWarningHandler((code, message) => said.push({ code, message }));
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  setWarningHandler(null);
  vi.restoreAllMocks();
});

describe("a family's context is the family's own type", () => {
  it('types the context prop by the family given', () => {
    expectTypeOf<ContextOf<typeof eas>>().toEqualTypeOf<EasContext>();
    expectTypeOf<keyof ContextOf<typeof eas>>().toEqualTypeOf<
      'protocolVersion' | 'command' | 'policyKeyHeader'
    >();
    expectTypeOf<ComponentProps<typeof ErrorNotice<typeof eas>>['context']>().toEqualTypeOf<
      EasContext | null | undefined
    >();
  });

  it("makes [MS-OCER]'s mode on an ActiveSync notice a type error, and one prop error at run time", () => {
    const wrong = (
      <ErrorNotice
        family={eas}
        error={{ status: 177 }}
        // @ts-expect-error `mode` is [MS-OCER]'s context, not ActiveSync's
        context={{ mode: 'Voice' }}
      />
    );
    // And the other way round.
    const reverse = (
      <ErrorNotice
        family={msOcer}
        error={{}}
        // @ts-expect-error `protocolVersion` is ActiveSync's context, not [MS-OCER]'s
        context={{ protocolVersion: '14.1' }}
      />
    );
    const { rerender } = render(wrong);
    rerender(wrong);
    expect(said).toEqual([
      {
        code: 'invalid-prop',
        message: expect.stringContaining('Invalid prop `context.mode` supplied to `ErrorNotice`'),
      },
    ]);
    expect(said[0]?.message).toContain('"protocolVersion", "command", "policyKeyHeader"');
    expect(said[0]?.message).toContain('`eas`');
    // The notice still shows, worded without the foreign field.
    expect(screen.getByRole('group')).toBeInTheDocument();
    void reverse;
  });

  it('accepts each family its own context without a word', () => {
    render(
      <>
        <ErrorNotice
          family={eas}
          error={{ status: 177 }}
          context={{ protocolVersion: '14.1', command: 'Sync' }}
        />
        <ErrorNotice
          family={msOcer}
          error={{ sipStatus: 486 }}
          context={{ mode: 'Voice', action: 'transfer', catalog: 'lync2010' }}
        />
        <ErrorNotice family={toy} error={{ code: 3 }} context={{ channel: 'call' }} />
      </>,
    );
    expect(said).toEqual([]);
    expect(screen.getAllByRole('group')).toHaveLength(3);
  });
});

describe('no family by default', () => {
  // biome-ignore lint/suspicious/noExplicitAny: a missing family on purpose
  const Untyped = ErrorNotice as (props: any) => ReturnType<typeof ErrorNotice>;

  it('renders nothing for a notice with no family and says the fix once', () => {
    const { container, rerender } = render(
      <Untyped error={{ sipStatus: 486 }} context={{ mode: 'Voice' }} />,
    );
    rerender(<Untyped error={{ sipStatus: 486 }} context={{ mode: 'Voice' }} />);
    expect(container).toBeEmptyDOMElement();
    expect(said).toHaveLength(1);
    expect(said[0]?.code).toBe('invalid-prop');
    expect(said[0]?.message).toContain('Invalid prop `family` supplied to `ErrorNotice`');
    // The fix: where a family comes from.
    expect(said[0]?.message).toContain('`uc-error-kit/ms-ocer`');
    expect(said[0]?.message).toContain('UcErrorKitProvider');
  });

  it('renders nothing for a family that is not one, and says so once', () => {
    const { container } = render(<Untyped family="msOcer" error={{ sipStatus: 486 }} />);
    expect(container).toBeEmptyDOMElement();
    expect(said.map((s) => s.message)).toEqual([
      expect.stringContaining('Invalid prop `family` supplied to `ErrorNotice`'),
    ]);
  });

  it("uses the provider's family for notices, the hook, the queue and the area that name none", () => {
    const { result } = renderHook(
      () => ({
        message: useErrorMessage(null, { sipStatus: 486 }, { mode: 'Voice' }, { userName: 'A' }),
        notices: useErrorNotices(),
      }),
      {
        wrapper: ({ children }) => (
          <UcErrorKitProvider family={msOcer}>{children}</UcErrorKitProvider>
        ),
      },
    );
    expect(result.current.message.family).toBe('ms-ocer');
    expect(result.current.message.familyObject).toBe(msOcer);
    render(
      <UcErrorKitProvider family={msOcer}>
        <ErrorNotice error={{ sipStatus: 486 }} context={{ mode: 'Voice' }} />
        <ErrorNotificationArea
          notices={[{ id: 'a', error: { sipStatus: 404 }, context: { mode: 'Voice' } }]}
          onDismiss={() => {}}
        />
      </UcErrorKitProvider>,
    );
    const groups = screen.getAllByRole('group');
    expect(groups[0]).toHaveTextContent('The contact is in another call.');
    expect(groups[1]?.closest('section')).not.toBeNull();
    expect(said).toEqual([]);
  });

  it("lets a notice's own family win over the provider's", () => {
    render(
      <UcErrorKitProvider family={msOcer}>
        <ErrorNotice family={toy} error={{ code: 2 }} />
      </UcErrorKitProvider>,
    );
    expect(screen.getByRole('group', { name: 'Error: You are offline.' })).toBeInTheDocument();
  });

  it('throws the fix from useErrorMessage with no family and no provider (a programming mistake)', () => {
    expect(() => renderHook(() => useErrorMessage(null, { sipStatus: 486 }))).toThrow(
      /needs a family.*uc-error-kit\/ms-ocer.*UcErrorKitProvider/,
    );
  });

  it('reports a provider family that is not one, and its notices render nothing', () => {
    const { container } = render(
      // biome-ignore lint/suspicious/noExplicitAny: a bad family on purpose
      <UcErrorKitProvider family={'msOcer' as any}>
        <ErrorNotice error={{ sipStatus: 486 }} />
      </UcErrorKitProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(said.map((s) => s.message)).toEqual([
      expect.stringContaining('Invalid prop `family` supplied to `UcErrorKitProvider`'),
      expect.stringContaining('Invalid prop `family` supplied to `ErrorNotice`'),
    ]);
  });
});

describe('one warning channel', () => {
  it('sends every prop error of every component to the handler, none to the console', () => {
    // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
    const Untyped = ErrorNotice as (props: any) => ReturnType<typeof ErrorNotice>;
    // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
    const UntypedArea = ErrorNotificationArea as (props: any) => ReturnType<typeof ErrorNotice>;
    render(
      // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
      <UcErrorKitProvider lng={42 as any}>
        <Untyped
          family={msOcer}
          error={{ sipStatus: 486 }}
          context={{ mode: 'Vioce', colour: 'red' }}
          variant="toast"
          helpHref="javascript:alert(1)"
          politeness="loud"
        />
        <UntypedArea notices="none" onDismiss={3} max={-1} family={{}} />
      </UcErrorKitProvider>,
    );
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(said.every((s) => s.code === 'invalid-prop')).toBe(true);
    const props = said.map((s) =>
      /^Invalid prop `([^`]+)` supplied to `(\w+)`/.exec(s.message)?.slice(1).join(' in '),
    );
    expect(props.sort()).toEqual(
      [
        'lng in UcErrorKitProvider',
        'context.colour in ErrorNotice',
        'context.mode in ErrorNotice',
        'variant in ErrorNotice',
        'helpHref in ErrorNotice',
        'politeness in ErrorNotice',
        'notices in ErrorNotificationArea',
        'onDismiss in ErrorNotificationArea',
        'max in ErrorNotificationArea',
        'family in ErrorNotificationArea',
      ].sort(),
    );
  });

  it("sends a hook's context warning to the handler too", () => {
    renderHook(() => useErrorMessage(msOcer, { sipStatus: 486 }, { mode: 'Telepathy' as never }));
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(said).toEqual([
      { code: 'unknown-context', message: expect.stringContaining('Unknown mode "Telepathy"') },
    ]);
  });

  it('goes back to the console once the handler is removed', () => {
    setWarningHandler(null);
    render(<ErrorNotice family={msOcer} error={{ sipStatus: 486 }} className={3 as never} />);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `className`');
    expect(said).toEqual([]);
  });
});

describe('hostile context values', () => {
  const throwing = {
    toString() {
      throw new Error('toString called');
    },
    [Symbol.toPrimitive]() {
      throw new Error('toPrimitive called');
    },
  };

  it('renders the generic message for a mode whose toString throws, and names the prop once', () => {
    expect(() =>
      render(
        <ErrorNotice
          family={msOcer}
          error={{ sipStatus: 486 }}
          context={{ mode: throwing as never, action: 'call' }}
        />,
      ),
    ).not.toThrow();
    expect(screen.getByRole('group', { name: 'Error: An error occurred.' })).toBeInTheDocument();
    // The family reads the unreadable mode as an unknown one (so Other, which has no "call").
    expect(said).toEqual([
      { code: 'invalid-prop', message: expect.stringContaining('Invalid prop `context.mode`') },
      { code: 'invalid-prop', message: expect.stringContaining('Invalid prop `context.action`') },
    ]);
  });

  it('gives the hook the generic message for the same context, never an exception', () => {
    const { result } = renderHook(() =>
      useErrorMessage(msOcer, { sipStatus: 486 }, { mode: throwing as never }),
    );
    expect(result.current.summary).toBe('An error occurred.');
    expect(result.current.problems.map((p) => p.field)).toContain('mode');
  });

  it('shows the area notice of that context with the generic message', () => {
    render(
      <ErrorNotificationArea
        notices={[
          {
            family: msOcer,
            id: 'x',
            error: { sipStatus: 486 },
            context: { mode: throwing as never },
          },
        ]}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('An error occurred.');
  });
});
