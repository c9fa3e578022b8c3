/**
 * The presenter window at work: it draws the view for each change of the session, fits it
 * to the screen (pages for the passage, smaller type for a long list of options), turns
 * pages when the console says so or from its own buttons and keys, goes full screen, and
 * ticks the timer. The root element stays while the view is redrawn inside it, so full
 * screen (which belongs to the root) survives every change.
 *
 * Keys: F full screen (Escape leaves, as the browser does); → or Page Down next page;
 * ← or Page Up previous page. A presentation clicker sends Page Down and Page Up.
 */
import type { Facilitation } from '../engine/facilitation.ts';
import { timerElapsed } from '../engine/facilitation.ts';
import type { Session } from '../engine/session.ts';
import { h } from './dom.ts';
import { formatTimer, redraw } from './facilitation-views.ts';
import {
  canFullscreen,
  isFullscreen,
  leaveFullscreen,
  toggleFullscreen,
  watchFullscreen,
} from './presenter-fullscreen.ts';
import { Pager, fitInside } from './presenter-pages.ts';
import { FULLSCREEN_KEY, renderPresenter } from './presenter-view.ts';

export interface PresenterActions {
  /** The presenter turned the page itself (its buttons or keys). */
  onTurn(page: number): void;
  /** How many pages the passage has on this screen, and the one shown. */
  onPages(pages: number, page: number): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export class PresenterScreen {
  /** The view's root: what goes full screen. */
  readonly root: HTMLElement = h('div', { className: 'presenter-container' });
  private f: Facilitation | null = null;
  private pager: Pager | null = null;
  private page = 0;
  private reported = '';
  private started = false;
  private readonly stops: (() => void)[] = [];

  constructor(private readonly actions: PresenterActions) {}

  /** Draws the session as it is now; the page is the one the console last turned to. */
  update(f: Facilitation, session: Session, now: number): void {
    this.f = f;
    this.page = f.page;
    // Each change may bring another passage: say its pages again, even if their number is the same.
    this.reported = '';
    const view = renderPresenter(f, session, now, {
      canFullscreen: canFullscreen(),
      fullscreen: isFullscreen(this.root),
    });
    view.querySelector('#presenter-fullscreen')?.addEventListener('click', () => void this.toggleFullscreen());
    view.querySelector('#presenter-prev')?.addEventListener('click', () => this.turn(-1));
    view.querySelector('#presenter-next')?.addEventListener('click', () => this.turn(1));
    this.pager = new Pager(
      view.querySelector<HTMLElement>('.passage-viewport')!,
      view.querySelector<HTMLElement>('.passage-flow')!,
    );
    redraw(this.root, view);
    if (this.started) this.layout();
  }

  /** Starts listening (keys, resizing, full screen) once the root is in the page. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const onKey = (e: KeyboardEvent) => this.key(e);
    document.addEventListener('keydown', onKey);
    this.stops.push(() => document.removeEventListener('keydown', onKey));
    const resized = new ResizeObserver(() => this.layout());
    resized.observe(this.root);
    this.stops.push(() => resized.disconnect());
    this.stops.push(
      watchFullscreen(this.root, (on) => {
        const button = this.root.querySelector('#presenter-fullscreen');
        button?.setAttribute('aria-pressed', String(on));
        if (button) button.textContent = on ? 'Leave full screen' : 'Full screen';
      }),
    );
    this.layout();
  }

  /** Fits the view to the screen as laid out now: the options' type, then the passage's pages. */
  layout(): void {
    const side = this.root.querySelector<HTMLElement>('.presenter-side');
    if (side) {
      fitInside(side);
      // Only if even the smallest type does not fit: let it scroll, and reach it by keyboard.
      if (side.scrollHeight > side.clientHeight + 1) side.tabIndex = 0;
      else side.removeAttribute('tabindex');
    }
    this.pager?.measure();
    this.show(this.page, false);
  }

  /** Tells the console the pages again (when a console window opens). */
  reportPages(): void {
    this.reported = '';
    this.show(this.page, false);
  }

  tick(now: number): void {
    const timer = this.root.querySelector('[data-timer="total"]');
    if (timer && this.f) timer.textContent = formatTimer(timerElapsed(this.f, now));
  }

  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
    leaveFullscreen(this.root);
  }

  private toggleFullscreen(): Promise<boolean> {
    return toggleFullscreen(this.root);
  }

  private turn(delta: number): void {
    if (!this.pager) return;
    const to = Math.min(Math.max(0, this.page + delta), this.pager.pages - 1);
    if (to !== this.page) this.show(to, true);
  }

  private show(page: number, byPresenter: boolean): void {
    if (!this.pager) return;
    const pages = this.pager.pages;
    this.page = this.pager.show(page);
    const bar = this.root.querySelector<HTMLElement>('.passage-pages');
    if (bar) {
      bar.classList.toggle('single', pages <= 1);
      bar.querySelector('.page-of')!.textContent = `Page ${this.page + 1} of ${pages}`;
      bar.querySelector<HTMLButtonElement>('#presenter-prev')!.disabled = this.page === 0;
      bar.querySelector<HTMLButtonElement>('#presenter-next')!.disabled = this.page >= pages - 1;
    }
    this.root.dataset.pages = String(pages);
    this.root.dataset.page = String(this.page + 1);
    if (byPresenter) this.actions.onTurn(this.page);
    const report = `${pages}:${this.page}`;
    if (report !== this.reported) {
      this.reported = report;
      this.actions.onPages(pages, this.page);
    }
  }

  private key(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
    if (e.key.toUpperCase() === FULLSCREEN_KEY && !e.repeat && canFullscreen()) {
      e.preventDefault();
      void this.toggleFullscreen();
    } else if (NEXT_KEYS.has(e.key)) {
      e.preventDefault();
      this.turn(1);
    } else if (PREVIOUS_KEYS.has(e.key)) {
      e.preventDefault();
      this.turn(-1);
    }
  }
}
