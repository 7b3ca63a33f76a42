/**
 * The details dialog's view loads the first time a dialog opens. A load that fails (an app
 * gone offline) closes the dialog: focus goes back to the Details button, the host's tree
 * never sees an exception, the warning channel says why, and the next opening tries again.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';

afterEach(() => {
  vi.doUnmock('../../src/react/DetailsDialogView');
  vi.resetModules();
});

describe('the details dialog when its view fails to load', () => {
  it('closes, gives focus back, warns once, and tries again on the next opening', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../../src/react/DetailsDialogView', async (original) => {
      if (fail) throw new Error('chunk failed to load');
      return original();
    });
    const kit = await import('../../src/react/index');
    const { setWarningHandler } = await import('../../src/core/warn');
    const { msnp } = await import('../../src/core/families/msnp/index');
    const { loadLanguage } = await import('../../src/core/words');
    await loadLanguage('en', [msnp]);
    const said: string[] = [];
    setWarningHandler((code) => said.push(code));
    const user = userEvent.setup();
    render(
      <kit.UcErrorKitProvider i18n={i18n}>
        <kit.ErrorNotice family={msnp} error="911 4" />
      </kit.UcErrorKitProvider>,
    );
    const opener = await screen.findByRole('button', { name: /^Details: / });
    await user.click(opener);
    await vi.waitFor(() => expect(said).toEqual(['dialog-load-failed']));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(screen.getByRole('group')).toBeInTheDocument();

    fail = false;
    vi.resetModules();
    await user.click(opener);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    setWarningHandler(null);
  });
});
