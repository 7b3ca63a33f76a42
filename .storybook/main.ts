import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

/**
 * Storybook for uc-error-kit: the Explorer and galleries loop over the kit's one list of
 * families (src/cli/families.ts), the components and hooks have docs pages, and
 * `npm run test:browser` (scripts/static-stories.mjs) opens every story and docs page of the
 * static build in Chromium at two widths, reads each play function's result and runs axe.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub tables in the docs pages (the landing page's families table): MDX alone renders
    // them as `| --- |` text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  core: {
    // The build must work with no network; nothing phones home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  features: {
    // The theme toolbar (preview.ts) paints the background to match the components' own light
    // and dark palettes; a second, unrelated background switcher would only contradict it.
    backgrounds: false,
    // A visitor opens the kit's showcase, not a new Storybook project's "Get started" list.
    sidebarOnboardingChecklist: false,
  },
  // TypeScript 7 has no JavaScript API, so react-docgen-typescript cannot load it; the default
  // react-docgen reads the props from the source without the compiler.
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
