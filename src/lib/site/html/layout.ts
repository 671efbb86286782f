import { html, attribute, rawHtml, type SafeHtml } from "../../html/safeHtml.ts";
import { absoluteUrl } from "../../exports/paths.ts";
import { breadcrumbList, jsonLdText, type Crumb } from "../jsonLd.ts";
import { SITE_NAME } from "../siteName.ts";

/** A `<meta>` of a page's own: `name` for citation and search tags, `property` for Open Graph ones. */
export type PageMeta = { name: string; content: string } | { property: string; content: string };

/** What the layout shows of a page besides its main content (src/layouts/Base.astro). */
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

const DEFAULT_DESCRIPTION = "광주광역시장 관련 언론 기사와 발언을 모은 아카이브";

const NAV = [
  { href: "/quotes/", label: "발언" },
  { href: "/speakers/", label: "인물" },
  { href: "/topics/", label: "주제" },
  { href: "/policies/", label: "정책" },
  { href: "/archive/", label: "연도별" },
  { href: "/search/", label: "검색" },
] as const;

/**
 * The inside of a page's `<head>` at `pathname`: title, description, canonical URL, feeds, Open
 * Graph tags, the page's own meta tags and its JSON-LD (with a BreadcrumbList when it has crumbs).
 */
export function pageHeadHtml(frame: PageFrame, pathname: string, origin: string): SafeHtml {
  const description = frame.description ?? DEFAULT_DESCRIPTION;
  const canonical = absoluteUrl(pathname, origin);
  const crumbs = frame.crumbs ?? [];
  const jsonLd = frame.jsonLd ?? [];
  const structured = crumbs.length > 0 ? [...jsonLd, breadcrumbList(crumbs, origin)] : jsonLd;
  const title = frame.title === SITE_NAME ? frame.title : `${frame.title} — ${SITE_NAME}`;
  return html`
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${title}</title>
    <meta name="description" content="${description}">
    ${frame.indexable === false ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
    <link rel="alternate" type="application/rss+xml" title="${SITE_NAME} 새 기사" href="/rss.xml">
    ${frame.feed && html`<link rel="alternate" type="application/rss+xml" title="${frame.feed.title}" href="${frame.feed.href}">`}
    <link rel="sitemap" href="/sitemap-index.xml">
    <meta property="og:type" content="${frame.ogType ?? "website"}">
    <meta property="og:title" content="${frame.title}">
    <meta property="og:description" content="${description}">
    <meta property="og:url" content="${canonical}">
    <meta property="og:locale" content="ko_KR">
    <meta property="og:site_name" content="${SITE_NAME}">
    ${(frame.meta ?? []).map((tag) =>
      "name" in tag
        ? html`<meta name="${tag.name}" content="${tag.content}">`
        : html`<meta property="${tag.property}" content="${tag.content}">`,
    )}
    ${structured.map((data) => html`<script type="application/ld+json">${rawHtml(jsonLdText(data))}</script>`)}
  `;
}

/** The top of a page's `<body>` at `pathname`: the skip link, the site header and menu, and the breadcrumbs. */
export function pageTopHtml(frame: Pick<PageFrame, "crumbs">, pathname: string): SafeHtml {
  const crumbs = frame.crumbs ?? [];
  return html`
    <a class="skip-link" href="#main">본문으로 건너뛰기</a>
    <header class="site-header">
      <a class="site-name" href="/">${SITE_NAME}</a>
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

/** The site footer, the same on every page. */
export const PAGE_FOOTER_HTML: SafeHtml = html`
  <footer class="site-footer">
    <p>기사 원문의 저작권은 각 언론사에 있습니다. 이 사이트는 발언과 출처를 기록합니다.</p>
    <p>
      데이터 내려받기: <a href="/data/articles.json">기사</a> · <a href="/data/quotes.json">발언</a> ·
      <a href="/data/speakers.json">인물</a> · <a href="/data/topics.json">주제</a> ·
      <a href="/data/policies.json">정책</a> (JSON, 같은 이름의 .csv도 있음) · <a href="/rss.xml">RSS</a>
    </p>
  </footer>
`;

/** A whole `<body>` around main content written as markup. */
export function pageBodyHtml(frame: Pick<PageFrame, "crumbs">, pathname: string, main: SafeHtml): SafeHtml {
  return html`${pageTopHtml(frame, pathname)}<main id="main">${main}</main>${PAGE_FOOTER_HTML}`;
}
