// Astro logs a line for every page it writes: tens of thousands for a large archive, each formatted
// and written to the terminal one at a time, a noticeable share of a large archive's build. This
// folds them into a line per route, with progress while a long route renders.

/** One message of Astro's logger, as its log destination receives it. */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

/** The summary line closing a route: pages written, wall time, and the pages' own times summed. */
export const ROUTE_SUMMARY = /└─ ([\d,]+) pages? in ([\d.]+) s \(rendering ([\d.]+) s summed\)/u;

// Colour codes, which Astro adds when the terminal takes them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/gu;
/** `  ├─ /quotes/x/index.html (+12ms)`: the time is missing when pages render one at a time. */
const PAGE_LINE = /^\s+[├└]─ (\S+)(?: \(\+([\d.]+)(ms|s)\))?/u;
const TIME_ONLY = /^\s*\(\+([\d.]+)(ms|s)\)/u;
const ROUTE_HEADER = /^[▶λ] \S/u;
const ROUTES_DONE = /Completed in /u;

const milliseconds = (value: string, unit: string): number => Number(value) * (unit === "s" ? 1000 : 1);
const count = (n: number): string => `${n.toLocaleString("en-US")} page${n === 1 ? "" : "s"}`;

/** How page lines are folded: progress is shown every `progressMs`; a page slower than `slowMs` keeps its line. */
export interface PageLogOptions {
  now(): number;
  progressMs: number;
  slowMs: number;
}

/**
 * A filter for Astro's log: page lines are counted instead of printed (slow pages and pages with a
 * note, such as an empty body, are still printed); a route ends with one summary line
 * (`└─ 40,515 pages in 38.2 s (rendering 150.1 s summed)`), and a long route prints
 * `… 12,000 pages so far` now and then. Everything else passes unchanged.
 */
export function pageLogSummary(options: PageLogOptions) {
  let route: { pages: number; renderMs: number; started: number; shown: number } | undefined;
  /** A page line whose time comes in a second message (pages rendered one at a time). */
  let pending: string | undefined;
  const info = (message: string): LogEvent => ({ label: null, level: "info", message, newLine: true });
  const startRoute = (now: number) => ({ pages: 0, renderMs: 0, started: now, shown: now });

  /** Counts a page; `line` is what Astro would have printed for it, `note` anything after its time. */
  const countPage = (ms: number, line: string, note: string): LogEvent[] => {
    const now = options.now();
    route ??= startRoute(now);
    route.pages += 1;
    route.renderMs += ms;
    const out: LogEvent[] = [];
    if (ms >= options.slowMs || note !== "") out.push(info(`${line} ${note}`.trimEnd()));
    if (now - route.shown >= options.progressMs) {
      route.shown = now;
      out.push(info(`  … ${count(route.pages)} so far`));
    }
    return out;
  };

  const close = (): LogEvent[] => {
    if (!route) return [];
    const { pages, renderMs, started } = route;
    route = undefined;
    const wall = ((options.now() - started) / 1000).toFixed(1);
    return [info(`  └─ ${count(pages)} in ${wall} s (rendering ${(renderMs / 1000).toFixed(1)} s summed)`)];
  };

  return {
    /** The events to print in place of `event`. */
    pass(event: LogEvent): LogEvent[] {
      const plain = event.message.replace(ANSI, "");
      if (pending !== undefined && event.label === "SKIP_FORMAT") {
        const time = TIME_ONLY.exec(plain);
        if (time?.[1] && time[2]) {
          const line = `${pending} ${time[0].trim()}`;
          pending = undefined;
          return countPage(milliseconds(time[1], time[2]), line, plain.slice(time[0].length).trim());
        }
      }
      const page = event.level === "info" && event.label === null ? PAGE_LINE.exec(plain) : null;
      if (page?.[1]) {
        if (page[2] && page[3]) {
          return countPage(milliseconds(page[2], page[3]), page[0].trimEnd(), plain.slice(page[0].length).trim());
        }
        if (!event.newLine) {
          pending = page[0].trimEnd();
          return [];
        }
      }
      if (event.level === "info" && ROUTE_HEADER.test(plain)) {
        const out = close();
        route = startRoute(options.now());
        return [...out, event];
      }
      if (ROUTES_DONE.test(plain) && route) return [...close(), event];
      return [event];
    },
    /** The open route's summary, if a route is still open. */
    flush: close,
  };
}
