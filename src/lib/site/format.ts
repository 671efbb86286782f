import { formatPublished, parseArchiveDate } from "../dates/kst.ts";
import type { SpeakerRole } from "../schemas/speaker.ts";

/** The date line readers see for an article or quote: KST date and time, or `게재일 미상`. */
export function publishedLabel(published: string | null): string {
  return formatPublished(published) ?? "게재일 미상";
}

function partialDate(value: string): string {
  const [year, month, day] = value.split("-");
  return [year && `${year}년`, month && `${Number(month)}월`, day && `${Number(day)}일`].filter(Boolean).join(" ");
}

/** A role's period for readers: `2018년 7월 1일 – 2022년 6월 30일`, `2008년 5월 –` while it runs or when the end is unknown. */
export function rolePeriod(role: Pick<SpeakerRole, "from" | "to">): string {
  return `${partialDate(role.from)} – ${role.to ? partialDate(role.to) : ""}`.trim();
}

/** A short excerpt of a quote for lists and titles, cut at a word boundary. */
export function excerpt(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

/** The outlet as readers see it: its name, or `매체 미상` when the copy did not say. */
export function outletLabel(outlet: string | null): string {
  return outlet ?? "매체 미상";
}

/** The one-dot leader, which Korean sources type for a middle dot. */
const ONE_DOT_LEADER = /\u2024/gu;

/**
 * Text as readers see it: the one-dot leader `․` (U+2024), which Korean sources type for a middle
 * dot but system fonts draw as a full stop (`경제.산업`), becomes the middle dot `·` (U+00B7). One
 * character for one, so match ranges over the source text still apply. For display only: the
 * Markdown, the data exports, the search index and JSON-LD keep the text as published.
 */
export function displayText(text: string): string {
  return text.includes("\u2024") ? text.replace(ONE_DOT_LEADER, "\u00B7") : text;
}

/** The day a source was copied, for readers: `2024년 3월 5일` (KST), or the value as written when it is not a date. */
export function retrievedLabel(retrieved: string): string {
  const parsed = parseArchiveDate(retrieved);
  return typeof parsed === "string" ? retrieved : partialDate(parsed.kstDate);
}
