/**
 * The backdrop of each setting, drawn in flat, muted shapes: rooms and places, never
 * people. Each is a few rectangles and lines so it stays calm behind the agency map.
 * The page names the setting in words ("Setting: A GP surgery"); this only illustrates it.
 */
import type * as Phaser from 'phaser';
import type { SceneId } from '../engine/vocabulary.ts';
import { GAME_HEIGHT, GAME_WIDTH } from './layout.ts';
import { type Palette, toGrey } from './palette.ts';

type Graphics = Phaser.GameObjects.Graphics;

const FLOOR_Y = 300;

class Pen {
  constructor(
    private readonly g: Graphics,
    private readonly palette: Palette,
  ) {}
  private c(color: number): number {
    return this.palette.greyBackdrop ? toGrey(color) : color;
  }
  rect(x: number, y: number, w: number, h: number, color: number, radius = 0): this {
    this.g.fillStyle(this.c(color), 1);
    if (radius) this.g.fillRoundedRect(x, y, w, h, radius);
    else this.g.fillRect(x, y, w, h);
    return this;
  }
  outline(x: number, y: number, w: number, h: number, color: number, width = 2): this {
    this.g.lineStyle(width, this.c(color), 1);
    this.g.strokeRect(x, y, w, h);
    return this;
  }
  line(x1: number, y1: number, x2: number, y2: number, color: number, width = 2): this {
    this.g.lineStyle(width, this.c(color), 1);
    this.g.lineBetween(x1, y1, x2, y2);
    return this;
  }
  ellipse(x: number, y: number, w: number, h: number, color: number): this {
    this.g.fillStyle(this.c(color), 1);
    this.g.fillEllipse(x, y, w, h);
    return this;
  }
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number, color: number): this {
    this.g.fillStyle(this.c(color), 1);
    this.g.fillTriangle(x1, y1, x2, y2, x3, y3);
    return this;
  }
  room(wall: number, floor: number): this {
    return this.rect(0, 0, GAME_WIDTH, FLOOR_Y, wall).rect(0, FLOOR_Y, GAME_WIDTH, GAME_HEIGHT - FLOOR_Y, floor);
  }
  window(x: number, y: number, w: number, h: number, sky = 0xdbe7ee, frame = 0xffffff): this {
    this.rect(x, y, w, h, frame).rect(x + 6, y + 6, w - 12, h - 12, sky);
    return this.line(x + w / 2, y + 6, x + w / 2, y + h - 6, frame, 4);
  }
}

