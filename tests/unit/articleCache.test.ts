// Parsed articles kept between builds: found again only for the same file, registries and parser
// code; an archive built from the cache is the archive built without it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { deltaLimit, openArticleCache } from "../../src/io/articleCache.ts";
import { loadArchive, loadArchiveInParallel } from "../../src/io/readArchiveSources.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import type { ArticleUnit } from "../../src/lib/archive/articleUnit.ts";
import { buildArchive, type ArchiveSources } from "../../src/lib/archive/buildArchive.ts";
import { readArchiveSources } from "../../src/io/readArchiveSources.ts";

const SHIPPED = path.resolve("content");
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-cache-"));
const unit: ArticleUnit = { quotes: [], warnings: [], problems: [] };
const file = { path: "articles/2021/a.md", text: "---\ntitle: 가\n---\n본문" };

describe("openArticleCache", () => {
  test.each([
    ["the same file, registries and code", file, ["화자", "주제"], "v1", true],
    ["the file's text changed", { ...file, text: `${file.text}.` }, ["화자", "주제"], "v1", false],
    ["the file moved", { ...file, path: "articles/2022/a.md" }, ["화자", "주제"], "v1", false],
    ["speakers.yaml changed", file, ["화자 바뀜", "주제"], "v1", false],
    ["the parser's code changed", file, ["화자", "주제"], "v2", false],
  ])("%s → found again: %s", (_name, later, registries, version, found) => {
    const dir = scratch();
    const first = openArticleCache(dir, "v1", ["화자", "주제"]);
    expect(first.cache.get(file)).toBeUndefined();
    first.cache.set(file, unit);
    first.save();
    const second = openArticleCache(dir, version, registries);
    expect(second.cache.get(later) !== undefined).toBe(found);
    expect(second.stats()).toEqual(
      found ? { hits: 1, misses: 0, damaged: false } : { hits: 0, misses: 1, damaged: false },
    );
  });

  test("a cache file that cannot be read is an empty cache, not an error", () => {
    const dir = scratch();
    const cache = openArticleCache(path.join(dir, "missing"), "v1", []);
    expect(cache.cache.get(file)).toBeUndefined();
  });
});

describe("the delta file", () => {
  const files = (count: number, edit = ""): { path: string; text: string }[] =>
    Array.from({ length: count }, (_, i) => ({ path: `articles/2021/a-${i}.md`, text: `${file.text} ${i}${edit}` }));
  /** Opens the cache in `dir`, asks it for `wanted`, parses (sets) what it lacks, saves it and returns its stats. */
  const build = (dir: string, wanted: { path: string; text: string }[]): { hits: number; misses: number } => {
    const opened = openArticleCache(dir, "v1", ["화자"]);
    for (const source of wanted) if (!opened.cache.get(source)) opened.cache.set(source, unit);
    expect(opened.save()).toBeUndefined();
    return opened.stats();
  };
  const mainFile = (dir: string): Buffer => readFileSync(path.join(dir, "article-units.v8"));

  test("a few edits are saved beside the main file, which is left as it was; every unit is found again", () => {
    const dir = scratch();
    const all = files(40);
    build(dir, all);
    const main = mainFile(dir);
    // Two articles edited, one deleted: 3 new or unused units, within the limit.
    const edited = [...all.slice(0, 37), ...files(40, " 고침").slice(37, 39)];
    expect(build(dir, edited)).toMatchObject({ hits: 37, misses: 2 });
    expect(mainFile(dir).equals(main)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["article-units.delta.v8", "article-units.v8"]);
    expect(build(dir, edited)).toMatchObject({ hits: 39, misses: 0 });
  });

  test("past the limit the whole cache is written again and the delta goes", () => {
    const dir = scratch();
    build(dir, files(40));
    build(dir, [...files(40).slice(1), ...files(40, " 고침").slice(0, 1)]);
    const main = mainFile(dir);
    const edited = files(40, " 고침");
    expect(deltaLimit(edited.length)).toBeLessThan(40);
    expect(build(dir, edited)).toMatchObject({ hits: 1, misses: 39 });
    expect(mainFile(dir).equals(main)).toBe(false);
    expect(readdirSync(dir)).toEqual(["article-units.v8"]);
    expect(build(dir, edited)).toMatchObject({ hits: 40, misses: 0 });
  });

  test("a delta written beside another main file is not read", () => {
    const dir = scratch();
    const other = scratch();
    build(dir, files(40));
    const edited = [...files(40).slice(1), ...files(40, " 고침").slice(0, 1)];
    build(dir, edited);
    // A save that rewrote the main file and was stopped before removing the delta.
    // Another main file: one more unit (the same units would make the same bytes, and the same hash).
    build(other, files(41));
    writeFileSync(path.join(dir, "article-units.v8"), mainFile(other));
    expect(build(dir, edited)).toMatchObject({ hits: 39, misses: 1 });
  });

  test("a damaged delta makes the whole cache ignored, and says so", () => {
    const dir = scratch();
    build(dir, files(40));
    const edited = [...files(40).slice(1), ...files(40, " 고침").slice(0, 1)];
    build(dir, edited);
    const deltaFile = path.join(dir, "article-units.delta.v8");
    const bytes = readFileSync(deltaFile);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(deltaFile, bytes);
    const opened = openArticleCache(dir, "v1", ["화자"]);
    expect(edited.some((source) => opened.cache.get(source) !== undefined)).toBe(false);
    expect(opened.stats()).toMatchObject({ hits: 0, damaged: true });
  });
});

