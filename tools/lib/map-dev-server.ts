/**
 * The dev server's story maps: `/__map/<id>` answers with the map page of a scenario,
 * built when first asked for and again after any of its files changes. Only the dev
 * server mounts this (tools/vite-plugin-stories.ts); the production build has no maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { renderMapHtml } from './map-html.ts';
import { mapScenario } from './map-scenario.ts';

/** The map page holds one style sheet and nothing else; only the app may frame it. */
export const MAP_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

export interface MapSource {
  /** The folder holding one folder per scenario. */
  storiesRoot(): string;
  scenarioIds(): string[];
  maxStates?: number;
}

const sourcesKey = (files: string[]) => files.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('\0');

export function storyMapMiddleware(source: MapSource) {
  const cache = new Map<string, { key: string; files: string[]; html: string }>();

  const pageOf = (id: string): { ok: true; html: string } | { ok: false; problems: string[] } => {
    const hit = cache.get(id);
    if (hit && hit.key === sourcesKey(hit.files)) return { ok: true, html: hit.html };
    const result = mapScenario(path.join(source.storiesRoot(), id), source.maxStates);
    if (!result.ok) return result;
    const html = renderMapHtml(result.map);
    cache.set(id, { key: sourcesKey(result.files), files: result.files, html });
    return { ok: true, html };
  };

  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const id = (req.url ?? '').split(/[?#]/)[0]!.replace(/^\/+/, '');
    // Scenario ids are folder names of lower-case letters, digits and hyphens: nothing to decode.
    if (!source.scenarioIds().includes(id)) {
      next();
      return;
    }
    const page = pageOf(id);
    res.setHeader('Cache-Control', 'no-store');
    if (!page.ok) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`The story map of '${id}' cannot be made: the scenario does not build.\n${page.problems.join('\n')}\n`);
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', MAP_PAGE_POLICY);
    res.end(page.html);
  };
}
