import { createHash } from "node:crypto";

/**
 * The digest of one page: the site's code version, the page's file and the model it is written
 * from. A page whose digest is unchanged since the last build is the same page, byte for byte.
 */
export function pageDigest(version: string, file: string, model: unknown): string {
  return (
    createHash("sha1")
      // The version and the file, each ended by a NUL, in UTF-8.
      .update(`${version}\0${file}\0`)
      // As UTF-16, which is how the engine holds Hangul already: no conversion to UTF-8 first.
      .update(JSON.stringify(model), "utf16le")
      .digest("base64")
  );
}
