import { ContentError, problem, type ContentProblem } from "../errors.ts";
import { articleFrontMatterSchema } from "../schemas/article.ts";
import { idSchema } from "../schemas/common.ts";
import { arrangeLines, type Arrangement } from "./arrangeLines.ts";
import { importedArticleId } from "./articleId.ts";
import { captionNote } from "./caption.ts";
import { outletCandidates, settle } from "./attribution.ts";
import { reporterCandidates } from "./reporter.ts";
import { htmlToLines } from "./htmlToLines.ts";
import { datePublished } from "./publicationDate.ts";
import { headingMarkdown, paragraphMarkdown } from "./markdownBlock.ts";
import { textToLines } from "./sourceLines.ts";
import { speakersNamedIn } from "./speakersInText.ts";
import type { ImportedFrontMatter, ImportInput, ImportOptions, ImportResult, Undecided } from "./types.ts";

/** The note for an article whose copy names no reporter (the archive's wording). */
export const NO_REPORTER_NOTE = "원문 사본에 기자 이름이 없다.";

function bodyMarkdown(arranged: Arrangement): string {
  const blocks = arranged.body.map((b) => (b.heading ? headingMarkdown(b.text) : paragraphMarkdown(b.text)));
  return `${blocks.join("\n\n")}\n`;
}

function schemaProblems(frontMatter: ImportedFrontMatter, file: string): ContentProblem[] {
  const checked = articleFrontMatterSchema.safeParse(frontMatter);
  if (checked.success) return [];
  return checked.error.issues.map((issue) =>
    problem(
      { file, field: issue.path.join(".") },
      `the imported ${issue.path.join(".")} is not valid: ${issue.message}`,
      "check the copied text around that field, or write the front matter by hand",
    ),
  );
}

/**
 * Turns a raw article, copied from a news page (furniture and all) or saved as HTML, into front
 * matter and a Markdown body: furniture removed and reported line by line, the headline, deck,
 * date (KST), outlet, reporter and speakers read from the text, photo captions moved to notes,
 * numbered section titles made `##` headings, every sentence kept as published. What it cannot
 * decide (no date, no outlet, no reporter, two sources disagreeing) is written into the front
 * matter's `review` list, never a reason to refuse. Throws a ContentError only when no article can
 * be made at all (no text left) or a given option contradicts the text.
 */
export function importArticle(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const file = input.fileName;
  const source = input.format === "html" ? htmlToLines(input.text) : { lines: textToLines(input.text), dropped: [] };
  const arranged = arrangeLines(source.lines);
  if (arranged === null || arranged.body.length === 0) {
    throw new ContentError([
      problem(
        { file },
        arranged === null ? "the file has no text" : "no article text is left once the page furniture is removed",
        "copy the article's page again, from its headline to its last paragraph",
      ),
    ]);
  }
  const undecided: Undecided[] = [];
  if (arranged.titleIsPlaceholder) {
    undecided.push({
      field: "title",
      message:
        "the copy shows no headline, so the title is a placeholder made from the lead's first words (the lead stays in the body): write the headline as published",
    });
  }
  const dates = datePublished(arranged, options, file, undecided);
  const lead = arranged.body[0]?.text;
  const siteName = "siteName" in source ? source.siteName : undefined;
  const pageUrl = options.url ?? ("url" in source ? source.url : undefined);
  const outlet = options.outlet ?? settle("outlet", outletCandidates(arranged, lead, siteName, pageUrl), undecided);
  if (outlet === undefined) {
    undecided.push({
      field: "outlet",
      message:
        "no outlet found: the text has no dateline (`[광주N광주=노현서 기자]`), copyright line (`ⓒ광주N광주`), reporter e-mail or outlet link (`프레시안에 제보하기`); write the outlet's name (or import again with --outlet, or --url with the page's address)",
    });
  }
  const reporter = settle("reporter", reporterCandidates(arranged, lead), undecided);
  if (reporter === undefined) {
    undecided.push({
      field: "reporter",
      message: "no byline or dateline names a reporter; reporter is left out and a note says so",
    });
  }
  const body = bodyMarkdown(arranged);
  const speakers = speakersNamedIn([arranged.title, ...arranged.deck, body].join("\n"), input.speakers);
  if (speakers.length === 0) {
    undecided.push({
      field: "speakers",
      message:
        "no one in speakers.yaml is named in the text: `npm run archive -- speakers` proposes entries for the people it quotes (`--add` writes them), then list their ids here",
    });
  }
  undecided.push({ field: "topics", message: "topics are left empty: add ids from content/topics.yaml" });
  for (const kept of arranged.keptAfterEnd) {
    undecided.push({
      field: "body",
      message: `line ${kept.line} follows the end of the article (line ${kept.endLine}) but reads like text, so it was kept: delete it if it is page furniture`,
    });
  }
  const url = pageUrl;
  const notes = [...arranged.captions.map(captionNote), ...(reporter === undefined ? [NO_REPORTER_NOTE] : [])];
  const frontMatter: ImportedFrontMatter = {
    title: arranged.title,
    ...(arranged.deck.length > 0 ? { deck: arranged.deck } : {}),
    published: dates.published,
    ...(dates.dateNote === undefined ? {} : { dateNote: dates.dateNote }),
    outlet: outlet ?? null,
    ...(reporter === undefined ? {} : { reporter }),
    ...(url === undefined ? {} : { url }),
    speakers,
    topics: [],
    ...(notes.length > 0 ? { notes } : {}),
    // Every open question goes into the file, where `check` keeps asking until it is answered.
    ...(undecided.length > 0 ? { review: undecided.map(({ field, message }) => ({ field, question: message })) } : {}),
  };
  const id = options.id ?? importedArticleId(arranged.title, dates.kstDate, dates.year);
  const problems = schemaProblems(frontMatter, file);
  if (!idSchema.safeParse(id).success) {
    problems.push(
      problem(
        { file, field: "id" },
        `\`${id}\` is not a valid article id`,
        "use lower-case letters, digits and hyphens, e.g. 2024-03-05-budget-briefing",
      ),
    );
  }
  if (problems.length > 0) throw new ContentError(problems);
  const removed = [...arranged.removed, ...source.dropped].sort((a, b) => a.line - b.line);
  return { frontMatter, body, id, year: dates.year, removed, undecided };
}
