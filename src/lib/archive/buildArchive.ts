import { parseArticle, type ParsedArticle, type SourceFile } from "../articles/parseArticle.ts";
import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { renderHtml } from "../markdown/renderHtml.ts";
import { parseRegistry } from "../registry/parseRegistry.ts";
import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import { speakerSchema, type Speaker } from "../schemas/speaker.ts";
import { topicSchema, type Topic } from "../schemas/topic.ts";
import { checkReferences } from "./checkReferences.ts";
import { compareArticles, orderCollections } from "./order.ts";
import { linkPolicies } from "./linkPolicies.ts";
import { applyOverrides } from "../quotes/applyOverrides.ts";
import { speakerFinder } from "../quotes/attribution.ts";
import { attributionWarnings } from "../quotes/attributionWarnings.ts";
import { extractQuotes } from "../quotes/extractQuotes.ts";

/** The raw files of an archive, as read from a content folder. */
export interface ArchiveSources {
  /** `speakers.yaml`. */
  speakers: SourceFile;
  /** `topics.yaml`. */
  topics: SourceFile;
  /** Every `articles/<year>/<id>.md`. */
  articles: SourceFile[];
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
  /** Problems that did not stop the build. */
  warnings: ContentProblem[];
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

function duplicateIdProblems(parsed: readonly ParsedArticle[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleFiles = new Map<string, string>();
  const policyFiles = new Map<string, string>();
  for (const { article, lineOf } of parsed) {
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
    article.policies.forEach((policy, index) => {
      const owner = policyFiles.get(policy.id);
      if (owner) {
        problems.push(
          problem(
            { file: article.file, line: lineOf(["policies", index, "id"]), field: `policies.${index}.id` },
            `policy id \`${policy.id}\` is also used in ${owner}`,
            "give this policy item its own id",
          ),
        );
      } else policyFiles.set(policy.id, article.file);
    });
  }
  return problems;
}

/**
 * Parses and cross-checks a whole archive. Every problem in every file is collected before
 * failing, so an editor sees them all at once; throws a ContentError when any is an error.
 */
export function buildArchive(sources: ArchiveSources): Archive {
  const problems: ContentProblem[] = [];
  const speakers = collecting(problems, () => parseRegistry(sources.speakers, speakerSchema));
  const topics = collecting(problems, () => parseRegistry(sources.topics, topicSchema));
  const parsed = sources.articles.flatMap((file) => collecting(problems, () => parseArticle(file)) ?? []);
  if (speakers && topics) {
    const known = { speakers: new Set(speakers.lines.keys()), topics: new Set(topics.lines.keys()) };
    for (const article of parsed) problems.push(...checkReferences(article, known));
  }
  problems.push(...duplicateIdProblems(parsed));
  const warnings = [...(speakers?.warnings ?? []), ...(topics?.warnings ?? []), ...parsed.flatMap((p) => p.warnings)];
  const ordered = [...parsed].sort((a, b) => compareArticles(a.article, b.article));
  const finder = speakerFinder(speakers?.entries ?? []);
  const quotesByArticle = new Map<string, Quote[]>();
  for (const article of ordered) {
    const found = extractQuotes(article, finder);
    const corrected = applyOverrides(article, found.quotes, finder);
    warnings.push(...found.warnings, ...attributionWarnings(corrected.quotes, article.article.file));
    problems.push(...corrected.problems);
    quotesByArticle.set(article.article.id, corrected.quotes);
  }
  if (!speakers || !topics || problems.length > 0) throw new ContentError([...problems, ...warnings]);

  const articles = ordered.map(({ article, body }): Article => {
    const anchors = (quotesByArticle.get(article.id) ?? []).filter((q) => q.kind === "body");
    return { ...article, html: renderHtml(body.tree, { outline: article.outline, quotes: anchors }) };
  });
  const linked = linkPolicies(articles, [...quotesByArticle.values()].flat());
  return { ...orderCollections({ ...linked, articles, speakers: speakers.entries, topics: topics.entries }), warnings };
}
