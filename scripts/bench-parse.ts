// `npx tsx scripts/bench-parse.ts [--count 1000 --count 10000] [--seed 42]`: times buildArchive on
// generated archives, each size in its own process so peak RSS is that size's alone. Not a test.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildArchive } from "../src/lib/archive/buildArchive.ts";
import { agreementWithTruth } from "../tools/synthetic/agreement.ts";
import { generateArchive } from "../tools/synthetic/generateArchive.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", multiple: true, default: ["1000", "10000"] },
    seed: { type: "string", default: "42" },
    child: { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function measure(count: number): void {
  const t0 = performance.now();
  const generated = generateArchive({ count, seed });
  const t1 = performance.now();
  const archive = buildArchive({
    speakers: { path: "speakers.yaml", text: generated.speakersYaml },
    topics: { path: "topics.yaml", text: generated.topicsYaml },
    articles: generated.articles,
  });
  const t2 = performance.now();
  const seconds = (t2 - t1) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  const agreement = agreementWithTruth(generated.truth, archive.quotes);
  process.stdout.write(
    `${count} articles (seed ${seed}): generate ${((t1 - t0) / 1000).toFixed(2)} s; ` +
      `buildArchive ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} articles/s ` +
      `(${archive.quotes.length} quotes, ${archive.policies.length} policy items); peak RSS ${mb(peak)}; ` +
      `planted quotes right ${agreement.right}/${agreement.planted} (${(agreement.ratio * 100).toFixed(2)}%)\n`,
  );
}

if (values.child) {
  measure(Number(values.count[0]));
} else {
  process.stdout.write(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const count of values.count) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--child", "--count", count, "--seed", String(seed)],
      { stdio: "inherit" },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
