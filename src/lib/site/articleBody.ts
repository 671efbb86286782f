// An article's body (its HTML and plain text) kept apart from the site's data: the build's page
// workers hold every article's fields but read a body only for the article page being written
// (src/io/articleBodies.ts), since bodies are about a third of the data and one page needs one.
import { buildSiteIndex, type SiteArticle, type SiteIndex } from "./siteIndex.ts";

/** The parts of an article kept apart. */
export type ArticleBody = Pick<SiteArticle, "html" | "plainText">;

/**
 * Where an article's body is, when kept apart: a byte offset in the bodies file, the byte lengths of
 * its HTML and plain text (UTF-16), and a digest of those bytes (two bodies with the same digest are
 * the same body: a build takes the page of an article whose body and site data are unchanged as recorded).
 */
export type BodyPlace = readonly [offset: number, htmlBytes: number, plainBytes: number, digest: string];

/** The article with its body: its own fields, or the body read from where `bodyOf` keeps it. */
export function withBody(article: SiteArticle, bodyOf: ((id: string) => ArticleBody) | undefined): SiteArticle {
  return bodyOf ? { ...article, ...bodyOf(article.id) } : article;
}

/** The site's data with every article's body left out (empty), its lookups made again over those articles. */
export function withoutBodies(site: SiteIndex): SiteIndex {
  return buildSiteIndex({
    siteConfig: site.siteConfig,
    articles: site.articles.map((article) => ({ ...article, html: "", plainText: "" })),
    quotes: site.quotes,
    policies: site.policies,
    speakers: site.speakers,
    topics: site.topics,
  });
}
