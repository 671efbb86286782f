// Threat class "faults around the build": a damaged cache, a defaced page, a second build at the
// same time, a build killed between the swap's two renames or while updating the site in place, a
// cache folder that cannot be written.
// Each piece is tested here on real files; tests/threats/buildIntegrity.test.ts runs whole builds.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { openArticleCache } from "../../src/io/articleCache.ts";
import { readCheckedFile, writeCheckedFile } from "../../src/io/checkedFile.ts";
import { describeFsError } from "../../src/io/fsErrors.ts";
import { fingerprintPages, untouchedPages } from "../../src/io/pageReuse/pageFingerprint.ts";
import { acquireBuildLock } from "../../src/io/safeBuild/buildLock.ts";
import { outputFolders } from "../../src/io/safeBuild/outputFolders.ts";
import { recoverOutput } from "../../src/io/safeBuild/recoverOutput.ts";
import { finishUpdate, UPDATE_JOURNAL, updateInPlace } from "../../src/io/safeBuild/updateInPlace.ts";
import type { ArticleUnit } from "../../src/lib/archive/articleUnit.ts";

const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-faults-"));
const file = { path: "articles/2021/a.md", text: "---\ntitle: 가\n---\n본문" };
const unit = { quotes: [], warnings: [], problems: [], marker: "이용섭" } as unknown as ArticleUnit;

describe("checked files: a changed byte is never read as data", () => {
  test.each([
    [
      "a byte of the payload flipped",
      (bytes: Buffer) => bytes.writeUInt8((bytes.at(-3) ?? 0) ^ 0x01, bytes.length - 3),
    ],
    ["a byte of the hash flipped", (bytes: Buffer) => bytes.writeUInt8((bytes.at(30) ?? 0) ^ 0x01, 30)],
    ["the file cut short", (bytes: Buffer) => bytes.fill(0, bytes.length - 5)],
    ["a file of the old format (no header)", (bytes: Buffer) => bytes.fill(0x20, 0, 24)],
  ])("%s → damaged", (_name, damage) => {
    const target = path.join(scratch(), "f.bin");
    writeCheckedFile(target, Buffer.from("이용섭 광주광역시장", "utf8"));
    const payload = Buffer.from("이용섭 광주광역시장", "utf8");
    expect(readCheckedFile(target)).toEqual({ payload, hash: createHash("sha256").update(payload).digest("hex") });
    const bytes = readFileSync(target);
    damage(bytes);
    writeFileSync(target, bytes);
    expect(readCheckedFile(target)).toEqual({ damaged: true });
  });
});

describe("the article cache", () => {
  function savedCache(): string {
    const dir = scratch();
    const first = openArticleCache(dir, "v1", ["화자", "주제"]);
    first.cache.set(file, unit);
    expect(first.save()).toBeUndefined();
    return dir;
  }

  test("a cache whose name bytes were changed is ignored, and said so", () => {
    const dir = savedCache();
    const cacheFile = path.join(dir, "article-units.v8");
    const bytes = readFileSync(cacheFile);
    // "이용섭" in UTF-16 (how v8 serialises two-byte strings): change 섭 into another syllable.
    const at = bytes.indexOf(Buffer.from("섭", "utf16le"));
    expect(at).toBeGreaterThan(0);
    bytes[at] = (bytes[at] ?? 0) + 1;
    writeFileSync(cacheFile, bytes);
    const second = openArticleCache(dir, "v1", ["화자", "주제"]);
    expect(second.cache.get(file)).toBeUndefined();
    expect(second.stats()).toEqual({ hits: 0, misses: 1, damaged: true });
  });

  test("--full (read: false) never reads the cache, and writes it anew", () => {
    const dir = savedCache();
    const full = openArticleCache(dir, "v1", ["화자", "주제"], { read: false });
    expect(full.cache.get(file)).toBeUndefined();
    full.cache.set(file, unit);
    expect(full.save()).toBeUndefined();
    expect(openArticleCache(dir, "v1", ["화자", "주제"]).cache.get(file)).toEqual(unit);
  });

  test("a cache folder that cannot be written gives a warning, not an exception", () => {
    const blocked = path.join(scratch(), "a-file");
    writeFileSync(blocked, "");
    const cache = openArticleCache(path.join(blocked, "cache"), "v1", []);
    cache.cache.set(file, unit);
    expect(cache.save()).toMatch(/^the article cache could not be written to .* \(ENOTDIR\): the next build parses/u);
  });
});

