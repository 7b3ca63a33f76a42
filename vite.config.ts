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
        reasons: 'src/core/families/ms-ocer/server-reasons/index.ts',
        cli: 'src/cli/explain.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        // Each language of each namespace is a chunk of its own (a literal import() each),
        // named after its folder and namespace so that size-limit and readers can find it.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const locale = /locales\/([^/]+)\/([^/]+)\.json$/.exec(id);
          return locale ? `locales/${locale[1]}/${locale[2]}.js` : 'chunks/[name].js';
        },
      },
    },
  },
});
