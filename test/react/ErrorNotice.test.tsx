import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { ErrorNotice } from '../../src/react/index';
import { renderWithKit, v } from './render';

// Office Communicator 2007 loads on demand; these tests read it, from the start, synchronously.
await msOcer.load({ catalog: 'ocs2007' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorNotice in the notification bar', () => {
  it('shows the sentence for the code, mode and action with the user name filled in', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice', action: 'transfer' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
      />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('Cannot complete the transfer.');
    expect(screen.getByText('Cannot complete the transfer.').closest('.ucek-notice')).toHaveClass(
      'ucek-notice--bar',
    );
  });

  it('names the message in its dismiss button and hides itself when dismissed', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
        onDismiss={onDismiss}
      />,
    );
    const dismiss = screen.getByRole('button', {
      name: `Dismiss: ${v('Avery')} is in another call.`,
    });
    await user.click(dismiss);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(`${v('Avery')} is in another call.`)).not.toBeInTheDocument();
  });

  it('shows a dismissed error again when different codes arrive', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Dismiss/ }));
    rerender(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        values={{ userName: 'Avery' }}
      />,
    );
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    rerender(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 404 }}
        values={{ userName: 'Avery' }}
      />,
    );
    expect(screen.getByRole('group')).toBeInTheDocument();
  });

  it('renders action buttons that call their handlers', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        actions={[{ label: 'Try again', onPress: retry }]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('renders the generic message of the mode for a code it does not know', () => {
    renderWithKit(
      <ErrorNotice family={msOcer} context={{ mode: 'Sharing' }} error={{ sipStatus: 599 }} />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('An error occurred while sharing content.');
  });

  it('renders the generic message of the mode for an empty error', () => {
    renderWithKit(<ErrorNotice family={msOcer} context={{ mode: 'Conference' }} error={null} />);
    expect(screen.getByRole('group')).toHaveTextContent(
      'An error occurred during the online meeting.',
    );
  });

  it('follows the variant prop over the placement of the mode', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        variant="im-area"
      />,
    );
    expect(screen.getByRole('group')).toHaveTextContent('is in another call.');
    expect(screen.queryByRole('button', { name: /^Dismiss/ })).not.toBeInTheDocument();
  });

  it('adds the className to the root element', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 486 }}
        className="my-notice"
      />,
    );
    expect(screen.getByRole('group').closest('.ucek-notice')).toHaveClass('my-notice');
  });
});

describe('ErrorNotice in the IM area', () => {
  it('quotes the undelivered message after the sentence, as an alert', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'IM' }}
        error={{ sipStatus: 599 }}
        values={{ userName: 'Avery' }}
        undeliveredMessage={'See you at 3?\nBring the slides.'}
      />,
    );
    const alert = screen.getByRole('group');
    expect(alert).toHaveTextContent(`The following message was not delivered to ${v('Avery')}:`);
    const quote = alert.querySelector('blockquote');
    expect(quote).toHaveTextContent('See you at 3? Bring the slides.');
    expect(quote?.textContent).toBe('See you at 3?\nBring the slides.');
    expect(alert.closest('.ucek-notice')).toHaveClass('ucek-notice--im');
  });

  it('is not a button for a code alone, the spec giving IM-area lines no dialog', () => {
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'IM' }}
        error={{ sipStatus: 480 }}
        values={{ userName: 'A' }}
      />,
    );
    expect(screen.getByRole('group')).toHaveTextContent(
      `This message was not delivered to ${v('A')}`,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('opens the details from the line when there is a help page to link to', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'IM' }}
        error={{ sipStatus: 480 }}
        helpHref="/help/im"
      />,
    );
    await user.click(
      screen.getByRole('button', { name: /^Details: This message was not delivered/ }),
    );
    expect(within(await screen.findByRole('dialog')).getByRole('link')).toHaveAttribute(
      'href',
      '/help/im',
    );
  });

  it('has no dismiss button, being part of the conversation', () => {
    renderWithKit(
      <ErrorNotice family={msOcer} context={{ mode: 'IM' }} error={{ sipStatus: 480 }} />,
    );
    expect(screen.queryByRole('button', { name: /^Dismiss/ })).not.toBeInTheDocument();
  });
});

