/**
 * Texts kept between redraws. Drawing a Phaser text is the costly part of a redraw (it
 * is rendered on a canvas of its own and sent to the GPU as a texture), and most labels
 * are the same after a choice: a redraw asks the pool for each label by what it shows and
 * where, gets the one already drawn when nothing about it changed, and the pool destroys
 * those no longer asked for.
 */
import type * as Phaser from 'phaser';

export class TextPool {
  private texts = new Map<string, Phaser.GameObjects.Text>();
  private used = new Set<string>();

  constructor(private readonly container: Phaser.GameObjects.Container) {}

  /** Starts a redraw: texts not asked for again before `sweep` are destroyed then. */
  begin(): void {
    this.used.clear();
  }

  /** The text drawn for `key` (everything that decides how it looks), made by `make` if there is none. */
  get(key: string, make: () => Phaser.GameObjects.Text): Phaser.GameObjects.Text {
    let unique = key;
    for (let n = 2; this.used.has(unique); n++) unique = `${key}#${n}`;
    this.used.add(unique);
    let text = this.texts.get(unique);
    if (!text) {
      text = make();
      this.texts.set(unique, text);
      this.container.add(text);
    }
    return text;
  }

  /** Destroys the texts this redraw did not ask for. */
  sweep(): void {
    for (const [key, text] of this.texts) {
      if (this.used.has(key)) continue;
      text.destroy();
      this.texts.delete(key);
    }
  }
}
