/**
 * Vite plugin: compiles every `stories/<id>/main.ink` (with INCLUDEs) at build time and
 * serves it as a module, with the facts the path explorer derives (learning-point maxima,
 * episodes, everything agencies could reveal). Ink errors fail the build as
 * `file:line: message`; in dev a saved .ink or scenario.json reloads the page.
 *
 *   import { scenarios, loadScenario } from 'virtual:scenarios';
 *   import { learningPointTitles } from 'virtual:learning-point-labels';
 *
 * The second is a small index of learning-point titles, so the dashboard can label
 * imported records without loading whole scenarios. The dev server also serves each
 * scenario's story map at `/__map/<id>` (docs/story-map.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin, ViteDevServer } from 'vite';
import type { CompiledScenario } from '../src/engine/scenario.ts';
import type { ScenarioSummary } from '../src/types/virtual-scenarios.ts';
import { cachedScenario } from './lib/build-cache.ts';
import { formatDiagnostic } from './lib/compile-ink.ts';
import { DevFindings } from './lib/dev-findings.ts';
import { storyMapMiddleware } from './lib/map-dev-server.ts';

const INDEX_ID = 'virtual:scenarios';
const LABELS_ID = 'virtual:learning-point-labels';
const SCENARIO_PREFIX = 'virtual:scenario/';
const resolved = (id: string) => `\0${id}`;

export interface StoriesPluginOptions {
  root?: string;
  maxStates?: number;
  /** Build only these scenario ids (default: the SIM_STORIES variable, comma-separated, or all). */
  only?: string[];
}

