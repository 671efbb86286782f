// The bodies file of a build: every article's HTML and plain text, one after another as UTF-16 (as
// the engine holds Hangul, so nothing is converted), written by the content worker beside the
// site's data; a page worker reads one article's body from it when it writes that article's page
// (src/lib/site/articleBody.ts).
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { ArticleBody, BodyPlace } from "../lib/site/articleBody.ts";
import type { SiteArticle } from "../lib/site/siteIndex.ts";

/** The file beside a bodies file that says where each body is, and its digest (V8's serialization of the places). */
const placesFileOf = (file: string): string => `${file}.places`;

/** The digest of a body from its HTML's and plain text's bytes (UTF-16, as the bodies file holds them). */
function digestOfBytes(html: Buffer, plain: Buffer): string {
  // The lengths too: the same bytes split otherwise between HTML and plain text are another body.
  return createHash("sha1").update(`${html.length}\0`).update(html).update(plain).digest("base64");
}

/** The digest of an article's body, as the bodies file gives it (BodyPlace). */
export function bodyDigest(body: ArticleBody): string {
  return digestOfBytes(Buffer.from(body.html, "utf16le"), Buffer.from(body.plainText, "utf16le"));
}

/**
 * Writes the bodies of `articles` into `file` (whole or not at all), and where each is beside it;
 * returns where each is, and its digest, by article id.
 */
export function writeArticleBodies(file: string, articles: readonly SiteArticle[]): Map<string, BodyPlace> {
  const places = new Map<string, BodyPlace>();
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    let offset = 0;
    for (const article of articles) {
      const html = Buffer.from(article.html, "utf16le");
      const plain = Buffer.from(article.plainText, "utf16le");
      writeSync(fd, html);
      writeSync(fd, plain);
      const digest = digestOfBytes(html, plain);
      places.set(article.id, [offset, html.length, plain.length, digest]);
      offset += html.length + plain.length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  const placesTemporary = `${placesFileOf(file)}.${process.pid}.tmp`;
  writeFileSync(placesTemporary, serialize(places));
  renameSync(placesTemporary, placesFileOf(file));
  return places;
}

/** Where each body of the bodies file `file` is, as {@link writeArticleBodies} wrote it; throws naming the file when it cannot be read. */
export function readBodyPlaces(file: string): Map<string, BodyPlace> {
  try {
    return deserialize(readFileSync(placesFileOf(file))) as Map<string, BodyPlace>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(
      `the article bodies' places could not be read from ${placesFileOf(file)} (${reason}); run \`npm run build\` again`,
    );
  }
}

/**
 * A reader of the bodies in `file`, where `places` says each is: `bodyOf` reads one article's body
 * from the file when asked, and throws naming the article for an id it does not know, or naming the
 * file when it cannot be read (the build's own scratch file: run the build again); `close` lets the
 * file go.
 */
export function articleBodyReader(
  file: string,
  places: ReadonlyMap<string, BodyPlace>,
): { bodyOf(id: string): ArticleBody; close(): void } {
  let fd: number | undefined;
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const bodyOf = (id: string): ArticleBody => {
    const place = places.get(id);
    if (!place) throw new Error(`the bodies file ${file} has no article ${id}`);
    const [offset, htmlBytes, plainBytes] = place;
    const bytes = Buffer.allocUnsafe(htmlBytes + plainBytes);
    try {
      fd ??= openSync(file, "r");
      let read = 0;
      while (read < bytes.length) {
        const got = readSync(fd, bytes, read, bytes.length - read, offset + read);
        if (got === 0) throw new Error("the file ends early");
        read += got;
      }
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new Error(`the article bodies could not be read from ${file} (${reason}); run \`npm run build\` again`);
    }
    return {
      html: bytes.toString("utf16le", 0, htmlBytes),
      plainText: bytes.toString("utf16le", htmlBytes),
    };
  };
  return { bodyOf, close };
}
