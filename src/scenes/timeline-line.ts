import type * as Phaser from 'phaser';
import { TIMELINE, type TimelineLayout } from './layout.ts';
import type { Palette } from './palette.ts';

/** The chronology's line with its year ticks, and a break where a long empty gap (years before the case) is cut short. */
export function drawTimelineLine(
  line: Phaser.GameObjects.Graphics,
  layout: TimelineLayout,
  p: Palette,
): Phaser.GameObjects.Graphics {
  line.lineStyle(2, p.ink, 0.7);
  line.lineBetween(TIMELINE.left, TIMELINE.y, TIMELINE.right, TIMELINE.y);
  line.lineStyle(1, p.ink, 0.7);
  for (const tick of layout.ticks) line.lineBetween(tick.x, TIMELINE.y - 11, tick.x, TIMELINE.y + 5);
  for (const b of layout.breaks) {
    line.fillStyle(p.detailFill, 1);
    line.fillRect(b.x - 4, TIMELINE.y - 3, 8, 6);
    line.lineStyle(1.5, p.ink, 0.7);
    line.lineBetween(b.x - 6, TIMELINE.y + 5, b.x - 2, TIMELINE.y - 5);
    line.lineBetween(b.x + 2, TIMELINE.y + 5, b.x + 6, TIMELINE.y - 5);
  }
  return line;
}
