/**
 * The one i18next instance the React tests share, set up as a host app would: its own
 * namespace and words, then the kit registered on top (react-i18next's `test/i18n.js`).
 */
import i18next from 'i18next';
import { eas } from '../../src/core/families/eas/index';
import { msOcer } from '../../src/core/families/ms-ocer/index';
import { msnp } from '../../src/core/families/msnp/index';
import { smtp } from '../../src/core/families/smtp/index';
import { registerUcErrorKit } from '../../src/react/index';

const i18n = i18next.createInstance();
i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['app'],
  defaultNS: 'app',
  resources: {
    en: { app: { greeting: 'Hello', 'call.end': 'End call' } },
    de: { app: { greeting: 'Hallo', 'call.end': 'Anruf beenden' } },
  },
  initAsync: false,
  interpolation: { escapeValue: true },
});
await registerUcErrorKit(i18n, { families: [msOcer, msnp, eas, smtp] });

export { i18n };
