// @vitest-environment node
/**
 * Server rendering: in plain Node there is no `window` or `document`, so a module that
 * touched either at import would throw here; rendering must start no timer either.
 */
import { describe, expect, it, vi } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';

describe('server rendering', () => {
  it('imports and renders with no DOM and starts no timer', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const kit = await import('../../src/index');
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { i18n } = await import('./i18n');

    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const html = renderToString(
      h(
        kit.UcErrorKitProvider,
        { i18n },
        h(kit.ErrorNotice, {
          family: msOcer,
          error: { sipStatus: 486 },
          values: { userName: '<img src=x onerror=alert(1)>' },
          context: { mode: 'Voice' },
        }),
        h(kit.ErrorNotificationArea, {
          notices: [
            { family: msOcer, id: 'a', error: { sipStatus: 599 }, context: { mode: 'Sharing' } },
            {
              family: msOcer,
              id: 'b',
              error: { msDiagnostics: '1008' },
              context: { mode: 'Voice' },
            },
          ],
          onDismiss: () => {},
        }),
        h(kit.ErrorNotice, {
          family: msOcer,
          error: { sipStatus: 599 },
          undeliveredMessage: 'hi <b>',
          context: { mode: 'IM' },
        }),
      ),
    );
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    expect(setIntervalSpy).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    expect(html).toContain('\u2068&lt;img src=x onerror=alert(1)&gt;\u2069 is in another call.');
    expect(html).not.toContain('<img');
    expect(html).toContain('An error occurred while sharing content.');
    expect(html).toContain('aria-label="Conversation notifications"');
    expect(html).toContain(
      '<blockquote class="ucek-notice__quote"><p dir="auto">hi &lt;b&gt;</p></blockquote>',
    );
    // The dialog mounts only on the client, when opened.
    expect(html).not.toContain('<dialog');
  });

  it('renders in English with no provider once the server has loaded the words, nothing before', async () => {
    // A server process as it starts: nothing loaded (the test setup's English is not here).
    vi.resetModules();
    const kit = await import('../../src/index');
    const fresh = await import('../../src/core/families/ms-ocer/index');
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const render = () =>
      renderToString(
        h(kit.ErrorNotice, { family: fresh.msOcer, error: null, context: { mode: 'Voice' } }),
      );
    expect(render()).toBe('');
    await kit.loadLanguage('en', [fresh.msOcer]);
    expect(render()).toContain('Call was not completed or has ended.');
  });
});