describe("page reuse trusts only page files nobody touched", () => {
  test.each([
    ["rewritten with other text", (page: string) => writeFileSync(page, "<p>defaced</p>")],
    [
      "rewritten with text of the same length",
      (page: string) => writeFileSync(page, "<p>이용섭 시장</p>".replace("이", "김")),
    ],
    [
      "replaced by another file",
      (page: string) => {
        writeFileSync(`${page}.new`, readFileSync(page));
        renameSync(`${page}.new`, page);
      },
    ],
    ["emptied", (page: string) => writeFileSync(page, "")],
    ["deleted", (page: string) => rmSync(page)],
  ])("a page %s is rendered again", (_name, deface) => {
    const site = scratch();
    mkdirSync(path.join(site, "quotes/q1"), { recursive: true });
    mkdirSync(path.join(site, "quotes/q2"), { recursive: true });
    writeFileSync(path.join(site, "quotes/q1/index.html"), "<p>이용섭 시장</p>");
    writeFileSync(path.join(site, "quotes/q2/index.html"), "<p>그대로</p>");
    const pages = { "quotes/q1/index.html": "d1", "quotes/q2/index.html": "d2" };
    const manifest = { site, stamp: "s", pages, files: fingerprintPages(site, Object.keys(pages)) };
    expect(untouchedPages(manifest)).toEqual({ manifest, altered: 0 });
    deface(path.join(site, "quotes/q1/index.html"));
    expect(untouchedPages(manifest)).toEqual({
      manifest: { ...manifest, pages: { "quotes/q2/index.html": "d2" } },
      altered: 1,
    });
  });

  test("a record without fingerprints (an older build's) reuses nothing", () => {
    const manifest = { site: scratch(), stamp: "s", pages: { "index.html": "d" } };
    expect(untouchedPages(manifest).altered).toBe(1);
  });
});

describe("one build at a time per output folder", () => {
  test("a second build waits until the first releases the lock, and is told who holds it", async () => {
    const lock = path.join(scratch(), "dist.lock");
    const now = (): Date => new Date("2026-12-02T00:00:00Z");
    const releaseFirst = await acquireBuildLock(lock, { pid: process.pid, now, onWait: () => {} });
    const waits: number[] = [];
    let secondHolds = false;
    // The second "build" is this same process under another (live) id: the parent's.
    const second = acquireBuildLock(lock, {
      pid: process.ppid,
      now,
      pollMs: 10,
      onWait: (o) => waits.push(o.pid),
    }).then((release) => {
      secondHolds = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(secondHolds).toBe(false);
    expect(waits).toEqual([process.pid]);
    releaseFirst();
    const releaseSecond = await second;
    expect(secondHolds).toBe(true);
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.ppid });
    releaseSecond();
    expect(existsSync(lock)).toBe(false);
  });

  test("the lock of a build that was killed is taken over at once", async () => {
    const lock = path.join(scratch(), "dist.lock");
    // No process has this id (Linux pids stay below 2^22).
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, started: "2026-01-01T00:00:00Z" }));
    const waited: number[] = [];
    const release = await acquireBuildLock(lock, {
      pid: process.pid,
      now: () => new Date(),
      onWait: (o) => waited.push(o.pid),
    });
    expect(waited).toEqual([]);
    release();
  });
});

describe("recovering from a build killed mid-swap", () => {
  function siteAt(dir: string, text: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "index.html"), text);
  }

  test("killed between the two renames: the last good site is put back, leftovers go", () => {
    const root = scratch();
    const folders = outputFolders({}, root, 4242);
    siteAt(path.join(root, "dist.old-999"), "old site");
    siteAt(path.join(root, "dist.tmp-999"), "new site, never swapped in");
    mkdirSync(path.join(root, "dist.tmp-999.search"));
    writeFileSync(path.join(root, "dist.tmp-999.site.v8"), "");
    // This build's scratch folder (plan, site data, worker pages), and an unrelated folder kept.
    mkdirSync(path.join(root, "dist.work-999/site"), { recursive: true });
    mkdirSync(path.join(root, "dist.workshop"));
    const discarded: string[] = [];
    const lines = recoverOutput(folders, (dir) => discarded.push(path.basename(dir)));
    expect(readFileSync(path.join(root, "dist/index.html"), "utf8")).toBe("old site");
    expect(discarded.sort()).toEqual(["dist.tmp-999", "dist.tmp-999.search", "dist.tmp-999.site.v8", "dist.work-999"]);
    expect(lines[0]).toMatch(/stopped while swapping sites: the last good site \(dist\.old-999\) is back in dist/u);
  });

  test("with the site in place, an old site left aside is only a leftover", () => {
    const root = scratch();
    siteAt(path.join(root, "dist"), "current");
    siteAt(path.join(root, "dist.old-77"), "older");
    siteAt(path.join(root, "distant"), "not ours");
    const discarded: string[] = [];
    recoverOutput(outputFolders({}, root, 1), (dir) => discarded.push(path.basename(dir)));
    expect(discarded).toEqual(["dist.old-77"]);
    expect(readFileSync(path.join(root, "dist/index.html"), "utf8")).toBe("current");
    expect(readdirSync(root).sort()).toEqual(["dist", "dist.old-77", "distant"]);
  });
});

