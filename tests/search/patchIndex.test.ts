// Patching a built search index for one article whose body changed must give, file for file, the
// index a full build makes of the changed archive (src/lib/search/patchIndex.ts).
import { beforeAll, describe, expect, test } from "vitest";
import { buildArchive } from "../../src/lib/archive/buildArchive.ts";
import { orderCollections } from "../../src/lib/archive/order.ts";
import type { SearchIndex } from "../../src/lib/search/buildIndex.ts";
import { buildSiteSearch } from "../../src/lib/search/buildSiteSearch.ts";
import { searchDocuments, type SearchDoc } from "../../src/lib/search/documents.ts";
import { patchDocumentText, type PatchableIndex } from "../../src/lib/search/patchIndex.ts";
import { indexAsFiles, indexFiles } from "../../src/lib/search/store.ts";
import { buildSiteIndex, type SiteIndex } from "../../src/lib/site/siteIndex.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";

let site: SiteIndex;
let built: SearchIndex;

beforeAll(() => {
  const synthetic = generateArchive({ count: 400, seed: 7 });
  const archive = buildArchive({
    speakers: { path: "speakers.yaml", text: synthetic.speakersYaml },
    topics: { path: "topics.yaml", text: synthetic.topicsYaml },
    articles: synthetic.articles,
  });
  site = buildSiteIndex(orderCollections(archive));
  built = buildSiteSearch(site);
});

/** The index as a patch reads it: from its files, as they are written into the site. */
function fromFiles(files: Map<string, string>, tally: SearchIndex["tally"]): PatchableIndex {
  const parse = <T>(file: string): T => JSON.parse(files.get(file) ?? "null") as T;
  return {
    meta: parse(indexFiles.meta),
    tally,
    shard: (n) => parse(indexFiles.shard(n)) ?? {},
    chunk: (key) => parse(indexFiles.chunk(key)) ?? [],
  };
}

/** The site with article `at`'s plain text replaced. */
function withText(at: number, plainText: string): SiteIndex {
  return buildSiteIndex({
    ...site,
    articles: site.articles.map((article, i) => (i === at ? { ...article, plainText } : article)),
  });
}

/** The article document `at` of a site, and its number in the index. */
function articleDoc(of: SiteIndex, at: number): { n: number; doc: SearchDoc } {
  const docs = searchDocuments(of);
  const n = docs.findIndex((d) => d.type === "article") + at;
  const doc = docs[n];
  if (!doc) throw new Error(`no article ${at}`);
  return { n, doc };
}

describe("patching the search index for one article's new body", () => {
  test.each([
    ["a sentence added", (text: string) => `${text}\n\n시는 다음 달 주민 설명회를 열어 의견을 듣기로 했다.`],
    ["the last paragraph taken out", (text: string) => text.split("\n\n").slice(0, -1).join("\n\n")],
    ["words never seen before, an astral character among them", (text: string) => `${text} 𠀋쀍쀍 뷁뷁 ABCDEF`],
    ["the text emptied", () => ""],
    ["the text unchanged", (text: string) => text],
  ])("%s: the files a full build writes", (_name, edit) => {
    for (const at of [0, 57, site.articles.length - 1]) {
      const original = site.articles[at]?.plainText ?? "";
      const changed = withText(at, edit(original));
      const files = indexAsFiles(built);
      const { n, doc } = articleDoc(changed, at);
      const patch = patchDocumentText(fromFiles(files, built.tally), n, doc);
      if ("cannot" in patch) throw new Error(patch.cannot);
      const full = buildSiteSearch(changed);
      const expected = indexAsFiles(full);
      for (const [file, text] of patch.files) files.set(file, text);
      expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, text] of expected) expect(files.get(file), file).toBe(text);
      expect(patch.tally).toEqual(full.tally);
    }
  });

  test("a gram that would drop out of the stop list cannot be patched: its postings are not in the index", () => {
    const at = 3;
    const { n, doc } = articleDoc(withText(at, ""), at);
    const files = indexAsFiles(built);
    const before = articleDoc(site, at).doc;
    const { meta } = fromFiles(files, built.tally);
    // A stop gram of this article's text, said to be in just enough documents to stay one.
    const gram = meta.stop.find((g) => before.text.includes(g) && !g.startsWith("^"));
    expect(gram).toBeDefined();
    const tally = { ...built.tally, stop: { ...built.tally.stop, [gram ?? ""]: Math.floor(meta.docs / 3) + 1 } };
    const patch = patchDocumentText(fromFiles(files, tally), n, doc);
    expect(patch).toEqual({ cannot: expect.stringContaining("would no longer be a stop gram") });
  });

  test("a document whose title changed too is not patched", () => {
    const at = 5;
    const changed = buildSiteIndex({
      ...site,
      articles: site.articles.map((a, i) => (i === at ? { ...a, title: `${a.title} (수정)` } : a)),
    });
    const { n, doc } = articleDoc(changed, at);
    const patch = patchDocumentText(fromFiles(indexAsFiles(built), built.tally), n, doc);
    expect(patch).toEqual({ cannot: expect.stringContaining("more than the text") });
  });
});
