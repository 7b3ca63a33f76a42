import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for uc-error-kit: stories are generated from the catalog (stories/catalog), the
 * components have docs pages (stories/docs), and `npm run test:browser` runs every story in
 * Chromium with axe on (see vitest.config.ts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // The build must work with no network; nothing phones home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // The theme toolbar (preview.ts) paints the background to match the components' own light
  // and dark palettes; a second, unrelated background switcher would only contradict it.
  features: { backgrounds: false },
  // TypeScript 7 has no JavaScript API, so react-docgen-typescript cannot load it; the default
  // react-docgen reads the props from the source without the compiler.
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
