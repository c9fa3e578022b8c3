/** How much the dashboard reads from one result file, and the error that refuses a file whole. */

export const MAX_FILE_BYTES = 1024 ** 3;
/** A top-level JSON object (one record, or `{ "results": [...] }`) is parsed whole, so it is capped lower. */
export const MAX_OBJECT_CHARS = 64 * 1024 ** 2;
/** One record as JSON text or one CSV row; a real record is a few kilobytes. */
export const MAX_RECORD_CHARS = 4 * 1024 ** 2;
/** A result record nests six levels deep; anything much deeper is not one. */
export const MAX_DEPTH = 32;

export const sizeText = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${+(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;

/** The whole file is refused: nothing from it is imported. */
export class FileRefused extends Error {}
