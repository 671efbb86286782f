import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { SEARCH_INDEX_DIR, searchIndexFiles, writeSiteSearch } from "../../src/io/search/searchIndexFiles.ts";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
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

test("writeSiteSearch writes, file by file, every file of the index made whole", () => {
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
  const root = mkdtempSync(path.join(tmpdir(), "search-index-"));
  try {
    const files = searchIndexFiles(site);
    const whole = new Map([...files].map(([file, text]) => [path.join(SEARCH_INDEX_DIR, file), text]));
    expect(writeSiteSearch(path.join(root, "streamed"), site)).toBe(files.size);
    expect(whole.has(path.join("search", "index", "meta.json"))).toBe(true);
    expect(filesUnder(path.join(root, "streamed"))).toEqual(whole);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
