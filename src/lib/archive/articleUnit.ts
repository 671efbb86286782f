import { parseArticle, type SourceFile } from "../articles/parseArticle.ts";
import { ContentError, type ContentProblem } from "../errors.ts";
import { bodyLimitContentProblem } from "../markdown/bodyLimits.ts";
import { renderHtml } from "../markdown/renderHtml.ts";
import { applyOverrides } from "../quotes/applyOverrides.ts";
import { speakerFinder, type SpeakerFinder } from "../quotes/attribution.ts";
import { parseRegistry } from "../registry/parseRegistry.ts";
import { speakerSchema } from "../schemas/speaker.ts";
import { topicSchema } from "../schemas/topic.ts";
import { attributionWarnings } from "../quotes/attributionWarnings.ts";
import { extractQuotes } from "../quotes/extractQuotes.ts";
import { withQuoteWarningCodes } from "../quotes/quoteWarningCodes.ts";
import { acknowledgeWarnings } from "../articles/acknowledge.ts";
import { correctionProblems } from "../articles/correctionProblems.ts";
import type { Article } from "../schemas/article.ts";
import type { Quote } from "../schemas/quote.ts";
import { checkReferences, type KnownIds } from "./checkReferences.ts";
import { withHeadlineMatches } from "../trace/headlineMatches.ts";

/**
 * Everything one article file yields once the registries are known: the article with its body
 * rendered, its quotes, its warnings and errors. It depends on nothing but the file and the two
 * registries, so a build may keep it between runs (see {@link ArticleUnitCache}).
 */
export interface ArticleUnit {
  /** The article; absent when its file could not be parsed at all. */
  article?: Article;
  /** Its quotes: headline first, then the body's in reading order, overrides applied. */
  quotes: Quote[];
  /** Problems that do not stop a build. */
  warnings: ContentProblem[];
  /** Warnings the article's `acknowledge:` list names: not printed by default (`check --all` lists them). */
  acknowledged?: ContentProblem[] | undefined;
  /** Errors: an archive with any cannot be built. */
  problems: ContentProblem[];
}

/** What an article needs from the registries. */
export interface UnitContext {
  /** Registered ids; without them (a registry could not be read) references are not checked. */
  known?: KnownIds | undefined;
  finder: SpeakerFinder;
  /** The build's clock (ms since the epoch): a correction dated after it is an error; unchecked without it. */
  now?: number | undefined;
}

/** Parses one article file and derives everything of it that does not depend on other articles. */
export function articleUnit(file: SourceFile, context: UnitContext): ArticleUnit {
  let parsed;
  try {
    parsed = parseArticle(file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { quotes: [], warnings: [], problems: [...error.problems] };
  }
  const problems = context.known ? checkReferences(parsed, context.known) : [];
  const found = extractQuotes(parsed, context.finder);
  const corrected = applyOverrides(parsed, found.quotes, context.finder);
  problems.push(...corrected.problems);
  problems.push(...correctionProblems(parsed, corrected.quotes, context.now));
  const { warnings, acknowledged } = acknowledgeWarnings(
    [
      ...parsed.warnings,
      ...withQuoteWarningCodes([...found.warnings, ...attributionWarnings(corrected.quotes, parsed.article.file)]),
    ],
    parsed.article.acknowledge ?? [],
    parsed.article.file,
    parsed.lineOf,
  );
  const anchors = corrected.quotes.filter((q) => q.kind === "body");
  let html: string;
  try {
    html = renderHtml(parsed.body.tree, { outline: parsed.article.outline, quotes: anchors });
  } catch (error) {
    // A body the HTML pipeline still broke on (see bodyLimits.ts) is this file's error, not a crash.
    const broke = bodyLimitContentProblem(error, file.path, parsed.article.bodyLine);
    if (!broke) throw error;
    return { quotes: [], warnings, acknowledged, problems: [...problems, broke] };
  }
  const article: Article = { ...parsed.article, html };
  return { article, quotes: withHeadlineMatches(corrected.quotes), warnings, acknowledged, problems };
}

/**
 * Keeps article units between builds. The keeper decides what makes two files the same (their
 * text, the registries and the code that parsed them); a unit with errors is never kept.
 */
export interface ArticleUnitCache {
  /** The unit of this file from an earlier build, if it is still valid. */
  get(file: SourceFile): ArticleUnit | undefined;
  /** Keeps the unit of this file. */
  set(file: SourceFile, unit: ArticleUnit): void;
}

/**
 * The context articles are parsed in, from the two registry files; undefined when either has an
 * error (the archive cannot be built then, and buildArchive reports why).
 */
export function unitContextOf(
  speakers: SourceFile,
  topics: SourceFile,
  now?: number | undefined,
): UnitContext | undefined {
  try {
    const speakerRegistry = parseRegistry(speakers, speakerSchema);
    const topicRegistry = parseRegistry(topics, topicSchema);
    return {
      known: { speakers: new Set(speakerRegistry.lines.keys()), topics: new Set(topicRegistry.lines.keys()) },
      finder: speakerFinder(speakerRegistry.entries),
      now,
    };
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}
