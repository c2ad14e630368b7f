/**
 * Turns file bytes into text, or says in plain words which encoding the file seems to be in.
 * Excel on Windows saves Cyrillic CSV as Windows-1251 or UTF-16 by default: that is the usual culprit.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const CYRILLIC_1251 = /[\u0400-\u04ff]/g;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (Excel’s “Unicode Text”)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 big-endian';
  const asCp1251 = new TextDecoder('windows-1251').decode(bytes);
  const cyrillic = asCp1251.match(CYRILLIC_1251)?.length ?? 0;
  const high = bytes.filter((b) => b >= 0x80).length;
  if (high > 0 && cyrillic / high > 0.8) return 'Windows-1251 (Cyrillic, as saved by Excel on Windows)';
  return 'a single-byte encoding such as Windows-1252 or Latin-1';
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bad =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      ? 0
      : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return {
      ok: false,
      line: lineAt(bytes, bad),
      message: `the file is not UTF-8; it looks like ${guessEncoding(bytes)}. Save it again as “CSV UTF-8 (comma delimited)”.`,
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  // A byte-order mark is harmless (Excel adds one): accept it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
