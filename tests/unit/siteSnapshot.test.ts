// The site's data handed from `npm run build`'s check to its Astro processes: read back, it is the
// same data (shared objects still shared), and a reader waits for a snapshot still being written.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadSiteData } from "../../src/io/loadSite.ts";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { readSiteSnapshot, SITE_SNAPSHOT, writeSiteSnapshot } from "../../src/io/siteSnapshot.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";

const SHIPPED = path.resolve("content");
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-snapshot-"));
const archive = loadArchive(SHIPPED);
const site = siteIndexOf(archive);

afterEach(() => {
  delete process.env[SITE_SNAPSHOT];
});

describe("site snapshot", () => {
  test("read back, it is the site's data as written, with the archive's warnings", async () => {
    const file = path.join(scratch(), "site.v8");
    writeSiteSnapshot(file, { site, warnings: archive.warnings });
    const read = await readSiteSnapshot(file);
    expect(read.site).toEqual(site);
    expect(read.warnings).toEqual(archive.warnings);
    expect(read.site.quotes.length).toBeGreaterThan(0);
    // The lookups hold the very objects of the lists, as siteIndexOf made them.
    const first = read.site.quotes[0];
    expect(first && read.site.quote.get(first.id)).toBe(first);
  });

  test("a reader waits for a snapshot still being written", async () => {
    const file = path.join(scratch(), "site.v8");
    setTimeout(() => writeSiteSnapshot(file, { site, warnings: [] }), 150);
    const read = await readSiteSnapshot(file, 5_000);
    expect(read.site.articles.map((a) => a.id)).toEqual(site.articles.map((a) => a.id));
  });

  test("a snapshot that never comes is an error naming the file", async () => {
    const file = path.join(scratch(), "never.v8");
    await expect(readSiteSnapshot(file, 100)).rejects.toThrow(file);
  });

  test("an Astro build given a snapshot takes its data from it, not from the content folder", async () => {
    const file = path.join(scratch(), "site.v8");
    const fewer = siteIndexOf({ ...archive, articles: archive.articles.slice(0, 1) });
    writeSiteSnapshot(file, { site: fewer, warnings: [] });
    process.env[SITE_SNAPSHOT] = file;
    const lines: string[] = [];
    const loaded = await loadSiteData((line) => lines.push(line));
    expect(loaded.articles.map((a) => a.id)).toEqual([site.articles[0]?.id]);
    expect(lines).toEqual(["site data: 1 article, as the check before this build read them"]);
  });

  test("without one, it loads the content folder", async () => {
    const loaded = await loadSiteData();
    expect(loaded.articles.length).toBe(site.articles.length);
  });
});
