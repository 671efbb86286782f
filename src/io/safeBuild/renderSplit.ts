// A cold build of a large archive renders with two Astro processes at once: one renders most of the
// quote pages (which are about two thirds of all pages), the other everything else; the quote pages
// are then moved into the other's output. Astro renders pages on one thread, so this is how a build
// uses the second core. Measured on 2 cores with 10,000 articles, output in memory: `npm run build`
// took 80.8 s with one process and 68.2 s with two.
import { existsSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import path from "node:path";
import { astroWritesDirectly } from "./outputFolders.ts";

/** Which routes this Astro process renders: `only:<route>`, `except:<route>`, or all when unset. */
export const RENDER_ROUTES = "ARCHIVE_RENDER_ROUTES";

/** When `npm run build` splits the rendering: `auto` (the default), `always` or `never`. */
export const RENDER_SPLIT = "ARCHIVE_RENDER_SPLIT";

/** The route the second process renders most of: one page per quote. */
export const SPLIT_ROUTE = "quotes/[id]";

/** The folder under the site that {@link SPLIT_ROUTE} writes into. */
const SPLIT_FOLDER = "quotes";

/**
 * Below this many quotes a second process costs more than it saves: each pays Astro's start and
 * Vite build (about 5 s of CPU). With 1,000 articles (4,721 quotes) `npm run build` took 16.9–17.6 s
 * in two processes against 14.7–14.8 s in one; with 10,000 (48,224 quotes) see above.
 */
const SPLIT_MIN_QUOTES = 10_000;

/**
 * Each process's old generation is capped, or V8 lets each grow to over 1.4 GB of mostly garbage
 * (2.94 GB for the two at 10,000 articles, against 1.67 GB capped at 1,200 MB, with no loss of
 * speed). The cap grows with the archive, about three times what a process was seen to keep alive.
 */
const OLD_SPACE_MB_PER_ARTICLE = 0.12;
const OLD_SPACE_MIN_MB = 1024;

/**
 * The share of the quote pages the quote-page process renders; the other process, which renders
 * everything else, takes the rest of them too. Measured at 10,000 articles: with all the quote
 * pages, that process ended 11 s after the other (53.6 against 42.3 s); with 88% of them, 3 s
 * after; with 84%, both ended after 49 s.
 */
const SPLIT_SHARE = 0.84;

/** This process's part of a split build, from {@link RENDER_ROUTES}; undefined when it renders everything. */
function splitSetting(env: Record<string, string | undefined>): { part: string; route: string } | undefined {
  const setting = env[RENDER_ROUTES];
  if (!setting) return undefined;
  const colon = setting.indexOf(":");
  return { part: setting.slice(0, colon), route: setting.slice(colon + 1) };
}

/**
 * Which of a route's `count` pages this Astro process renders, as a range [start, end) of the
 * order its `getStaticPaths` lists them in: all of them unless it is one of a split build's two.
 */
export function pagesToRender(
  route: string,
  count: number,
  env: Record<string, string | undefined>,
): [start: number, end: number] {
  const split = splitSetting(env);
  if (!split) return [0, count];
  const shared = split.route === route;
  const cut = Math.round(count * SPLIT_SHARE);
  if (split.part === "only") return shared ? [0, cut] : [0, 0];
  return shared ? [cut, count] : [0, count];
}

/**
 * Whether this Astro process renders any page of `route`: every process does, except the
 * quote-page process of a split build for any route but its own (whatever else it renders is
 * thrown away: the other process renders it too).
 */
export function rendersRoute(route: string, env: Record<string, string | undefined>): boolean {
  const split = splitSetting(env);
  return split?.part !== "only" || split.route === route;
}

/** How a split build's process tells its record of a route apart from the other's (none otherwise). */
export function splitPart(env: Record<string, string | undefined>): string | undefined {
  return splitSetting(env)?.part;
}

/** True when this Astro process renders only the split route: the other one reports on the archive. */
export function rendersSplitOnly(env: Record<string, string | undefined>): boolean {
  return splitSetting(env)?.part === "only";
}

/**
 * Whether a build renders with two processes: a cold (or `--full`) build of an archive with many
 * quotes, unless `ARCHIVE_RENDER_SPLIT` says `always` or `never`; never when the output folder is
 * outside the project.
 */
export function splitsRendering(options: {
  env: Record<string, string | undefined>;
  quotes: number;
  reusingPages: boolean;
  /** The project folder Astro runs in, and the site's temporary output folder. */
  cwd: string;
  outDir: string;
}): boolean {
  // Astro stages a build whose output lies outside the project in the project's shared `.astro/`
  // folder, where two builds at once would take each other's files.
  if (!astroWritesDirectly(options.cwd, options.outDir)) return false;
  const setting = options.env[RENDER_SPLIT] ?? "auto";
  if (setting === "always") return true;
  if (setting === "never") return false;
  return !options.reusingPages && options.quotes >= SPLIT_MIN_QUOTES;
}

/** What starts each line a split build's quote-page process prints, so its log can be told apart. */
export const QUOTE_PAGES_PREFIX = "[quote pages] ";

/** One `astro build` of a site: what the log calls it, where it writes, and its own settings. */
export interface AstroRunPlan {
  name: string;
  outDir: string;
  env: Record<string, string>;
  nodeOptions: string[];
  /** Put before each line the build prints (none: its output goes straight through). */
  linePrefix?: string;
}

/**
 * The Astro builds that render a site of `articles` articles into `outDir`: one, or for a split
 * build two, the quote-page one writing into `splitOutDir` (see {@link mergeSplitPages}).
 */
export function astroRunPlans(options: {
  split: boolean;
  articles: number;
  outDir: string;
  splitOutDir: string;
}): AstroRunPlan[] {
  if (!options.split) return [{ name: "astro build", outDir: options.outDir, env: {}, nodeOptions: [] }];
  const oldSpace = Math.max(OLD_SPACE_MIN_MB, Math.ceil(options.articles * OLD_SPACE_MB_PER_ARTICLE));
  const nodeOptions = [`--max-old-space-size=${oldSpace}`];
  return [
    { name: "astro build", outDir: options.outDir, env: { [RENDER_ROUTES]: `except:${SPLIT_ROUTE}` }, nodeOptions },
    {
      name: "astro build of the quote pages",
      outDir: options.splitOutDir,
      env: { [RENDER_ROUTES]: `only:${SPLIT_ROUTE}` },
      nodeOptions,
      linePrefix: QUOTE_PAGES_PREFIX,
    },
  ];
}

/**
 * Moves the split route's pages (written by the second process into `splitSite`) into `site`,
 * together with what `site` already has in that folder (the quote list pages): a few renames,
 * however many pages. Does nothing when the second process wrote no such page.
 */
export function mergeSplitPages(splitSite: string, site: string): void {
  const from = path.join(splitSite, SPLIT_FOLDER);
  if (!existsSync(from)) return;
  const into = path.join(site, SPLIT_FOLDER);
  if (existsSync(into)) {
    for (const entry of readdirSync(into)) renameSync(path.join(into, entry), path.join(from, entry));
    rmdirSync(into);
  }
  renameSync(from, into);
}
