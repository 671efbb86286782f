import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { SEARCH_INDEX_DIR, searchIndexFiles, writeSiteSearch } from "../../src/io/search/searchIndexFiles.ts";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { orderCollections } from "../../src/lib/archive/order.ts";
import { buildSiteIndex } from "../../src/lib/site/siteIndex.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";

/** Every file under a folder, by its path inside it. */
function filesUnder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), readFileSync(file, "utf8"));
  }
  return files;
}

/** The site of a small synthetic archive. */
const synthetic = generateArchive({ count: 60, seed: 5 });
const site = buildSiteIndex(
  orderCollections(
    buildArchive({
      speakers: { path: "speakers.yaml", text: synthetic.speakersYaml },
      topics: { path: "topics.yaml", text: synthetic.topicsYaml },
      articles: synthetic.articles,
    }),
  ),
);

test("writeSiteSearch writes, file by file, every file of the index made whole", () => {
  const root = mkdtempSync(path.join(tmpdir(), "search-index-"));
  try {
    const files = searchIndexFiles(site);
    const whole = new Map([...files].map(([file, text]) => [path.join(SEARCH_INDEX_DIR, file), text]));
    // With the tally a quick edit patches the index by (src/lib/search/patchIndex.ts).
    expect(writeSiteSearch(path.join(root, "streamed"), site)).toEqual({
      written: files.size,
      kept: [],
      tally: buildSiteSearch(site).tally,
    });
    expect(whole.has(path.join("search", "index", "meta.json"))).toBe(true);
    expect(filesUnder(path.join(root, "streamed"))).toEqual(whole);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("given the last site, writeSiteSearch keeps the files it has with the same bytes, and writes the rest", () => {
  const root = mkdtempSync(path.join(tmpdir(), "search-index-"));
  try {
    const last = path.join(root, "last");
    const { written } = writeSiteSearch(last, site);
    const names = [...filesUnder(last).keys()].sort();
    const [defaced, linked, removed] = names.filter((name) => name.endsWith(".json"));
    if (!defaced || !linked || !removed) throw new Error("the index has too few files for this test");
    // A file changed by a byte, one put in place by a link to a copy, one gone: each is written again.
    writeFileSync(path.join(last, defaced), `${readFileSync(path.join(last, defaced), "utf8")} `);
    copyFileSync(path.join(last, linked), path.join(root, "copy.json"));
    rmSync(path.join(last, linked));
    symlinkSync(path.join(root, "copy.json"), path.join(last, linked));
    rmSync(path.join(last, removed));
    const next = path.join(root, "next");
    const result = writeSiteSearch(next, site, last);
    expect(result.kept.sort()).toEqual(names.filter((name) => ![defaced, linked, removed].includes(name)));
    expect(result.written).toBe(3);
    expect([...filesUnder(next).keys()].sort()).toEqual([defaced, linked, removed].sort());
    expect(result.written + result.kept.length).toBe(written);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
