/**
 * Turns file bytes into text, or says in plain words which encoding the file seems to be in.
 * Excel on Windows saves Cyrillic CSV as Windows-1251 or UTF-16 by default: that is the usual culprit.
 * The decoding itself is the platform's strict UTF-8 decoder, so overlong forms, surrogates and
 * truncated sequences are all rejected, never turned silently into U+FFFD.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const CYRILLIC_1251 = /[\u0400-\u04ff]/g;
const SAVE_AGAIN = 'Save it again as “CSV UTF-8 (comma delimited)”.';

const strict = () => new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array): boolean {
  try {
    strict().decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Lines as byte ranges: a UTF-8 sequence never contains the newline byte, so lines decode alone. */
function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/**
 * The byte sequence where a line stops being UTF-8: from its lead byte through its continuation
 * bytes. Decoded byte by byte in streaming mode, so a sequence split across bytes is not an error.
 */
function badSequence(line: Uint8Array): Uint8Array {
  const decoder = strict();
  let bad = line.length;
  for (let i = 0; i < line.length; i++) {
    try {
      decoder.decode(line.subarray(i, i + 1), { stream: true });
    } catch {
      bad = i;
      break;
    }
  }
  let start = bad;
  while (
    start > 0 &&
    bad - start < 3 &&
    isContinuation(line[start]) &&
    !isContinuation(line[start - 1] ?? 0xc0)
  )
    start--;
  while (start > 0 && bad - start < 3 && isContinuation(line[start])) start--;
  let end = bad + 1;
  while (end < line.length && end - start < 4 && isContinuation(line[end])) end++;
  return line.subarray(Math.min(start, line.length), Math.min(end, line.length));
}

/** A lead byte followed by continuation bytes: UTF-8 in shape, but not a valid character. */
const utf8Shaped = (sequence: Uint8Array) =>
  sequence.length >= 2 && (sequence[0] ?? 0) >= 0xc0 && sequence.subarray(1).every((b) => isContinuation(b));

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
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    return {
      ok: false,
      line: 1,
      message: `the file is not UTF-8; it looks like ${guessEncoding(bytes)}. ${SAVE_AGAIN}`,
    };
  }
  // UTF-16 without a byte-order mark decodes as "valid" UTF-8 full of NUL bytes; no CSV here has one.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lines(bytes.subarray(0, nul + 1)).length;
    return {
      ok: false,
      line,
      message: `the file has NUL bytes, so it is not UTF-8 text; it looks like UTF-16 (Excel’s “Unicode Text”). ${SAVE_AGAIN}`,
    };
  }
  let text: string;
  try {
    // A byte-order mark is harmless (Excel adds one): the decoder drops it.
    text = strict().decode(bytes);
  } catch {
    const all = lines(bytes);
    const index = all.findIndex((l) => !decodes(l));
    const sequence = badSequence(all[index] ?? bytes);
    // Other lines with non-ASCII text that decode fine, or a malformed UTF-8 sequence (overlong form,
    // surrogate): a UTF-8 file with a damaged spot, not a file in another encoding.
    const elsewhereUtf8 = all.some((l, i) => i !== index && l.some((b) => b >= 0x80) && decodes(l));
    return {
      ok: false,
      line: index + 1,
      message:
        elsewhereUtf8 || utf8Shaped(sequence)
          ? `this line has bytes that are not valid UTF-8 (${hex(sequence)}); the text here is damaged. Retype the characters around them, then save the file as “CSV UTF-8 (comma delimited)”.`
          : `the file is not UTF-8; it looks like ${guessEncoding(bytes)}. ${SAVE_AGAIN}`,
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
