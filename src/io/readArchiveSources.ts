import { existsSync, lstatSync } from "node:fs";
import path from "node:path";
import { articleUnits, buildArchive, type Archive, type ArchiveSources } from "../lib/archive/buildArchive.ts";
import { ContentError, prefixFiles, prefixProblemFiles, problem, type ContentProblem } from "../lib/errors.ts";
import { unitContextOf, type ArticleUnitCache } from "../lib/archive/articleUnit.ts";
import { openArticleCache, type ArticleCacheFile, type ArticleCacheStats } from "./articleCache.ts";
import { listArticleFiles, readContentFile } from "./contentFiles.ts";
import type { SourceFile } from "../lib/articles/parseArticle.ts";
import { withParallelUnits } from "./parallelUnits.ts";
import { buffersReleased } from "./releaseBuffer.ts";
import { parserCodeVersion } from "./codeVersion.ts";

/**
 * Reads every file of an archive from a content folder, in a fixed (sorted) order. A file that
 * cannot be read as an article (not UTF-8, too large, a link out of the folder, a near-miss name)
 * is left out and its problem listed in `problems`; a missing or unreadable registry throws.
 */
export function readArchiveSources(contentDir: string): ArchiveSources {
  if (!existsSync(path.join(contentDir, "articles"))) {
    throw new ContentError([
      problem(
        { file: "articles/" },
        "the content folder has no articles/ folder",
        "create content/articles/<year>/ and put each article there as <id>.md",
      ),
    ]);
  }
  const listing = listArticleFiles(contentDir);
  const problems = [...listing.problems];
  const read = (relative: string): SourceFile | undefined => {
    const result = readContentFile(contentDir, relative);
    if ("problem" in result) {
      problems.push(result.problem);
      return undefined;
    }
    return result;
  };
  const speakers = read("speakers.yaml");
  const topics = read("topics.yaml");
  const site = readSiteFile(contentDir, read, problems);
  const articles = listing.files.flatMap((file) => read(file) ?? []);
  if (!speakers || !topics) throw new ContentError(problems);
  return { speakers, topics, site, articles, problems, now: Date.now() };
}

/**
 * Reads `site.yaml`, the archive's identity. A folder without one is an error (the other problems
 * are still collected): a site built with a made-up name and an example origin would publish
 * canonical links, feeds and a sitemap pointing nowhere, under a name that is not the archive's.
 */
function readSiteFile(
  contentDir: string,
  read: (relative: string) => SourceFile | undefined,
  problems: ContentProblem[],
): SourceFile | undefined {
  if (lstatSync(path.join(contentDir, "site.yaml"), { throwIfNoEntry: false }) === undefined) {
    problems.push(
      problem(
        { file: "site.yaml" },
        "the content folder has no site.yaml: the archive's name, description, origin and licence are not set",
        "create site.yaml in the content folder with `name:`, `description:`, `origin:` and `licence:` (`npm run archive -- init NEW-FOLDER` writes a complete one to copy; see README: site identity)",
      ),
    );
    return undefined;
  }
  return read("site.yaml");
}

/** How {@link loadArchive} may reuse earlier work. */
export interface LoadOptions {
  /** Keep parsed articles in this folder and take unchanged ones from it (see src/io/articleCache.ts). */
  cacheDir?: string | undefined;
  /** The project whose `src/lib/` parsed them (default: the current folder). */
  projectRoot?: string | undefined;
  /** False: parse every article afresh, without reading the cache (it is still written). */
  readCache?: boolean | undefined;
  /** Told how many articles came from the cache, how many were parsed, and whether it was damaged. */
  onCache?: ((stats: ArticleCacheStats) => void) | undefined;
  /** Told the digest of what the articles give the site's data (ArticleCacheFile.sourcesDigest), when there is a cache. */
  onSourcesDigest?: ((digest: string | undefined) => void) | undefined;
  /** Told each article's unit digest by path (ArticleCacheFile.unitDigests), when there is a cache. */
  onUnitDigests?: ((digests: Record<string, string> | undefined) => void) | undefined;
  /** Told when the cache could not be written (the build goes on: the cache is an optimisation). */
  onCacheWarning?: ((warning: string) => void) | undefined;
  /**
   * Given the function that writes the cache, instead of its being written before the archive is
   * returned: for a caller with something more urgent to do first. Not called when loading fails.
   * The function returns a warning when the cache could not be written.
   */
  deferCacheSave?: ((save: () => string | undefined) => void) | undefined;
  /**
   * Asked, when there is a cache, once every article is parsed and before the archive is built from
   * them: given the digest of what the articles give the site's data (ArticleCacheFile.sourcesDigest),
   * the sources and their units, it may give the archive a build made from the same earlier
   * (src/io/checkedSite.ts), taken then as it is (its problems naming files as the archive's do)
   * instead of built again.
   */
  builtBefore?: ((found: BuiltBeforeQuery) => Archive | undefined) | undefined;
}

