/** A result file as UTF-8 text, decoded a piece at a time; binary data and other encodings are refused. */
import { FileRefused, MAX_FILE_BYTES, sizeText } from './read-limits.ts';

/** How much of a file is read and decoded at a time. */
const PIECE_BYTES = 1024 * 1024;

/** Decodes a file as UTF-8 text piece by piece, refusing binary data and other encodings. */
export async function* textChunks(file: Blob, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new FileRefused(`it is larger than ${sizeText(MAX_FILE_BYTES)}, the most the dashboard reads from one file`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < file.size; at += PIECE_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + PIECE_BYTES).arrayBuffer());
    if (
      at === 0 &&
      bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    ) {
      throw new FileRefused('it is saved as UTF-16 text: save or export it again as UTF-8');
    }
    onBytes(bytes.length);
    yield checked(decode(decoder, bytes, true));
  }
  yield checked(decode(decoder, undefined, false));
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new FileRefused('it is not UTF-8 text: it may be a spreadsheet, a document or another binary file');
  }
}

function checked(text: string): string {
  if (text.includes('\0')) throw new FileRefused('it contains binary data, not JSON or CSV text');
  return text;
}
