/**
 * axe-core over the rendered markup, in happy-dom. It checks structure (names, roles,
 * ARIA, landmarks), not rendering: colour contrast needs a real browser and comes with the
 * Storybook run in Chromium.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { ErrorNotice, ErrorNotificationArea } from '../../src/index';
import { renderWithKit } from './render';

async function violations(node: Element) {
  const result = await axe.run(node, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility (axe-core)', () => {
  it('does report a problem in happy-dom (the check is not vacuous)', async () => {
    const { container } = renderWithKit(
      <main>
        <button type="button" />
      </main>,
    );
    expect(await violations(container)).toEqual([expect.stringMatching(/^button-name:/)]);
  });

  it('finds nothing wrong with a notification area holding several notices', async () => {
    const { container } = renderWithKit(
      <main>
        <ErrorNotificationArea
          notices={[
            {
              family: msOcer,
              id: 'a',
              error: { sipStatus: 486 },
              values: { userName: 'Avery' },
              context: { mode: 'Voice' },
            },
            {
              id: 'b',
              family: msOcer,
              error: { sipStatus: 599 },
              context: { mode: 'Sharing' },
              actions: [{ label: 'Try again', onPress: () => {} }],
            },
            { family: msOcer, id: 'c', error: {}, context: { mode: 'Other' } },
            {
              family: msOcer,
              id: 'd',
              error: { msDiagnostics: '1008' },
              context: { mode: 'Voice' },
            },
          ]}
          onDismiss={() => {}}
        />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong with an IM-area line quoting the message', async () => {
    const { container } = renderWithKit(
      <main>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'IM' }}
          error={{ sipStatus: 599 }}
          values={{ userName: 'Avery' }}
          undeliveredMessage="See you at 3?"
        />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong with the open details dialog', async () => {
    const user = userEvent.setup();
    renderWithKit(
      <main>
        <ErrorNotice
          family={msOcer}
          context={{ mode: 'Voice' }}
          error={{
            msDiagnostics:
              '1008;reason="Unable to resolve DNS SRV record";source="sip.contoso.com"',
          }}
          helpHref="https://support.contoso.com"
        />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: /^Details: Cannot locate/ }));
    expect(await violations(await screen.findByRole('dialog'))).toEqual([]);
  });
});
