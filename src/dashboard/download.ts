/** Saves a Blob (a CSV table, a chart image) through the browser's download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `partnership-<what>-<YYYY-MM-DD>.<ext>` */
export function exportName(what: string, ext: string, date = new Date()): string {
  return `partnership-${what}-${date.toISOString().slice(0, 10)}.${ext}`;
}
