/** What the composition root offers the views it loads lazily (routing, showing, the session in progress). */
import type { CompiledScenario } from '../engine/scenario.ts';
import type { Session } from '../engine/session.ts';
import type { AttemptRepository } from '../storage/attempts.ts';
import type { SaveRepository } from '../storage/saves.ts';
import type { KeyValueStore } from '../storage/store.ts';
import type { PlayHookRegistry } from './hooks.ts';

export interface Shell {
  show(view: HTMLElement, title: string): void;
  navigate(hash: string): void;
  showMessage(title: string, message: string): void;
  /** Rebuilds the session in progress from its save; null (having shown why) when there is none. */
  resumed(id: string): Promise<{ session: Session; notice: string | null } | null>;
  play(session: Session, notice: string | null): void;
  loadScenario(id: string): Promise<CompiledScenario | null>;
  newId(): string;
  /** Registers what to stop when the view just shown is replaced. */
  onLeaveView(stop: () => void): void;
  /** A store of its own for a feature (opened once per app). */
  storeNamed(name: string): Promise<KeyValueStore>;
  /** Reopens storage (after all data was deleted). */
  reopenStorage(): Promise<void>;
  readonly store: KeyValueStore;
  readonly saves: SaveRepository;
  readonly attempts: AttemptRepository;
  /** The app's play hooks (the LMS hears tests marked after play through them). */
  readonly hooks: PlayHookRegistry;
}
