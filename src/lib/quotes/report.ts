import type { Archive } from "../archive/buildArchive.ts";
import type { ContentProblem } from "../errors.ts";
import type { Quote } from "../schemas/quote.ts";

const HOW: Record<Quote["attribution"], string> = {
  named: "",
  after: " (named after the quote)",
  reference: " (short reference)",
  label: " (soundbite label)",
  source: " (unnamed source)",
  subject: " (organisation)",
  continued: " (continued)",
  carried: " (no cue: previous speaker)",
  headline: " (headline's speaker)",
  repeated: " (same words quoted elsewhere)",
  office: " (an office, no name)",
  role: " (the office's registered holder that day)",
  question: " (a question put to the speaker)",
  unknown: "",
  editor: " (set by editor)",
};

function describe(quote: Quote): string {
  const where = quote.kind === "headline" ? "headline" : `line ${quote.position?.line ?? "?"}`;
  const who =
    quote.level === "unconfirmed"
      ? `UNCONFIRMED${quote.candidate ? ` (maybe ${quote.candidate})` : ""}`
      : `${quote.speakerName ?? "?"}${quote.level === "likely" ? " [likely]" : ""}`;
  const registered = quote.speaker === null && quote.speakerName !== null ? " (not in registry)" : "";
  const part = quote.part > 0 ? "  + " : "  ";
  return `${part}${where.padEnd(9)} ${who}${registered}${HOW[quote.attribution]}${quote.cue ? ` cue «${quote.cue}»` : ""} · ${quote.verb ?? "no verb"}\n      “${quote.text}”`;
}

/**
 * The extraction report an editor reads: per article, every quote with its speaker, how the
 * speaker was found and the reporting verb (follow-on spans of one statement marked `+`), then
 * everything uncertain about that article.
 */
export function extractionReport(
  archive: Pick<Archive, "articles" | "quotes" | "warnings"> & Partial<Pick<Archive, "acknowledged">>,
): string {
  const acknowledged = archive.acknowledged ?? [];
  const sections = archive.articles.map((article) => {
    const quotes = archive.quotes.filter((q) => q.article === article.id);
    const statements = new Set(quotes.map((q) => q.statement)).size;
    const concerns = archive.warnings.filter((w: ContentProblem) => w.file.endsWith(article.file));
    const kept = acknowledged.filter((w) => w.file.endsWith(article.file));
    const lines = [
      `${article.id}  ${article.title}`,
      `  ${article.file} · ${quotes.length} quotes in ${statements} statements · ${concerns.length} to check` +
        (kept.length > 0 ? `, ${kept.length} acknowledged` : "") +
        (article.review.length > 0 ? ` (${article.review.length} open review questions)` : ""),
      ...quotes.map(describe),
      ...(concerns.length > 0
        ? ["  to check:", ...concerns.map((w) => `    line ${w.line ?? "?"}: ${w.message}\n      fix: ${w.fix}`)]
        : []),
      ...(kept.length > 0
        ? [
            "  acknowledged (faithful to the source, in `acknowledge:`):",
            ...kept.map((w) => `    line ${w.line ?? "?"}: [${w.code ?? "?"}] ${w.message}`),
          ]
        : []),
    ];
    return lines.join("\n");
  });
  const total = archive.quotes.length;
  const open = archive.articles.filter((a) => a.review.length > 0).length;
  const review =
    open > 0 ? ` ${open} articles have open review questions (\`check --strict\` fails until they are answered).` : "";
  const acknowledgedCount = acknowledged.length > 0 ? ` (and ${acknowledged.length} acknowledged)` : "";
  return `${sections.join("\n\n")}\n\n${archive.articles.length} articles, ${total} quotes, ${archive.warnings.length} warnings${acknowledgedCount}.${review}\n`;
}
