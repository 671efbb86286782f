// `npm run build` keeps pages whose data and code did not change since the last build (linked
// from the last site, or left in it when most are kept and it is updated in place) and renders the rest. Whatever it keeps, the site must be exactly the one a
// full build of the same content writes: every page, the sitemap, the feeds and the search index.
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { sitemapPaths } from "../../src/lib/site/sitemap.ts";
import { buildDir, expectSameSite, runBuild, scratchDir, treeContents } from "../support/astroBuild.ts";

const SEED_2019 = "2019-10-02-innovation-committee-report";
const SEED_2021 = "2021-new-year-assembly";
const ADDED = "시는 이번 사업의 추진 상황을 다음 달 시의회에 보고할 계획이다.";
const ADDED_AGAIN = "위원회는 내년 상반기에 두 번째 보고서를 낼 예정이다.";
const INVENTED = "2021-03-05-subway-site-check";

const content = path.join(scratchDir("rebuild"), "content");
cpSync(path.resolve("content"), content, { recursive: true });
// An invented article quoting a speaker the registry lacks: the content then has a warning, which
// every build must report, whether it builds the archive again or takes its data from the cache.
writeFileSync(
  path.join(content, "articles", "2021", "2021-03-05-subway-site-check.md"),
  [
    "---",
    "title: 광주시, 도시철도 2호선 공사 현장 점검",
    "published: 2021-03-05",
    "outlet: 가상일보",
    "speakers: []",
    "topics: []",
    "---",
    "광주시가 도시철도 2호선 공사 현장을 점검했다.",
    "",
    "김가상 광주시 교통국장은 “공사 구간의 안전 관리를 한층 강화하겠다”고 말했다.",
    "",
  ].join("\n"),
);
const site = path.join(buildDir("rebuild"), "dist");
const cache = path.join(buildDir("rebuild-cache"), "cache");

/** `npm run build` of the scratch content into the one site, keeping its cache between builds. */
const rebuild = () => runBuild({ contentDir: content, outDir: site, env: { ARCHIVE_CACHE_DIR: cache } });

