// `npm run archive -- init DIR`: a new archive that checks and builds as it is written, on the
// example origin (which the build warns about), and never an archive written over another.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { HELP, main } from "../../src/cli/main.ts";
import { EXAMPLE_ORIGIN } from "../../src/lib/siteConfig/exampleOrigin.ts";
import { EXAMPLE_ARTICLE_PATH, newArchiveFiles } from "../../src/lib/siteConfig/newArchive.ts";
import { buildDir, runBuild, scratchDir, treeHash, type BuildRun } from "../support/astroBuild.ts";

async function archive(argv: string[], env: Record<string, string | undefined> = {}) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), env, cwd: process.cwd(), isTty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

const WARNING = `warning: the site is built for the example origin ${EXAMPLE_ORIGIN}`;

describe("archive init into a new folder", () => {
  const dir = path.join(scratchDir("init"), "new-archive");
  let init: Awaited<ReturnType<typeof archive>>;
  let build: BuildRun;

  beforeAll(async () => {
    init = await archive(["init", dir]);
    const site = path.join(buildDir("init-site"), "dist");
    build = await runBuild({ contentDir: dir, outDir: site, args: ["--content", dir] });
  }, 300_000);

  test("writes site.yaml, the registries and an example article, and lists them", () => {
    expect(init.code).toBe(0);
    for (const file of newArchiveFiles()) {
      expect(readFileSync(path.join(dir, file.path), "utf8"), file.path).toBe(file.text);
      expect(init.out).toContain(path.join(dir, file.path));
    }
    expect(newArchiveFiles().map((file) => file.path)).toEqual([
      "site.yaml",
      "speakers.yaml",
      "topics.yaml",
      EXAMPLE_ARTICLE_PATH,
    ]);
    expect(init.err).toContain(`npm run build -- --content ${dir}`);
  });

  test("check passes on it, warning about each placeholder of site.yaml", async () => {
    const result = await archive(["check", "--content", dir]);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/ok: 1 article, 2 quotes/u);
    for (const field of ["name", "description", "publisher.name", "publisher.contact"]) {
      expect(result.err).toMatch(
        new RegExp(`site\\.yaml:\\d+ \\[${field.replace(".", "\\.")}\\] warning: .* placeholder`, "u"),
      );
    }
  });

  test("npm run build -- --content DIR builds it", () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toMatch(/^build ok: \d+ pages written to /mu);
    const home = readFileSync(path.join(build.outDir, "index.html"), "utf8");
    expect(home).toContain(`<link rel="canonical" href="${EXAMPLE_ORIGIN}/">`);
    expect(home).toContain("<h1>TODO: 아카이브 이름 (예: 예시군수 언론 발언 아카이브)</h1>");
    const article = path.basename(EXAMPLE_ARTICLE_PATH, ".md");
    expect(existsSync(path.join(build.outDir, "articles", article, "index.html"))).toBe(true);
  });

  test("the build warns, in one line after the check and again as the last line of its summary, that the origin is the example one", () => {
    const lines = build.output.trimEnd().split("\n");
    const warnings = lines.flatMap((line, index) => (line.startsWith(WARNING) ? [index] : []));
    expect(warnings).toHaveLength(2);
    expect(lines[warnings[0] ?? 0]).toContain(`set \`origin:\` in ${dir}/site.yaml`);
    expect(lines[warnings[1] ?? 0]).toBe(lines[warnings[0] ?? 0]);
    expect(warnings[0]).toBeGreaterThan(lines.findIndex((line) => line.startsWith("content ok:")));
    expect(lines[(warnings[1] ?? 0) - 1]).toMatch(/^build ok: /u);
  });

  test("a second init into the same folder is refused, and nothing in it changes", async () => {
    const before = treeHash(dir);
    const again = await archive(["init", dir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`cannot create an archive in ${dir}: it is not empty (4 entries)`);
    expect(again.err).toContain("fix: name a new or empty folder");
    expect(treeHash(dir)).toBe(before);
  });
});

describe("archive init refuses what is not a new or empty folder", () => {
  test("a folder holding anything at all (exit 1)", async () => {
    const dir = scratchDir("init-busy");
    writeFileSync(path.join(dir, "notes.txt"), "메모");
    const result = await archive(["init", dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("it is not empty (1 entry)");
    expect(existsSync(path.join(dir, "site.yaml"))).toBe(false);
  });

  test("a file (exit 1)", async () => {
    const file = path.join(scratchDir("init-file"), "archive");
    writeFileSync(file, "");
    const result = await archive(["init", file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("it is a file, not a folder");
  });

  test("the content folder of ARCHIVE_CONTENT_DIR when no folder is named: the shipped one is refused", async () => {
    const result = await archive(["init"], { ARCHIVE_CONTENT_DIR: path.resolve("content") });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot create an archive in content: it is not empty/u);
  });

  test("an empty folder is written into; two folders are a usage error", async () => {
    const empty = scratchDir("init-empty");
    mkdirSync(empty, { recursive: true });
    expect((await archive(["init", empty])).code).toBe(0);
    expect(existsSync(path.join(empty, "site.yaml"))).toBe(true);
    expect((await archive(["init", "a", "b"])).code).toBe(2);
  });

  test("the command list names init", () => {
    expect(HELP).toMatch(/^ {2}init <dir> {9}write a new, empty archive/mu);
  });
});
