/**
 * Where things sit in the drawing, in game pixels. Pure, so tests can work out where an
 * agency is on the canvas from its place in the list.
 */
export const GAME_WIDTH = 560;
export const GAME_HEIGHT = 440;

/** The ring of agencies around the child. */
export const NETWORK = { cx: 280, cy: 165, rx: 178, ry: 110, nodeRadius: 15 } as const;

/** The chronology line and the reading area under it. */
export const TIMELINE = { y: 358, left: 30, right: 530, dotRadius: 7, detailTop: 378 } as const;

export interface Point {
  x: number;
  y: number;
}

/** Position of agency `index` of `count`, clockwise from the top. */
export function agencyPosition(index: number, count: number): Point & { angle: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
  return {
    x: NETWORK.cx + NETWORK.rx * Math.cos(angle),
    y: NETWORK.cy + NETWORK.ry * Math.sin(angle),
    angle,
  };
}

/** Where an agency's label goes: just outside its node, pointing away from the child. */
export function labelPlacement(
  angle: number,
  gap = NETWORK.nodeRadius + 5,
): Point & { originX: number; originY: number } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return {
    x: gap * cos,
    y: gap * sin,
    originX: 0.5 - 0.5 * cos,
    originY: 0.5 - 0.5 * sin,
  };
}

/** Position of chronology entry `index` of `count` on the line (evenly spread, left to right). */
export function chronoPosition(index: number, count: number): Point {
  const span = TIMELINE.right - TIMELINE.left;
  const step = count > 1 ? span / (count - 1) : 0;
  const x = count > 1 ? TIMELINE.left + step * index : TIMELINE.left + span / 2;
  return { x, y: TIMELINE.y };
}

/** The gap between neighbouring entries: labels are drawn only when they fit. */
export function chronoSpacing(count: number): number {
  return count > 1 ? (TIMELINE.right - TIMELINE.left) / (count - 1) : Infinity;
}
