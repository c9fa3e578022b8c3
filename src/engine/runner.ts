/**
 * The story runner: drives an inkjs Story and yields beats — the lines up to the next
 * decision, with their parsed tags, and the options of that decision.
 */
import { Story } from 'inkjs';
import { type LpEffect, type PinPlace, type Tag, filterTags, findTag, parseTags } from './tags.ts';
import type { AgencyId, DecisionKind } from './vocabulary.ts';

export interface Line {
  text: string;
  speaker: string | null;
  tags: Tag[];
}

export interface BeatOption {
  index: number;
  text: string;
  tags: Tag[];
  contact: AgencyId | null;
  effects: LpEffect[];
  feedback: string | null;
  /** The option the real case took. */
  real: boolean;
  /** Learning points this option is a critical act for (the act the point teaches). */
  critical: string[];
  /** A place kept when options are shuffled, where order carries meaning. */
  pin: PinPlace | null;
}

export interface Decision {
  id: string;
  kinds: DecisionKind[];
  note: string | null;
  prompt: string | null;
  real: string | null;
}

export interface StoryProblem {
  kind: 'tag' | 'runtime' | 'runaway';
  message: string;
  /** The raw tag, for tag problems. */
  raw?: string;
  /** Where in the story (Ink path), when known. */
  path?: string;
}

export interface Beat {
  lines: Line[];
  options: BeatOption[];
  decision: Decision | null;
  ending: { id: string; title: string } | null;
  /** Learning-point effects carried by the lines of this beat. */
  effects: LpEffect[];
  problems: StoryProblem[];
  /** The story has nothing more: no options (ended or dead end). */
  done: boolean;
}

/** Guard against Ink that loops forever without offering a choice. */
export const MAX_LINES_PER_BEAT = 5000;

export interface RunnerOptions {
  seed?: number;
  /** Bind external functions before the story starts (Ink validates them on first Continue). */
  bindExternals?: (story: Story) => void;
}

export class StoryRunner {
  readonly story: Story;
  private globalTagCount: number;
  private first = true;
  private pendingErrors: StoryProblem[] = [];
  private lastChoicePath: string | undefined;

  constructor(json: string | object, options: RunnerOptions = {}) {
    this.story = new Story(json as string);
    // As in Inky: an EXTERNAL function nothing binds runs the Ink function of the same name.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message: string) => {
      this.pendingErrors.push({ kind: 'runtime', message, path: this.safePath() });
    };
    options.bindExternals?.(this.story);
    if (options.seed !== undefined) {
      this.story.state.storySeed = options.seed;
      this.story.state.previousRandom = 0;
    }
    this.globalTagCount = this.story.globalTags?.length ?? 0;
  }

  private safePath(): string | undefined {
    try {
      // A flow that has run out has no current path: the last choice taken says where it was.
      return this.story.state.currentPathString ?? this.lastChoicePath;
    } catch {
      return undefined;
    }
  }

  /** Runs to the next decision or the end and returns what was shown. */
  continue(): Beat {
    const lines: Line[] = [];
    const problems: StoryProblem[] = [];
    const effects: LpEffect[] = [];
    let decision: Decision | null = null;
    let ending: Beat['ending'] = null;
    const decisionTags: Tag[] = [];
    let count = 0;

    while (this.story.canContinue) {
      if (++count > MAX_LINES_PER_BEAT) {
        problems.push({
          kind: 'runaway',
          message: `more than ${MAX_LINES_PER_BEAT} lines without a choice: the story may loop forever`,
          path: this.safePath(),
        });
        break;
      }
      let text: string;
      try {
        text = (this.story.Continue() ?? '').trim();
      } catch (e) {
        problems.push({ kind: 'runtime', message: (e as Error).message, path: this.safePath() });
        break;
      }
      let rawTags = this.story.currentTags ?? [];
      if (this.first) {
        rawTags = rawTags.slice(this.globalTagCount);
        this.first = false;
      }
      const parsed = parseTags(rawTags);
      for (const err of parsed.errors) problems.push({ kind: 'tag', ...err, path: this.safePath() });
      const tags = parsed.tags;
      effects.push(...filterTags(tags, 'lp').map((t) => t.effect));
      const end = findTag(tags, 'ending');
      if (end) ending = { id: end.id, title: end.title };
      decisionTags.push(...tags.filter((t) => ['decision', 'note', 'prompt', 'real'].includes(t.name)));
      if (text || tags.length) {
        lines.push({ text, speaker: findTag(tags, 'speaker')?.value ?? null, tags });
      }
    }
    problems.push(...this.pendingErrors.splice(0));

    const options = (this.story.currentChoices ?? []).map((c, index): BeatOption => {
      const parsed = parseTags(c.tags ?? []);
      for (const err of parsed.errors) problems.push({ kind: 'tag', ...err, path: c.sourcePath ?? undefined });
      return {
        index,
        text: c.text.trim(),
        tags: parsed.tags,
        contact: findTag(parsed.tags, 'contact')?.agency ?? null,
        effects: filterTags(parsed.tags, 'lp').map((t) => t.effect),
        feedback: findTag(parsed.tags, 'feedback')?.text ?? null,
        real: parsed.tags.some((t) => t.name === 'real'),
        critical: filterTags(parsed.tags, 'critical').map((t) => t.learningPoint),
        pin: findTag(parsed.tags, 'pin')?.place ?? null,
      };
    });

    const d = findTag(decisionTags, 'decision');
    if (d || options.length) {
      decision = d
        ? {
            id: d.id,
            kinds: d.kinds,
            note: findTag(decisionTags, 'note')?.text ?? null,
            prompt: findTag(decisionTags, 'prompt')?.text ?? null,
            real:
              decisionTags.find((t): t is Extract<Tag, { name: 'real' }> => t.name === 'real' && t.text !== null)
                ?.text ?? null,
          }
        : null;
    }

    return { lines, options, decision, ending, effects, problems, done: options.length === 0 };
  }

  choose(index: number): void {
    const n = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`no option ${index + 1}: this decision has ${n} option(s)`);
    }
    this.lastChoicePath = this.story.currentChoices[index]?.sourcePath;
    this.story.ChooseChoiceIndex(index);
  }

  /** Moves to a knot (used by a trainer's "jump to episode"). */
  jumpTo(path: string): void {
    this.story.ChoosePathString(path);
  }
}
