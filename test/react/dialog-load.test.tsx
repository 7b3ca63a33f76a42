/**
 * The details dialog's view loads the first time a dialog opens. A load that fails (an app
 * gone offline) closes the dialog: focus goes back to the Details button, the host's tree
 * never sees an exception, the warning channel says why, and the next opening asks again.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';

const VIEW = '../../src/react/DetailsDialogView';

afterEach(async () => {
  const { setWarningHandler } = await import('../../src/core/warn');
  setWarningHandler(null);
  vi.doUnmock(VIEW);
  vi.resetModules();
});

/** Fresh modules of the kit, with the view's module as `view` makes it. */
async function freshKit(view: (original: () => Promise<unknown>) => Promise<unknown>) {
  vi.resetModules();
  vi.doMock(VIEW, view);
  const kit = await import('../../src/react/index');
  const { setWarningHandler } = await import('../../src/core/warn');
  const { msnp } = await import('../../src/core/families/msnp/index');
  const { loadLanguage } = await import('../../src/core/words');
  await loadLanguage('en', [msnp]);
  const said: string[] = [];
  setWarningHandler((code) => said.push(code));
  return { kit, msnp, said };
}

/** Renders a notice with the fresh kit and clicks its Details button. */
async function openDetails(
  kit: Awaited<ReturnType<typeof freshKit>>['kit'],
  msnp: Awaited<ReturnType<typeof freshKit>>['msnp'],
) {
  const user = userEvent.setup();
  render(
    <kit.UcErrorKitProvider i18n={i18n}>
      <kit.ErrorNotice family={msnp} error="911 4" />
    </kit.UcErrorKitProvider>,
  );
  const opener = await screen.findByRole('button', { name: /^Details: / });
  await user.click(opener);
  return { user, opener };
}

describe('the details dialog when its view fails to load', () => {
  it('closes, gives focus back, warns once, and asks again on the next opening', async () => {
    let fail = true;
    const { kit, msnp, said } = await freshKit(async (original) => {
      if (fail) throw new Error('chunk failed to load');
      return original();
    });
    const { user, opener } = await openDetails(kit, msnp);
    await vi.waitFor(() => expect(said).toEqual(['dialog-load-failed']));
    // The dialog closes in an effect after the failed load: let it run.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(screen.getByRole('group')).toBeInTheDocument();

    fail = false;
    vi.resetModules();
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus());
  });

  it('calls onClose once whatever it returns, in StrictMode, and the host tree stays', async () => {
    const { kit, msnp } = await freshKit(async () => {
      throw new Error('chunk failed to load');
    });
    const { useErrorMessage } = kit;
    const onClose = vi.fn(() => true);
    function Host({ tick }: { tick: number }) {
      const message = useErrorMessage(msnp, '911 4');
      return (
        <div data-testid="host" data-tick={tick}>
          {message.ready && (
            <kit.ErrorDetailsDialog message={message} helpHref={undefined} onClose={onClose} />
          )}
        </div>
      );
    }
    const wrap = (tick: number) => (
      <StrictMode>
        <kit.UcErrorKitProvider i18n={i18n}>
          <Host tick={tick} />
        </kit.UcErrorKitProvider>
      </StrictMode>
    );
    const view = render(wrap(0));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    // The host re-renders before it unmounts the dialog (an animated close): no second call.
    view.rerender(wrap(1));
    view.rerender(wrap(2));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('host')).toHaveAttribute('data-tick', '2');
  });
});

describe('the details dialog while its view loads', () => {
  it('closes on Escape, once, without dismissing the notice', async () => {
    let release: (() => void) | undefined;
    const { kit, msnp } = await freshKit(async (original) => {
      await new Promise<void>((r) => {
        release = r;
      });
      return original();
    });
    const { user, opener } = await openDetails(kit, msnp);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('group')).toBeInTheDocument();
    expect(opener).toHaveFocus();
    await act(async () => {
      release?.();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
