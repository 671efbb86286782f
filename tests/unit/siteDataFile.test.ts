// The site's data handed from `npm run build`'s check to its Astro build and page workers: read
// back, it is the same data (shared objects still shared); a missing file is an error naming it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadSiteData } from "../../src/io/loadSite.ts";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { readSiteData, writeSiteData } from "../../src/io/siteDataFile.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";

const SHIPPED = path.resolve("content");
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-site-data-"));
const archive = loadArchive(SHIPPED);
const site = siteIndexOf(archive);

describe("the site's data file", () => {
  test("read back, it is the site's data as written, with the archive's warnings", () => {
    const file = path.join(scratch(), "site.v8");
    writeSiteData(file, { site, warnings: archive.warnings });
    const read = readSiteData(file);
    expect(read.site).toEqual(site);
    expect(read.warnings).toEqual(archive.warnings);
    expect(read.site.quotes.length).toBeGreaterThan(0);
    // The lookups hold the very objects of the lists, as siteIndexOf made them.
    const first = read.site.quotes[0];
    expect(first && read.site.quote.get(first.id)).toBe(first);
  });

  test("a file that is not there is an error naming it and the fix", () => {
    const file = path.join(scratch(), "never.v8");
    expect(() => readSiteData(file)).toThrow(file);
    expect(() => readSiteData(file)).toThrow("npm run build");
  });

  test("an Astro build given the file takes its data from it, not from the content folder", () => {
    const file = path.join(scratch(), "site.v8");
    const fewer = siteIndexOf({ ...archive, articles: archive.articles.slice(0, 1) });
    writeSiteData(file, { site: fewer, warnings: [] });
    const lines: string[] = [];
    const loaded = loadSiteData(file, (line) => lines.push(line));
    expect(loaded.articles.map((a) => a.id)).toEqual([site.articles[0]?.id]);
    expect(lines).toEqual(["site data: 1 article, as the check before this build read them"]);
  });

  test("without one, it loads the content folder", () => {
    const loaded = loadSiteData(undefined);
    expect(loaded.articles.length).toBe(site.articles.length);
  });
});
