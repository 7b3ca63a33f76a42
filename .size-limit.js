// Size budgets, gzip. Peers are the host's; the English words are measured on their own.
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];
const words = ['*/locale-en.js'];

export default [
  {
    name: 'uc-error-kit/core: parse and resolve (no words)',
    path: 'dist/core.js',
    import: '{ resolveError, parseDiagnosticsHeader, parseWarningHeader, parseWindowsError }',
    ignore: [...peers, ...words],
    gzip: true,
    limit: '7.5 kB',
  },
  {
    name: 'uc-error-kit/core: everything, without locale data',
    path: 'dist/core.js',
    import: '*',
    ignore: [...peers, ...words],
    gzip: true,
    limit: '8 kB',
  },
  {
    name: 'English words (locales/en, as bundled)',
    path: 'dist/chunks/locale-en.js',
    gzip: true,
    limit: '6.5 kB',
  },
];
