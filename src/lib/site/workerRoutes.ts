import { paths } from "../exports/paths.ts";
import { articlePage } from "./html/articlePage.ts";
import type { MarkupPage } from "./html/layout.ts";
import { policyPage } from "./html/policyPage.ts";
import { quotePage } from "./html/quotePage.ts";
import { articlePageModel, type ArticlePageModel } from "./pageModels/articlePage.ts";
import { policyPageModel, type PolicyPageModel } from "./pageModels/policyPage.ts";
import { quotePageModel, type QuotePageModel } from "./pageModels/quotePage.ts";
import type { SiteIndex } from "./siteIndex.ts";

/** One page of a route: its route parameters, its URL path, and the model it is written from. */
export interface RoutePage<Model> {
  params: Record<string, string>;
  url: string;
  model: Model;
}

/**
 * A route with a page per item of the archive, written from its model alone. `npm run build` writes
 * these pages in its page workers (src/io/pageRender/); `astro dev` and a plain `astro build` render
 * the same routes through their route files (src/pages/…/[id].astro), with the same functions.
 */
export interface WorkerRoute<Model> {
  /** The route as Astro names it (`quotes/[id]`), which is also its name in the page-reuse record. */
  route: string;
  /** How many pages the route has in `site`. */
  count(site: SiteIndex): number;
  /** The route's `index`th page in `site` (0 ≤ index < count): models are made one at a time. */
  page(site: SiteIndex, index: number): RoutePage<Model>;
  /** The page's markup from its model, on the site served at `origin`. */
  render(model: Model, origin: string): MarkupPage;
}

/** One page per quote. */
export const quoteRoute: WorkerRoute<QuotePageModel> = {
  route: "quotes/[id]",
  count: (site) => site.quotes.length,
  page: (site, index) => {
    const quote = site.quotes[index]!;
    return { params: { id: quote.id }, url: paths.quote(quote.id), model: quotePageModel(site, quote) };
  },
  render: quotePage,
};

/** One page per article. */
export const articleRoute: WorkerRoute<ArticlePageModel> = {
  route: "articles/[id]",
  count: (site) => site.articles.length,
  page: (site, index) => {
    const article = site.articles[index]!;
    return { params: { id: article.id }, url: paths.article(article.id), model: articlePageModel(site, article) };
  },
  render: articlePage,
};

/** One page per policy item. */
export const policyRoute: WorkerRoute<PolicyPageModel> = {
  route: "policies/[id]",
  count: (site) => site.policies.length,
  page: (site, index) => {
    const policy = site.policies[index]!;
    return { params: { id: policy.id }, url: paths.policy(policy.id), model: policyPageModel(site, policy) };
  },
  render: (model) => policyPage(model),
};

/**
 * The routes the build's page workers write: nine pages in ten of an archive. Each route's `render`
 * takes the models its own `page` makes, which is all a worker gives it.
 */
export const WORKER_ROUTES: readonly WorkerRoute<unknown>[] = [quoteRoute, articleRoute, policyRoute].map(
  (route) => route as unknown as WorkerRoute<unknown>,
);

/** Every page of a route, in order (for Astro's getStaticPaths). */
export function routePages<Model>(route: WorkerRoute<Model>, site: SiteIndex): RoutePage<Model>[] {
  return Array.from({ length: route.count(site) }, (_, index) => route.page(site, index));
}
