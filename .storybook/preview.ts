import type { Preview } from '@storybook/react-vite';
import '../stories/support/stories.css';
import { withKit, withLanguage } from './decorators';
import { LOCALES, localeTitle } from './i18n';

const preview: Preview = {
  decorators: [withKit],
  loaders: [withLanguage],
  parameters: {
    // Every story fails its test on any axe violation, in the browser run and in CI.
    a11y: { test: 'error' },
    // The decorator's root paints the theme's background edge to edge.
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Catalog',
          ['Explorer', 'Gallery', 'Families', 'Generic messages', 'Not handled IDs'],
          'Components',
          'Hooks',
          'Screens',
          'Guides',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description:
        'Language of the messages: the kit’s 34 languages (each loaded on demand), two pseudo-locales and a language with no words',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((lng) => ({ value: lng, title: localeTitle(lng), right: lng })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the story root',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: "The language's own direction" },
          { value: 'ltr', title: 'Left to right (dir="ltr")' },
          { value: 'rtl', title: 'Right to left (dir="rtl")' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark, through the data-theme hook of the kit CSS',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'auto', theme: 'light' },
};

export default preview;
