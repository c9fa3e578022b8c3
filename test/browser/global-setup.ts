/** Serves the production build (dist/) on 127.0.0.1 for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // DIST_DIR lets several builds be tested side by side; the default is Vite's dist/.
  const outDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests`);
  }
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
