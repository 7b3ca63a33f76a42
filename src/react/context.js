import { jsx as _jsx } from "react/jsx-runtime";
/**
 * Which words and language the kit's views use, and re-rendering when they change.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, } from 'react';
import { getI18n, I18nContext as ReactI18nextContext } from 'react-i18next';
import { onWordsLoaded } from '../core/index';
import { invalidProp } from './warnings';
const KitContext = createContext(null);
function isInstance(value) {
    return typeof value === 'object' && value !== null;
}
/**
 * Sets the language and i18next instance of the kit's components and hooks. Apps on
 * react-i18next need it only to use another instance or language than react-i18next's;
 * without either, the kit shows English, or the language given here.
 * @example <UcErrorKitProvider lng="de"><App /></UcErrorKitProvider>
 */
function UcErrorKitProvider({ i18n, lng, children }) {
    let instance;
    if (i18n !== undefined && i18n !== null) {
        if (isInstance(i18n))
            instance = i18n;
        else
            invalidProp('UcErrorKitProvider', 'i18n', 'an i18next instance', i18n, 'Using the kit’s own words instead.');
    }
    let language;
    if (typeof lng === 'string' && lng !== '')
        language = lng;
    else if (lng !== undefined)
        invalidProp('UcErrorKitProvider', 'lng', 'a language tag such as "de"', lng, 'Ignoring it.');
    const value = useMemo(() => ({ i18n: instance, lng: language }), [instance, language]);
    return _jsx(KitContext.Provider, { value: value, children: children });
}
/** Per instance, a number bumped on every change that can alter a word. */
const revisions = new WeakMap();
let loads = 0;
function subscribeTo(i18n, onChange) {
    const stopLoads = onWordsLoaded(() => {
        loads++;
        onChange();
    });
    if (!i18n || typeof i18n.on !== 'function')
        return stopLoads;
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
        if (!store)
            watchStore();
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
/**
 * The instance and language to word errors in, and a value that changes whenever either
 * changes or a language finishes loading.
 */
function useKitWords() {
    const own = useContext(KitContext);
    // An app on react-i18next needs no provider of ours: its instance is followed.
    const host = (useContext(ReactI18nextContext)?.i18n ?? getI18n());
    const i18n = own?.i18n ?? host ?? undefined;
    const subscribe = useCallback((onChange) => subscribeTo(i18n, onChange), [i18n]);
    const snapshot = () => `${i18n?.language ?? ''}#${(i18n && revisions.get(i18n)) ?? 0}#${loads}`;
    const revision = useSyncExternalStore(subscribe, snapshot, snapshot);
    return { i18n, lng: own?.lng ?? i18n?.language, revision };
}
export { UcErrorKitProvider, useKitWords };
