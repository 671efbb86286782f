import { escape } from "html-escaper";
import { formatPublished } from "../dates/kst.ts";
import { absoluteUrl } from "../exports/paths.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { xmlSafeText } from "../text/xmlSafe.ts";
import { correctionHref, type ArchiveCorrection } from "./corrections.ts";
import type { FeedChannel, FeedItem } from "./feedItems.ts";
import { outletLabel } from "./format.ts";

/** How many corrections the feed carries. */
const FEED_LENGTH = 50;

/**
 * RSS items for corrections (already newest first) on the site at `origin`: each titled `[정정]`
 * and the article's headline, linked to the correction's place on the article's page
 * (`#correction-<n>`, so every item's link is its own), described by the outlet, the correction's
 * date, what was changed and why; dated by the correction. Texts are made fit for XML 1.0. Links
 * are absolute: @astrojs/rss would add a slash after the fragment of a path (`#correction-1/`).
 */
export function correctionFeedItems(
  corrections: readonly ArchiveCorrection[],
  origin: string,
  limit = FEED_LENGTH,
): FeedItem[] {
  return corrections.slice(0, limit).map((correction) => ({
    title: xmlSafeText(`[정정] ${correction.article.title}`),
    link: absoluteUrl(correctionHref(correction.article.id, correction.number), origin),
    description: xmlSafeText(
      `${outletLabel(correction.article.outlet)} · ${formatPublished(correction.date) ?? correction.date} 정정. ${correction.change}${correction.reason ? ` 이유: ${correction.reason}` : ""}`,
    ),
    pubDate: new Date(correction.epochMs),
  }));
}

/** The RSS channel of `/corrections.xml` on the site `site`: its name, language and licence, the newest corrections. */
export function correctionFeedChannel(options: {
  site: Pick<SiteConfig, "name" | "language" | "origin" | "licence">;
  corrections: readonly ArchiveCorrection[];
}): FeedChannel {
  const { site } = options;
  return {
    title: xmlSafeText(`정정 기록 — ${site.name}`),
    description: "기사가 게재된 뒤 바로잡힌 내용, 최신 정정순",
    site: site.origin,
    items: correctionFeedItems(options.corrections, site.origin),
    // customData is written as it is: the licence line is escaped here.
    customData: `<language>${escape(site.language)}</language><copyright>${escape(xmlSafeText(site.licence))}</copyright>`,
  };
}