/** The warnings a build printed, in order. */
const warningLines = (output: string): string[] => output.split("\n").filter((line) => / warning \(/u.test(line));

/** The log of the last {@link fullBuild}. */
let lastFullOutput = "";

/** A full build of the same content into a fresh folder with a fresh cache; returns that folder (its log: `lastFullOutput`). */
const fullBuild = async () => {
  const outDir = path.join(buildDir("full"), "dist");
  const run = await runBuild({
    contentDir: content,
    outDir,
    env: { ARCHIVE_CACHE_DIR: path.join(outDir, "../cache") },
  });
  expect(run.status, run.output).toBe(0);
  lastFullOutput = run.output;
  return outDir;
};

const keptCount = (output: string): number => Number(/^(\d+) unchanged pages? kept/mu.exec(output)?.[1] ?? 0);

const articleFile = (year: number, id: string): string => path.join(content, "articles", String(year), `${id}.md`);

/** Adds a paragraph at the end of an article's body. */
const appendParagraph = (file: string, text: string): void =>
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${text}\n`);

/** The page of an article in a site, as text. */
const articlePage = (dir: string, id: string): string =>
  readFileSync(path.join(dir, "articles", id, "index.html"), "utf8");

/** How a build that finished an edit to bodies alone without building says so. */
const QUICK = /^archive: \d+ articles? changed in (?:its body|their bodies) alone/mu;

describe("npm run build after an edit keeps unchanged pages and writes the site a full build writes", () => {
  test("the first build renders every page and keeps none", async () => {
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(keptCount(run.output)).toBe(0);
  });

  test.each([
    [
      "a sentence added to one article's body",
      () => appendParagraph(articleFile(2019, SEED_2019), ADDED),
      (dir: string) => expect(articlePage(dir, SEED_2019)).toContain(ADDED),
    ],
    [
      "another sentence in the same body and one in another article's (the second quick build in a row)",
      () => {
        appendParagraph(articleFile(2019, SEED_2019), ADDED_AGAIN);
        appendParagraph(articleFile(2021, SEED_2021), ADDED);
      },
      (dir: string) => {
        expect(articlePage(dir, SEED_2019)).toContain(ADDED_AGAIN);
        expect(articlePage(dir, SEED_2021)).toContain(ADDED);
      },
    ],
    [
      "words put into the first paragraph, before every quote (their offsets in the body move; nothing shown does)",
      () => {
        const file = articleFile(2019, SEED_2019);
        writeFileSync(file, readFileSync(file, "utf8").replace("광주광역시는 2일 시청", "광주광역시는 2일 오후 시청"));
      },
      (dir: string) => expect(articlePage(dir, SEED_2019)).toContain("광주광역시는 2일 오후 시청"),
    ],
  ])("%s: finished without a build (its pages and search index files alone)", async (_name, edit, shows) => {
    edit();
    const exportsBefore = statSync(path.join(site, "data", "quotes.json")).ino;
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(QUICK);
    expect(run.output).not.toMatch(/^page workers:/mu);
    expect(run.output).toMatch(/updated in place: \d+ files? written, 0 files removed/u);
    expect(statSync(path.join(site, "data", "quotes.json")).ino).toBe(exportsBefore);
    shows(site);
    expectSameSite(site, await fullBuild());
    expect(warningLines(run.output)).toEqual(warningLines(lastFullOutput));
    expect(warningLines(run.output).length).toBeGreaterThan(0);
  });

  test.each([
    [
      "the first words of an article without a deck (its feeds show them), so the site is built",
      () => {
        const file = articleFile(2021, INVENTED);
        writeFileSync(file, readFileSync(file, "utf8").replace("광주시가 도시철도", "광주시가 3일 오전 도시철도"));
      },
      (dir: string) => expect(articlePage(dir, INVENTED)).toContain("광주시가 3일 오전 도시철도"),
      true,
      // Nothing but a body changed: only that article's page is made, every other page is taken as
      // recorded without making its model, and the exports are kept.
      true,
      /^a whole build, not a quick edit: the feeds show the first words of articles\/2021\/2021-03-05-subway-site-check\.md$/mu,
    ],
    [
      "a speaker renamed in speakers.yaml (every page naming them changes)",
      () => {
        const file = path.join(content, "speakers.yaml");
        writeFileSync(file, readFileSync(file, "utf8").replace("name: 이용섭", "name: 이용섭(전 시장)"));
      },
      (dir: string) =>
        expect(readFileSync(path.join(dir, "speakers", "lee-yong-seop", "index.html"), "utf8")).toContain(
          "이용섭(전 시장)",
        ),
      false,
      false,
      /^a whole build, not a quick edit: a registry or site\.yaml changed$/mu,
    ],
    [
      "an article deleted (its pages go)",
      () => rmSync(articleFile(2021, SEED_2021)),
      (dir: string) => expect(treeContents(dir).has(path.join("articles", SEED_2021, "index.html"))).toBe(false),
      true,
      false,
      /^a whole build, not a quick edit: files were added to or removed from the content folder$/mu,
    ],
  ])("%s", async (_name, edit, shows, keepsSome, onlyBodies, why) => {
    edit();
    const exportsBefore = statSync(path.join(site, "data", "quotes.json")).ino;
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    expect(run.output).not.toMatch(QUICK);
    // The build says why it could not be a quick edit.
    expect(run.output).toMatch(why);
    expect(run.output.includes("only the pages of articles whose body changed are made"), run.output).toBe(onlyBodies);
    // The archive is not built again when only bodies changed: its data is the last check's.
    expect(run.output.includes("taken from the cache, not built again"), run.output).toBe(onlyBodies);
    const pageWork = /^page workers: (\d+) pages? written, (\d+) unchanged(?: \((\d+) taken as recorded)?/mu.exec(
      run.output,
    );
    expect(pageWork, run.output).not.toBeNull();
    if (onlyBodies) {
      expect(pageWork?.[1], run.output).toBe("1");
      expect(pageWork?.[3], run.output).toBe(pageWork?.[2]);
    } else expect(pageWork?.[3], run.output).toBeUndefined();
    expect(run.output.includes("data exports: unchanged since the last build, kept"), run.output).toBe(onlyBodies);
    expect(statSync(path.join(site, "data", "quotes.json")).ino === exportsBefore).toBe(onlyBodies);
    shows(site);
    if (keepsSome) expect(keptCount(run.output), run.output).toBeGreaterThan(0);
    // Most pages kept: the new files are renamed into the site, which is not put together anew.
    expect(/updated in place: \d+ files? written, \d+ files? removed/u.test(run.output), run.output).toBe(keepsSome);
    expectSameSite(site, await fullBuild());
    // The same warnings as a full check, whether the archive was built again or not.
    expect(warningLines(run.output)).toEqual(warningLines(lastFullOutput));
    expect(warningLines(run.output).length).toBeGreaterThan(0);
  });

  test("with nothing changed, the site is left as it is, without a build", async () => {
    const home = statSync(path.join(site, "index.html"));
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    // A file saved within two seconds of the last build's look at it is read again, to be sure.
    expect(run.output).toMatch(
      /^archive: nothing changed since the last build|changed in (?:its body|their bodies) alone/mu,
    );
    expect(run.output).not.toMatch(/^page workers:/mu);
    expect(statSync(path.join(site, "index.html")).mtimeMs).toBe(home.mtimeMs);
    expect(warningLines(run.output)).toEqual(warningLines(lastFullOutput));
  });

  test("with nothing changed and no edit record, every page that has a digest is kept", async () => {
    rmSync(path.join(cache, "press-archive", "edit-record.json"));
    const run = await rebuild();
    expect(run.status, run.output).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(cache, "press-archive", "pages.json"), "utf8")) as {
      pages: Record<string, string>;
    };
    expect(keptCount(run.output)).toBe(Object.keys(manifest.pages).length);
    expect(keptCount(run.output)).toBeGreaterThan(0);
  });

  test("the sitemap of a build that kept pages lists exactly the pages in the site (it is made without listing the site)", () => {
    const files = [...treeContents(site).keys()];
    const listed = files
      .filter((file) => /^sitemap-\d+\.xml$/u.test(file))
      .flatMap((file) => [...readFileSync(path.join(site, file), "utf8").matchAll(/<loc>([^<]*)<\/loc>/gu)])
      .map((match) => new URL(match[1] ?? "").pathname);
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.map((url) => decodeURI(url))).toEqual(sitemapPaths(files));
  });

  test("--full renders every page again", async () => {
    const run = await runBuild({
      contentDir: content,
      outDir: site,
      env: { ARCHIVE_CACHE_DIR: cache },
      args: ["--full"],
    });
    expect(run.status, run.output).toBe(0);
    expect(keptCount(run.output)).toBe(0);
  });
});
