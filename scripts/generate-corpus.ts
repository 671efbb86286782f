// `npm run corpus -- --count 1000 --seed 42 --out <dir> [--force]`: writes a synthetic content
// folder (speakers.yaml, topics.yaml, articles/<year>/<id>.md) for scale tests and benchmarks.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "../tools/synthetic/generateArchive.ts";

const USAGE = "usage: npx tsx scripts/generate-corpus.ts --count <n> --seed <integer> --out <dir> [--force]\n";

function fail(message: string): never {
  process.stderr.write(`generate-corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, min: number): number {
  if (value === undefined) fail(`--${name} is required`);
  if (!/^-?\d+$/u.test(value) || Number(value) < min) fail(`--${name} must be an integer ≥ ${min}, not "${value}"`);
  return Number(value);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        count: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const count = wholeNumber("count", values.count, 0);
const seed = wholeNumber("seed", values.seed, Number.MIN_SAFE_INTEGER);
if (!values.out) fail("--out is required");
const out = path.resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0 && !values.force)
  fail(`${out} is not empty; pass --force to write into it (files already there are kept or overwritten)`);

const archive = generateArchive({ count, seed });
let files = 0;
let bytes = 0;
const write = (relative: string, text: string): void => {
  const file = path.join(out, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  files += 1;
  bytes += Buffer.byteLength(text);
};
write("speakers.yaml", archive.speakersYaml);
write("topics.yaml", archive.topicsYaml);
write("site.yaml", archive.siteYaml);
archive.articles.forEach((article, index) => {
  write(article.path, article.text);
  if ((index + 1) % 1000 === 0) process.stdout.write(`${index + 1}/${count} articles written\n`);
});
process.stdout.write(`wrote ${files} files, ${bytes} bytes to ${out} (count ${count}, seed ${seed})\n`);