export function storiesPlugin(options: StoriesPluginOptions = {}): Plugin {
  let storiesRoot = '';
  let serving = false;
  const only = options.only ?? (process.env.SIM_STORIES ?? '').split(',').filter(Boolean);
  const cache = new Map<string, { key: string; compiled: CompiledScenario; files: string[] }>();
  const findings = new DevFindings();

  const scenarioIds = (): string[] =>
    existsSync(storiesRoot)
      ? readdirSync(storiesRoot, { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(path.join(storiesRoot, d.name, 'main.ink')))
          .map((d) => d.name)
          .filter((id) => !only.length || only.includes(id))
          .sort()
      : [];

  const sourcesKey = (files: string[]) => files.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('\0');

  const compile = (id: string): { compiled: CompiledScenario; files: string[] } => {
    const hit = cache.get(id);
    if (hit && hit.key === sourcesKey(hit.files)) return hit;
    const cached = cachedScenario(path.join(storiesRoot, id), { maxStates: options.maxStates });
    if (!cached.build && cached.compiled) {
      findings.forget(id); // built and checked before: its findings show again once it is saved and rebuilt
      const entry = { key: sourcesKey(cached.files), compiled: cached.compiled, files: cached.files };
      cache.set(id, entry);
      return entry;
    }
    const build = cached.build!;
    if (serving) findings.record(id, build);
    const problems = [
      ...build.metaProblems.map((p) => `${path.relative(process.cwd(), path.join(build.dir, 'scenario.json'))}: ${p}`),
      ...build.quizProblems.map((p) => `${path.relative(process.cwd(), path.join(build.dir, 'quiz.json'))}: ${p}`),
      ...build.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)),
    ];
    if (problems.length || !build.compiled) {
      throw new Error(`scenario '${id}' does not compile:\n${problems.join('\n')}`);
    }
    const entry = { key: sourcesKey(build.files), compiled: build.compiled, files: build.files };
    cache.set(id, entry);
    return entry;
  };

  return {
    name: 'safeguarding-stories',
    configResolved(config) {
      storiesRoot = path.resolve(config.root, options.root ?? 'stories');
      serving = config.command === 'serve';
    },
    resolveId(id) {
      if (id === INDEX_ID || id === LABELS_ID || id.startsWith(SCENARIO_PREFIX)) return resolved(id);
      return null;
    },
    load(id) {
      if (id === resolved(INDEX_ID)) {
        const ids = scenarioIds();
        const broken: { id: string; problem: string }[] = [];
        const metas = ids
          .flatMap((sid) => {
            let compiled: CompiledScenario;
            try {
              compiled = compile(sid).compiled;
            } catch (e) {
              // In dev a scenario being written must not take the whole menu down.
              if (!serving) throw e;
              broken.push({ id: sid, problem: (e as Error).message });
              return [];
            }
            return scenarioSummary(compiled);
          })
          .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
        const loaders = metas.map(
          (m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(SCENARIO_PREFIX + m.id)})`,
        );
        return [
          `export const scenarios = ${JSON.stringify(metas)};`,
          `export const brokenScenarios = ${JSON.stringify(broken)};`,
          `const loaders = {\n${loaders.join(',\n')}\n};`,
          `export async function loadScenario(id) {`,
          `  const load = loaders[id];`,
          `  if (!load) throw new Error('Unknown scenario: ' + id);`,
          `  return (await load()).default;`,
          `}`,
        ].join('\n');
      }
      if (id === resolved(LABELS_ID)) {
        const titles: Record<string, [string, string][]> = {};
        for (const sid of scenarioIds()) {
          try {
            titles[sid] = compile(sid).compiled.meta.learningPoints.map((lp) => [lp.id, lp.title]);
          } catch (e) {
            if (!serving) throw e;
          }
        }
        return `export const learningPointTitles = ${JSON.stringify(titles)};`;
      }
      if (id.startsWith(resolved(SCENARIO_PREFIX))) {
        const sid = id.slice(resolved(SCENARIO_PREFIX).length);
        const { compiled, files } = compile(sid);
        for (const f of files) this.addWatchFile(f);
        const forBrowser = { ...compiled, story: inkJsonForBrowser(compiled.story) };
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(forBrowser))});`;
      }
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      // A play or briefing link starts fetching its scenario's chunk beside the entry script,
      // instead of once the entry has loaded and run. The script that does it is a file of
      // its own (not inline), so a host's strict `script-src 'self'` header allows it too.
      handler(html, ctx) {
        const preload = ctx.bundle ? scenarioPreloadAsset(ctx.bundle) : null;
        if (!preload) return html;
        // Async, first in the head: it waits for nothing and blocks nothing.
        const script = `<script async src="./${preload.fileName}"></script>`;
        const charset = /<meta charset[^>]*>/i.exec(html);
        if (!charset) return html.replace(/<head>/i, `<head>\n    ${script}`);
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${script}${html.slice(at)}`;
      },
    },
    generateBundle(_options, bundle) {
      const preload = scenarioPreloadAsset(bundle);
      if (preload && !bundle[preload.fileName]) this.emitFile({ type: 'asset', ...preload });
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(storiesRoot);
      findings.attach(server);
      // Story maps for authors (#/map/<id>), in dev only; each is rebuilt when its files change.
      server.middlewares.use(
        '/__map',
        storyMapMiddleware({ storiesRoot: () => storiesRoot, scenarioIds, maxStates: options.maxStates }),
      );
      const onChange = (file: string) => {
        if (!file.startsWith(storiesRoot) || !/\.(ink|json)$/.test(file)) return;
        const graph = server.moduleGraph;
        for (const mod of graph.idToModuleMap.values()) {
          const generated = [resolved(INDEX_ID), resolved(LABELS_ID)];
          if (mod.id && (generated.includes(mod.id) || mod.id.startsWith(resolved(SCENARIO_PREFIX)))) {
            graph.invalidateModule(mod);
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** The preload script for a built bundle, named by its content, or null when no scenario is built. */
export function scenarioPreloadAsset(bundle: OutputBundle): { fileName: string; source: string } | null {
  const chunks: Record<string, string> = {};
  for (const out of Object.values(bundle)) {
    const facade = out.type === 'chunk' ? out.facadeModuleId : null;
    if (facade?.startsWith(resolved(SCENARIO_PREFIX))) {
      chunks[facade.slice(resolved(SCENARIO_PREFIX).length)] = out.fileName;
    }
  }
  if (!Object.keys(chunks).length) return null;
  const source = scenarioPreloadScript(chunks);
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return { fileName: `assets/scenario-preload-${hash}.js`, source };
}

/**
 * The script that preloads the chunk of the scenario named in the address
 * (`#/play/<id>` or `#/scenario/<id>`); chunk paths are relative to the page.
 */
export function scenarioPreloadScript(chunks: Record<string, string>): string {
  return [
    `(function(){var c=${JSON.stringify(chunks).replace(/</g, '\\u003c')};`,
    `var m=/^#\\/(?:play|scenario)\\/([\\w-]+)/.exec(location.hash);`,
    `if(!m||!Object.prototype.hasOwnProperty.call(c,m[1]))return;`,
    `var l=document.createElement('link');l.rel='modulepreload';l.href='./'+c[m[1]];document.head.appendChild(l);})();`,
  ].join('');
}

/**
 * The Ink runtime JSON as the page's chunk carries it: parsed with the rest of the chunk
 * (one parse, and no escaped quotes to download) when that gives what inkjs itself would
 * read. inkjs reads a number written as `1.0` as a float, which a plain parse would make
 * an integer, so a story with any number written with a point or exponent stays as text.
 */
export function inkJsonForBrowser(story: CompiledScenario['story']): CompiledScenario['story'] {
  if (typeof story !== 'string') return story;
  const tokens = story.match(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? [];
  const floats = tokens.some((t) => !t.startsWith('"') && /[.eE]/.test(t));
  return floats ? story : (JSON.parse(story) as Record<string, unknown>);
}

/** What the menu knows of a scenario before its chunk is loaded. */
export function scenarioSummary(compiled: CompiledScenario): ScenarioSummary {
  const { learningPoints, whatHappened, ...rest } = compiled.meta;
  // The family is for the trainer's pack, which loads the scenario itself: not in the menu's index.
  const summary = { ...rest };
  delete summary.family;
  return {
    ...summary,
    learningPointCount: learningPoints.length,
    hasQuiz: compiled.quiz !== null,
    debriefFactCount: whatHappened.length,
    episodes: compiled.facts.episodes.length,
  };
}