describe("updating the site in place, and a build killed while doing it", () => {
  const read = (file: string): string => readFileSync(file, "utf8");
  /** A site with a kept page, a changed page and a page the new site no longer has; the new files staged. */
  function staged(root: string): { final: string; stage: string } {
    const final = path.join(root, "dist");
    const stage = path.join(root, "dist.tmp-999");
    for (const [file, text] of [
      ["index.html", "옛 첫 화면"],
      ["quotes/kept/index.html", "그대로인 발언"],
      ["quotes/changed/index.html", "고치기 전"],
      ["quotes/gone/index.html", "지워진 발언"],
    ] as const) {
      mkdirSync(path.dirname(path.join(final, file)), { recursive: true });
      writeFileSync(path.join(final, file), text);
    }
    for (const [file, text] of [
      ["quotes/changed/index.html", "고친 뒤"],
      ["quotes/new/index.html", "새 발언"],
    ] as const) {
      mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
      writeFileSync(path.join(stage, file), text);
    }
    return { final, stage };
  }

  test("new files are renamed in, gone ones removed with their folder, kept ones untouched (the same file)", () => {
    const { final, stage } = staged(scratch());
    const keptBefore = statSync(path.join(final, "quotes/kept/index.html")).ino;
    const done = updateInPlace(final, stage, ["quotes/gone/index.html"]);
    expect(done).toEqual({ written: 2, removed: 1 });
    expect(read(path.join(final, "quotes/changed/index.html"))).toBe("고친 뒤");
    expect(read(path.join(final, "quotes/new/index.html"))).toBe("새 발언");
    expect(existsSync(path.join(final, "quotes/gone"))).toBe(false);
    expect(statSync(path.join(final, "quotes/kept/index.html")).ino).toBe(keptBefore);
    expect(read(path.join(final, "index.html"))).toBe("옛 첫 화면");
    expect(existsSync(path.join(stage, UPDATE_JOURNAL))).toBe(false);
  });

  test("killed after the journal and one rename: the next build finishes the update, then discards the folder", () => {
    const root = scratch();
    const { final, stage } = staged(root);
    // A journal naming a file outside the site (never written by a build) removes nothing there.
    writeFileSync(path.join(root, "outside.txt"), "밖");
    writeFileSync(
      path.join(stage, UPDATE_JOURNAL),
      JSON.stringify({ remove: ["quotes/gone/index.html", "../outside.txt", path.join(root, "outside.txt")] }),
    );
    // The kill came after the first rename.
    renameSync(path.join(stage, "quotes/changed/index.html"), path.join(final, "quotes/changed/index.html"));
    const discarded: string[] = [];
    const lines = recoverOutput(outputFolders({}, root, 1), (dir) => discarded.push(path.basename(dir)));
    expect(lines[0]).toMatch(
      /stopped while updating dist in place: its update is finished \(1 files written, 1 removed\)/u,
    );
    expect(read(path.join(final, "quotes/new/index.html"))).toBe("새 발언");
    expect(read(path.join(final, "quotes/changed/index.html"))).toBe("고친 뒤");
    expect(existsSync(path.join(final, "quotes/gone/index.html"))).toBe(false);
    expect(read(path.join(root, "outside.txt"))).toBe("밖");
    expect(discarded).toEqual(["dist.tmp-999"]);
  });

  test("killed before the journal was whole: the site is untouched and the staged files are only a leftover", () => {
    const root = scratch();
    const { final, stage } = staged(root);
    writeFileSync(path.join(stage, `${UPDATE_JOURNAL}.tmp`), '{"remove": ["quotes/go');
    const discarded: string[] = [];
    recoverOutput(outputFolders({}, root, 1), (dir) => discarded.push(path.basename(dir)));
    expect(read(path.join(final, "quotes/changed/index.html"))).toBe("고치기 전");
    expect(existsSync(path.join(final, "quotes/new"))).toBe(false);
    expect(read(path.join(final, "quotes/gone/index.html"))).toBe("지워진 발언");
    expect(discarded).toEqual(["dist.tmp-999"]);
    expect(finishUpdate(final, stage)).toBeUndefined();
  });
});

describe("filesystem errors are one line with the fix", () => {
  test.each([
    [
      Object.assign(new Error("x"), { code: "ENOSPC", syscall: "write", path: "/d/f" }),
      /write failed on \/d\/f \(ENOSPC\): the disk is full/u,
    ],
    [
      Object.assign(new Error("x"), { code: "EACCES", syscall: "open", path: "/d" }),
      /open failed on \/d \(EACCES\): permission denied/u,
    ],
    [Object.assign(new Error("x"), { code: "EROFS", syscall: "mkdir", path: "/d" }), /read-only/u],
    [
      new Error("ENOSPC: no space left on device, write"),
      /write failed \(ENOSPC: no space left on device\): the disk is full/u,
    ],
  ])("%s", (error, expected) => {
    expect(describeFsError(error)).toMatch(expected);
  });

  test("any other error is left to propagate (a bug keeps its stack trace)", () => {
    expect(describeFsError(new TypeError("x is undefined"))).toBeUndefined();
  });
});
