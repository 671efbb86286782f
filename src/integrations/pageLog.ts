// `astro build` prints one line per page; for an archive of tens of thousands of pages that is a
// wall of text and seconds of work. This folds the page lines into a line per route
// (src/lib/buildLog/pageLogSummary.ts); warnings, errors and everything else print as before.
import type { AstroIntegration } from "astro";
import { pageLogSummary, type LogEvent } from "../lib/buildLog/pageLogSummary.ts";

/** How often a long route reports how far it has got. */
const PROGRESS_MS = 10_000;
/** Astro's own threshold for a slow page (it prints those in red): they keep their line. */
const SLOW_PAGE_MS = 500;

/** An integration that summarises `astro build`'s page lines per route. */
export function pageLog(): AstroIntegration {
  return {
    name: "press-archive:page-log",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command !== "build") return;
        // The integration's logger shares its options, and so its destination, with Astro's own.
        const options = logger.options as { dest: { write(event: LogEvent): boolean } };
        const dest = options.dest;
        const summary = pageLogSummary({ now: () => performance.now(), progressMs: PROGRESS_MS, slowMs: SLOW_PAGE_MS });
        options.dest = {
          write(event: LogEvent): boolean {
            for (const out of summary.pass(event)) dest.write(out);
            return true;
          },
        };
      },
    },
  };
}
