// The benchmark's command line: which mode, which archive sizes, which seed.
import { parseArgs } from "node:util";

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** `--large`: one archive of 100,000 articles, cold build and floor only. */
  large: boolean;
  /** `--quick`: the standard run on small archives (200 and 1,000 articles). */
  quick: boolean;
  seed: number;
  /** Archive sizes in articles, smallest first; the last one is checked against the targets. */
  sizes: number[];
  /** `--sizes` was given: a trial of the benchmark itself, its results kept apart. */
  trial: boolean;
  /** Measure the floor at no more than this many pages and scale it per page; null: at the site's page count. */
  floorPages: number | null;
}

/** The article count of `--large`. */
export const LARGE_ARTICLES = 100_000;

export const USAGE = `usage: npm run bench [-- --quick | --large] [-- --seed 42]
  (none)    archives of 1,000 and 10,000 articles: cold build and floor each, then on 10,000
            a warm rebuild after one edit and search in headless Chromium
  --quick   the same on 200 and 1,000 articles
  --large   one archive of 100,000 articles (not in CI): cold build and floor only
  --floor-pages N   measure the floor at N pages at most and scale it per page
  --sizes N[,N…]    other archive sizes (one with --large), to try the benchmark itself
`;

/** Thrown for a command line the benchmark cannot run; the message says why. */
export class UsageError extends Error {}

function wholeNumber(name: string, text: string, min: number): number {
  if (!/^-?\d+$/u.test(text) || Number(text) < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return Number(text);
}

/** Reads the benchmark's arguments; throws UsageError for a command line it cannot run. */
export function readBenchOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: "boolean", default: false },
        large: { type: "boolean", default: false },
        seed: { type: "string", default: "42" },
        sizes: { type: "string" },
        "floor-pages": { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.quick && values.large) throw new UsageError("--quick and --large do not go together");
  const sizes = values.sizes
    ? values.sizes
        .split(",")
        .map((text) => wholeNumber("sizes", text.trim(), 1))
        .sort((a, b) => a - b)
    : values.large
      ? [LARGE_ARTICLES]
      : values.quick
        ? [200, 1_000]
        : [1_000, 10_000];
  if (values.large && sizes.length !== 1) throw new UsageError("--large builds one archive: give one --sizes");
  return {
    large: values.large,
    quick: values.quick,
    seed: wholeNumber("seed", values.seed, Number.MIN_SAFE_INTEGER),
    sizes,
    trial: values.sizes !== undefined,
    floorPages: values["floor-pages"] === undefined ? null : wholeNumber("floor-pages", values["floor-pages"], 1),
  };
}

/** The results file in tests/.artifacts/bench/: one per mode, a trial's kept apart from the real one's. */
export function resultsFileName(options: BenchOptions): string {
  return `results${options.large ? "-large" : ""}${options.trial ? "-trial" : ""}.json`;
}
