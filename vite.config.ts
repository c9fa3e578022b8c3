import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './tools/vite-plugin-csp.ts';
import { storiesPlugin } from './tools/vite-plugin-stories.ts';

export default defineConfig({
  base: './',
  plugins: [
    storiesPlugin(),
    cspPlugin(),
    // A service worker that keeps every file of the build, so the app works offline after one
    // visit. The app registers it itself (src/app/offline.ts), and never in an LMS launch.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        name: 'Safeguarding Practice Simulator',
        short_name: 'Safeguarding',
        description: 'Branching-scenario training for multi-agency child safeguarding practice',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f6e',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,mp3,ogg,woff2,webmanifest}'],
        globIgnores: ['**/*.map'],
        // The visual layer is the largest file (about 1.4 MB before compression).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Routes are in the hash: the one page is index.html.
        navigateFallback: 'index.html',
        sourcemap: false,
      },
    }),
  ],
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
