import { describe, expect, test } from "vitest";
import { pageLogSummary, ROUTE_SUMMARY, type LogEvent } from "../../src/lib/buildLog/pageLogSummary.ts";

const info = (message: string, label: string | null = null, newLine = true): LogEvent => ({
  label,
  level: "info",
  message,
  newLine,
});

/** Feeds events in order, the clock at `at[i]` ms for the i-th; returns the messages printed. */
function run(events: LogEvent[], at: number[] = [], progressMs = 10_000): string[] {
  let i = 0;
  let clock = 0;
  const summary = pageLogSummary({ now: () => clock, progressMs, slowMs: 500 });
  const printed: string[] = [];
  for (const event of events) {
    clock = at[i] ?? clock;
    i += 1;
    printed.push(...summary.pass(event).map((e) => e.message));
  }
  printed.push(...summary.flush().map((e) => e.message));
  return printed;
}

describe("Astro's page lines folded per route", () => {
  test("page lines are counted, and the route closes with pages, wall time and render time summed", () => {
    const printed = run(
      [
        info("▶ src/pages/quotes/[id].astro"),
        info("  ├─ /quotes/가/index.html (+12ms) "),
        info("  ├─ /quotes/나/index.html (+1.50s) "),
        info("  └─ /quotes/다/index.html (+8ms) "),
        info("▶ src/pages/topics/index.astro"),
        info("  └─ /topics/index.html (+3ms) "),
        info("✓ Completed in 2.10s."),
      ],
      [0, 100, 200, 2300, 2400, 2500, 2600],
    );
    expect(printed).toEqual([
      "▶ src/pages/quotes/[id].astro",
      "  ├─ /quotes/나/index.html (+1.50s)",
      "  └─ 3 pages in 2.4 s (rendering 1.5 s summed)",
      "▶ src/pages/topics/index.astro",
      "  └─ 1 page in 0.2 s (rendering 0.0 s summed)",
      "✓ Completed in 2.10s.",
    ]);
    expect(ROUTE_SUMMARY.exec(printed[2] ?? "")?.slice(1)).toEqual(["3", "2.4", "1.5"]);
  });

  test("colour codes, notes after the time, warnings and one-at-a-time pages", () => {
    const printed = run([
      info("\u001b[32m▶\u001b[39m src/pages/data/[file].ts"),
      info("  \u001b[34m├─\u001b[39m \u001b[2m/data/a.json\u001b[22m \u001b[2m(+4ms)\u001b[22m "),
      { label: "build", level: "warn", message: "something to know", newLine: true },
      info("  ├─ /data/b.json \u001b[2m(+2ms)\u001b[22m (file not created, response body was empty)"),
      info("  └─ /data/c.json", null, false),
      info(" (+700ms) ", "SKIP_FORMAT"),
      info("  └─ /data/d.json", null, false),
      info(" (+1ms) ", "SKIP_FORMAT"),
    ]);
    expect(printed).toEqual([
      "\u001b[32m▶\u001b[39m src/pages/data/[file].ts",
      "something to know",
      "  ├─ /data/b.json (+2ms) (file not created, response body was empty)",
      "  └─ /data/c.json (+700ms)",
      "  └─ 4 pages in 0.0 s (rendering 0.7 s summed)",
    ]);
  });

  test("a long route says how far it has got", () => {
    const pages = Array.from({ length: 5 }, (_, i) => info(`  ├─ /articles/${i}/index.html (+1ms)`));
    const printed = run([info("▶ src/pages/articles/[id].astro"), ...pages], [0, 4_000, 8_000, 12_000, 16_000, 25_000]);
    expect(printed).toEqual([
      "▶ src/pages/articles/[id].astro",
      "  … 3 pages so far",
      "  … 5 pages so far",
      "  └─ 5 pages in 25.0 s (rendering 0.0 s summed)",
    ]);
  });

  test("thousands are grouped", () => {
    const pages = Array.from({ length: 12_345 }, () => info("  ├─ /p/index.html (+0ms)"));
    expect(run([info("▶ src/pages/p.astro"), ...pages]).at(-1)).toBe(
      "  └─ 12,345 pages in 0.0 s (rendering 0.0 s summed)",
    );
  });
});
