/**
 * The accessible player: the story text with speaker and role, choices as real buttons
 * (number keys 1–9 too), focus moved to each new passage (read once), save status shown.
 * It renders the session and reports the learner's intent; it never changes story state.
 */
import type { Beat, BeatOption } from '../engine/runner.ts';
import type { Session } from '../engine/session.ts';
import { AGENCIES } from '../engine/vocabulary.ts';
import { clear, focusRegion, h } from './dom.ts';

export interface PlayerCallbacks {
  onChoose(index: number): void;
  onLeave(): void;
  onFinish(): void;
}

export type SaveState =
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  | { kind: 'off'; message: string };

export class PlayerView {
  readonly root: HTMLElement;
  /** Where the visual layer (agency map, chronology, scene) puts itself, beside the text. */
  readonly visualSlot: HTMLElement;
  private readonly log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly status: HTMLElement;
  private readonly saveStatus: HTMLElement;
  private readonly keyHandler: (e: KeyboardEvent) => void;
  private beatCount = 0;

  constructor(
    private readonly session: Session,
    private readonly callbacks: PlayerCallbacks,
  ) {
    this.status = h('div', { className: 'player-status' });
    this.saveStatus = h('p', { className: 'save-status', role: 'status' });
    this.log = h('div', { className: 'story-log', role: 'region', 'aria-label': 'Story so far' });
    this.choices = h('section', { className: 'choices', 'aria-labelledby': 'choices-title' });
    this.visualSlot = h('div', { className: 'visual-slot' });
    this.root = h(
      'section',
      { className: 'player', 'aria-labelledby': 'player-title' },
      h(
        'header',
        { className: 'player-header' },
        h('h1', { id: 'player-title' }, session.scenario.meta.title),
        this.status,
        h(
          'div',
          { className: 'player-tools' },
          this.saveStatus,
          h(
            'button',
            { type: 'button', className: 'secondary', onclick: () => callbacks.onLeave() },
            'Leave (progress is kept)',
          ),
        ),
      ),
      this.log,
      this.choices,
      // After the choices in reading and focus order: beside the story when there is room
      // (the stylesheet places it), otherwise below, never between the learner and the text.
      this.visualSlot,
    );
    this.keyHandler = (e) => this.onKey(e);
    document.addEventListener('keydown', this.keyHandler);
  }

  destroy(): void {
    document.removeEventListener('keydown', this.keyHandler);
  }

  /** Renders everything played so far and the current decision (start and resume). */
  renderAll(notice: string | null = null): void {
    clear(this.log);
    this.beatCount = 0;
    if (notice) this.log.append(h('div', { className: 'notice warning', role: 'alert' }, notice));
    let lead: HTMLElement | null = null;
    for (const turn of this.session.turns) {
      this.log.append(this.beatElement(turn.beat, lead));
      lead = this.choiceMade(turn.option, turn.option.feedback);
    }
    const current = this.beatElement(this.session.current, lead);
    this.log.append(current);
    this.renderStatus();
    this.renderChoices();
    if (this.session.turns.length) focusRegion(current);
    else {
      // The first passage starts the page: focus it without scrolling, so it is never under the header.
      current.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }

  /** After a choice: shows what was chosen, its feedback, and the new beat. */
  showChoice(option: BeatOption): void {
    const beat = this.beatElement(this.session.current, this.choiceMade(option, option.feedback));
    this.log.append(beat);
    this.renderStatus();
    this.renderChoices();
    // One channel: focus moves to the new passage, which opens with what was chosen and its
    // feedback, so a screen reader reads it once; nothing is copied to the live region.
    focusRegion(beat);
  }

  setSaveState(state: SaveState): void {
    this.saveStatus.className = `save-status ${state.kind}`;
    this.saveStatus.textContent =
      state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'saved'
          ? `Progress saved at ${state.at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`
          : state.kind === 'failed'
            ? `Not saved: ${state.message}`
            : state.message;
  }

  private renderStatus(): void {
    const ctx = this.session.context;
    const total = this.session.scenario.facts.episodes.length;
    clear(this.status);
    this.status.append(
      h(
        'p',
        { className: 'episode' },
        ctx.episode ? `Episode ${ctx.episode.number} of ${total}: ${ctx.episode.title}` : 'Starting',
      ),
      ctx.when ? h('p', { className: 'when' }, ctx.when) : '',
      h('p', { className: 'role' }, h('span', { className: 'label' }, 'Your role: '), ctx.role ?? '—'),
    );
  }

  /** A passage, opening with `lead` (what was chosen before it, and the feedback) when there is one. */
  private beatElement(beat: Beat, lead: HTMLElement | null = null): HTMLElement {
    this.beatCount++;
    // An article, not a region: thirty passages must not become thirty landmarks.
    const section = h('article', { className: 'beat', 'aria-label': `Passage ${this.beatCount}`, tabindex: -1 });
    if (lead) section.append(lead);
    for (const line of beat.lines) {
      if (!line.text) continue;
      const episode = line.tags.find((t) => t.name === 'episode');
      if (episode && episode.name === 'episode') {
        section.append(h('h2', { className: 'episode-title' }, `Episode ${episode.number}: ${episode.title}`));
      }
      section.append(
        h(
          'p',
          { className: line.speaker ? 'line speech' : 'line' },
          line.speaker ? h('span', { className: 'speaker' }, `${line.speaker}: `) : null,
          line.text,
        ),
      );
    }
    if (beat.ending) {
      section.append(h('h2', { className: 'ending-title' }, `Ending: ${beat.ending.title}`));
    }
    return section;
  }

  private choiceMade(option: BeatOption, feedback: string | null): HTMLElement {
    const box = h(
      'div',
      { className: 'choice-made' },
      h('p', {}, h('span', { className: 'label' }, 'You chose: '), option.text),
    );
    if (feedback && this.session.feedbackMode === 'reflect') {
      box.append(h('p', { className: 'feedback' }, h('span', { className: 'label' }, 'Feedback: '), feedback));
    }
    return box;
  }

  private renderChoices(): void {
    clear(this.choices);
    const beat = this.session.current;
    if (!beat.options.length) {
      this.choices.append(
        h('h2', { id: 'choices-title' }, 'The scenario has ended'),
        h(
          'button',
          { type: 'button', className: 'primary', onclick: () => this.callbacks.onFinish() },
          'See your debrief',
        ),
      );
      return;
    }
    this.choices.append(
      h('h2', { id: 'choices-title' }, 'What do you do?'),
      h(
        'ol',
        { className: 'choice-list' },
        this.session.shownOptions().map((o, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'choice',
                'data-index': o.index,
                'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
                onclick: () => this.callbacks.onChoose(o.index),
              },
              i < 9 ? h('span', { className: 'key', 'aria-hidden': 'true' }, String(i + 1)) : null,
              h('span', { className: 'choice-text' }, o.text),
              o.contact ? h('span', { className: 'contact' }, ` (contacts: ${AGENCIES[o.contact]})`) : null,
            ),
          ),
        ),
      ),
      h('p', { className: 'hint' }, 'Press a number key to choose, or use Tab and Enter.'),
    );
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    if (!/^[1-9]$/.test(e.key)) return;
    const option = this.session.shownOptions()[Number(e.key) - 1];
    if (option) {
      e.preventDefault();
      this.callbacks.onChoose(option.index);
    }
  }
}
