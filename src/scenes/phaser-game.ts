/**
 * Starts the Phaser game that draws the case. This module is the lazily loaded chunk:
 * only the visual layer imports it, with a dynamic import, after the first choice is on
 * screen. Phaser picks WebGL and falls back to its Canvas renderer by itself (Phaser.AUTO).
 */
import * as Phaser from 'phaser';
import { CaseScene, type Look, type SceneEvents } from './case-scene.ts';
import { GAME_HEIGHT, GAME_WIDTH } from './layout.ts';
import { softwareWebGL } from './software-webgl.ts';
import type { VisualModel } from '../engine/visual-model.ts';

export interface VisualGame {
  /** 'WebGL', 'WebGL (software)' (no GPU) or 'Canvas'. */
  readonly renderer: string;
  show(model: VisualModel): void;
  /** Stops drawing until the next `show` (so the frame that paints a new passage draws nothing else). */
  hold(): void;
  setLook(look: Look): void;
  selectChrono(index: number | null): void;
  destroy(): void;
}

const BOOT_TIMEOUT_MS = 15_000;

export function startVisualGame(
  parent: HTMLElement,
  model: VisualModel,
  look: Look,
  events: SceneEvents,
): Promise<VisualGame> {
  return new Promise((resolve, reject) => {
    let game: Phaser.Game | null = null;
    const timer = window.setTimeout(() => {
      game?.destroy(true);
      reject(new Error('the drawing did not start in time'));
    }, BOOT_TIMEOUT_MS);
    const scene = new CaseScene(model, look, events, () => {
      window.clearTimeout(timer);
      if (!game) return;
      const canvas = game.canvas;
      canvas.setAttribute('aria-hidden', 'true');
      canvas.setAttribute('role', 'presentation');
      canvas.classList.add('visual-canvas-element');
      const running = game;
      // Phaser caches where the canvas is on the page; the page moves it (a sticky column,
      // text reflowing above it), so refresh that just before Phaser reads a pointer event.
      // A pointer over the drawing may change what it shows: the sleeping loop wakes for it.
      const refreshBounds = () => {
        scene.wake();
        running.scale.updateBounds();
      };
      const pointerEvents = ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'touchstart'];
      for (const type of pointerEvents) parent.addEventListener(type, refreshBounds, { capture: true, passive: true });
      resolve({
        renderer: running.renderer.type === Phaser.WEBGL ? (software ? 'WebGL (software)' : 'WebGL') : 'Canvas',
        show: (m) => scene.show(m),
        hold: () => scene.hold(),
        setLook: (l) => scene.setLook(l),
        selectChrono: (i) => scene.selectChrono(i),
        destroy: () => {
          for (const type of pointerEvents) parent.removeEventListener(type, refreshBounds, { capture: true });
          running.destroy(true);
        },
      });
    });
    // Without a GPU, multisampling and presenting the canvas in step with the page are what
    // each frame costs most; the drawing is flat shapes and text that read well without them.
    const software = softwareWebGL();
    try {
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent,
        width: GAME_WIDTH,
        height: GAME_HEIGHT,
        backgroundColor: look.palette.background,
        banner: false,
        autoFocus: false,
        disableContextMenu: false,
        audio: { noAudio: true },
        input: { keyboard: false, gamepad: false, mouse: true, touch: true },
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
        render: { antialias: true, antialiasGL: !software, desynchronized: software, powerPreference: 'low-power' },
        // The scene only fades and pulses: 20 frames a second is enough, and leaves the
        // main thread free to paint the story text sooner after each choice.
        fps: { limit: 20 },
        scene,
      });
    } catch (e) {
      window.clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
