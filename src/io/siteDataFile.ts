// The site's data as `npm run build` checked it, handed on in files written before anyone reads
// them: the whole site's data for the page workers, and the one-off pages' models and feeds for the
// Astro build (src/lib/site/oncePages.ts). Each reads its file back instead of reading the content
// folder and building the archive again, so they render exactly the content that was checked, even
// if a file is saved during the build.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { OncePages } from "../lib/site/oncePages.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { deserializeOwn, releaseBuffer } from "./releaseBuffer.ts";

/**
 * What the site's data file holds: the site's data, as the page workers need it. (The archive's
 * warnings are not in it: the check reports them to the build itself.)
 */
export interface SiteDataFile {
  site: SiteIndex;
  /**
   * True when the articles' bodies are left out of `site` and kept in the build's bodies file
   * (src/io/articleBodies.ts), which says where each is: the site's data then depends on no body,
   * and the file of an earlier build with the same data may serve again (src/io/checkedSite.ts).
   */
  bodiesApart?: boolean | undefined;
}

/** Writes a value (in V8's serialization) whole or not at all: a reader never sees half a file. Returns its bytes. */
function writeDataFile(file: string, value: unknown): Buffer {
  const bytes = serialize(value);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return bytes;
}

/** Reads the bytes of a file written by {@link writeDataFile}; throws naming the file (holding `what`) when it cannot. */
function readDataBytes(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${what} could not be read from ${file} (${reason}); run \`npm run build\` again`);
  }
}

/** Reads a value written by {@link writeDataFile}; throws naming the file (holding `what`) when it cannot. */
function readDataFile(file: string, what: string): unknown {
  return deserialize(readDataBytes(file, what));
}

/**
 * Writes the site's data for the page workers; resolves, once the serialized bytes' memory is
 * freed, to their SHA-256 (hex), by which the file may be kept (src/io/checkedSite.ts).
 */
export async function writeSiteData(file: string, data: SiteDataFile): Promise<string> {
  const bytes = writeDataFile(file, data);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await releaseBuffer(bytes);
  return sha256;
}

/** Reads the site's data back, the file's bytes freed as soon as they are read; throws naming the file when it cannot. */
export async function readSiteData(file: string): Promise<SiteDataFile> {
  const bytes = readDataBytes(file, "the site's data");
  const data = deserializeOwn(bytes) as SiteDataFile;
  await releaseBuffer(bytes);
  return data;
}

/** Writes the one-off pages' models and the feeds for the Astro build; returns the file's bytes (its digest decides whether Astro runs). */
export function writeOncePages(file: string, pages: OncePages): Buffer {
  return writeDataFile(file, pages);
}

/** Reads the one-off pages' models and the feeds back; throws naming the file when it cannot. */
export function readOncePages(file: string): OncePages {
  return readDataFile(file, "the one-off pages' data") as OncePages;
}