const SCENE_DRAWINGS: Record<SceneId, (p: Pen) => void> = {
  home(p) {
    p.room(0xe9dfcf, 0xcdbba0);
    p.window(50, 60, 130, 110).rect(34, 52, 22, 140, 0xc8a98a).rect(174, 52, 22, 140, 0xc8a98a);
    p.outline(395, 70, 90, 60, 0xa89276, 3);
    p.rect(330, 200, 200, 44, 0xb7a48c, 10).rect(320, 236, 220, 54, 0xa8957c, 10);
    p.line(270, 160, 270, 292, 0x9a8a74, 3).triangle(250, 160, 290, 160, 270, 130, 0xd9c7a8);
  },
  'gp-surgery'(p) {
    p.room(0xdde8e4, 0xbfcfc9);
    p.rect(40, 230, 210, 70, 0xa9bdb6, 4).rect(40, 222, 210, 12, 0x98aea6, 2);
    for (let i = 0; i < 4; i++) p.rect(300 + i * 48, 250, 38, 40, 0xb4c9c2, 6);
    p.rect(320, 70, 140, 90, 0xefe6d0).outline(320, 70, 140, 90, 0xa9bdb6, 3);
    p.rect(335, 85, 40, 28, 0xffffff).rect(390, 90, 50, 22, 0xdfe9f0).rect(345, 122, 60, 24, 0xf5f1e6);
    p.rect(480, 110, 60, 190, 0xc7d6d0).rect(528, 200, 6, 16, 0x8fa59c);
  },
  school(p) {
    p.room(0xe6e3d3, 0xc9c2a6);
    for (let i = 0; i < 2; i++) p.window(30 + i * 150, 50, 130, 120, 0xdde8ee);
    p.rect(345, 60, 185, 100, 0x6f8577, 4).outline(345, 60, 185, 100, 0xb9a98a, 5);
    for (let r = 0; r < 2; r++) for (let i = 0; i < 4; i++) p.rect(40 + i * 130, 220 + r * 45, 90, 22, 0xb9ab8c, 3);
  },
  nursery(p) {
    p.room(0xf0e6d8, 0xd9cbb4);
    p.window(360, 50, 150, 110, 0xe2ecf0);
    p.rect(40, 200, 190, 90, 0xcdb896, 4);
    for (let i = 0; i < 3; i++)
      p.rect(50 + i * 60, 212, 50, 30, 0xe6d8bf, 3).rect(50 + i * 60, 250, 50, 30, 0xe6d8bf, 3);
    p.ellipse(400, 318, 250, 50, 0xc9d6c3);
    p.rect(330, 262, 26, 26, 0xc9a27a, 3).rect(358, 262, 26, 26, 0x9fb3c8, 3).rect(344, 236, 26, 26, 0xb7c4a1, 3);
  },
  'emergency-dept'(p) {
    p.room(0xe4eaee, 0xc6d0d6);
    p.line(20, 50, 540, 50, 0x9aa8b2, 4);
    for (let i = 0; i < 3; i++) {
      const x = 30 + i * 175;
      for (let f = 0; f < 5; f++) p.rect(x + f * 12, 52, 10, 230, f % 2 ? 0xbccbd6 : 0xc8d5de);
      p.rect(x + 70, 200, 90, 24, 0xdfe5ea, 6).rect(x + 70, 224, 90, 8, 0xa9b6bf);
    }
    p.rect(470, 110, 60, 42, 0x7f8d97, 4).line(500, 152, 500, 200, 0x7f8d97, 3);
  },
  'hospital-ward'(p) {
    p.room(0xe6ecea, 0xc8d2cf);
    p.window(200, 50, 160, 100, 0xdfe9ee);
    p.line(20, 40, 540, 40, 0x9fb0ab, 3);
    for (let i = 0; i < 3; i++) {
      const x = 30 + i * 180;
      p.rect(x, 210, 150, 30, 0xf4f7f6, 6).rect(x, 200, 40, 16, 0xffffff, 5).rect(x, 240, 150, 10, 0xa7b5b1);
      p.line(x + 6, 250, x + 6, 292, 0x9fb0ab, 3).line(x + 144, 250, x + 144, 292, 0x9fb0ab, 3);
    }
  },
  'meeting-room'(p) {
    p.room(0xe3e1dc, 0xc4c0b6);
    p.rect(190, 55, 180, 100, 0x8d97a0, 4).rect(198, 63, 164, 84, 0xaab3ba, 2);
    p.window(420, 50, 110, 130, 0xdde6eb);
    for (let i = 0; i < 5; i++)
      p.rect(120 + i * 66, 212, 40, 34, 0xb0a899, 8).rect(120 + i * 66, 306, 40, 34, 0xb0a899, 8);
    p.rect(90, 240, 380, 70, 0xa89f90, 30);
  },
  office(p) {
    p.room(0xe2e4e6, 0xc3c7cb);
    p.rect(40, 50, 150, 130, 0xffffff).rect(46, 56, 138, 118, 0xdbe5eb);
    for (let y = 64; y < 170; y += 12) p.line(46, y, 184, y, 0xf3f5f6, 3);
    p.rect(400, 60, 130, 130, 0xb3b8bd, 3);
    for (let s = 0; s < 3; s++)
      for (let i = 0; i < 6; i++) p.rect(408 + i * 20, 66 + s * 42, 14, 34, i % 2 ? 0xd2c7b3 : 0xc5cdd4, 2);
    for (let i = 0; i < 2; i++) {
      const x = 60 + i * 250;
      p.rect(x, 250, 190, 16, 0xa9a196, 3)
        .line(x + 12, 266, x + 12, 300, 0x8f877c, 4)
        .line(x + 178, 266, x + 178, 300, 0x8f877c, 4);
      p.rect(x + 60, 196, 70, 48, 0x6c7680, 4).rect(x + 90, 244, 10, 8, 0x6c7680);
    }
  },
  court(p) {
    p.room(0xddd5c6, 0xc2b7a3);
    for (let i = 0; i < 7; i++) p.outline(14 + i * 78, 40, 66, 240, 0xc9bea9, 3);
    p.rect(150, 140, 260, 70, 0xb5a58a, 4).rect(140, 132, 280, 12, 0xa39276, 2);
    p.rect(40, 230, 90, 60, 0xbfb098, 4).rect(430, 230, 90, 60, 0xbfb098, 4);
  },
  clinic(p) {
    p.room(0xe5ebe8, 0xc7d0cc);
    p.window(40, 50, 130, 110, 0xdfe9ee);
    p.rect(290, 226, 220, 30, 0xc9d7d3, 10).line(310, 256, 310, 296, 0x8fa09b, 4).line(490, 256, 490, 296, 0x8fa09b, 4);
    p.rect(60, 232, 150, 16, 0xaab6b2, 3).line(72, 248, 72, 296, 0x8fa09b, 4).line(198, 248, 198, 296, 0x8fa09b, 4);
    p.rect(420, 60, 100, 130, 0xcbd6d2, 3).outline(420, 60, 100, 130, 0xa7b5b1, 2);
  },
  street(p) {
    p.rect(0, 0, GAME_WIDTH, GAME_HEIGHT, 0xdfe7ec);
    for (let i = 0; i < 6; i++) {
      const x = i * 95;
      const color = i % 2 ? 0xc7bfb3 : 0xbdb4a6;
      p.rect(x, 120, 95, 170, color).triangle(x - 4, 122, x + 99, 122, x + 47, 80, 0xa89d8d);
      p.rect(x + 16, 150, 24, 30, 0xe9eef1)
        .rect(x + 56, 150, 24, 30, 0xe9eef1)
        .rect(x + 36, 230, 24, 60, 0x9d9282);
    }
    p.rect(0, 290, GAME_WIDTH, 22, 0xcfcac2).rect(0, 312, GAME_WIDTH, GAME_HEIGHT - 312, 0xb3b4b2);
    p.line(520, 140, 520, 292, 0x7f8489, 4).rect(508, 132, 24, 10, 0x7f8489, 3);
  },
};

/** Draws a setting's backdrop (or a plain wall when the story has not named one). */
export function drawBackdrop(g: Graphics, scene: SceneId | null, palette: Palette): void {
  g.clear();
  const pen = new Pen(g, palette);
  if (scene) SCENE_DRAWINGS[scene](pen);
  else pen.room(0xe6e4df, 0xcfcbc3);
}

/** Fades the new backdrop in over the old one (then gone), or swaps them at once. */
export function crossFade(
  tweens: Phaser.Tweens.TweenManager,
  old: Graphics | null,
  next: Graphics,
  alpha: number,
  animate: boolean,
): void {
  if (!animate || !old) {
    next.setAlpha(alpha);
    old?.destroy();
    return;
  }
  next.setAlpha(0);
  tweens.add({ targets: next, alpha, duration: 700, ease: 'Sine.easeInOut' });
  tweens.add({ targets: old, alpha: 0, duration: 700, ease: 'Sine.easeInOut', onComplete: () => old.destroy() });
}
