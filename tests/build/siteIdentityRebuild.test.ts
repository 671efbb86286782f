// `npm run build` keeps pages whose data and code are unchanged (src/io/pageReuse/). The
// site's identity is on every page (title, header, footer, canonical URL): a change to site.yaml,
// or a build for another origin (ARCHIVE_SITE_URL), must render every page again, and the site
// must be the one a full build writes.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildDir, expectSameSite, runBuild, scratchDir } from "../support/astroBuild.ts";
import { FIXTURES } from "../support/fixtures.ts";

const ARTICLE = "2024-05-20-old-town-night-market";
const content = path.join(scratchDir("identity-rebuild"), "content");
cpSync(path.join(FIXTURES, "second-archive"), content, { recursive: true });
const site = path.join(buildDir("identity-rebuild"), "dist");
const cache = path.join(buildDir("identity-rebuild-cache"), "cache");

const build = (env: Record<string, string> = {}) =>
  runBuild({ contentDir: content, outDir: site, env: { ARCHIVE_CACHE_DIR: cache, ...env } });

const keptCount = (output: string): number => Number(/^(\d+) unchanged pages? kept/mu.exec(output)?.[1] ?? 0);
const articlePage = (): string => readFileSync(path.join(site, "articles", ARTICLE, "index.html"), "utf8");

describe("a change of the site's identity renders every page again", () => {
  test("a build with nothing changed keeps the pages it can", async () => {
    expect((await build()).status).toBe(0);
    // Without the edit record, which would finish the build at once (nothing changed: rebuild.test.ts).
    rmSync(path.join(cache, "press-archive", "edit-record.json"));
    const again = await build();
    expect(again.status, again.output).toBe(0);
    expect(keptCount(again.output)).toBeGreaterThan(0);
  }, 300_000);

  test("a new name and licence line in site.yaml reach the pages that were kept before", async () => {
    const file = path.join(content, "site.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("name: 목포시장 발언 기록관", "name: 목포 시정 발언 기록관")
        .replace("CC BY 4.0으로", "CC BY-SA 4.0으로"),
    );
    const run = await build();
    expect(run.status, run.output).toBe(0);
    expect(keptCount(run.output)).toBe(0);
    expect(articlePage()).toContain('<a class="site-name" href="/">목포 시정 발언 기록관</a>');
    expect(articlePage()).toContain("발언 기록은 CC BY-SA 4.0으로 공개합니다.");
    const full = path.join(buildDir("identity-full"), "dist");
    const fresh = await runBuild({ contentDir: content, outDir: full, env: { ARCHIVE_CACHE_DIR: `${full}.cache` } });
    expect(fresh.status, fresh.output).toBe(0);
    expectSameSite(site, full);
  }, 300_000);

  test("a build for a preview origin (ARCHIVE_SITE_URL) puts it on every page, the sitemap and robots.txt", async () => {
    const origin = "https://preview-7.mokpo-archive.example.org";
    const run = await build({ ARCHIVE_SITE_URL: `${origin}/` });
    expect(run.status, run.output).toBe(0);
    expect(keptCount(run.output)).toBe(0);
    expect(articlePage()).toContain(`<link rel="canonical" href="${origin}/articles/${ARTICLE}/">`);
    expect(readFileSync(path.join(site, "sitemap-0.xml"), "utf8")).toContain(
      `<loc>${origin}/articles/${ARTICLE}/</loc>`,
    );
    expect(readFileSync(path.join(site, "robots.txt"), "utf8")).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(readFileSync(path.join(site, "rss.xml"), "utf8")).toContain(`<link>${origin}/</link>`);
  }, 300_000);

  test("an ARCHIVE_SITE_URL that is not an origin stops the build before Astro, naming the variable", async () => {
    const run = await build({ ARCHIVE_SITE_URL: "https://preview.example.org/archive" });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /^ARCHIVE_SITE_URL \[origin\] error: ARCHIVE_SITE_URL="https:\/\/preview\.example\.org\/archive" is not a site origin/mu,
    );
    expect(run.output).not.toContain("[build]");
    expect(run.output).toContain("build failed: the last good site");
  }, 300_000);
});
