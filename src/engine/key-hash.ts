/**
 * A short fingerprint of a long state key: two independent 53-bit hashes (cyrb53), so the
 * explorer can remember a million states without keeping a million long keys. The chance
 * that two different states share both hashes is below 1 in 10^20 at that size.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function keyHash(key: string): string {
  return `${cyrb53(key, 1).toString(36)}.${cyrb53(key, 2).toString(36)}`;
}
