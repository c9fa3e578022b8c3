/**
 * Sound cues through Howler. Howler itself is loaded only when the learner has turned
 * sound on. One-off cues (phone, door, knock, typing) play once; place cues (office,
 * meeting, ward, street) loop softly until another place cue, a change of scene, or leaving.
 */
import type * as Howler from 'howler';
import type { Howl as HowlType } from 'howler';
import type { SoundId } from '../engine/vocabulary.ts';
import { AMBIENT_SOUNDS } from './descriptions.ts';
import { SOUND_FILES } from './sound-files.ts';

type HowlerModule = typeof Howler;

/** Place cues play at this share of the volume, under the one-off cues. */
const AMBIENT_LEVEL = 0.45;
const FADE_MS = 600;

export class SoundCuePlayer {
  private module: Promise<HowlerModule> | null = null;
  private readonly sounds = new Map<SoundId, HowlType>();
  private ambient: { id: SoundId; howl: HowlType; playId: number } | null = null;
  private destroyed = false;

  constructor(
    private enabled: boolean,
    private volume: number,
  ) {}

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Starts loading Howler (e.g. as sound is turned on, during the click that does it). */
  prepare(): Promise<HowlerModule> {
    this.module ??= import('howler').then((m) => {
      m.Howler.volume(this.volume);
      return m;
    });
    return this.module;
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (on) void this.prepare().catch(() => undefined);
    else this.stopAll();
  }

  setVolume(volume: number): void {
    this.volume = volume;
    if (this.module) void this.module.then((m) => m.Howler.volume(volume)).catch(() => undefined);
  }

  /** Plays the cues of a new passage (nothing when sound is off). */
  async play(cues: readonly SoundId[]): Promise<void> {
    if (!this.enabled || !cues.length) return;
    const { Howl } = await this.prepare();
    if (!this.enabled || this.destroyed) return;
    for (const cue of cues) {
      const howl = this.howl(Howl, cue);
      if (AMBIENT_SOUNDS.has(cue)) this.startAmbient(cue, howl);
      else howl.play();
    }
  }

  /** Plays one cue whether or not cues are on: the settings page's "Play a sample sound". */
  async preview(cue: SoundId): Promise<void> {
    const { Howl } = await this.prepare();
    if (!this.destroyed) this.howl(Howl, cue).play();
  }

  private howl(Howl: HowlerModule['Howl'], cue: SoundId): HowlType {
    let howl = this.sounds.get(cue);
    if (!howl) {
      howl = new Howl({ src: SOUND_FILES[cue], loop: AMBIENT_SOUNDS.has(cue), preload: true });
      this.sounds.set(cue, howl);
    }
    return howl;
  }

  private startAmbient(cue: SoundId, howl: HowlType): void {
    if (this.ambient?.id === cue) return;
    this.stopAmbient();
    const playId = howl.play();
    howl.fade(0, AMBIENT_LEVEL, FADE_MS, playId);
    this.ambient = { id: cue, howl, playId };
  }

  stopAmbient(): void {
    const playing = this.ambient;
    if (!playing) return;
    this.ambient = null;
    const { howl, playId } = playing;
    howl.fade(howl.volume(playId) as number, 0, FADE_MS, playId);
    howl.once('fade', () => howl.stop(playId), playId);
  }

  stopAll(): void {
    this.ambient = null;
    for (const howl of this.sounds.values()) howl.stop();
  }

  destroy(): void {
    this.destroyed = true;
    this.stopAll();
    for (const howl of this.sounds.values()) howl.unload();
    this.sounds.clear();
  }
}
