/**
 * The frame every story renders in: the kit's provider with the toolbar's language, and a
 * root element that carries the toolbar's direction and theme the way a host page would.
 */
import type { Decorator } from '@storybook/react-vite';
import { UcErrorKitProvider } from '../src/index';
import { contentLanguage, i18n, i18nFor } from './i18n';

type Theme = 'light' | 'dark';
type Direction = 'auto' | 'ltr' | 'rtl';

/** The direction to render in: the toolbar's, or the language's own for `auto`. */
function directionOf(dir: Direction, lng: string): 'ltr' | 'rtl' {
  return dir === 'auto' ? i18n.dir(lng) : dir;
}

/**
 * Wraps the story in `<div dir lang data-theme>`: `data-theme` is the hook the kit's CSS
 * offers a host (a dark or light app inside either OS preference), and `dir` on an ancestor
 * is all the kit's logical-property CSS needs to mirror.
 */
const withKit: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const dir = directionOf((context.globals.dir as Direction | undefined) ?? 'auto', locale);
  return (
    <UcErrorKitProvider i18n={i18nFor(locale)}>
      <div
        className={context.viewMode === 'docs' ? 'sb-kit' : 'sb-kit sb-kit--story'}
        dir={dir}
        lang={contentLanguage(locale)}
        data-theme={theme}
        data-locale={locale}
      >
        <Story />
      </div>
    </UcErrorKitProvider>
  );
};

export type { Direction, Theme };
export { directionOf, withKit };
