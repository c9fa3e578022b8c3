/** The trainer's pack of a scenario (`#/pack/<id>`): loaded with the scenario, printable. */
import { decisionNotes } from '../engine/decision-notes.ts';
import { renderTrainerPack } from '../ui/trainer-pack.ts';
import type { App } from './create-app.ts';

export async function showPack(app: App, id: string): Promise<void> {
  const scenario = await app.loadScenario(id);
  if (!scenario) return; // loadScenario has said why
  const view = renderTrainerPack(scenario, decisionNotes(scenario.story));
  view.dataset.ready = 'true';
  app.show(view, `Trainer's pack: ${scenario.meta.title}`);
}
