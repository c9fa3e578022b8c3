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
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
