/**
 * What the learner can set (text size, contrast, motion, illustrations, sound, feedback
 * mode), its defaults, and how a stored value is read: the model both the settings view
 * and the app's settings store use.
 */
import type { FeedbackMode } from '../engine/session.ts';

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
