import { paths } from "../exports/paths.ts";
import { articlePage } from "./html/articlePage.ts";
import type { MarkupPage } from "./html/layout.ts";
import { policyPage } from "./html/policyPage.ts";
import { quoteListPage } from "./html/quoteListPage.ts";
import { quotePage } from "./html/quotePage.ts";
import { speakerPage } from "./html/speakerPage.ts";
import { topicPage } from "./html/topicPage.ts";
import { yearPage } from "./html/yearPage.ts";
import { articlePageModel } from "./pageModels/articlePage.ts";
import {
  quoteListPages,
  speakerPages,
  topicPages,
  yearPages,
  type ListPage,
  type QuoteListModel,
  type SpeakerPageModel,
  type TopicPageModel,
  type YearPageModel,
} from "./pageModels/listPages.ts";
import { policyPageModel } from "./pageModels/policyPage.ts";
import { quotePageModel } from "./pageModels/quotePage.ts";
import type { SiteIndex } from "./siteIndex.ts";

/**
 * A route whose pages are each written from a model alone: a page per quote, article and policy
 * item, and the paginated lists of quotes, speakers, topics and years (all but a handful of an
 * archive's pages). `npm run build` writes them in its page workers (src/io/pageRender/), each
 * page's model made, rendered, written and let go; `astro dev` and a plain `astro build` render
 * the same routes through their route files, with the same functions.
 */
export interface WorkerRoute<Model> {
  /** The route as Astro names it (`quotes/[id]`), which is also its name in the page-reuse record. */
  route: string;
  /** Every page of the route in `site`, each made when asked for; a page's model is made when its `props` is read. */
  pages(site: SiteIndex): PageList<Model>;
  /** The page's markup from its model, on the site served at `origin` (as `String(Astro.site)` gives it). */
  render(model: Model, origin: string): MarkupPage;
  /**
   * True for a route whose page shows one article's body (`site.articleBody`): the body of the
   * article its `params.id` names, and no other. The page workers give the other routes a site
   * without bodies, so their pages depend on the site's data alone, and these on it and that body.
   */
  readsBodies?: boolean;
}

/**
 * A route's pages by running number, each made only when asked for: a page worker of a large
 * archive never holds a list of all its pages (hundreds of thousands), only the one it writes.
 */
export interface PageList<Model> {
  readonly length: number;
  /** The page at `index` (from 0), or undefined past the end. */
  at(index: number): ListPage<Model> | undefined;
}

/** The pages of a route made as one list (the paginated lists: a few per speaker, topic and year). */
function listed<Model>(pages: (site: SiteIndex) => readonly ListPage<Model>[]): (site: SiteIndex) => PageList<Model> {
  return (site) => {
    const list = pages(site);
    return { length: list.length, at: (index) => list[index] };
  };
}

/** Every page of a page list, in order (for Astro's getStaticPaths). */
export function allPages<Model>(list: PageList<Model>): ListPage<Model>[] {
  return Array.from({ length: list.length }, (_, index) => {
    const page = list.at(index);
    if (!page) throw new Error(`page ${index} of ${list.length} is missing`);
    return page;
  });
}

/** A route with one page per item of a collection, at the item's URL, written from its model. */
function recordRoute<Item extends { id: string }, Model>(
  route: string,
  items: (site: SiteIndex) => readonly Item[],
  url: (id: string) => string,
  model: (site: SiteIndex, item: Item) => Model,
  render: (model: Model, origin: string) => MarkupPage,
  readsBodies = false,
): WorkerRoute<Model> {
  return {
    route,
    readsBodies,
    pages: (site) => {
      const list = items(site);
      return {
        length: list.length,
        at: (index) => {
          const item = list[index];
          if (!item) return undefined;
          return {
            params: { id: item.id },
            url: url(item.id),
            get props() {
              return model(site, item);
            },
          };
        },
      };
    },
    render,
  };
}

/** One page per quote. */
export const quoteRoute = recordRoute("quotes/[id]", (site) => site.quotes, paths.quote, quotePageModel, quotePage);

/** One page per article. */
export const articleRoute = recordRoute(
  "articles/[id]",
  (site) => site.articles,
  paths.article,
  articlePageModel,
  articlePage,
  true,
);

/** One page per policy item. */
export const policyRoute = recordRoute(
  "policies/[id]",
  (site) => site.policies,
  paths.policy,
  policyPageModel,
  (model) => policyPage(model),
);

/** `/quotes/` and its pages. */
export const quoteListRoute: WorkerRoute<QuoteListModel> = {
  route: "quotes/[...page]",
  pages: listed(quoteListPages),
  render: (model) => quoteListPage(model),
};

/** Each speaker's pages. */
export const speakerRoute: WorkerRoute<SpeakerPageModel> = {
  route: "speakers/[id]/[...page]",
  pages: listed(speakerPages),
  render: speakerPage,
};

/** Each topic's pages. */
export const topicRoute: WorkerRoute<TopicPageModel> = {
  route: "topics/[id]/[...page]",
  pages: listed(topicPages),
  render: (model) => topicPage(model),
};

/** Each year's pages. */
export const yearRoute: WorkerRoute<YearPageModel> = {
  route: "archive/[year]/[...page]",
  pages: listed(yearPages),
  render: (model) => yearPage(model),
};

/** The routes the build's page workers write. Each route's `render` takes the models its own `pages` make. */
export const WORKER_ROUTES: readonly WorkerRoute<unknown>[] = [
  quoteRoute,
  articleRoute,
  policyRoute,
  quoteListRoute,
  speakerRoute,
  topicRoute,
  yearRoute,
].map((route) => route as unknown as WorkerRoute<unknown>);
