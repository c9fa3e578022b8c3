/**
 * Keeps the player's header (scenario title, "Episode n of m", the learner's role) in view
 * while the story scrolls, without hiding what has focus: the page's scroll padding is set
 * to the header's height, so focused elements scroll clear of it. When the header would
 * take too much of the screen (large text, small windows) it scrolls away as normal.
 */

/** The header may take at most this share of the window's height to stay pinned. */
const MAX_SHARE = 0.3;

export function keepHeaderInView(header: HTMLElement): () => void {
  const root = document.documentElement;
  const update = () => {
    const height = header.getBoundingClientRect().height;
    const sticky = height > 0 && height <= window.innerHeight * MAX_SHARE;
    header.classList.toggle('is-sticky', sticky);
    root.style.scrollPaddingTop = sticky ? `${Math.ceil(height) + 12}px` : '';
    root.style.setProperty('--player-header-height', sticky ? `${Math.ceil(height)}px` : '0px');
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => update()) : null;
  observer?.observe(header);
  window.addEventListener('resize', update);
  update();
  // A resumed story scrolled to its passage before the header was pinned: scroll it clear now.
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && header.classList.contains('is-sticky') && focused.matches('.beat')) {
    const top = focused.getBoundingClientRect().top;
    if (top < header.getBoundingClientRect().bottom) focused.scrollIntoView({ block: 'start' });
  }
  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', update);
    header.classList.remove('is-sticky');
    root.style.scrollPaddingTop = '';
    root.style.removeProperty('--player-header-height');
  };
}
