/** Saves a Blob (a table, a chart image, a record) through the browser's download. */
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

/** Saves text as a file through the browser's download. */
export function download(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export function exportFileName(stem: string, ext: string, date = new Date()): string {
  return `${stem}-${date.toISOString().slice(0, 10)}.${ext}`;
}
