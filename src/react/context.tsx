/**
 * Which words and language the kit's views use, and re-rendering when they change.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { getI18n, I18nContext as ReactI18nextContext } from 'react-i18next';
import type { AnyFamily, I18nLike } from '../core/index';
import { isFamily, loadLanguage, onWordsLoaded } from '../core/index';
import { wordsRevision } from '../core/words';
import { invalidProp } from './warnings';

/** What an i18next instance offers beyond what the core reads: its events. */
interface I18nEvents extends I18nLike {
  on?: (event: string, listener: (...args: unknown[]) => void) => unknown;
  off?: (event: string, listener: (...args: unknown[]) => void) => unknown;
  store?: {
    on?: (event: string, listener: (...args: unknown[]) => void) => unknown;
    off?: (event: string, listener: (...args: unknown[]) => void) => unknown;
  };
}

interface KitSettings {
  i18n: I18nEvents | undefined;
  lng: string | undefined;
  family: AnyFamily | undefined;
}

const KitContext = createContext<KitSettings | null>(null);

/** Props of {@link UcErrorKitProvider}. */
interface UcErrorKitProviderProps {
  /**
   * The app's i18next instance: its language is followed and its words for the kit's keys
   * win. @default the react-i18next instance, if the app has one
   */
  i18n?: I18nLike | undefined;
  /** The language, overriding the instance's (`de`, `pt-BR`, any BCP 47 tag). */
  lng?: string | undefined;
  /**
   * The family of every notice, hook and area inside that names none: for an app that
   * shows one family everywhere.
   */
  family?: AnyFamily | undefined;
  /** The part of the app that shows errors. */
  children?: ReactNode;
}

function isInstance(value: unknown): value is I18nEvents {
  return typeof value === 'object' && value !== null;
}

/**
 * Sets the language, the i18next instance and, for an app of one family, the family of the
 * kit's components and hooks; with a family, its words start loading when the provider
 * mounts. Apps on react-i18next need it only to use another instance or
 * language than react-i18next's; without either, the kit shows English, or the language
 * given here.
 * @example <UcErrorKitProvider lng="de" family={msOcer}><App /></UcErrorKitProvider>
 */
function UcErrorKitProvider({ i18n, lng, family, children }: UcErrorKitProviderProps) {
  let instance: I18nEvents | undefined;
  if (i18n !== undefined && i18n !== null) {
    if (isInstance(i18n)) instance = i18n;
    else if (process.env.NODE_ENV !== 'production')
      invalidProp(
        'UcErrorKitProvider',
        'i18n',
        'an i18next instance',
        i18n,
        'Using the kit’s own words instead.',
      );
  }
  let language: string | undefined;
  if (typeof lng === 'string' && lng !== '') language = lng;
  else if (lng !== undefined && process.env.NODE_ENV !== 'production')
    invalidProp('UcErrorKitProvider', 'lng', 'a language tag such as "de"', lng, 'Ignoring it.');
  let kitFamily: AnyFamily | undefined;
  if (isFamily(family)) kitFamily = family;
  else if (family !== undefined && process.env.NODE_ENV !== 'production')
    invalidProp(
      'UcErrorKitProvider',
      'family',
      'a family such as `msOcer` from `uc-error-kit/ms-ocer`',
      family,
      'Components inside must name their family.',
    );
  const value = useMemo(
    () => ({ i18n: instance, lng: language, family: kitFamily }),
    [instance, language, kitFamily],
  );
  // The family's words load as the app starts, not with its first error: the first notice
  // then shows at once instead of a frame later. (Each view still loads what it needs.)
  const preload = language ?? instance?.language ?? getI18n()?.language;
  useEffect(() => {
    if (kitFamily !== undefined) void loadLanguage(preload, [kitFamily]);
  }, [preload, kitFamily]);
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}

/** Per instance, a number bumped on every change that can alter a word. */
const revisions = new WeakMap<object, number>();

function subscribeTo(i18n: I18nEvents | undefined, onChange: () => void): () => void {
  const stopLoads = onWordsLoaded(onChange);
  if (!i18n || typeof i18n.on !== 'function') return stopLoads;
  const bump = () => {
    revisions.set(i18n, (revisions.get(i18n) ?? 0) + 1);
    onChange();
  };
  // The store exists only once the instance is initialised.
  let store = i18n.store;
  const watchStore = () => {
    store = i18n.store;
    store?.on?.('added', bump);
    store?.on?.('removed', bump);
  };
  const onInitialized = () => {
    if (!store) watchStore();
    bump();
  };
  i18n.on('languageChanged', bump);
  i18n.on('initialized', onInitialized);
  watchStore();
  return () => {
    stopLoads();
    i18n.off?.('languageChanged', bump);
    i18n.off?.('initialized', onInitialized);
    store?.off?.('removed', bump);
    store?.off?.('added', bump);
  };
}

/** What the views translate with. */
interface KitWords {
  /** The app's i18next instance, if any. */
  i18n: I18nLike | undefined;
  /** The language asked for: the provider's, else the instance's; undefined for English. */
  lng: string | undefined;
  /** Changes whenever the language or any word can have changed; memoise on it. */
  revision: string;
}

/**
 * The instance and language to word errors in, and a value that changes whenever either
 * changes or a language finishes loading.
 */
function useKitWords(): KitWords {
  const own = useContext(KitContext);
  // An app on react-i18next needs no provider of ours: its instance is followed.
  const host = (useContext(ReactI18nextContext)?.i18n ?? getI18n()) as I18nEvents | undefined;
  const i18n = own?.i18n ?? host ?? undefined;
  const subscribe = useCallback((onChange: () => void) => subscribeTo(i18n, onChange), [i18n]);
  // The core's own count of loads, not one kept by listeners: a load that ends between the
  // render and the subscription still changes the snapshot, which React checks on subscribing.
  const snapshot = () =>
    `${i18n?.language ?? ''}#${(i18n && revisions.get(i18n)) ?? 0}#${wordsRevision()}`;
  const revision = useSyncExternalStore(subscribe, snapshot, snapshot);
  return { i18n, lng: own?.lng ?? i18n?.language, revision };
}

/** The provider's family, for views and hooks that are given none. */
function useKitFamily(): AnyFamily | undefined {
  return useContext(KitContext)?.family;
}

export type { KitWords, UcErrorKitProviderProps };
export { UcErrorKitProvider, useKitFamily, useKitWords };
