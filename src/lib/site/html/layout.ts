import { html, attribute, rawHtml, type SafeHtml } from "../../html/safeHtml.ts";
import { absoluteUrl } from "../../exports/paths.ts";
import { safeHref } from "../../text/httpUrl.ts";
import { breadcrumbList, jsonLdText, type Crumb } from "../jsonLd.ts";
import type { SiteConfig } from "../../schemas/site.ts";

/** A `<meta>` of a page's own: `name` for citation and search tags, `property` for Open Graph ones. */
export type PageMeta = { name: string; content: string } | { property: string; content: string };

/** What the layout shows of a page besides its main content (src/lib/site/html/document.ts). */
export interface PageFrame {
  /** The page title, without the site name. */
  title: string;
  /** A one-line summary for search engines and link previews. */
  description?: string | undefined;
  /** The trail from the home page to this page (the home page has none). */
  crumbs?: readonly Crumb[] | undefined;
  /** schema.org objects describing the page, besides its breadcrumbs. */
  jsonLd?: readonly Record<string, unknown>[] | undefined;
  /** Open Graph type. */
  ogType?: "website" | "article" | "profile" | undefined;
  /** An RSS feed for this page's subject. */
  feed?: { title: string; href: string } | undefined;
  /** False for pages that are not a place of their own (the 404 page): no canonical URL, not indexed. */
  indexable?: boolean | undefined;
  /** More `<meta>` tags, after the site's own. */
  meta?: readonly PageMeta[] | undefined;
}

/** A page written as markup: what the layout shows of it, and its main content. */
export interface MarkupPage {
  frame: PageFrame;
  main: SafeHtml;
}

const NAV = [
  { href: "/quotes/", label: "발언" },
  { href: "/speakers/", label: "인물" },
  { href: "/topics/", label: "주제" },
  { href: "/policies/", label: "정책" },
  { href: "/archive/", label: "연도별" },
  { href: "/search/", label: "검색" },
] as const;

/** The Open Graph locale of a language tag (`ko` → `ko_KR`, `en-GB` → `en_GB`); none for a bare tag other than `ko`. */
function ogLocale(language: string): string | undefined {
  if (language === "ko") return "ko_KR";
  const [lang, region] = language.split("-").filter((part) => !/^[A-Z][a-z]{3}$/u.test(part));
  return region ? `${lang}_${region}` : undefined;
}

/**
 * The inside of a page's `<head>` at `pathname` on the site `site` (its name, description,
 * language and origin): title, description, canonical URL, feeds, Open Graph tags, the page's own
 * meta tags and its JSON-LD (with a BreadcrumbList when it has crumbs), and the site's stylesheet
 * when its address is given (src/lib/site/stylesheet.ts).
 */
export function pageHeadHtml(
  frame: PageFrame,
  pathname: string,
  site: Pick<SiteConfig, "name" | "description" | "language" | "origin">,
  stylesheet?: string,
): SafeHtml {
  const description = frame.description ?? site.description;
  const canonical = absoluteUrl(pathname, site.origin);
  const crumbs = frame.crumbs ?? [];
  const jsonLd = frame.jsonLd ?? [];
  const structured = crumbs.length > 0 ? [...jsonLd, breadcrumbList(crumbs, site.origin)] : jsonLd;
  const title = frame.title === site.name ? frame.title : `${frame.title} — ${site.name}`;
  const locale = ogLocale(site.language);
  return html`
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${title}</title>
    <meta name="description" content="${description}">
    ${frame.indexable === false ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
    <link rel="alternate" type="application/rss+xml" title="${site.name} 새 기사" href="/rss.xml">
    ${frame.feed && html`<link rel="alternate" type="application/rss+xml" title="${frame.feed.title}" href="${frame.feed.href}">`}
    <link rel="sitemap" href="/sitemap-index.xml">
    <link rel="icon" href="/favicon.ico" sizes="32x32">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    ${stylesheet && html`<link rel="stylesheet" href="${stylesheet}">`}
    <meta property="og:type" content="${frame.ogType ?? "website"}">
    <meta property="og:title" content="${frame.title}">
    <meta property="og:description" content="${description}">
    <meta property="og:url" content="${canonical}">
    ${locale && html`<meta property="og:locale" content="${locale}">`}
    <meta property="og:site_name" content="${site.name}">
    ${(frame.meta ?? []).map((tag) =>
      "name" in tag
        ? html`<meta name="${tag.name}" content="${tag.content}">`
        : html`<meta property="${tag.property}" content="${tag.content}">`,
    )}
    ${structured.map((data) => html`<script type="application/ld+json">${rawHtml(jsonLdText(data))}</script>`)}
  `;
}

