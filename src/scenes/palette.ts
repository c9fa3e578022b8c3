/** Colours of the drawing: a calm default and a high-contrast set, matching the page's. */
export interface Palette {
  background: number;
  ink: number;
  inkText: string;
  mutedText: string;
  accent: number;
  accentText: string;
  /** Fill of a contacted agency's node. */
  contacted: number;
  /** Text on a contacted node. */
  onContacted: string;
  /** Outline of an agency never asked. */
  dim: number;
  dimFill: number;
  dimLine: number;
  /** Ring round an agency that can be chosen now. */
  option: number;
  child: number;
  detailFill: number;
  /** How strongly the backdrop shows (0–1). */
  backdropAlpha: number;
  /** Backdrop tones are drawn in grey in high contrast. */
  greyBackdrop: boolean;
}

export const CALM: Palette = {
  background: 0xf6f4ef,
  ink: 0x1f2328,
  inkText: '#1f2328',
  mutedText: '#4a5159',
  accent: 0x1d4f6e,
  accentText: '#1d4f6e',
  contacted: 0x1d4f6e,
  onContacted: '#ffffff',
  dim: 0x8a9097,
  dimFill: 0xf6f4ef,
  dimLine: 0xb9bec4,
  option: 0xb86e00,
  child: 0xc9d9e4,
  detailFill: 0xffffff,
  backdropAlpha: 0.55,
  greyBackdrop: false,
};

export const HIGH_CONTRAST: Palette = {
  background: 0xffffff,
  ink: 0x000000,
  inkText: '#000000',
  mutedText: '#000000',
  accent: 0x000000,
  accentText: '#000000',
  contacted: 0x000000,
  onContacted: '#ffffff',
  dim: 0x595959,
  dimFill: 0xffffff,
  dimLine: 0x767676,
  option: 0x0033cc,
  child: 0xffffff,
  detailFill: 0xffffff,
  backdropAlpha: 0.25,
  greyBackdrop: true,
};

export function paletteFor(highContrast: boolean): Palette {
  return highContrast ? HIGH_CONTRAST : CALM;
}

/** A colour as grey of the same lightness (for high-contrast backdrops). */
export function toGrey(color: number): number {
  const r = (color >> 16) & 0xff;
  const g = (color >> 8) & 0xff;
  const b = color & 0xff;
  const y = Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
  return (y << 16) | (y << 8) | y;
}
