import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What starts every checked file, before the SHA-256 of the rest. */
const MAGIC = Buffer.from("press-archive checked 1\n", "ascii");
const HASH_BYTES = 32;

/** A checked file as read: its payload (and its SHA-256, hex), or why there is none. */
export type CheckedRead = { payload: Buffer; hash: string } | { missing: true } | { damaged: true };

/**
 * Writes `payload` with a SHA-256 of it in front, whole or not at all (written aside, then renamed
 * over the file). Throws what the filesystem throws (ENOSPC, EACCES): callers decide whether that
 * matters.
 */
export function writeCheckedFile(file: string, payload: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // The header and the payload are written one after the other: a large payload (the article
    // cache of a 100,000-article archive is about 900 MB) is not copied into one buffer first.
    writeFileSync(temporary, Buffer.concat([MAGIC, createHash("sha256").update(payload).digest()]));
    appendFileSync(temporary, payload);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads a file written by {@link writeCheckedFile}, checking its hash: a changed byte anywhere, a
 * torn write or a file of another format reads as `damaged`, never as data.
 */
export function readCheckedFile(file: string): CheckedRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { missing: true };
  }
  const start = MAGIC.length + HASH_BYTES;
  if (bytes.length < start || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { damaged: true };
  const payload = bytes.subarray(start);
  const hash = createHash("sha256").update(payload).digest();
  return hash.equals(bytes.subarray(MAGIC.length, start)) ? { payload, hash: hash.toString("hex") } : { damaged: true };
}
