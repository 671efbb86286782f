import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildArchive, type Archive, type ArchiveSources } from "../lib/archive/buildArchive.ts";
import { ContentError, prefixFiles, prefixProblemFiles, problem } from "../lib/errors.ts";

/** The content folder: `ARCHIVE_CONTENT_DIR` when set (tests, benchmarks), otherwise `content/`. */
export function contentDirFromEnv(root: string = process.cwd()): string {
  return path.resolve(root, process.env["ARCHIVE_CONTENT_DIR"] ?? "content");
}

function readOrProblem(contentDir: string, relative: string): string {
  try {
    return readFileSync(path.join(contentDir, relative), "utf8");
  } catch {
    throw new ContentError([
      problem(
        { file: relative },
        `cannot read ${relative}`,
        `create ${relative} in the content folder (see README: content model)`,
      ),
    ]);
  }
}

/** Reads every file of an archive from a content folder, in a fixed (sorted) order. */
export function readArchiveSources(contentDir: string): ArchiveSources {
  const articlesDir = path.join(contentDir, "articles");
  if (!existsSync(articlesDir)) {
    throw new ContentError([
      problem(
        { file: "articles/" },
        "the content folder has no articles/ folder",
        "create content/articles/<year>/ and put each article there as <id>.md",
      ),
    ]);
  }
  const articlePaths = readdirSync(articlesDir, { recursive: true, encoding: "utf8" })
    .map((entry) => entry.split(path.sep).join("/"))
    .filter((entry) => entry.endsWith(".md"))
    .sort();
  return {
    speakers: { path: "speakers.yaml", text: readOrProblem(contentDir, "speakers.yaml") },
    topics: { path: "topics.yaml", text: readOrProblem(contentDir, "topics.yaml") },
    articles: articlePaths.map((entry) => ({
      path: `articles/${entry}`,
      text: readOrProblem(contentDir, `articles/${entry}`),
    })),
  };
}

/**
 * Reads and builds the archive in a content folder. Problems name files relative to `displayRoot`
 * (`content/articles/2019/….md`, the path an editor opens), or absolute when outside it.
 */
export function loadArchive(contentDir: string, displayRoot: string = process.cwd()): Archive {
  const relative = path.relative(displayRoot, contentDir);
  const prefix = `${relative === "" ? "." : relative.startsWith("..") ? contentDir : relative}/`;
  try {
    const archive = buildArchive(readArchiveSources(contentDir));
    return { ...archive, warnings: prefixProblemFiles(archive.warnings, prefix) };
  } catch (error) {
    if (error instanceof ContentError) throw prefixFiles(error, prefix);
    throw error;
  }
}
