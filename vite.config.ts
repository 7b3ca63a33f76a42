import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { englishWords } from './scripts/vite-english';

// Peers stay external: the host app brings one copy of React and i18next.
const external = [
  /^node:/,
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^i18next($|\/)/,
  /^react-i18next($|\/)/,
];

export default defineConfig({
  plugins: [react(), englishWords()],
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
        reasons: 'src/reasons/index.ts',
        cli: 'src/cli/explain.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        chunkFileNames: 'chunks/[name].js',
        codeSplitting: {
          // The bundled English gets a chunk of its own, so that its cost is measured apart
          // from the code and a host that brings its own words can see what it saves.
          groups: [{ name: 'locale-en', test: /uc-error-kit:english/ }],
        },
      },
    },
  },
});
