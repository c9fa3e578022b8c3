/**
 * The learner's settings: text size, high contrast, reduced motion, illustrations, sound
 * and the default feedback mode. Kept in the browser's store under one key, read at boot
 * and applied to the page before the first view is drawn.
 */
import type { FeedbackMode } from '../engine/session.ts';
import type { KeyValueStore } from '../storage/store.ts';

export const SETTINGS_KEY = 'settings';
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  textSize: TextSize;
  highContrast: boolean;
  /** The learner's own choice; the system's prefers-reduced-motion is honoured as well. */
  reducedMotion: boolean;
  /** Draw the scene, agency map and timeline (the lists in the page are always there). */
  illustrations: boolean;
  /** Sound cues: off until the learner turns them on. */
  sound: boolean;
  /** 0 to 1. */
  volume: number;
  feedbackMode: FeedbackMode;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: 100,
  highContrast: false,
  reducedMotion: false,
  illustrations: true,
  sound: false,
  volume: 0.6,
  feedbackMode: 'reflect',
});

/** Reads a stored value; anything missing or malformed falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const bool = (key: keyof Settings): boolean =>
    typeof s[key] === 'boolean' ? (s[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  const volume =
    typeof s.volume === 'number' && Number.isFinite(s.volume)
      ? Math.min(1, Math.max(0, s.volume))
      : DEFAULT_SETTINGS.volume;
  return {
    textSize: (TEXT_SIZES as readonly unknown[]).includes(s.textSize)
      ? (s.textSize as TextSize)
      : DEFAULT_SETTINGS.textSize,
    highContrast: bool('highContrast'),
    reducedMotion: bool('reducedMotion'),
    illustrations: bool('illustrations'),
    sound: bool('sound'),
    volume,
    feedbackMode:
      s.feedbackMode === 'reflect' || s.feedbackMode === 'assessment' ? s.feedbackMode : DEFAULT_SETTINGS.feedbackMode,
  };
}

export type SettingsListener = (now: Settings, before: Settings) => void;

export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    private readonly store: KeyValueStore,
    initial: Settings = { ...DEFAULT_SETTINGS },
  ) {
    this.current = initial;
  }

  /** Opens the settings kept in a store (defaults when none, or when they cannot be read). */
  static async open(store: KeyValueStore): Promise<SettingsStore> {
    const raw = await store.get(SETTINGS_KEY).catch(() => null);
    return new SettingsStore(store, parseSettings(raw));
  }

  get value(): Settings {
    return this.current;
  }

  /** True when the settings outlive this page (false with the in-memory fallback). */
  get persistent(): boolean {
    return this.store.persistent;
  }

  /** Applies a change at once (listeners run first), then stores it; rejects when storing fails. */
  async update(change: Partial<Settings>): Promise<void> {
    const before = this.current;
    this.current = parseSettings({ ...before, ...change });
    for (const listener of [...this.listeners]) {
      try {
        listener(this.current, before);
      } catch (e) {
        console.warn('settings listener failed', e);
      }
    }
    await this.store.set(SETTINGS_KEY, { ...this.current });
  }

  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Whether motion should be reduced: the learner's setting or the system's. */
export function motionReduced(settings: Settings): boolean {
  const system = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return settings.reducedMotion || system;
}

/** Puts the settings on the page: text scale, contrast and motion as attributes the CSS reads. */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--font-scale', String(settings.textSize / 100));
  root.dataset.textSize = String(settings.textSize);
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = motionReduced(settings) ? 'reduced' : 'full';
}

/** Opens the settings, applies them, and keeps the page in step with later changes. */
export async function startSettings(store: KeyValueStore): Promise<SettingsStore> {
  const settings = await SettingsStore.open(store);
  applySettings(settings.value);
  settings.subscribe((now) => applySettings(now));
  if (typeof matchMedia === 'function') {
    matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => applySettings(settings.value));
  }
  return settings;
}
