// Size budgets, gzip. Peers are the host's. The English words and the server reason tables
// are measured on their own: the words can be replaced by the host's, and the reasons load
// only when a details dialog asks for them.
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next'];
const words = ['*/locale-en.js'];
const reasons = ['*/reasons.js', '*/lync2010.js', '*/ocs2007.js'];

export default [
  {
    name: 'uc-error-kit/core: parse and resolve, both catalogs (no words)',
    path: 'dist/core.js',
    import: '{ resolveError, parseDiagnosticsHeader, parseWarningHeader, parseWindowsError }',
    ignore: [...peers, ...words],
    gzip: true,
    limit: '8 kB',
  },
  {
    name: 'uc-error-kit/core: everything (no words)',
    path: 'dist/core.js',
    import: '*',
    ignore: [...peers, ...words],
    gzip: true,
    limit: '9 kB',
  },
  {
    name: 'uc-error-kit: core, hooks and components (no words, no reason tables)',
    path: 'dist/index.js',
    import: '*',
    ignore: [...peers, ...words, ...reasons],
    gzip: true,
    limit: '14.5 kB',
  },
  {
    name: 'English words (locales/en, as bundled)',
    path: 'dist/chunks/locale-en.js',
    gzip: true,
    limit: '5.8 kB',
  },
  {
    name: 'Server reasons on demand: loader and the Appendix B table',
    path: 'dist/reasons.js',
    import: '{ describeDiagnostic }',
    ignore: ['*/ocs2007.js'],
    gzip: true,
    limit: '27 kB',
  },
  {
    name: 'Server reasons on demand: the Appendix C table',
    path: 'dist/chunks/ocs2007.js',
    gzip: true,
    limit: '14.5 kB',
  },
  {
    name: 'Stylesheet (uc-error-kit/styles.css)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '2 kB',
  },
];
