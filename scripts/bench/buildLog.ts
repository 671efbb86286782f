// Where a build's time went, read from Astro's own log: its phases, and per route the pages written
// and the sum of their render times (from the line closing each route, src/integrations/pageLog.ts).
import { ROUTE_SUMMARY } from "../../src/lib/buildLog/pageLogSummary.ts";

/** Seconds spent in each phase Astro reports. */
export interface BuildPhases {
  /** Content layer sync (our loader: read, parse, extract quotes, render HTML), from log timestamps. */
  contentSync: number;
  /** "Collecting build info" (includes the sync and type generation). */
  collectBuildInfo: number;
  /** Vite build of the server entrypoints (every page module). */
  staticEntrypoints: number;
  /** Vite build of the client scripts. */
  client: number;
  /** Generating static routes (rendering and writing every page). */
  generate: number;
  /** Astro's own total ("N page(s) built in …"). */
  total: number;
}

/** One route's share of the generating phase. */
export interface RouteTime {
  /** The route's source file, e.g. `src/pages/articles/[id].astro`. */
  route: string;
  /** Files it wrote. */
  pages: number;
  /** Sum of the per-page times Astro measured, seconds. */
  renderSeconds: number;
  /** From its header to the next route's header (includes getStaticPaths), whole seconds from timestamps. */
  wallSeconds: number;
}

/** When a phase began, as the log's clock (seconds since the log's first midnight, UTC when TZ=UTC). */
export interface PhaseMark {
  phase:
    | "before sync"
    | "content sync"
    | "types and build info"
    | "vite: server"
    | "vite: client"
    | "generating pages"
    | "after generating";
  /** Clock of its first line, whole seconds. */
  at: number;
}

/** What a build log tells. */
export interface BuildLogSummary {
  phases: BuildPhases;
  /** Phase starts in order, for lining the log up with a CPU profile. */
  marks: PhaseMark[];
  routes: RouteTime[];
  /** Warning lines logged (each is written to the terminal, which costs time too). */
  warnings: number;
  /** `npm run build`'s own last line (`build ok: … pages written … in … s (where the time went)`), if any. */
  buildOk: string | null;
}

const duration = (text: string): number =>
  text.endsWith("ms") ? Number(text.slice(0, -2)) / 1000 : Number(text.replace(/s$/u, ""));

const clockSeconds = (hms: string): number => {
  const [h, m, s] = hms.split(":").map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
};

/** Reads the phases and per-route times from the text of an `astro build` log (NO_COLOR), or of `npm run build`'s. */
export function summariseBuildLog(log: string): BuildLogSummary {
  const lines = log.split("\n");
  const phases: BuildPhases = {
    contentSync: 0,
    collectBuildInfo: 0,
    staticEntrypoints: 0,
    client: 0,
    generate: 0,
    total: 0,
  };
  const routes: RouteTime[] = [];
  const marks: PhaseMark[] = [];
  const mark = (phase: PhaseMark["phase"], at: number): void => {
    if (!marks.some((m) => m.phase === phase)) marks.push({ phase, at });
  };
  let warnings = 0;
  let section: "info" | "entrypoints" | "client" | "generate" = "info";
  let syncStart: number | undefined;
  let lastClock = 0;
  let dayOffset = 0;
  let current: (RouteTime & { start: number }) | undefined;
  const closeRoute = (at: number): void => {
    if (!current) return;
    const { start, ...route } = current;
    routes.push({ ...route, wallSeconds: at - start });
    current = undefined;
  };
  for (const line of lines) {
    const stamp = /^(\d\d:\d\d:\d\d) /u.exec(line);
    let clock = lastClock;
    if (stamp?.[1]) {
      clock = clockSeconds(stamp[1]) + dayOffset;
      if (clock < lastClock) {
        dayOffset += 86_400;
        clock += 86_400;
      }
      lastClock = clock;
      mark("before sync", clock);
    }
    if (line.includes("[WARN]")) warnings += 1;
    if (line.includes("[content] Syncing content")) {
      syncStart = clock;
      mark("content sync", clock);
    } else if (line.includes("[content] Synced content") && syncStart !== undefined) {
      phases.contentSync = clock - syncStart;
      mark("types and build info", clock);
    } else if (line.includes("Building static entrypoints")) {
      section = "entrypoints";
      mark("vite: server", clock);
    } else if (line.includes("building client (vite)")) {
      section = "client";
      mark("vite: client", clock);
    } else if (line.includes("generating static routes")) {
      section = "generate";
      mark("generating pages", clock);
    }
    const completed = /✓ Completed in ([\d.]+m?s)\./u.exec(line);
    if (completed?.[1]) {
      const seconds = duration(completed[1]);
      if (section === "info") phases.collectBuildInfo = seconds;
      else if (section === "entrypoints") phases.staticEntrypoints = seconds;
      else if (section === "generate") {
        phases.generate = seconds;
        closeRoute(clock);
        mark("after generating", clock);
      }
    }
    const viteBuilt = /\[vite\] ✓ built in ([\d.]+m?s)/u.exec(line);
    if (viteBuilt?.[1] && section === "client") phases.client = duration(viteBuilt[1]);
    const total = /\[build\] \d+ page\(s\) built in ([\d.]+m?s)/u.exec(line);
    if (total?.[1]) phases.total = duration(total[1]);
    if (section !== "generate") continue;
    const header = /^\S+ [▶λ] (\S+)/u.exec(line);
    if (header?.[1]) {
      closeRoute(clock);
      current = { route: header[1], pages: 0, renderSeconds: 0, wallSeconds: 0, start: clock };
      continue;
    }
    const summary = ROUTE_SUMMARY.exec(line);
    if (summary?.[1] && summary[3] && current) {
      current.pages = Number(summary[1].replaceAll(",", ""));
      current.renderSeconds = Number(summary[3]);
    }
  }
  const buildOk = lines.find((line) => line.startsWith("build ok:")) ?? null;
  return { phases, marks, routes, warnings, buildOk };
}
