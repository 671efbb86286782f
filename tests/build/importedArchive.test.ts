// An archive of freshly imported articles that nobody has reviewed yet (no date, no outlet, no
// headline: each an open question in its review: list) still checks and builds: the questions are
// warnings, the undated article has its page and its place on /archive/, and `check --strict` fails.
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { buildDir, runBuild, scratchDir } from "../support/astroBuild.ts";
import { IMPORT_FIXTURES } from "../import/importCase.ts";

const CASES = [
  "no-headline-lead-first",
  "section-breadcrumb-above-headline",
  "meta-date-prefix",
  "portal-copy-auto-summary",
];

async function archive(argv: string[], contentDir: string) {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { NO_COLOR: "1" },
    cwd: process.cwd(),
    isTty: false,
  };
  const code = await main([...argv, "--content", contentDir], io);
  return { code, out, err };
}

describe("an archive of imported, unreviewed articles", () => {
  const content = path.join(scratchDir("imported"), "content");
  cpSync(path.resolve("content"), content, { recursive: true });
  const site = path.join(buildDir("imported"), "dist");

  test("imports, checks with a warning per open question, fails check --strict, and builds", async () => {
    const imported = await archive(
      ["import", ...CASES.map((c) => path.join(IMPORT_FIXTURES, c, "input.txt"))],
      content,
    );
    expect(imported.code, imported.err).toBe(0);
    const undated = /wrote \S*(articles\/undated\/(undated-[0-9a-z]{7})\.md)/u.exec(imported.err);
    expect(undated, imported.err).not.toBeNull();
    const checked = await archive(["check"], content);
    expect(checked.code, checked.err).toBe(0);
    expect(checked.err).toMatch(/\[review\.\d+\] warning: open question on `title`/u);
    expect(checked.err).toMatch(/\[review\.\d+\] warning: open question on `outlet`/u);
    expect((await archive(["check", "--strict"], content)).code).toBe(1);

    const run = await runBuild({ contentDir: content, outDir: site });
    expect(run.status, run.output).toBe(0);
    const id = undated?.[2] ?? "";
    const page = readFileSync(path.join(site, "articles", id, "index.html"), "utf8");
    expect(page).toContain("게재일 미상");
    expect(page).toContain('href="/archive/#undated"');
    const archivePage = readFileSync(path.join(site, "archive/index.html"), "utf8");
    expect(archivePage).toMatch(
      /<section id="undated">[\s\S]*연도 미상[\s\S]*href="\/articles\/undated-[0-9a-z]{7}\/"/u,
    );
    // An article whose outlet is unknown says so, and its citations leave the outlet out.
    const exported = JSON.parse(readFileSync(path.join(site, "data/articles.json"), "utf8")) as {
      outlet: string | null;
    }[];
    expect(exported.some((a) => a.outlet === null)).toBe(true);
  });
});
