import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may import (docs/architecture.md). Anything else is an
 * error, so a view cannot reach into the app, nor the engine into anything at all.
 */
const LAYERS = {
  engine: [],
  ui: ['engine', 'types'],
  scenes: ['engine'],
  audio: ['engine'],
  storage: ['engine'],
  // The LMS layer sees storage only through its interfaces (type imports).
  lms: ['engine'],
  // The dashboard reads a Learning Record Store through the LMS layer's xAPI client.
  dashboard: ['engine', 'ui', 'storage', 'lms'],
  app: ['engine', 'ui', 'scenes', 'audio', 'storage', 'lms', 'dashboard', 'types'],
  types: ['engine'],
};
/** Packages that belong to one layer only. */
const PACKAGES = { phaser: 'scenes', howler: 'audio', localforage: 'storage' };

function boundaries(layer, allowed) {
  const others = Object.keys(LAYERS).filter((l) => l !== layer && !allowed.includes(l));
  const patterns = others.map((other) => ({
    group: [`../${other}/*`, `../../src/${other}/*`],
    message: `src/${layer} may not import src/${other} (see docs/architecture.md).`,
    ...(layer === 'lms' && other === 'storage' ? { allowTypeImports: true } : {}),
  }));
  const paths = Object.entries(PACKAGES)
    .filter(([, owner]) => owner !== layer && layer !== 'app')
    .map(([name, owner]) => ({ name, message: `${name} belongs to src/${owner} only.` }));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-scorm/**', 'dist-packs/**', 'node_modules/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  ...Object.entries(LAYERS).map(([layer, allowed]) => boundaries(layer, allowed)),
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'self',
          'document',
          'location',
          'history',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'caches',
          'fetch',
          'XMLHttpRequest',
          'requestAnimationFrame',
        ].map((name) => ({ name, message: 'src/engine runs in Node and the browser alike: no browser globals.' })),
      ],
    },
  },
);
