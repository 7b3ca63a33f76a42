// Size budgets of single files, minified and gzipped: the words and tables an app loads on
// demand, every language of a family (English too) among them. What an app pays at start for an import is measured by
// scripts/measure-initial.mjs (esbuild with code splitting, only what loads at start), which
// `npm run size` runs after this.
const gzip = true;
const file = (name, path, limit) => ({ name, path, gzip, limit, import: undefined });

export default [
  file('English of [MS-OCER], on demand', 'dist/locales/en/uc-error-kit-ms-ocer.json.js', '6.7 kB'),
  file('English of MSNP, on demand', 'dist/locales/en/uc-error-kit-msnp.json.js', '2.1 kB'),
  file('English of ActiveSync, on demand', 'dist/locales/en/uc-error-kit-eas.json.js', '2.4 kB'),
  file('English of SMTP, on demand', 'dist/locales/en/uc-error-kit-smtp.json.js', '3.7 kB'),
  file('German of [MS-OCER], on demand', 'dist/locales/de/uc-error-kit-ms-ocer.json.js', '7.7 kB'),
  file(
    'Russian of [MS-OCER], on demand',
    'dist/locales/ru/uc-error-kit-ms-ocer.json.js',
    '10.9 kB',
  ),
  file(
    'Japanese of [MS-OCER], on demand',
    'dist/locales/ja/uc-error-kit-ms-ocer.json.js',
    '8.5 kB',
  ),
  file(
    'Server reasons, Appendix B table, on demand',
    'dist/lib/core/families/ms-ocer/server-reasons/data/lync2010.json.js',
    '27 kB',
  ),
  file(
    'Server reasons, Appendix C table, on demand',
    'dist/lib/core/families/ms-ocer/server-reasons/data/ocs2007.json.js',
    '15 kB',
  ),
  file('Stylesheet (uc-error-kit/styles.css)', 'dist/styles.css', '2.5 kB'),
];
