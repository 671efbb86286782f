import { problem, type ContentProblem } from "../errors.ts";

/** A content file's bytes read as text, or the one problem that stops it being read. */
export type DecodedFile = { text: string } | { problem: ContentProblem };

/** Byte offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte ranges and the allowed range of the first continuation byte (RFC 3629, table 3-7
    // of the Unicode standard): no overlong forms, no surrogates, nothing above U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line and column (in bytes) of a byte offset. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** True when the whole text reads as Korean legacy encoding (EUC-KR / CP949) with some Hangul in it. */
function looksLikeCp949(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("euc-kr", { fatal: true }).decode(bytes);
    return /[\uAC00-\uD7A3]/u.test(text);
  } catch {
    return false;
  }
}

function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return undefined;
}

/**
 * Reads a content file's bytes as UTF-8, the only encoding the archive accepts. A file in another
 * encoding is never read with replacement characters (that would publish mojibake): a whole file in
 * CP949/EUC-KR or UTF-16 is named as such with the command that converts it; stray bytes that are
 * not UTF-8 are reported at their line and column. `file` names the file in the problem.
 */
export function decodeUtf8File(bytes: Uint8Array, file: string): DecodedFile {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return {
      problem: problem(
        { file, line: 1 },
        `the file is saved as ${utf16}, not UTF-8`,
        `save it as UTF-8 (in a terminal: iconv -f ${utf16} -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE)`,
      ),
    };
  }
  // The engine's strict decoder is fast; the byte-by-byte scan runs only to say where it failed.
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: find the first bad byte below.
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid === -1) return { text: new TextDecoder("utf-8").decode(bytes) };
  const { line, column } = lineAndColumn(bytes, invalid);
  const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  if (looksLikeCp949(bytes)) {
    return {
      problem: problem(
        { file, line },
        "the file is not UTF-8: it looks like the Korean legacy encoding CP949 (EUC-KR)",
        "save it as UTF-8 (in a terminal: iconv -f CP949 -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE)",
      ),
    };
  }
  return {
    problem: problem(
      { file, line },
      `byte 0x${byte} at line ${line}, column ${column} (in bytes) is not UTF-8`,
      "retype the characters around that place, or save the file as UTF-8 from the program it came from",
    ),
  };
}
