/**
 * A play session: the story, the choices made (with times), the score ledger and what the
 * learner has seen. Serialises to a small record; resume replays the choices on a fresh
 * story, stopping safely at the last decision that still fits if the story has changed.
 */
import { type PlayContext, emptyContext, foldBeat } from './context.ts';
import { Ledger } from './ledger.ts';
import { decisionPlace, shownOrder } from './option-order.ts';
import { type Beat, type BeatOption, StoryRunner } from './runner.ts';
import type { CompiledScenario } from './scenario.ts';

import {
  type FeedbackMode,
  type RecordedChoice,
  SAVE_VERSION,
  type SavedSession,
  quoteFromSave,
} from './saved-session.ts';

export {
  type FeedbackMode,
  type RecordedChoice,
  SAVE_VERSION,
  type SavedSession,
  parseSavedSession,
  quoteFromSave,
} from './saved-session.ts';

/** One decision as played: the beat that led to it and what was chosen. */
export interface Turn {
  beat: Beat;
  choice: RecordedChoice;
  option: BeatOption;
}

export interface ResumeReport {
  /** Choices replayed out of those saved. */
  replayed: number;
  saved: number;
  /** The save was made on another version of the story. */
  storyChanged: boolean;
  /** Human-readable reason when not every choice could be replayed. */
  stoppedBecause: string | null;
}

export interface SessionOptions {
  seed?: number;
  feedbackMode?: FeedbackMode;
  now?: () => number;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

export class Session {
  readonly ledger: Ledger;
  readonly turns: Turn[] = [];
  private runner: StoryRunner;
  private beat: Beat;
  private ctx: PlayContext;
  private readonly now: () => number;
  readonly seed: number;
  readonly feedbackMode: FeedbackMode;
  readonly startedAt: number;

  private constructor(
    readonly scenario: CompiledScenario,
    options: SessionOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.seed = options.seed ?? randomSeed();
    this.feedbackMode = options.feedbackMode ?? 'reflect';
    this.startedAt = this.now();
    this.ledger = new Ledger(scenario.meta.learningPoints, scenario.facts.maxima, scenario.facts.criticalPoints);
    this.runner = new StoryRunner(scenario.story, { seed: this.seed });
    this.beat = this.runner.continue();
    this.ledger.apply(this.beat.effects, null, null);
    this.ctx = foldBeat(emptyContext(), this.beat, 0, null);
  }

  static start(scenario: CompiledScenario, options: SessionOptions = {}): Session {
    return new Session(scenario, options);
  }

  /** Rebuilds a session from a saved record by replaying its choices. Never throws on a changed story. */
  static resume(
    scenario: CompiledScenario,
    saved: SavedSession,
    options: Omit<SessionOptions, 'seed' | 'feedbackMode'> = {},
  ): { session: Session; report: ResumeReport } {
    const session = new Session(scenario, { ...options, seed: saved.seed, feedbackMode: saved.feedbackMode });
    (session as { startedAt: number }).startedAt = saved.startedAt;
    const storyChanged = saved.storyHash !== scenario.storyHash;
    let stoppedBecause: string | null = null;
    let replayed = 0;
    for (const choice of saved.choices) {
      const options = session.beat.options;
      let index = options[choice.index]?.text === choice.text ? choice.index : -1;
      if (index < 0) index = options.findIndex((o) => o.text === choice.text);
      if (index < 0) {
        stoppedBecause = options.length
          ? `the story has changed: decision ${replayed + 1} no longer offers "${quoteFromSave(choice.text)}"`
          : `the story has changed: it ends before decision ${replayed + 1}`;
        break;
      }
      session.choose(index, choice.at);
      replayed++;
    }
    return { session, report: { replayed, saved: saved.choices.length, storyChanged, stoppedBecause } };
  }

  get current(): Beat {
    return this.beat;
  }

  get context(): PlayContext {
    return this.ctx;
  }

  /** The current options in the order they are shown: drawn from the seed, pins kept. */
  shownOptions(): BeatOption[] {
    const { options, decision } = this.beat;
    const order = shownOrder(
      options.length,
      this.seed,
      decisionPlace(decision?.id ?? null, this.turns.length),
      (i) => options[i]!.pin,
    );
    return order.map((i) => options[i]!);
  }

  get finished(): boolean {
    return this.beat.done;
  }

  /** Makes a choice and returns the option chosen; the next beat is then `current`. */
  choose(index: number, at: number = this.now()): BeatOption {
    const option = this.beat.options[index];
    if (!option) throw new RangeError(`no option ${index + 1} at this decision`);
    const decisionId = this.beat.decision?.id ?? null;
    const choice: RecordedChoice = { index, text: option.text, decisionId, at };
    this.runner.choose(index);
    this.ledger.apply(option.effects, decisionId, option.text);
    this.ledger.takeActs(option.critical, decisionId, option.text);
    this.turns.push({ beat: this.beat, choice, option });
    this.beat = this.runner.continue();
    this.ledger.apply(this.beat.effects, decisionId, option.text);
    this.ctx = foldBeat(this.ctx, this.beat, this.turns.length, option.contact);
    return option;
  }

  toSaved(): SavedSession {
    return {
      v: SAVE_VERSION,
      scenarioId: this.scenario.meta.id,
      storyHash: this.scenario.storyHash,
      seed: this.seed,
      feedbackMode: this.feedbackMode,
      startedAt: this.startedAt,
      choices: this.turns.map((t) => t.choice),
    };
  }
}
