// What a build leaves for the next one to finish an edit quickly (src/io/editRecord/): the content
// folder's fingerprints, which must name every file that may have changed; the edit record, taken
// only whole and of its own layout; and the page edits, which count only for the record they were
// made against.
import { cpSync, mkdtempSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  dropEditRecord,
  readEditRecord,
  writeEditRecord,
  type EditRecord,
} from "../../src/io/editRecord/editRecord.ts";
import {
  changedSources,
  fingerprintSources,
  RACY_MS,
  registryDigests,
  textDigest,
} from "../../src/io/editRecord/sourceFingerprints.ts";
import { readPageRecord, writePageEdits, writeSiteManifest } from "../../src/io/pageReuse/manifest.ts";

const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-edit-record-"));
const ARTICLE = "articles/2019/2019-10-02-innovation-committee-report.md";

/** A copy of the shipped content whose files were all last modified `ageMs` ago. */
function contentCopy(ageMs = 60_000): string {
  const dir = path.join(scratch(), "content");
  cpSync(path.resolve("content"), dir, { recursive: true });
  const then = new Date(Date.now() - ageMs);
  const fingerprints = fingerprintSources(dir);
  for (const file of Object.keys(fingerprints.files)) utimesSync(path.join(dir, file), then, then);
  return dir;
}

describe("the content folder's fingerprints", () => {
  test("name no file when nothing changed, and the one file written since", () => {
    const dir = contentCopy();
    const before = fingerprintSources(dir);
    expect(Object.keys(before.files)).toContain(ARTICLE);
    expect(Object.keys(before.files)).toContain("speakers.yaml");
    expect(changedSources(before, fingerprintSources(dir))).toEqual([]);
    const file = path.join(dir, ARTICLE);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n시는 다음 달 결과를 발표한다.\n`);
    expect(changedSources(before, fingerprintSources(dir))).toEqual([ARTICLE]);
  });

  test("name a file replaced by another of the same size and time (saved aside, then renamed), through its inode", () => {
    const dir = contentCopy();
    const before = fingerprintSources(dir);
    const file = path.join(dir, ARTICLE);
    const { mtime } = statSync(file);
    const aside = `${file}.new`;
    writeFileSync(aside, readFileSync(file, "utf8").replace("광주광역시는", "광주광역시가"));
    utimesSync(aside, mtime, mtime);
    renameSync(aside, file);
    expect(statSync(file).size).toBe(Number(before.files[ARTICLE]?.split(":")[0]));
    expect(changedSources(before, fingerprintSources(dir))).toEqual([ARTICLE]);
  });

  test("name a file last modified so close to their taking that a second write could hide in the same tick", () => {
    const dir = contentCopy(RACY_MS / 2);
    const before = fingerprintSources(dir);
    expect(changedSources(before, fingerprintSources(dir))).toEqual(Object.keys(before.files));
  });

  test("give no list when a file was added or removed (the whole folder is read then)", () => {
    const dir = contentCopy();
    const before = fingerprintSources(dir);
    writeFileSync(path.join(dir, "articles", "2019", "2019-12-01-new-article.md"), "---\ntitle: 새 기사\n---\n본문\n");
    expect(changedSources(before, fingerprintSources(dir))).toBeUndefined();
  });

  test("registry digests are of the texts read, by file", () => {
    const digests = registryDigests({
      speakers: { path: "speakers.yaml", text: "- { id: kim, name: 김가상 }\n" },
      topics: { path: "topics.yaml", text: "[]\n" },
    });
    expect(digests).toEqual({
      "speakers.yaml": textDigest("- { id: kim, name: 김가상 }\n"),
      "topics.yaml": textDigest("[]\n"),
    });
    expect(textDigest("김가상")).not.toBe(textDigest("김가상 "));
  });
});

describe("the edit record", () => {
  const record: Omit<EditRecord, "layout"> = {
    key: "k",
    stamp: "1:2",
    checkedKey: "c",
    sources: { takenAt: 1, listing: "l", files: { "speakers.yaml": "1:2:3" } },
    units: { [ARTICLE]: "u" },
    bodies: { [ARTICLE]: "b" },
    registries: { "speakers.yaml": "r" },
    search: { stop: { 시민: 900 }, bytes: { text: 10, choseong: 2 } },
    index: { "search/index/meta.json": "120:1:2" },
    pages: 55,
    pageRecord: "g1",
    check: {
      siteConfig: {} as EditRecord["check"]["siteConfig"],
      articles: 3,
      quotes: 19,
      warnings: { shown: [], total: 0 },
    },
  };

  test("is read back as written, and is gone once dropped", () => {
    const cacheDir = scratch();
    expect(writeEditRecord(cacheDir, record)).toBeUndefined();
    expect(readEditRecord(cacheDir)).toEqual({ layout: expect.any(String), ...record });
    dropEditRecord(cacheDir);
    expect(readEditRecord(cacheDir)).toBeUndefined();
  });

  test("a record of another layout, or cut short, is not read", () => {
    const cacheDir = scratch();
    writeEditRecord(cacheDir, record);
    const file = path.join(cacheDir, "edit-record.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.length >> 1));
    expect(readEditRecord(cacheDir)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...JSON.parse(text), layout: "edit-record-0" }));
    expect(readEditRecord(cacheDir)).toBeUndefined();
  });

  test("that cannot be written is a warning naming it", () => {
    const dir = scratch();
    const blocked = path.join(dir, "blocked");
    writeFileSync(blocked, "a file where the cache folder should be");
    expect(writeEditRecord(blocked, record)).toMatch(
      /edit record could not be written.*next build reads the whole content folder/u,
    );
  });
});

describe("page edits beside the page record", () => {
  const manifest = {
    site: "/site",
    stamp: "1:2",
    pages: { "articles/a/index.html": "d1", "articles/b/index.html": "d2" },
    files: { "articles/a/index.html": "f1", "articles/b/index.html": "f2" },
    bodies: { "articles/a/index.html": "b1", "articles/b/index.html": "b2" },
  };

  test("count for the record of their generation, the later over the earlier", () => {
    const file = path.join(scratch(), "pages.json");
    writeSiteManifest(file, { ...manifest, generation: "g1" });
    writePageEdits(file, "g1", { "articles/a/index.html": { digest: "d1x", body: "b1x", print: "f1x" } });
    writePageEdits(file, "g1", { "articles/b/index.html": { digest: "d2x", body: "b2x", print: "f2x" } });
    writePageEdits(file, "g1", { "articles/a/index.html": { digest: "d1y", body: "b1y", print: "f1y" } });
    expect(readPageRecord(file)).toMatchObject({
      pages: { "articles/a/index.html": "d1y", "articles/b/index.html": "d2x" },
      files: { "articles/a/index.html": "f1y", "articles/b/index.html": "f2x" },
      bodies: { "articles/a/index.html": "b1y", "articles/b/index.html": "b2x" },
    });
  });

  test("made against another record count for nothing", () => {
    const file = path.join(scratch(), "pages.json");
    writeSiteManifest(file, { ...manifest, generation: "g1" });
    writePageEdits(file, "g1", { "articles/a/index.html": { digest: "d1x", body: "b1x", print: "f1x" } });
    writeSiteManifest(file, { ...manifest, generation: "g2" });
    expect(readPageRecord(file)).toMatchObject({
      pages: manifest.pages,
      files: manifest.files,
      bodies: manifest.bodies,
    });
  });
});
