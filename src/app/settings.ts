/**
 * The learner's settings: text size, high contrast, reduced motion, illustrations, sound
 * and the default feedback mode. Kept in the browser's store under one key, read at boot
 * and applied to the page before the first view is drawn.
 */
import { DEFAULT_SETTINGS, type Settings, parseSettings } from '../ui/settings-model.ts';
import type { KeyValueStore } from '../storage/store.ts';

export const SETTINGS_KEY = 'settings';
export { DEFAULT_SETTINGS, TEXT_SIZES, parseSettings } from '../ui/settings-model.ts';
export type { Settings, TextSize } from '../ui/settings-model.ts';

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
