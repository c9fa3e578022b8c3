/** How the scene's text looks: one font throughout, drawn at twice the resolution so it stays sharp. */
import type * as Phaser from 'phaser';
import { TIMELINE } from './layout.ts';
import type { Palette } from './palette.ts';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** The reading area under the chronology line: up to three wrapped lines. */
export function detailStyle(p: Palette): TextStyle {
  return {
    fontFamily: FONT,
    fontSize: '14px',
    color: p.inkText,
    wordWrap: { width: TIMELINE.right - TIMELINE.left },
    maxLines: 3,
    resolution: 2,
  };
}

/** A name on the agency map, aligned to the side it sits on; `strong` for the child and agencies contacted. */
export function mapLabelStyle(p: Palette, strong: boolean, originX: number): TextStyle {
  return {
    fontFamily: FONT,
    fontSize: '12px',
    fontStyle: strong ? 'bold' : 'normal',
    color: strong ? p.inkText : p.mutedText,
    align: originX < 0.3 ? 'left' : originX > 0.7 ? 'right' : 'center',
    lineSpacing: -2,
    resolution: 2,
  };
}

/** An abbreviation or a count, small and bold. */
export function smallBoldStyle(color: string): TextStyle {
  return { fontFamily: FONT, fontSize: '10px', fontStyle: 'bold', color, resolution: 2 };
}

/** A label on the chronology line; regular weight, because the layout measured the regular face. */
export function timelineLabelStyle(size: number, color: string): TextStyle {
  return { fontFamily: FONT, fontSize: `${size}px`, color, resolution: 2 };
}
