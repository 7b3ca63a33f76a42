/**
 * Setup of every test project: the four families' English, loaded before the tests run, as
 * an app does at start (`loadLanguage`, or the views on their own). What happens before it
 * is in is tested in test/core/english-on-demand.test.ts, with modules of its own.
 */
import { eas } from '../src/core/families/eas/index';
import { msOcer } from '../src/core/families/ms-ocer/index';
import { msnp } from '../src/core/families/msnp/index';
import { smtp } from '../src/core/families/smtp/index';
import { loadLanguage } from '../src/core/index';

await loadLanguage('en', [msOcer, msnp, eas, smtp]);
