/**
 * Builds the site for the benchmarks (never into dist/, which the tests use) and serves a
 * built folder with Vite's preview server on 127.0.0.1 and a free port.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type InlineConfig, type Plugin, type PluginOption, build, loadConfigFromFile, preview } from 'vite';
import { storiesPlugin } from '../../tools/vite-plugin-stories.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const STORIES_PLUGIN = 'safeguarding-stories';

async function flatPlugins(options: PluginOption[]): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const option of options) {
    const plugin = await option;
    if (!plugin) continue;
    if (Array.isArray(plugin)) out.push(...(await flatPlugins(plugin)));
    else out.push(plugin as Plugin);
  }
  return out;
}

export interface SiteBuild {
  outDir: string;
  /** Folder holding the scenario folders (default: the project's stories/). */
  storiesRoot?: string;
  /** Scenario ids to build (default: SIM_STORIES or all). */
  only?: string[];
}

/**
 * Builds with the project's own Vite config; for another stories folder the stories plugin
 * is swapped for one reading that folder, so nothing else in the config can drift.
 */
export async function buildSite({ outDir, storiesRoot, only }: SiteBuild): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isPreview: false, isSsrBuild: false },
    path.join(ROOT, 'vite.config.ts'),
    ROOT,
    'silent',
  );
  if (!loaded) throw new Error('vite.config.ts could not be loaded');
  let plugins = await flatPlugins(loaded.config.plugins ?? []);
  if (storiesRoot) {
    if (!plugins.some((p) => p.name === STORIES_PLUGIN))
      throw new Error(`no ${STORIES_PLUGIN} plugin in vite.config.ts`);
    const stories = storiesPlugin({ root: path.relative(ROOT, storiesRoot), only });
    plugins = plugins.map((p) => (p.name === STORIES_PLUGIN ? stories : p));
  }
  const config: InlineConfig = {
    ...loaded.config,
    configFile: false,
    root: ROOT,
    plugins,
    logLevel: 'warn',
    build: { ...loaded.config.build, outDir, emptyOutDir: true },
  };
  await build(config);
}

export interface Served {
  base: string;
  close(): Promise<void>;
}

/** Serves a folder of static files (a build, or a fixture) as `vite preview` would. */
export async function serve(folder: string): Promise<Served> {
  if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder} has no index.html`);
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    build: { outDir: path.resolve(folder) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return { base: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