describe("loadArchive with a cache", () => {
  test("the second load takes every article from the cache and gives the same archive", () => {
    const cacheDir = scratch();
    const counts: { hits: number; misses: number }[] = [];
    const options = { cacheDir, onCache: (stats: { hits: number; misses: number }) => counts.push(stats) };
    const cold = loadArchive(SHIPPED, process.cwd(), options);
    const warm = loadArchive(SHIPPED, process.cwd(), options);
    expect(counts).toEqual([
      { hits: 0, misses: 2, damaged: false },
      { hits: 2, misses: 0, damaged: false },
    ]);
    expect(warm).toEqual(cold);
    expect(readdirSync(cacheDir)).toEqual(["article-units.v8"]);
  });

  test("buildArchive through a cache equals buildArchive without one", () => {
    const sources: ArchiveSources = readArchiveSources(SHIPPED);
    const kept = new Map<string, ArticleUnit>();
    const cache = {
      get: (f: { path: string }) => kept.get(f.path),
      set: (f: { path: string }, u: ArticleUnit) => void kept.set(f.path, u),
    };
    const plain = buildArchive(sources);
    expect(buildArchive(sources, cache)).toEqual(plain);
    expect(kept.size).toBe(2);
    expect(buildArchive(sources, cache)).toEqual(plain);
  });
});

describe("the sources digest: what the articles give the site's data, bodies left out", () => {
  const ARTICLE = "articles/2019/2019-10-02-innovation-committee-report.md";
  /** The digest a load of `dir` reports (through the cache in `cacheDir`, if given). */
  const digestOf = (dir: string, cacheDir?: string): string | undefined => {
    let digest: string | undefined = "not told";
    loadArchive(dir, process.cwd(), { cacheDir, onSourcesDigest: (told) => (digest = told) });
    return digest;
  };

  test("the same after a sentence added to a body, another after a title changed, the first again once undone", () => {
    const dir = scratch();
    cpSync(SHIPPED, dir, { recursive: true });
    const cacheDir = scratch();
    const original = readFileSync(path.join(dir, ARTICLE), "utf8");
    const first = digestOf(dir, cacheDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/u);
    expect(digestOf(dir, cacheDir)).toBe(first);
    writeFileSync(
      path.join(dir, ARTICLE),
      `${original.trimEnd()}\n\n시는 이번 사업의 추진 상황을 다음 달 시의회에 보고할 계획이다.\n`,
    );
    expect(digestOf(dir, cacheDir)).toBe(first);
    writeFileSync(path.join(dir, ARTICLE), original.replace("title: 이용섭 광주시장,", "title: 이용섭 시장,"));
    const retitled = digestOf(dir, cacheDir);
    expect(retitled).not.toBe(first);
    writeFileSync(path.join(dir, ARTICLE), original);
    expect(digestOf(dir, cacheDir)).toBe(first);
    // Parsed afresh into another cache: the same digest.
    expect(digestOf(dir, scratch())).toBe(first);
    // Without a cache there is none.
    expect(digestOf(dir)).toBe("not told");
  });
});

describe("loadArchiveInParallel", () => {
  test("parses in worker threads and gives the archive a single thread gives", async () => {
    const synthetic = generateArchive({ count: 450, seed: 7 });
    const dir = scratch();
    writeFileSync(path.join(dir, "speakers.yaml"), synthetic.speakersYaml);
    writeFileSync(path.join(dir, "topics.yaml"), synthetic.topicsYaml);
    writeFileSync(path.join(dir, "site.yaml"), synthetic.siteYaml);
    for (const file of synthetic.articles) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.text);
    }
    const cacheDir = scratch();
    const counts: { hits: number; misses: number }[] = [];
    const parallel = await loadArchiveInParallel(dir, process.cwd(), {
      workers: 2,
      cacheDir,
      onCache: (stats) => counts.push(stats),
    });
    expect(parallel).toEqual(loadArchive(dir, process.cwd()));
    expect(counts).toEqual([{ hits: 0, misses: 450, damaged: false }]);
    // What the threads parsed was kept: a later build finds every article in the cache, and the
    // same archive from it (the cache file, several MB, is let go of as soon as it is read).
    const fromCache = loadArchive(dir, process.cwd(), { cacheDir, onCache: (stats) => counts.push(stats) });
    expect(counts[1]).toEqual({ hits: 450, misses: 0, damaged: false });
    expect(fromCache).toEqual(parallel);
    // Units parsed in the threads and units parsed here give the same sources digest.
    const digests: (string | undefined)[] = [];
    await loadArchiveInParallel(dir, process.cwd(), {
      workers: 2,
      cacheDir: scratch(),
      onSourcesDigest: (d) => digests.push(d),
    });
    loadArchive(dir, process.cwd(), { cacheDir: scratch(), onSourcesDigest: (d) => digests.push(d) });
    expect(digests).toHaveLength(2);
    expect(digests[0]).toBeDefined();
    expect(digests[1]).toBe(digests[0]);
  }, 120_000);
});
