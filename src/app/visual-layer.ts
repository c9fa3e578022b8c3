/**
 * The visual and sound layer joins the player through its play hooks: beside the story it
 * puts the setting in words, the agencies around the child and the case chronology (DOM
 * lists, always there), and, once the first choice is on screen, loads Phaser to draw the
 * same things. Sound cues play through Howler when the learner has turned sound on.
 * Whatever fails here, the story plays on in the DOM.
 */
import { AMBIENT_SOUNDS, describeSounds } from '../audio/descriptions.ts';
import { SoundCuePlayer } from '../audio/sound-player.ts';
import type { Session } from '../engine/session.ts';
import type { AgencyId, SceneId } from '../engine/vocabulary.ts';
import type { VisualGame } from '../scenes/phaser-game.ts';
import { type VisualModel, buildVisualModel, mapAgencies } from '../engine/visual-model.ts';
import { paletteFor } from '../scenes/palette.ts';
import { AgencyPanel } from '../ui/agency-panel.ts';
import { ChronologyPanel } from '../ui/chronology-panel.ts';
import { h } from '../ui/dom.ts';
import type { PlayerView } from '../ui/player.ts';
import { keepHeaderInView } from '../ui/progress-header.ts';
import type { PlayControls, PlayHookRegistry } from './hooks.ts';
import { type Settings, type SettingsStore, motionReduced } from './settings.ts';

/** Below this width the drawing would be too small to read: the lists stand alone. */
const DRAWING_MIN_WIDTH = '(min-width: 36rem)';
/** Whether the layer sits beside the story (the stylesheet decides, from the space the story keeps). */
function besideStory(slot: HTMLElement): boolean {
  const player = slot.parentElement;
  return player ? getComputedStyle(player).gridTemplateColumns.trim().split(/\s+/).length > 1 : false;
}

function media(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** Runs `task` once the browser is idle after the next paint (the first choice is on screen by then). */
function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1500 });
    else window.setTimeout(task, 200);
  });
}

/** Runs `task` in the task after the next frame, once that frame has been painted. */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => window.setTimeout(task, 0));
}

class VisualSession {
  readonly root: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly canvasBox: HTMLElement;
  private readonly note: HTMLElement;
  private readonly soundButton: HTMLButtonElement;
  private readonly agencyPanel: AgencyPanel;
  private readonly chronologyPanel: ChronologyPanel;
  private agencies: AgencyId[];
  private model: VisualModel;
  private game: VisualGame | null = null;
  private loading = false;
  private closed = false;
  /** Choices made so far: a catch-up scheduled for an earlier one is dropped. */
  private choices = 0;
  private readonly unsubscribe: () => void;

  constructor(
    readonly session: Session,
    slot: HTMLElement,
    private readonly controls: PlayControls,
    private readonly settings: SettingsStore,
    private readonly sound: SoundCuePlayer,
  ) {
    slot.classList.add('has-visual-layer');
    // Beside the story the lists start open; below it they start closed, to keep the story near.
    const open = besideStory(slot);
    this.agencies = mapAgencies(session.scenario.facts.allInfo.map((i) => i.agency));
    this.model = this.buildModel();
    this.caption = h('p', { className: 'scene-caption' });
    this.canvasBox = h('div', { className: 'visual-canvas', 'aria-hidden': 'true', hidden: true });
    this.note = h('p', { className: 'visual-note', hidden: true });
    this.soundButton = h(
      'button',
      {
        type: 'button',
        className: 'secondary sound-toggle',
        'aria-pressed': String(settings.value.sound),
        onclick: () => void this.settings.update({ sound: !this.settings.value.sound }).catch(() => undefined),
      },
      'Sound cues',
      h('span', { className: 'sound-state', 'aria-hidden': 'true' }),
    );
    this.agencyPanel = new AgencyPanel((index) => this.controls.choose(index), open);
    this.chronologyPanel = new ChronologyPanel((index) => this.game?.selectChrono(index), open);
    this.root = h(
      'section',
      { className: 'visual-layer', 'aria-label': 'The case at a glance' },
      h('div', { className: 'visual-bar' }, this.caption, this.soundButton),
      this.canvasBox,
      this.note,
      this.agencyPanel.root,
      this.chronologyPanel.root,
    );
    slot.append(this.root);
    this.render();
    this.renderSoundButton(settings.value);
    this.unsubscribe = settings.subscribe((now, before) => this.onSettings(now, before));
    void this.sound.play(session.context.sounds);
    if (this.wantsDrawing()) {
      this.canvasBox.hidden = false;
      afterFirstPaint(() => void this.startDrawing());
    }
  }

  private buildModel(): VisualModel {
    return buildVisualModel({
      context: this.session.context,
      options: this.session.current.options,
      agencies: this.agencies,
      decisionsMade: this.session.turns.length,
    });
  }

  private wantsDrawing(): boolean {
    return this.settings.value.illustrations && media(DRAWING_MIN_WIDTH);
  }

  private render(): void {
    this.agencies = this.model.agencies.map((a) => a.id);
    const setting = this.model.sceneName ? `Setting: ${this.model.sceneName}.` : '';
    const sounds = describeSounds(this.session.context.sounds);
    this.caption.textContent = [setting, sounds ? `Sounds: ${sounds}.` : ''].filter(Boolean).join(' ');
    this.caption.hidden = !this.caption.textContent;
    this.agencyPanel.update(this.model);
    this.chronologyPanel.update(this.model.chronology);
  }