describe('ErrorNotice details dialog', () => {
  const diagnostics = '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"';

  it("opens from the message, with focus inside, and shows details, code, category, the server's reason and source", async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: diagnostics }}
        values={{ userName: 'Avery' }}
        helpHref="https://support.contoso.com/calls"
      />,
    );
    const opener = screen.getByRole('button', { name: `Details: Cannot locate ${v('Avery')}.` });
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: `Cannot locate ${v('Avery')}.` });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('This phone number or address is incorrect');
    const facts = within(dialog).getByRole('heading', { name: 'For your support team' })
      .parentElement as HTMLElement;
    expect(facts).toHaveTextContent('Error ID1008');
    expect(facts).toHaveTextContent('Codems-diagnostics 1008');
    expect(facts).toHaveTextContent("Server's reasonUnable to resolve DNS SRV record");
    expect(facts).toHaveTextContent('Sourcesip.contoso.com');
    const link = within(dialog).getByRole('link', { name: /Get troubleshooting help/ });
    expect(link).toHaveAttribute('href', 'https://support.contoso.com/calls');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('adds the server component for the ErrorId, loaded when the dialog opens, without repeating the reason', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: diagnostics }}
      />,
    );
    // No name given: the whole no-name sentence, not "the contact" in a sentence made for a name.
    await user.click(screen.getByRole('button', { name: 'Details: Cannot locate this person.' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('SipStack')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Server componentSipStack');
    // The header's reason is the server table's: said once, under one label.
    expect(dialog.textContent?.match(/Unable to resolve DNS SRV record/g)).toHaveLength(1);
  });

  it('takes the server reason of the Office Communicator 2007 release for that catalog', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice', catalog: 'ocs2007' }}
        error={{ msDiagnostics: 4140 }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Details: An error occurred.' }));
    expect(
      await within(await screen.findByRole('dialog')).findByText(
        'OCS front-end server: Deregistered: User logged out.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the generic message with its support sentence and the help link', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ sipStatus: 599 }}
        values={{ productName: 'Contoso Phone' }}
        helpHref="/help/calls"
      />,
    );
    await user.click(
      screen.getByRole('button', { name: 'Details: Call was not completed or has ended.' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      `When contacting your support team, reference error identifier ${v('599')} (source ID 243).`,
    );
    expect(dialog).toHaveTextContent(`best practices for using ${v('Contoso Phone')}.`);
    expect(within(dialog).getByRole('link')).toHaveAttribute('href', '/help/calls');
  });

  it('closes on Escape and gives focus back to the message', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: diagnostics }}
      />,
    );
    const opener = screen.getByRole('button', { name: /^Details: Cannot locate/ });
    await user.click(opener);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens with Enter and closes with the Close button, by keyboard alone', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: diagnostics }}
        actions={[{ label: 'Call again', onPress: () => {} }]}
      />,
    );
    await user.tab();
    const opener = screen.getByRole('button', { name: /^Details: Cannot locate/ });
    expect(opener).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Call again' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Dismiss: Cannot locate/ })).toHaveFocus();

    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    const close = within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('stays open under StrictMode, whose effects run twice', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <StrictMode>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{ msDiagnostics: diagnostics }}
        />
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: /^Details: Cannot locate/ }));
    expect(await screen.findByRole('dialog')).toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not repeat the summary as its own details', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice family={msOcer} context={{ mode: 'Voice' }} error={{ msDiagnostics: '5' }} />,
    );
    const opener = screen.getByRole('button', { name: /^Details: This call may take longer/ });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent?.match(/This call may take longer/g)).toHaveLength(1);
    expect(dialog).not.toHaveAttribute('aria-describedby');
  });

  it('is a plain line when there is nothing more to show, in its no-name sentence', () => {
    renderWithKit(<ErrorNotice family={msOcer} context={{ mode: 'IM' }} error={null} />);
    expect(screen.getByRole('group')).toHaveTextContent(
      /^The following message was not delivered:$/,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('closes when the dialog element is closed by the browser (backdrop, close request)', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <ErrorNotice
        family={msOcer}
        context={{ mode: 'Voice' }}
        error={{ msDiagnostics: diagnostics }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Details: Cannot locate/ }));
    const dialog = (await screen.findByRole('dialog')) as HTMLDialogElement;
    act(() => dialog.close());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
