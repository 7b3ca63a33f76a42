/**
 * The frame every story renders in: the kit's provider with the stories' i18next instance, and
 * a root element that carries the toolbar's direction and theme the way a host page would.
 */
import type { Decorator, Loader } from '@storybook/react-vite';
import { UcErrorKitProvider } from '../src/index';
import { contentLanguage, i18n, localeDirection, switchLanguage } from './i18n';

type Theme = 'light' | 'dark';
type Direction = 'auto' | 'ltr' | 'rtl';

/** The direction to render in: the toolbar's, or the language's own for `auto`. */
function directionOf(dir: Direction, lng: string): 'ltr' | 'rtl' {
  return dir === 'auto' ? localeDirection(lng) : dir;
}

/** The toolbar's language of a story (its own `globals.locale`, else the toolbar's). */
function localeOf(globals: Record<string, unknown>): string {
  return String(globals.locale ?? 'en');
}

/**
 * Before each render: `i18n.changeLanguage` to the toolbar's language, as a host's language
 * menu would, and the kit's words of that language loaded.
 */
const withLanguage: Loader = async ({ globals }) => {
  await switchLanguage(localeOf(globals));
  return {};
};

/**
 * Wraps the story in `<div dir lang data-theme>`: `data-theme` is the hook the kit's CSS
 * offers a host (a dark or light app inside either OS preference), and `dir` on an ancestor
 * is all the kit's logical-property CSS needs to mirror.
 *
 * In a story the kit follows the instance's language (`changeLanguage` above). A docs page
 * renders several stories at once, some with a language of their own (`globals.locale`), so
 * there each story's provider names its language with `lng`.
 */
const withKit: Decorator = (Story, context) => {
  const locale = localeOf(context.globals);
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const dir = directionOf((context.globals.dir as Direction | undefined) ?? 'auto', locale);
  const docs = context.viewMode === 'docs';
  return (
    <UcErrorKitProvider i18n={i18n} lng={docs ? locale : undefined}>
      <div
        className={docs ? 'sb-kit' : 'sb-kit sb-kit--story'}
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
export { directionOf, localeOf, withKit, withLanguage };
