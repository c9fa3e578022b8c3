/** The character codes that give JSON text its structure. */
export const SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
export const OPEN_OBJECT = 0x7b; // {
export const CLOSE_OBJECT = 0x7d; // }
export const OPEN_ARRAY = 0x5b; // [
export const CLOSE_ARRAY = 0x5d; // ]
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
