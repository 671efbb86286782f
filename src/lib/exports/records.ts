import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { Topic } from "../schemas/topic.ts";
import { safeHref } from "../text/httpUrl.ts";
import { correctionRecords, quoteCorrectionRecords } from "./correctionRecords.ts";
import { absoluteUrl, paths } from "./paths.ts";

/** The collections the data exports are made from (article bodies are not needed). */
export interface ExportSource {
  articles: readonly Omit<Article, "html" | "body">[];
  quotes: readonly Quote[];
  policies: readonly Policy[];
  speakers: readonly Speaker[];
  topics: readonly Topic[];
}

/** A flat record: what one row of a JSON or CSV export holds. */
export type ExportRecord = Record<string, string | number | boolean | null | readonly unknown[]>;

/** The name of every export: `/data/<name>.json` and `/data/<name>.csv`. */
export const EXPORT_NAMES = ["articles", "quotes", "speakers", "topics", "policies"] as const;
/** One export's name. */
export type ExportName = (typeof EXPORT_NAMES)[number];

/**
 * The public, stable shape of every collection, with absolute page URLs on `origin`. Field names
 * and ids here are what researchers cite and script against: add fields, never rename them. The
 * original article's address (`sourceUrl`) is given only when it is a web address, else null.
 */
export function exportRecords(source: ExportSource, origin: string): Record<ExportName, ExportRecord[]> {
  const lists = {} as Record<ExportName, ExportRecord[]>;
  for (const name of EXPORT_NAMES) {
    const list: ExportRecord[] = [];
    eachExportRecord(source, origin, name, (record) => list.push(record));
    lists[name] = list;
  }
  return lists;
}

/**
 * Makes the records of one export (see {@link exportRecords}) one at a time, in order, so that a
 * writer can let each go once written: the exports of a large archive are never held whole.
 */
export function eachExportRecord(
  source: ExportSource,
  origin: string,
  name: ExportName,
  visit: (record: ExportRecord) => void,
): void {
  const url = (path: string): string => absoluteUrl(path, origin);
  switch (name) {
    case "articles":
      for (const a of source.articles) {
        visit({
          id: a.id,
          title: a.title,
          published: a.published,
          outlet: a.outlet,
          reporter: a.reporter ?? null,
          speakers: a.speakers,
          topics: a.topics,
          url: url(paths.article(a.id)),
          sourceUrl: safeHref(a.url) ?? null,
          corrections: correctionRecords(a, origin),
        });
      }
      return;
    case "quotes":
      for (const q of source.quotes) {
        visit({
          id: q.id,
          text: q.text,
          speaker: q.speaker,
          speakerName: q.speakerName,
          article: q.article,
          published: q.published,
          kind: q.kind,
          statement: q.statement,
          part: q.part,
          verb: q.verb,
          attribution: q.attribution,
          attributionLevel: q.level,
          attributionCue: q.cue,
          attributionCandidate: q.candidate,
          source: q.source,
          line: q.position?.line ?? null,
          context: q.context,
          corrections: quoteCorrectionRecords(source.articles, q, origin),
          policies: q.policies,
          topics: q.topics,
          topicBasis: q.topicBasis,
          headlineClass: q.headlineMatch?.class ?? null,
          headlineBodyQuote: q.headlineMatch?.bodyQuote ?? null,
          cluster: q.cluster,
          url: url(paths.quote(q.id)),
          articleUrl: url(q.position ? paths.quoteInArticle(q.article, q.id) : paths.article(q.article)),
        });
      }
      return;
    case "speakers":
      for (const s of source.speakers) {
        visit({
          id: s.id,
          name: s.name,
          nameLatin: s.nameLatin ?? null,
          aliases: s.aliases,
          roles: s.roles,
          description: s.description ?? null,
          url: url(paths.speaker(s.id)),
        });
      }
      return;
    case "topics":
      for (const t of source.topics) {
        visit({ id: t.id, label: t.label, description: t.description ?? null, url: url(paths.topic(t.id)) });
      }
      return;
    case "policies":
      for (const p of source.policies) {
        visit({
          id: p.id,
          title: p.title,
          area: p.area ?? null,
          summary: p.summary ?? null,
          topics: p.topics,
          figures: p.figures,
          article: p.article,
          published: p.published,
          quotes: p.quotes,
          url: url(paths.policy(p.id)),
        });
      }
      return;
  }
}
