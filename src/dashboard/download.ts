/** File names of the dashboard's exports; the download itself is the app's. */
import { exportFileName } from '../ui/download.ts';

export { downloadBlob } from '../ui/download.ts';

/** `partnership-<what>-<YYYY-MM-DD>.<ext>` */
export function exportName(what: string, ext: string, date = new Date()): string {
  return exportFileName(`partnership-${what}`, ext, date);
}
