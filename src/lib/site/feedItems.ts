import { paths } from "../exports/paths.ts";
import type { ArticleData } from "./siteIndex.ts";

/** One RSS item (the shape @astrojs/rss takes). */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

/** RSS items for articles, newest first; an undated article has no pubDate rather than an invented one. */
export function feedItems(articles: readonly ArticleData[], limit = 50): FeedItem[] {
  return articles.slice(0, limit).map((article) => ({
    title: article.title,
    link: paths.article(article.id),
    description: `${article.outlet}${article.reporter ? ` · ${article.reporter} 기자` : ""}. ${article.deck[0] ?? article.plainText.slice(0, 140)}`,
    ...(article.published ? { pubDate: new Date(Date.parse(article.published)) } : {}),
  }));
}
