// Turns raw article bytes into text, refusing binary files and recovering from legacy 8-bit encodings.

export type DecodedArticle = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

/** Control characters that never occur in prose (tab, LF, VT, FF, CR are fine). */
function isSuspiciousControl(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f
  );
}

/** Binary when it has a NUL byte or more than 1% odd control characters in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isSuspiciousControl(b)) controls++;
  }
  return controls > Math.max(2, n * 0.01);
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  // UTF-16 with a byte order mark (Windows "Unicode" text): full of NUL bytes, but text.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: "invalid UTF-16 text" };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary file (NUL bytes or control characters), not text" };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: news archives often hold Latin-1/Windows-1252 files; decode so the article still builds.
    const offset = firstInvalidUtf8Offset(bytes);
    return {
      ok: true,
      text: windows1252.decode(bytes),
      warning: `not valid UTF-8 (first invalid byte 0x${bytes[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); decoded as windows-1252`,
    };
  }
}
