import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildArchive, type Archive, type ArchiveSources } from "../lib/archive/buildArchive.ts";
import { ContentError, prefixFiles, prefixProblemFiles, problem } from "../lib/errors.ts";
import { openArticleCache, type ArticleCacheFile } from "./articleCache.ts";
import { parserCodeVersion } from "./codeVersion.ts";

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

/**
 * Where builds keep what they may reuse: under Astro's cache folder (`ARCHIVE_CACHE_DIR`, else
 * `node_modules/.astro`), so clearing one clears both.
 */
export function archiveCacheDir(
  root: string = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): string {
  return path.join(path.resolve(root, env["ARCHIVE_CACHE_DIR"] ?? "node_modules/.astro"), "press-archive");
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

/** How {@link loadArchive} may reuse earlier work. */
export interface LoadOptions {
  /** Keep parsed articles in this folder and take unchanged ones from it (see src/io/articleCache.ts). */
  cacheDir?: string | undefined;
  /** The project whose `src/lib/` parsed them (default: the current folder). */
  projectRoot?: string | undefined;
  /** Told how many articles came from the cache and how many were parsed. */
  onCache?: ((stats: { hits: number; misses: number }) => void) | undefined;
}

function openCache(sources: ArchiveSources, options: LoadOptions): ArticleCacheFile | undefined {
  if (!options.cacheDir) return undefined;
  const version = parserCodeVersion(options.projectRoot ?? process.cwd());
  if (!version) return undefined;
  return openArticleCache(options.cacheDir, version, [sources.speakers.text, sources.topics.text]);
}

/**
 * Reads and builds the archive in a content folder. Problems name files relative to `displayRoot`
 * (`content/articles/2019/….md`, the path an editor opens), or absolute when outside it.
 */
export function loadArchive(
  contentDir: string,
  displayRoot: string = process.cwd(),
  options: LoadOptions = {},
): Archive {
  const relative = path.relative(displayRoot, contentDir);
  const prefix = `${relative === "" ? "." : relative.startsWith("..") ? contentDir : relative}/`;
  try {
    const sources = readArchiveSources(contentDir);
    const cache = openCache(sources, options);
    const archive = buildArchive(sources, cache?.cache);
    if (cache) {
      cache.save();
      options.onCache?.(cache.stats());
    }
    return { ...archive, warnings: prefixProblemFiles(archive.warnings, prefix) };
  } catch (error) {
    if (error instanceof ContentError) throw prefixFiles(error, prefix);
    throw error;
  }
}
