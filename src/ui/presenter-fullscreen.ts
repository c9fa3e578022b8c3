/**
 * Full screen for the presenter view, through the Fullscreen API on the view's root (the
 * element kept while the view is redrawn inside it). Escape leaves full screen, as the
 * browser does; the root carries the class `is-fullscreen` while it is full screen.
 */

export function canFullscreen(): boolean {
  return document.fullscreenEnabled && typeof document.documentElement.requestFullscreen === 'function';
}

export function isFullscreen(root: HTMLElement): boolean {
  return document.fullscreenElement === root;
}

/** Enters full screen on `root`, or leaves it. Resolves false when the browser refused. */
export async function toggleFullscreen(root: HTMLElement): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Calls `onChange` when `root` enters or leaves full screen; returns what stops listening. */
export function watchFullscreen(root: HTMLElement, onChange: (fullscreen: boolean) => void): () => void {
  const changed = () => {
    const on = isFullscreen(root);
    root.classList.toggle('is-fullscreen', on);
    onChange(on);
  };
  document.addEventListener('fullscreenchange', changed);
  return () => document.removeEventListener('fullscreenchange', changed);
}

/** Leaves full screen if `root` has it (when the view is left). */
export function leaveFullscreen(root: HTMLElement): void {
  if (isFullscreen(root)) void document.exitFullscreen().catch(() => undefined);
}
