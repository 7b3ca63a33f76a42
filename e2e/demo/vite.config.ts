// The demo softphone: `node e2e/demo.mjs` serves it with Kamailio; e2e/run.mjs tests it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  logLevel: 'warn',
  server: { host: '127.0.0.1', strictPort: true, fs: { allow: [path.resolve(here, '../..')] } },
  optimizeDeps: {
    include: [
      'jssip',
      'jssip/lib/SIPMessage',
      'jssip/lib/RequestSender',
      'sip.js',
      'react',
      'react-dom/client',
    ],
  },
});
