import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
import { classifyArticleFile } from "../lib/archive/articleFileName.ts";
import { problem, type ContentProblem } from "../lib/errors.ts";
import { decodeUtf8File } from "../lib/text/decodeUtf8.ts";
import type { SourceFile } from "../lib/articles/parseArticle.ts";

/** The largest content file read, in bytes (1,000,000 characters of Hangul are about 3 MB). */
export const MAX_CONTENT_FILE_BYTES = 4 * 1024 * 1024;

/** Article files found under a content folder's `articles/`, and problems with anything else there. */
export interface ArticleListing {
  /** Content-relative paths (`articles/2019/<id>.md`), sorted. */
  files: string[];
  /** Files that are not articles (errors for near-miss names, warnings for others), bad links. */
  problems: ContentProblem[];
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Where a symbolic link in the content folder leads, when it may be followed: links are followed
 * only to a place inside the content folder (`root`, its real path). A link out of it, a broken
 * link and a loop are problems, each with its own fix.
 */
function followLink(root: string, absolute: string, file: string): { target: string } | { problem: ContentProblem } {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === "ELOOP"
          ? problem({ file }, "this symbolic link leads round in a loop", "delete the link, or point it at a real file")
          : problem(
              { file },
              "this symbolic link leads nowhere (its target is missing)",
              "delete the link, or restore its target",
            ),
    };
  }
  if (!inside(root, target)) {
    return {
      problem: problem(
        { file },
        `this symbolic link leads out of the content folder (to ${target}), and such links are not followed`,
        "copy the file into the content folder instead of linking to it",
      ),
    };
  }
  return { target };
}

/**
 * Lists the article files under `contentDir/articles/`, following symbolic links that stay inside
 * the content folder. Every other file is reported (see classifyArticleFile), never skipped in
 * silence.
 */
export function listArticleFiles(contentDir: string): ArticleListing {
  const root = realpathSync(contentDir);
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const seenFolders = new Set<string>();
  const walk = (absolute: string, relative: string): void => {
    const real = realpathSync(absolute);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const entryAbsolute = path.join(absolute, entry.name);
      const entryRelative = `${relative}/${entry.name}`;
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const followed = followLink(root, entryAbsolute, entryRelative);
        if ("problem" in followed) {
          problems.push(followed.problem);
          continue;
        }
        isFolder = lstatSync(followed.target).isDirectory();
      }
      if (isFolder) {
        walk(entryAbsolute, entryRelative);
        continue;
      }
      const kind = classifyArticleFile(entryRelative);
      if (kind.article) files.push(entryRelative);
      else problems.push(kind.problem);
    }
  };
  walk(path.join(contentDir, "articles"), "articles");
  return { files: files.sort(), problems };
}

/**
 * Reads one content file (`relative` to `contentDir`) as UTF-8 text. Its size is checked before it
 * is read, a symbolic link must stay inside the content folder, and a file that is not UTF-8 is
 * refused with its encoding or the line of the first bad byte (see decodeUtf8File).
 */
export function readContentFile(contentDir: string, relative: string): SourceFile | { problem: ContentProblem } {
  const absolute = path.join(contentDir, relative);
  try {
    if (lstatSync(absolute).isSymbolicLink()) {
      const followed = followLink(realpathSync(contentDir), absolute, relative);
      if ("problem" in followed) return followed;
    }
    const fd = openSync(absolute, "r");
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_CONTENT_FILE_BYTES) {
        return {
          problem: problem(
            { file: relative, line: 1 },
            `the file is ${megabytes(size)}, over the ${megabytes(MAX_CONTENT_FILE_BYTES)} a content file may have`,
            "keep one article per file, with only its text (no saved page, no attachments)",
          ),
        };
      }
      const bytes = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      const decoded = decodeUtf8File(bytes.subarray(0, read), relative);
      return "problem" in decoded ? decoded : { path: relative, text: decoded.text };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: problem(
        { file: relative },
        code === "ENOENT"
          ? `cannot read ${relative}: there is no such file`
          : `cannot read ${relative} (${code ?? String(error)})`,
        code === "ENOENT"
          ? `create ${relative} in the content folder (see README: content model)`
          : "make the file readable by the user running the build (check its permissions)",
      ),
    };
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
