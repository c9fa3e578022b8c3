/**
 * Fitting the presenter to the screen, by measuring what the browser laid out (never by
 * counting characters): the passage is cut into pages as tall as its box, and the options
 * panel's type is made smaller, a step at a time, until everything in it is in view.
 *
 * The pages are the columns of a multi-column box as tall as the space it has: the browser
 * breaks the text between lines, keeps short paragraphs whole, and makes as many columns
 * as it needs side by side. Its box shows one column at a time, moved along to turn pages.
 * All the text stays in the page, in order, for a screen reader.
 */

export class Pager {
  private step = 0;
  private count = 1;

  /** `viewport` clips (overflow: hidden) and has no padding; `flow` is the multi-column box inside it. */
  constructor(
    private readonly viewport: HTMLElement,
    private readonly flow: HTMLElement,
  ) {}

  /** Measures the pages as laid out now; returns how many there are. */
  measure(): number {
    const width = this.flow.clientWidth;
    if (!width) {
      this.count = 1;
      return 1;
    }
    const gap = parseFloat(getComputedStyle(this.flow).columnGap) || 0;
    this.step = width + gap;
    // n columns take n × width + (n − 1) × gap; a pixel either way is rounding.
    this.count = Math.max(1, Math.ceil((this.flow.scrollWidth + gap - 2) / this.step));
    return this.count;
  }

  get pages(): number {
    return this.count;
  }

  /** Shows a page (clamped to the pages there are); returns the page shown. */
  show(page: number): number {
    const shown = Math.min(Math.max(0, page), this.count - 1);
    this.flow.style.transform = shown ? `translateX(${-shown * this.step}px)` : '';
    this.viewport.scrollLeft = 0;
    return shown;
  }
}

/**
 * Makes the type inside `box` smaller (through its `--fit` custom property, a factor the
 * stylesheet applies) until its content is no taller than the box, down to `min`.
 * Returns the factor used.
 */
export function fitInside(box: HTMLElement, min = 0.6): number {
  let fit = 1;
  box.style.setProperty('--fit', '1');
  while (box.scrollHeight > box.clientHeight + 1 && fit > min) {
    fit = Math.max(min, Math.round((fit - 0.05) * 100) / 100);
    box.style.setProperty('--fit', String(fit));
  }
  return fit;
}
