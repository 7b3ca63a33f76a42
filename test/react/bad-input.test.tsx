import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { ErrorNotice, ErrorNotificationArea, UcErrorKitProvider } from '../../src/react/index';
import { renderWithKit, v } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('hostile values', () => {
  it('renders a user name that looks like markup as text', async () => {
    const user = userEvent.setup();
    const { container } = renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice', action: 'transfer' }}
        error={{ sipStatus: 486 }}
        values={{ userName: HOSTILE }}
      />,
    );
    await user.click(
      screen.getByRole('button', { name: 'Details: Cannot complete the transfer.' }),
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      `Call was not transferred because ${v(HOSTILE)} is in another call.`,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('renders an undelivered message that looks like markup as text', () => {
    const { container } = renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'IM' }}
        error={{ sipStatus: 599 }}
        undeliveredMessage={HOSTILE}
      />,
    );
    expect(container.querySelector('blockquote')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
  });

  it('does not read placeholders inside a value', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: '{{errorId}}' }}
      />,
    );
    expect(screen.getByRole('group')).toHaveTextContent(`${v('{{errorId}}')} is in another call.`);
  });

  it('links no javascript: help page, and says so once', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 599 }}
        helpHref="javascript:alert(1)"
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details: Call was not completed/ }));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `helpHref`');
  });
});

describe('invalid props', () => {
  // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
  const Untyped = ErrorNotice as (props: any) => ReturnType<typeof ErrorNotice>;

  it('names an unknown context.mode once, with what was expected, and shows the generic message', () => {
    const { rerender } = renderWithKit(
      <Untyped family={msOcer} error={{ sipStatus: 486 }} context={{ mode: 'Vioce' }} />,
    );
    rerender(
      <UcErrorKitProvider>
        <Untyped family={msOcer} error={{ sipStatus: 486 }} context={{ mode: 'Vioce' }} />
      </UcErrorKitProvider>,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    const message = consoleError.mock.calls[0]?.[0] as string;
    expect(message).toContain('Invalid prop `context.mode` supplied to `ErrorNotice`');
    expect(message).toContain('IM, Voice, Conference, Sharing, Other');
    expect(message).toContain('"Vioce"');
    expect(screen.getByRole('group')).toHaveTextContent('An error occurred.');
  });

  it('names a context.action the mode does not have and uses the first row', () => {
    renderWithKit(
      <Untyped
        family={msOcer}
        error={{ sipStatus: 486 }}
        context={{ mode: 'Voice', action: 'join' }}
        values={{ userName: 'A' }}
      />,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `context.action`');
    expect(consoleError.mock.calls[0]?.[0]).toContain('call, transfer');
    expect(screen.getByRole('group')).toHaveTextContent(`${v('A')} is in another call.`);
  });

  it('names an error given as a string and shows the generic message of the mode', () => {
    renderWithKit(<Untyped family={msOcer} error="486" context={{ mode: 'Voice' }} />);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `error`');
    expect(screen.getByRole('group')).toHaveTextContent('Call was not completed or has ended.');
  });

  it.each([
    [
      'context.catalog',
      { context: { mode: 'Voice', catalog: 'lync2099' } },
      'Invalid prop `context.catalog`',
    ],
    ['variant', { variant: 'toast' }, 'Invalid prop `variant`'],
    ['values', { values: 'Avery' }, 'Invalid prop `values`'],
    ['values.username', { values: { username: 'Avery' } }, 'Invalid prop `values.username`'],
    ['values.userName', { values: { userName: { first: 'A' } } }, 'Invalid prop `values.userName`'],
    ['actions', { actions: { label: 'Retry' } }, 'Invalid prop `actions`'],
    ['actions[0]', { actions: [{ label: '', onPress: () => {} }] }, 'Invalid prop `actions[0]`'],
    ['undeliveredMessage', { undeliveredMessage: 42 }, 'Invalid prop `undeliveredMessage`'],
    ['className', { className: ['a'] }, 'Invalid prop `className`'],
    ['onDismiss', { onDismiss: 'close' }, 'Invalid prop `onDismiss`'],
  ])('reports %s once and still renders', (_name, extra, text) => {
    renderWithKit(
      <Untyped family={msOcer} error={{ sipStatus: 486 }} context={{ mode: 'Voice' }} {...extra} />,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain(text);
    expect(screen.getByRole('group')).toHaveTextContent('is in another call.');
  });

  it('names a context given as a string (the old mode prop) and uses the family default', () => {
    renderWithKit(<Untyped family={msOcer} error={{ sipStatus: 486 }} context="Voice" />);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `context` supplied');
    expect(screen.getByRole('group')).toHaveTextContent('An error occurred.');
  });

  it('reports an area given no array and a bad max, and renders an empty area (only its F8 hint)', () => {
    render(
      // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
      <ErrorNotificationArea notices={'none' as any} onDismiss={() => {}} max={0} />,
    );
    expect(consoleError).toHaveBeenCalledTimes(2);
    expect(consoleError.mock.calls[0]?.[0]).toContain(
      'Invalid prop `notices` supplied to `ErrorNotificationArea`',
    );
    expect(consoleError.mock.calls[1]?.[0]).toContain('Invalid prop `max`');
    const area = screen.getByRole('region', { name: 'Conversation notifications' });
    expect(area.querySelector('.ucek-notice, ol, button')).toBeNull();
    expect(area).toHaveTextContent(/^Press F8 to move to these notifications\.$/);
  });

  it('reports a provider given something that is not an i18next instance and uses English', () => {
    render(
      // biome-ignore lint/suspicious/noExplicitAny: invalid props on purpose
      <UcErrorKitProvider i18n={'de' as any}>
        <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ sipStatus: 486 }} />
      </UcErrorKitProvider>,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0]?.[0]).toContain('Invalid prop `i18n`');
    expect(screen.getByRole('group')).toHaveTextContent('The contact is in another call.');
  });
});
