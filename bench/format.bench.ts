import i18next from 'i18next';
import { bench, describe } from 'vitest';
import english from '../locales/en/uc-error-kit-ms-ocer.json' with { type: 'json' };
import { msOcer } from '../src/core/families/ms-ocer/index';
import { formatError } from '../src/core/index';

// What the kit's own words path costs next to the i18next call an app would make for the
// same sentence: the kit reads the raw bundle, checks the translation once, isolates the
// value and fills the placeholders in one pass; i18next resolves, interpolates and escapes.
const host = i18next.createInstance();
await host.init({ lng: 'en', fallbackLng: 'en', resources: {} });
host.addResourceBundle('en', msOcer.namespace, english);

const options = { warmupIterations: 2_000, warmupTime: 500, time: 1_000 };

describe('one sentence with a user name, from a host i18next instance', () => {
  bench(
    'formatError(msOcer, SIP 486, Voice)',
    () => {
      formatError(
        msOcer,
        { sipStatus: 486 },
        { mode: 'Voice' },
        { i18n: host, values: { userName: 'Avery' } },
      );
    },
    options,
  );
  bench(
    "host.t('userInAnotherCall')",
    () => {
      host.t('userInAnotherCall', { ns: msOcer.namespace, userName: 'Avery' });
    },
    options,
  );
});
