/**
 * Which i18next instance the kit's views translate with, and re-rendering when it changes.
 */
import type { i18n as I18nInstance } from 'i18next';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { getI18n, I18nContext as ReactI18nextContext } from 'react-i18next';
import { ensureRegistered, getBundledI18n } from './i18n';
import { invalidProp } from './warnings';

const I18nContext = createContext<I18nInstance | null>(null);

/** Props of {@link UcErrorKitProvider}. */
interface UcErrorKitProviderProps {
  /** The app's i18next instance; the kit's English is added to it. @default the bundled English instance */
  i18n?: I18nInstance | undefined;
  /** The part of the app that shows errors. */
  children?: ReactNode;
}

function isInstance(value: unknown): value is I18nInstance {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as I18nInstance).t === 'function' &&
    typeof (value as I18nInstance).on === 'function'
  );
}

/**
 * Makes the kit's components and hooks translate with the app's i18next instance, whose
 * language they follow. Apps on react-i18next need it only to use another instance than
 * react-i18next's; with neither, the kit uses a bundled English instance.
 * @example <UcErrorKitProvider i18n={i18n}><App /></UcErrorKitProvider>
 */
function UcErrorKitProvider({ i18n, children }: UcErrorKitProviderProps) {
  let instance: I18nInstance | null = null;
  if (i18n !== undefined && i18n !== null) {
    if (isInstance(i18n)) instance = i18n;
    else
      invalidProp(
        'UcErrorKitProvider',
        'i18n',
        'an i18next instance (with `t` and `on`)',
        i18n,
        'Using the bundled English instead.',
      );
  }
  // Registering is idempotent and adds only words that are missing, so doing it while
  // rendering is safe, and it is what lets a server render use the app's words.
  const value = useMemo(() => (instance ? ensureRegistered(instance) : null), [instance]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Per instance, a number bumped on every change that can alter a translation. */
const revisions = new WeakMap<object, number>();

function subscribeTo(i18n: I18nInstance, onChange: () => void): () => void {
  const bump = () => {
    revisions.set(i18n, (revisions.get(i18n) ?? 0) + 1);
    onChange();
  };
  // The store exists only once the instance is initialised.
  let store = i18n.store;
  const watchStore = () => {
    store = i18n.store;
    store?.on('added', bump);
    store?.on('removed', bump);
  };
  const onInitialized = () => {
    if (!store) watchStore();
    bump();
  };
  i18n.on('languageChanged', bump);
  i18n.on('initialized', onInitialized);
  watchStore();
  return () => {
    i18n.off('languageChanged', bump);
    i18n.off('initialized', onInitialized);
    store?.off('added', bump);
    store?.off('removed', bump);
  };
}

/**
 * The instance to translate with and a value that changes whenever its language or words
 * do; memoise on `revision` to recompute strings exactly when they can differ.
 */
function useKitI18n(): { i18n: I18nInstance; revision: string } {
  const own = useContext(I18nContext);
  // An app on react-i18next needs no provider of ours: its <I18nextProvider> or
  // `use(initReactI18next)` instance is taken, and the kit's English added to it.
  const host = useContext(ReactI18nextContext)?.i18n ?? getI18n();
  const i18n = useMemo(
    () => own ?? (host ? ensureRegistered(host) : getBundledI18n()),
    [own, host],
  );
  const subscribe = useCallback((onChange: () => void) => subscribeTo(i18n, onChange), [i18n]);
  const snapshot = () => `${i18n.language ?? ''}#${revisions.get(i18n) ?? 0}`;
  const revision = useSyncExternalStore(subscribe, snapshot, snapshot);
  return { i18n, revision };
}

export type { UcErrorKitProviderProps };
export { UcErrorKitProvider, useKitI18n };
