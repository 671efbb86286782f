// A build takes the last check's site data (bodies apart) from the cache folder only under the very
// key it was kept with, and only whole: another key, a damaged file or a missing record is a miss,
// and the archive is built again. The archive made from a kept site is the one built afresh.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  archiveOfCheckedSite,
  checkedPageInputs,
  checkedSiteKey,
  findCheckedSite,
  keepCheckedSite,
  type CheckedSiteSources,
} from "../../src/io/checkedSite.ts";
import { readArchiveSources } from "../../src/io/readArchiveSources.ts";
import { writeSiteData } from "../../src/io/siteDataFile.ts";
import { articleUnits, buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { unitContextOf, type ArticleUnit, type ArticleUnitCache } from "../../src/lib/archive/articleUnit.ts";
import { problem } from "../../src/lib/errors.ts";
import { withoutBodies } from "../../src/lib/site/articleBody.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";
import { articlePageModel, articlePageSite } from "../../src/lib/site/pageModels/articlePage.ts";
import { pageDigest } from "../../src/io/pageReuse/pageDigest.ts";

const SHIPPED = path.resolve("content");
const sources = readArchiveSources(SHIPPED);
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-checked-site-"));

const KEY_SOURCES: CheckedSiteSources = {
  sourcesDigest: "d1",
  codeVersion: "v1",
  siteText: "name: 광주 시정 기록\n",
  originOverride: undefined,
  sourceProblems: [],
  contentDir: "/archive/content",
  displayRoot: "/archive",
};

/** A cache folder holding the shipped archive's checked site under `key`; returns it and the archive. */
async function keptSite(key: string) {
  const dir = scratch();
  const archive = buildArchive(sources);
  const siteData = path.join(dir, "site-data.v8");
  const bodiless = withoutBodies(siteIndexOf(archive));
  const sha256 = await writeSiteData(siteData, { site: bodiless, bodiesApart: true });
  const cacheDir = path.join(dir, "cache");
  const notes = { warnings: archive.warnings, acknowledged: archive.acknowledged };
  const warning = keepCheckedSite(cacheDir, key, siteData, sha256, notes, bodiless);
  expect(warning).toBeUndefined();
  return { cacheDir, archive };
}

/** A unit cache holding every shipped article's unit. */
function unitCache(): ArticleUnitCache {
  const units = new Map<string, ArticleUnit>();
  const cache: ArticleUnitCache = {
    get: (file) => units.get(file.path),
    set: (file, unit) => units.set(file.path, unit),
  };
  const context = unitContextOf(sources.speakers, sources.topics, sources.now);
  if (!context) throw new Error("the shipped registries do not parse");
  articleUnits(sources.articles, context, cache);
  return cache;
}

describe("the checked site's key", () => {
  test.each([
    ["the sources digest (a quote, a field, a registry)", { sourcesDigest: "d2" }],
    ["the code", { codeVersion: "v2" }],
    ["site.yaml", { siteText: "name: 광주 시정 기록 (개정)\n" }],
    ["the origin set for the build", { originOverride: "https://archive.example.kr" }],
    [
      "a file left out of the content folder",
      {
        sourceProblems: [
          { ...problem({ file: "articles/2021/x.md" }, "not UTF-8", "save it as UTF-8"), severity: "warning" as const },
        ],
      },
    ],
    ["the content folder", { contentDir: "/other/content" }],
  ])("changes with %s", (_name, change) => {
    expect(checkedSiteKey({ ...KEY_SOURCES, ...change })).not.toBe(checkedSiteKey(KEY_SOURCES));
  });

  test("is the same for the same sources", () => {
    expect(checkedSiteKey({ ...KEY_SOURCES })).toBe(checkedSiteKey(KEY_SOURCES));
  });
});

describe("a kept checked site", () => {
  test("is found under its key, and gives the archive that building it again gives, bodies and all", async () => {
    const { cacheDir, archive } = await keptSite("k1");
    const kept = findCheckedSite(cacheDir, "k1");
    expect(kept).toBeDefined();
    const again = kept && archiveOfCheckedSite(kept, sources, unitCache());
    expect(again).toEqual(archive);
    expect(again?.articles.some((a) => /[가-힣]/u.test(a.plainText))).toBe(true);
  });

  test("under another key, or once replaced by another, is not found", async () => {
    const { cacheDir } = await keptSite("k1");
    expect(findCheckedSite(cacheDir, "k2")).toBeUndefined();
    const other = await keptSite("k2");
    expect(findCheckedSite(other.cacheDir, "k2")).toBeDefined();
    expect(findCheckedSite(other.cacheDir, "k1")).toBeUndefined();
  });

  test("damaged or without its record, is not found", async () => {
    const damaged = await keptSite("k1");
    const file = path.join(damaged.cacheDir, "checked-site", "site-data.v8");
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    expect(findCheckedSite(damaged.cacheDir, "k1")).toBeUndefined();
    const unrecorded = await keptSite("k1");
    writeFileSync(path.join(unrecorded.cacheDir, "checked-site", "record.json"), "{");
    expect(findCheckedSite(unrecorded.cacheDir, "k1")).toBeUndefined();
  });

  test("an article without its unit gives no archive (it is built instead)", async () => {
    const { cacheDir } = await keptSite("k1");
    const kept = findCheckedSite(cacheDir, "k1");
    if (!kept) throw new Error("not kept");
    const units = unitCache();
    const [first] = sources.articles;
    if (!first) throw new Error("the shipped content has no article");
    const lacking: ArticleUnitCache = { get: (file) => (file === first ? undefined : units.get(file)), set: units.set };
    expect(archiveOfCheckedSite(kept, sources, lacking)).toBeUndefined();
  });

  test("keeps each article page's inputs: from them alone and the body, the page's model and digest are the site's", async () => {
    const { cacheDir, archive } = await keptSite("k1");
    const site = siteIndexOf(archive);
    const bodiless = withoutBodies(site);
    const files = site.articles.map((article) => article.file);
    const inputs = checkedPageInputs(cacheDir, "k1", files);
    expect(inputs?.size).toBe(site.articles.length);
    site.articles.forEach((article, index) => {
      const body = { html: article.html, plainText: article.plainText };
      const kept = inputs?.get(article.file);
      expect(kept?.index).toBe(index);
      if (!kept) throw new Error(`no inputs for ${article.file}`);
      // As the page workers make it: the site's data without bodies, the body read apart.
      const listed = bodiless.articles[index];
      if (!listed) throw new Error(`no article ${index}`);
      const expected = articlePageModel({ ...bodiless, articleBody: () => body }, listed);
      const model = articlePageModel(articlePageSite(kept.inputs, body), kept.inputs.article);
      expect(model).toEqual(expected);
      expect(pageDigest("v1", "articles/x/index.html", model)).toBe(
        pageDigest("v1", "articles/x/index.html", expected),
      );
    });
    expect(site.articles.some((article) => /[가-힣]/u.test(article.html))).toBe(true);
  });

  test("the page inputs are not given under another key, for a file not in the site, or damaged", async () => {
    const { cacheDir, archive } = await keptSite("k1");
    const files = siteIndexOf(archive).articles.map((article) => article.file);
    expect(checkedPageInputs(cacheDir, "k2", files)).toBeUndefined();
    expect(checkedPageInputs(cacheDir, "k1", ["articles/2020/2020-01-01-none.md"])).toBeUndefined();
    const file = path.join(cacheDir, "checked-site", "article-pages.v8");
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    // The last article's bytes are damaged; the first's are not.
    expect(checkedPageInputs(cacheDir, "k1", files.slice(-1))).toBeUndefined();
  });

  test("a cache folder that cannot be written is a warning naming it, not an error", async () => {
    const dir = scratch();
    const siteData = path.join(dir, "site-data.v8");
    writeFileSync(siteData, "데이터");
    const blocked = path.join(dir, "blocked");
    writeFileSync(blocked, "a file where the cache folder should be");
    const warning = keepCheckedSite(blocked, "k1", siteData, "sha", { warnings: [], acknowledged: [] });
    expect(warning).toMatch(/checked site could not be kept in .*blocked.*next build builds the archive again/u);
  });
});
