import { defineConfig } from 'vite';
import { cspPlugin } from './tools/vite-plugin-csp.ts';
import { storiesPlugin } from './tools/vite-plugin-stories.ts';

export default defineConfig({
  base: './',
  plugins: [storiesPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one file beside the entry, however many lazy
        // chunks (launch types, the dashboard) share parts of it.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
