import { numberedCorrections, type NumberedCorrection } from "../articles/corrections.ts";
import { absoluteUrl, paths } from "../exports/paths.ts";
import type { Quote } from "../schemas/quote.ts";
import { safeHref } from "../text/httpUrl.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { correctionHref } from "./corrections.ts";
import type { ArticleData } from "./siteIndex.ts";

/** A breadcrumb: the label readers see and the path it links to. */
export interface Crumb {
  label: string;
  href: string;
}

type JsonLd = Record<string, unknown>;

/** What a script's JSON-LD escapes: `<` (so no text can close the script) and the line separators. */
const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/;
const ALL_UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/g;

/** Serialises JSON-LD for a `<script type="application/ld+json">`: `<` and line separators escaped, so no text can close the script. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  const text = JSON.stringify(data);
  if (!UNSAFE_IN_SCRIPT.test(text)) return text;
  return text.replace(ALL_UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * schema.org WebSite for the archive itself (on the home page): its name, description, language
 * and address, who publishes it and how to reach them, and its licence line as the copyright notice.
 */
export function webSite(site: SiteConfig): JsonLd {
  const home = absoluteUrl("/", site.origin);
  const { publisher } = site;
  const contact =
    publisher && (safeHref(publisher.contact) ? { url: publisher.contact } : { email: publisher.contact });
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": home,
    name: site.name,
    description: site.description,
    inLanguage: site.language,
    url: home,
    ...(publisher ? { publisher: { "@type": "Organization", name: publisher.name, ...contact } } : {}),
    copyrightNotice: site.licence,
  };
}

/** schema.org BreadcrumbList for a trail of crumbs. */
export function breadcrumbList(crumbs: readonly Crumb[], origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, origin),
    })),
  };
}

/** schema.org Person for a speaker (their latest role as job title). */
export function person(speaker: Pick<Speaker, "id" | "name" | "nameLatin" | "roles">, origin: string): JsonLd {
  const latest = speaker.roles.at(-1);
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": absoluteUrl(paths.speaker(speaker.id), origin),
    name: speaker.name,
    ...(speaker.nameLatin ? { alternateName: speaker.nameLatin } : {}),
    ...(latest ? { jobTitle: latest.title, worksFor: { "@type": "Organization", name: latest.organisation } } : {}),
    url: absoluteUrl(paths.speaker(speaker.id), origin),
  };
}

/**
 * schema.org `CorrectionComment`s for corrections of the article `articleId`: each one's text (what
 * was changed, then why), its date (`datePublished`) and its place on the article's page (`url`).
 * Give them earliest first, numbered (see numberedCorrections).
 */
export function correctionComments(
  corrections: readonly NumberedCorrection[],
  articleId: string,
  origin: string,
): JsonLd[] {
  return corrections.map((correction) => ({
    "@type": "CorrectionComment",
    text: correction.reason ? `${correction.change} 이유: ${correction.reason}` : correction.change,
    datePublished: correction.date,
    url: absoluteUrl(correctionHref(articleId, correction.number), origin),
  }));
}

/**
 * schema.org NewsArticle for an article, naming its outlet, reporter and the people it quotes; its
 * source (`isBasedOn`) only when that is a web address; its corrections (`correction`), when it has any.
 */
export function newsArticle(article: ArticleData, speakers: readonly Speaker[], origin: string): JsonLd {
  const url = absoluteUrl(paths.article(article.id), origin);
  const source = safeHref(article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    headline: article.title,
    inLanguage: "ko",
    url,
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.outlet === null ? {} : { publisher: { "@type": "Organization", name: article.outlet } }),
    ...(article.reporter ? { author: { "@type": "Person", name: article.reporter } } : {}),
    ...(source ? { isBasedOn: source } : {}),
    mentions: speakers.map((s) => ({
      "@type": "Person",
      "@id": absoluteUrl(paths.speaker(s.id), origin),
      name: s.name,
    })),
    ...(article.corrections.length > 0
      ? { correction: correctionComments(numberedCorrections(article.corrections), article.id, origin) }
      : {}),
  };
}

/**
 * schema.org Quotation: its words, its creator and the article it is based on; with `corrections`
 * (the article's corrections that name this quote: `quoteCorrections(...).concerning`), its
 * `correction` list of CorrectionComments, linked to their places on the article's page.
 */
export function quotation(
  quote: Quote,
  article: Pick<ArticleData, "id" | "title" | "outlet">,
  speaker: Speaker | undefined,
  origin: string,
  corrections: readonly NumberedCorrection[] = [],
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    "@id": absoluteUrl(paths.quote(quote.id), origin),
    text: quote.text,
    inLanguage: "ko",
    url: absoluteUrl(paths.quote(quote.id), origin),
    creator: speaker
      ? { "@type": "Person", "@id": absoluteUrl(paths.speaker(speaker.id), origin), name: speaker.name }
      : { "@type": "Person", name: quote.speakerName ?? "미상" },
    isBasedOn: {
      "@type": "NewsArticle",
      "@id": absoluteUrl(paths.article(article.id), origin),
      headline: article.title,
      ...(article.outlet === null ? {} : { publisher: { "@type": "Organization", name: article.outlet } }),
    },
    ...(quote.published ? { datePublished: quote.published } : {}),
    ...(corrections.length > 0 ? { correction: correctionComments(corrections, article.id, origin) } : {}),
  };
}