/** The top of a page's `<body>` at `pathname`: the skip link, the site header (the site's name) and menu, and the breadcrumbs. */
export function pageTopHtml(
  frame: Pick<PageFrame, "crumbs">,
  pathname: string,
  site: Pick<SiteConfig, "name">,
): SafeHtml {
  const crumbs = frame.crumbs ?? [];
  return html`
    <a class="skip-link" href="#main">본문으로 건너뛰기</a>
    <header class="site-header">
      <a class="site-name" href="/">${site.name}</a>
      <nav aria-label="주요 메뉴">
        <ul>
          ${NAV.map(
            (item) => html`
            <li><a href="${item.href}"${attribute("aria-current", pathname.startsWith(item.href) && "page")}>${item.label}</a></li>
          `,
          )}
        </ul>
      </nav>
    </header>
    ${crumbs.length > 0 && breadcrumbsHtml(crumbs)}
  `;
}

/** The breadcrumb trail: every crumb links but the last, which is the current page. */
function breadcrumbsHtml(crumbs: readonly Crumb[]): SafeHtml {
  const last = crumbs.length - 1;
  return html`
    <nav class="breadcrumbs" aria-label="현재 위치">
      <ol>
        ${crumbs.map((crumb, index) =>
          index === last
            ? html`<li aria-current="page">${crumb.label}</li>`
            : html`<li><a href="${crumb.href}">${crumb.label}</a></li>`,
        )}
      </ol>
    </nav>
  `;
}

/** How to reach a publisher: a `mailto:` link for an e-mail address, else a link to their web address. */
function contactHtml(contact: string): SafeHtml {
  const href = safeHref(contact) ?? `mailto:${contact}`;
  return html`<a href="${href}">${contact}</a>`;
}

/** The site footer, the same on every page: the site's licence line, who runs it, the data downloads, the corrections. */
export function pageFooterHtml(site: Pick<SiteConfig, "licence" | "publisher">): SafeHtml {
  const { publisher } = site;
  return html`
  <footer class="site-footer">
    <p>${site.licence}</p>
    ${publisher && html`<p>운영: ${publisher.name} · 연락처: ${contactHtml(publisher.contact)}</p>`}
    <p>
      데이터 내려받기: <a href="/data/articles.json">기사</a> · <a href="/data/quotes.json">발언</a> ·
      <a href="/data/speakers.json">인물</a> · <a href="/data/topics.json">주제</a> ·
      <a href="/data/policies.json">정책</a> (JSON, 같은 이름의 .csv도 있음) · <a href="/rss.xml">RSS</a>
    </p>
    <p><a href="/corrections/">정정 기록</a>: 게재 뒤 바로잡은 기사와 그 내용</p>
  </footer>
`;
}

/** A whole `<body>` around main content written as markup, on the site `site`. */
export function pageBodyHtml(
  frame: Pick<PageFrame, "crumbs">,
  pathname: string,
  main: SafeHtml,
  site: Pick<SiteConfig, "name" | "licence" | "publisher">,
): SafeHtml {
  return html`${pageTopHtml(frame, pathname, site)}<main id="main">${main}</main>${pageFooterHtml(site)}`;
}
