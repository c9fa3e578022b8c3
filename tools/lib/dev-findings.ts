/**
 * Checker findings in the dev preview: each scenario the dev server builds is linted, its
 * errors shown in Vite's error overlay and its warnings sent to a dismissible panel in the
 * page (src/app/dev-findings.ts), each with file:line. The page asks for them when it
 * loads, so they survive the reload a saved story causes.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import type { ScenarioBuild } from './build-scenario.ts';
import { type Finding, lintScenario } from './lint.ts';

export const FINDINGS_EVENT = 'safeguarding:findings';
export const ASK_EVENT = 'safeguarding:findings?';

export interface DevFinding {
  scenario: string;
  severity: Finding['severity'];
  place: string;
  message: string;
}

const placeOf = (f: Finding) => (f.file ? `${path.relative(process.cwd(), f.file)}${f.line ? `:${f.line}` : ''}` : '');

export class DevFindings {
  private readonly byScenario = new Map<string, DevFinding[]>();

  /** Lints a scenario the dev server has just built. */
  record(id: string, build: ScenarioBuild): void {
    this.byScenario.set(
      id,
      lintScenario(build).map((f) => ({ scenario: id, severity: f.severity, place: placeOf(f), message: f.message })),
    );
  }

  forget(id: string): void {
    this.byScenario.delete(id);
  }

  private all(): DevFinding[] {
    return [...this.byScenario.values()].flat();
  }

  attach(server: ViteDevServer): void {
    server.ws.on(ASK_EVENT, (_data: unknown, client: { send(event: string, payload?: unknown): void } & object) => {
      const findings = this.all();
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length) {
        const first = errors[0]!;
        const [file, line] = first.place.split(':');
        server.ws.send({
          type: 'error',
          err: {
            message: errors.map((f) => `${f.place}: ${f.message}`).join('\n'),
            stack: '',
            plugin: 'safeguarding-stories (npm run check)',
            id: file,
            loc: file ? { file: path.resolve(file), line: Number(line) || 1, column: 1 } : undefined,
          },
        });
      }
      client.send(
        FINDINGS_EVENT,
        findings.filter((f) => f.severity === 'warning'),
      );
    });
  }
}