/** What {@link LoadOptions.builtBefore} is asked with. */
export interface BuiltBeforeQuery {
  sourcesDigest: string;
  sources: ArchiveSources;
  units: ArticleUnitCache;
}

function openCache(sources: ArchiveSources, options: LoadOptions): ArticleCacheFile | undefined {
  if (!options.cacheDir) return undefined;
  const version = parserCodeVersion(options.projectRoot ?? process.cwd());
  if (!version) return undefined;
  return openArticleCache(options.cacheDir, version, [sources.speakers.text, sources.topics.text], {
    read: options.readCache ?? true,
  });
}

/** How files are named in problems: relative to `displayRoot`, or absolute when outside it. */
function problemPrefix(contentDir: string, displayRoot: string): string {
  const relative = path.relative(displayRoot, contentDir);
  return `${relative === "" ? "." : relative.startsWith("..") ? contentDir : relative}/`;
}

/** Builds the archive from its sources through a cache, saves the cache and reports its use. */
function finishLoad(
  sources: ArchiveSources,
  cacheFile: ArticleCacheFile | undefined,
  units: ArticleUnitCache | undefined,
  options: LoadOptions,
  prefix: string,
): Archive {
  let digest: string | undefined;
  let known: Archive | undefined;
  if (cacheFile && units && options.builtBefore) {
    // The articles too few for the parse workers are parsed here, so that each has its digest.
    const context = unitContextOf(sources.speakers, sources.topics, sources.now);
    if (context) articleUnits(sources.articles, context, units);
    digest = cacheFile.sourcesDigest(sources.articles);
    if (digest !== undefined) known = options.builtBefore({ sourcesDigest: digest, sources, units });
  }
  const archive = known ?? buildArchive(sources, units);
  if (cacheFile) {
    if (options.deferCacheSave) options.deferCacheSave(() => cacheFile.save());
    else {
      const warning = cacheFile.save();
      if (warning) options.onCacheWarning?.(warning);
    }
    options.onCache?.(cacheFile.stats());
    options.onSourcesDigest?.(digest ?? cacheFile.sourcesDigest(sources.articles));
    options.onUnitDigests?.(cacheFile.unitDigests(sources.articles));
  }
  if (known) return known;
  return {
    ...archive,
    warnings: prefixProblemFiles(archive.warnings, prefix),
    acknowledged: prefixProblemFiles(archive.acknowledged, prefix),
  };
}

/** Rethrows a load's error, naming the files of a content error as an editor would open them. */
function naming(prefix: string, error: unknown): never {
  if (error instanceof ContentError) throw prefixFiles(error, prefix);
  throw error;
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
  const prefix = problemPrefix(contentDir, displayRoot);
  try {
    const sources = readArchiveSources(contentDir);
    const cacheFile = openCache(sources, options);
    return finishLoad(sources, cacheFile, cacheFile?.cache, options, prefix);
  } catch (error) {
    return naming(prefix, error);
  }
}

/**
 * {@link loadArchive} with the articles the cache lacks parsed in `workers` threads at once: for
 * `npm run build` and `archive check` (the Astro build itself takes them from the cache).
 */
export async function loadArchiveInParallel(
  contentDir: string,
  displayRoot: string,
  options: LoadOptions & { workers: number },
): Promise<Archive> {
  const prefix = problemPrefix(contentDir, displayRoot);
  try {
    const sources = readArchiveSources(contentDir);
    const cacheFile = openCache(sources, options);
    // The cache file's bytes (900 MB at 100,000 articles) go before anything else large is read.
    await buffersReleased();
    const units = await withParallelUnits(sources, cacheFile?.cache, options.workers);
    return finishLoad(sources, cacheFile, units, options, prefix);
  } catch (error) {
    return naming(prefix, error);
  }
}
