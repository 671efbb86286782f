import { extractionReport } from "../../lib/quotes/report.ts";
import { EXIT, type CliIo } from "../io.ts";
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";

/** `archive report`: the quote extraction report, per article, with everything uncertain. */
export function report(io: CliIo, flags: { content?: string | undefined; json?: boolean | undefined }): number {
  const result = loadForCli(io, contentDirFor(io, flags.content));
  if ("problems" in result) {
    printProblems(io, result.problems);
    return EXIT.content;
  }
  const { archive } = result;
  if (flags.json) {
    const articles = archive.articles.map((article) => ({
      article: article.id,
      file: article.file,
      quotes: archive.quotes.filter((q) => q.article === article.id),
      warnings: archive.warnings.filter((w) => w.file.endsWith(article.file)),
    }));
    io.out(`${JSON.stringify(articles, null, 2)}\n`);
  } else {
    io.out(extractionReport(archive));
  }
  return EXIT.ok;
}
