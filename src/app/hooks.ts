/**
 * Extension points of a play session, so that features (the visual layer, the LMS
 * adapter, result keeping) join in without the player knowing about them. Each app has
 * its own registry.
 */
import type { QuizResult, TestForm } from '../engine/quiz.ts';
import type { ResultRecord } from '../engine/result.ts';
import type { BeatOption } from '../engine/runner.ts';
import type { Session } from '../engine/session.ts';
import type { PlayerView } from '../ui/player.ts';

export interface PlayControls {
  /** Makes a choice exactly as the DOM choice buttons do. */
  choose(index: number): void;
}

export interface PlayHooks {
  /** A session started or resumed and is on screen. */
  onStart?(session: Session, view: PlayerView, controls: PlayControls): void;
  /** A choice was made and the next beat is on screen. */
  onChoice?(session: Session, option: BeatOption): void;
  /** The learner left the player (to the menu or results); tear down anything attached. */
  onLeave?(session: Session): void;
  /** A test form was answered and marked (the pre-test before play, the post-test after, the follow-up weeks later). */
  onTest?(scenarioId: string, form: TestForm, result: QuizResult): void;
  /** A result record was kept in the browser (after the post-test; again when the follow-up joins it). */
  onResult?(result: ResultRecord): void;
}

export class PlayHookRegistry {
  private readonly hooks: PlayHooks[] = [];

  /** Adds hooks; returns a function that removes them. */
  register(h: PlayHooks): () => void {
    this.hooks.push(h);
    return () => {
      const at = this.hooks.indexOf(h);
      if (at >= 0) this.hooks.splice(at, 1);
    };
  }

  /** Calls every registered hook; one failing hook never stops the others or the player. */
  emit<K extends keyof PlayHooks>(name: K, ...args: Parameters<NonNullable<PlayHooks[K]>>): void {
    for (const h of this.hooks) {
      const fn = h[name] as ((...a: unknown[]) => void) | undefined;
      try {
        fn?.(...args);
      } catch (e) {
        console.warn(`play hook ${name} failed`, e);
      }
    }
  }
}
