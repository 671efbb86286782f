import { paths } from "../exports/paths.ts";
import { xmlSafeText } from "../text/xmlSafe.ts";
import type { ArticleData } from "./siteIndex.ts";
import { escape } from "html-escaper";
import type { SiteConfig } from "../schemas/site.ts";
import { outletLabel } from "./format.ts";

/** One RSS item (the shape @astrojs/rss takes). */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

/** An RSS channel: the options @astrojs/rss (`rss()`, `getRssString()`) takes. */
export interface FeedChannel {
  title: string;
  description: string;
  site: string;
  items: FeedItem[];
  customData: string;
}

/**
 * What a feed says of an article besides its outlet and reporter: its deck's first line, or the
 * body's first words when it has none (the one part of a feed an edit to a body can change).
 */
export function feedSummary(article: Pick<ArticleData, "deck" | "plainText">): string {
  return article.deck[0] ?? article.plainText.slice(0, 140);
}

/**
 * RSS items for articles, newest first; an undated article has no pubDate rather than an invented
 * one. Every text is made fit for XML 1.0 ({@link xmlSafeText}): a control character in a title or
 * in the body's first words (the description when there is no deck) would make the feed unreadable.
 */
export function feedItems(articles: readonly ArticleData[], limit = 50): FeedItem[] {
  return articles.slice(0, limit).map((article) => ({
    title: xmlSafeText(article.title),
    link: paths.article(article.id),
    description: xmlSafeText(
      `${outletLabel(article.outlet)}${article.reporter ? ` · ${article.reporter} 기자` : ""}. ${feedSummary(article)}`,
    ),
    ...(article.published ? { pubDate: new Date(Date.parse(article.published)) } : {}),
  }));
}

/**
 * An RSS channel for a list of articles (already newest first) on the site `site`: the archive's
 * name (after the subject, a speaker's name or a topic's label, when there is one), its language,
 * origin and licence line (`<copyright>`), the newest articles. Its texts are fit for XML 1.0.
 */
export function feedChannel(options: {
  subject: string | null;
  description: string;
  site: Pick<SiteConfig, "name" | "language" | "origin" | "licence">;
  articles: readonly ArticleData[];
}): FeedChannel {
  const { site } = options;
  return {
    title: xmlSafeText(options.subject ? `${options.subject} — ${site.name}` : site.name),
    description: xmlSafeText(options.description),
    site: site.origin,
    items: feedItems(options.articles),
    // customData is written as it is: the licence line is escaped here.
    customData: `<language>${escape(site.language)}</language><copyright>${escape(xmlSafeText(site.licence))}</copyright>`,
  };
}
