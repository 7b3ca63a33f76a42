import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Peers stay external: the host app brings one copy of React and i18next.
const external = [
  /^node:/,
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^i18next($|\/)/,
  /^react-i18next($|\/)/,
];

export default defineConfig({
  plugins: [react()],
  // The build writes one file per module: list none of them, say only what is wrong.
  logLevel: 'warn',
  // Words as `JSON.parse('...')`: the smallest and fastest form of a JSON module, and no
  // named export per key to double each language file.
  json: { namedExports: false, stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        'ms-ocer': 'src/core/families/ms-ocer/index.ts',
        'ms-ocer-headers': 'src/core/families/ms-ocer/headers.ts',
        msnp: 'src/core/families/msnp/index.ts',
        eas: 'src/core/families/eas/index.ts',
        smtp: 'src/core/families/smtp/index.ts',
        reasons: 'src/core/families/ms-ocer/server-reasons/index.ts',
        cli: 'src/cli/explain.ts',
        adapters: 'src/adapters/index.ts',
        report: 'src/report/index.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        // One file per source module, as the source is laid out: an app's bundler then
        // keeps only the modules it reaches (the package marks JS free of side effects), so
        // a family or a language an app does not import costs it nothing. Each language of
        // each namespace stays a file of its own, reached by a literal import().
        preserveModules: true,
        preserveModulesRoot: '.',
        entryFileNames: (chunk) => {
          const entries: Record<string, string> = {
            'src/index': 'index.js',
            'src/core/index': 'core.js',
            'src/core/families/ms-ocer/index': 'ms-ocer.js',
            'src/core/families/ms-ocer/headers': 'ms-ocer-headers.js',
            'src/core/families/msnp/index': 'msnp.js',
            'src/core/families/eas/index': 'eas.js',
            'src/core/families/smtp/index': 'smtp.js',
            'src/core/families/ms-ocer/server-reasons/index': 'reasons.js',
            'src/cli/explain': 'cli.js',
            'src/adapters/index': 'adapters.js',
            'src/report/index': 'report.js',
          };
          const name = chunk.name.replace(/\\/g, '/');
          if (chunk.isEntry && entries[name]) return entries[name];
          return `${name.replace(/^src\//, 'lib/')}.js`;
        },
      },
    },
  },
});
