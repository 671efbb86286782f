import { parseArticle, type SourceFile } from "../articles/parseArticle.ts";
import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { parseRegistry } from "../registry/parseRegistry.ts";
import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import { speakerSchema, type Speaker } from "../schemas/speaker.ts";
import { topicSchema, type Topic } from "../schemas/topic.ts";
import { speakerFinder } from "../quotes/attribution.ts";
import { articleUnit, type ArticleUnit, type ArticleUnitCache, type UnitContext } from "./articleUnit.ts";
import { compareArticles, orderCollections } from "./order.ts";
import { linkPolicies } from "./linkPolicies.ts";
import { fileQuoteTopics, topicMatcher } from "../quotes/quoteTopics.ts";
import { withClusters } from "../trace/withClusters.ts";
import { aliasClashes } from "../registry/aliasClashes.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { parseSiteConfig } from "../siteConfig/parseSiteConfig.ts";
import { PLACEHOLDER_SITE } from "../siteConfig/placeholderSite.ts";

/** The raw files of an archive, as read from a content folder. */
export interface ArchiveSources {
  /** `speakers.yaml`. */
  speakers: SourceFile;
  /** `topics.yaml`. */
  topics: SourceFile;
  /**
   * `site.yaml`, the archive's identity. Absent only for archives assembled in memory (tests,
   * benchmarks), which get {@link PLACEHOLDER_SITE}; a content folder without one is an error.
   */
  site?: SourceFile | undefined;
  /** Every `articles/<year>/<id>.md`. */
  articles: SourceFile[];
  /** Problems found while reading the folder: files left out (not UTF-8, too large, misnamed), bad links. */
  problems?: readonly ContentProblem[] | undefined;
  /** The clock of the build (ms since the epoch), read by its caller: corrections dated after it are errors. */
  now?: number | undefined;
}

/** The whole archive, validated and cross-checked, every list in a fixed order. */
export interface Archive {
  /** Articles, newest first. */
  articles: Article[];
  /** Speakers, in Korean dictionary order of name. */
  speakers: Speaker[];
  /** Topics, in Korean dictionary order of label. */
  topics: Topic[];
  /** Quotes, by article (newest first) then by position, headline quote first. */
  quotes: Quote[];
  /** Policy items, by article (newest first) then in front-matter order. */
  policies: Policy[];
  /** The archive's identity (`site.yaml`): name, description, language, origin, publisher, licence. */
  siteConfig: SiteConfig;
  /** Problems that did not stop the build. */
  warnings: ContentProblem[];
  /** Warnings articles acknowledge (`acknowledge:`): not in `warnings`, so not printed; `check --all` lists them. */
  acknowledged: ContentProblem[];
}

/** Runs a parse step, moving its ContentError's problems into `problems`; other errors propagate. */
function collecting<T>(problems: ContentProblem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/**
 * Ids used by two articles. `files` are the units' sources, in the same order: a duplicate policy
 * id is rare, so its line is found by reading that one file's front matter again.
 */
function duplicateIdProblems(units: readonly ArticleUnit[], files: readonly SourceFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleFiles = new Map<string, string>();
  const policyFiles = new Map<string, string>();
  units.forEach(({ article }, unitIndex) => {
    if (!article) return;
    const other = articleFiles.get(article.id);
    if (other) {
      problems.push(
        problem(
          { file: article.file, line: 1 },
          `article id \`${article.id}\` is also used by ${other}`,
          "rename one of the two files: an id must be unique across all years",
        ),
      );
    } else articleFiles.set(article.id, article.file);
    const source = files[unitIndex];
    let lineOf: ((path: (string | number)[]) => number) | undefined;
    article.policies.forEach((policy, index) => {
      const owner = policyFiles.get(policy.id);
      if (owner) {
        problems.push(
          problem(
            {
              file: article.file,
              line: source ? (lineOf ??= parseArticle(source).lineOf)(["policies", index, "id"]) : 1,
              field: `policies.${index}.id`,
            },
            `policy id \`${policy.id}\` is also used in ${owner}`,
            "give this policy item its own id",
          ),
        );
      } else policyFiles.set(policy.id, article.file);
    });
  });
  return problems;
}

/** Parses every article file, taking units from `cache` when it has them and keeping new good ones. */
export function articleUnits(
  files: readonly SourceFile[],
  context: UnitContext,
  cache: ArticleUnitCache | undefined,
): ArticleUnit[] {
  return files.map((file) => {
    const kept = cache?.get(file);
    if (kept) return kept;
    const unit = articleUnit(file, context);
    if (unit.problems.length === 0) cache?.set(file, unit);
    return unit;
  });
}

/**
 * Parses and cross-checks a whole archive. Every problem in every file is collected before
 * failing, so an editor sees them all at once; throws a ContentError when any is an error.
 * With a `cache`, articles parsed by an earlier build with the same registries are taken from it.
 */
export function buildArchive(sources: ArchiveSources, cache?: ArticleUnitCache): Archive {
  const problems: ContentProblem[] = (sources.problems ?? []).filter((p) => p.severity === "error");
  const speakers = collecting(problems, () => parseRegistry(sources.speakers, speakerSchema));
  if (speakers) problems.push(...aliasClashes(speakers.entries, speakers.lines, sources.speakers.path));
  const topics = collecting(problems, () => parseRegistry(sources.topics, topicSchema));
  const site = sources.site;
  const siteConfig = site
    ? collecting(problems, () => parseSiteConfig(site))
    : { config: PLACEHOLDER_SITE, warnings: [] };
  const known =
    speakers && topics ? { speakers: new Set(speakers.lines.keys()), topics: new Set(topics.lines.keys()) } : undefined;
  // Without both registries articles are still parsed, to report their own errors, but not kept.
  const context = { known, finder: speakerFinder(speakers?.entries ?? []), now: sources.now };
  const units = articleUnits(sources.articles, context, known ? cache : undefined);
  problems.push(...units.flatMap((unit) => unit.problems), ...duplicateIdProblems(units, sources.articles));
  const warnings = [
    ...(sources.problems ?? []).filter((p) => p.severity === "warning"),
    ...(speakers?.warnings ?? []),
    ...(topics?.warnings ?? []),
    ...(siteConfig?.warnings ?? []),
    ...units.flatMap((u) => u.warnings),
  ];
  if (!speakers || !topics || !siteConfig || problems.length > 0) throw new ContentError([...problems, ...warnings]);

  const ordered = units
    .flatMap((unit) => (unit.article ? [{ article: unit.article, quotes: unit.quotes }] : []))
    .sort((a, b) => compareArticles(a.article, b.article));
  const articles = ordered.map((unit) => unit.article);
  const linked = linkPolicies(
    articles,
    ordered.flatMap((unit) => unit.quotes),
  );
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const filed = fileQuoteTopics(
    linked.quotes,
    articleById,
    new Map(linked.policies.map((p) => [p.id, p])),
    topicMatcher(topics.entries),
  );
  return {
    ...orderCollections({
      policies: linked.policies,
      quotes: withClusters(filed, articleById),
      articles,
      speakers: speakers.entries,
      topics: topics.entries,
    }),
    siteConfig: siteConfig.config,
    warnings,
    acknowledged: units.flatMap((unit) => unit.acknowledged ?? []),
  };
}