  /** After a choice: the new passage is on screen; bring the lists, drawing and sound in step. */
  afterChoice(previousScene: SceneId | null): void {
    if (this.closed) return;
    // Text first: the drawing holds still now, and the lists and the drawing catch up in
    // the tasks after the frame that paints the new passage, so they never delay it.
    this.game?.hold();
    this.root.setAttribute('aria-busy', 'true');
    const choice = ++this.choices;
    afterNextPaint(() => {
      if (this.closed || this.choices !== choice) return;
      const model = this.buildModel();
      this.model = model;
      this.render();
      this.root.removeAttribute('aria-busy');
      window.setTimeout(() => {
        if (!this.closed && this.model === model) this.game?.show(model);
      }, 0);
    });
    const cues = this.session.context.sounds;
    if (this.session.context.scene !== previousScene && !cues.some((c) => AMBIENT_SOUNDS.has(c))) {
      this.sound.stopAmbient();
    }
    if (this.session.finished) this.sound.stopAmbient();
    void this.sound.play(cues);
  }

  private look(s: Settings) {
    return { palette: paletteFor(s.highContrast), reducedMotion: motionReduced(s) };
  }

  private async startDrawing(): Promise<void> {
    if (this.closed || this.game || this.loading || !this.wantsDrawing()) return;
    this.loading = true;
    this.canvasBox.hidden = false;
    this.canvasBox.classList.add('is-loading');
    try {
      const { startVisualGame } = await import('../scenes/phaser-game.ts');
      if (this.closed || !this.wantsDrawing()) return;
      const game = await startVisualGame(this.canvasBox, this.model, this.look(this.settings.value), {
        // Deferred so the scene is not redrawn while Phaser is still dispatching the click.
        onAgency: (index) => window.setTimeout(() => this.controls.choose(index), 0),
        onChrono: (index) => this.chronologyPanel.reveal(index),
      });
      if (this.closed || !this.wantsDrawing()) {
        game.destroy();
        return;
      }
      this.game = game;
      this.game.show(this.model);
      this.canvasBox.dataset.renderer = game.renderer;
      this.canvasBox.classList.remove('is-loading');
    } catch (e) {
      console.warn('The illustrations could not be loaded', e);
      this.canvasBox.hidden = true;
      this.note.hidden = false;
      this.note.textContent =
        'The illustrations could not be loaded. Everything they show is in the lists here and in the story.';
    } finally {
      this.loading = false;
    }
  }

  private stopDrawing(): void {
    this.game?.destroy();
    this.game = null;
    this.canvasBox.hidden = true;
  }

  private renderSoundButton(s: Settings): void {
    this.soundButton.setAttribute('aria-pressed', String(s.sound));
    const state = this.soundButton.querySelector('.sound-state');
    if (state) state.textContent = s.sound ? 'On' : 'Off';
  }

  private onSettings(now: Settings, before: Settings): void {
    if (this.closed) return;
    this.renderSoundButton(now);
    if (now.illustrations !== before.illustrations) {
      if (now.illustrations) void this.startDrawing();
      else this.stopDrawing();
    }
    if (now.highContrast !== before.highContrast || now.reducedMotion !== before.reducedMotion) {
      this.game?.setLook(this.look(now));
    }
    if (now.sound && !before.sound) void this.sound.play(this.session.context.sounds);
  }

  destroy(): void {
    this.closed = true;
    this.unsubscribe();
    this.stopDrawing();
    this.sound.stopAll();
    this.root.remove();
  }
}

export interface VisualLayer {
  /** Plays a short sample so the learner can set the volume (a click is the gesture browsers need). */
  previewSound(): void;
}

export function registerVisualLayer(settings: SettingsStore, hooks: PlayHookRegistry): VisualLayer {
  const sound = new SoundCuePlayer(settings.value.sound, settings.value.volume);
  settings.subscribe((now) => {
    sound.setEnabled(now.sound);
    sound.setVolume(now.volume);
  });

  let releaseHeader: (() => void) | null = null;
  hooks.register({
    onStart(_session, view: PlayerView) {
      releaseHeader?.();
      const header = view.root.querySelector<HTMLElement>('.player-header');
      releaseHeader = header ? keepHeaderInView(header) : null;
    },
    onLeave() {
      releaseHeader?.();
      releaseHeader = null;
    },
  });

  const layer: VisualLayer = { previewSound: () => void sound.preview('knock') };
  if (new URLSearchParams(location.search).get('visual') === 'off') return layer;

  let current: VisualSession | null = null;
  let sceneBefore: SceneId | null = null;
  hooks.register({
    onStart(session, view, controls) {
      current?.destroy();
      current = new VisualSession(session, view.visualSlot, controls, settings, sound);
      sceneBefore = session.context.scene;
    },
    onChoice(session: Session) {
      if (current?.session !== session) return;
      current.afterChoice(sceneBefore);
      sceneBefore = session.context.scene;
    },
    onLeave(session) {
      if (current?.session !== session) return;
      current.destroy();
      current = null;
    },
  });
  return layer;
}
