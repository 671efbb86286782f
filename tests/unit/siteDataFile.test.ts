// The site's data handed from `npm run build`'s check to its page workers, and the one-off pages'
// models to its Astro build: read back, they are the same data (shared objects still shared); a
// missing file is an error naming it.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { readOncePages, readSiteData, writeOncePages, writeSiteData } from "../../src/io/siteDataFile.ts";
import { oncePagesOf } from "../../src/lib/site/oncePages.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";

const SHIPPED = path.resolve("content");
const scratch = (): string => mkdtempSync(path.join(tmpdir(), "press-archive-site-data-"));
const archive = loadArchive(SHIPPED);
const site = siteIndexOf(archive);

describe("the site's data file", () => {
  test("read back, it is the site's data as written", async () => {
    const file = path.join(scratch(), "site.v8");
    await writeSiteData(file, { site });
    const read = await readSiteData(file);
    expect(read.site).toEqual(site);
    expect(read.site.quotes.length).toBeGreaterThan(0);
    // The lookups hold the very objects of the lists, as siteIndexOf made them.
    const first = read.site.quotes[0];
    expect(first && read.site.quote.get(first.id)).toBe(first);
  });

  test("a file that is not there is an error naming it and the fix", async () => {
    const file = path.join(scratch(), "never.v8");
    await expect(readSiteData(file)).rejects.toThrow(file);
    await expect(readSiteData(file)).rejects.toThrow("npm run build");
  });

  test("the one-off pages' file reads back as the models and feeds made from the site", () => {
    const file = path.join(scratch(), "once.v8");
    const pages = oncePagesOf(site);
    writeOncePages(file, pages);
    const read = readOncePages(file);
    expect(read).toEqual(pages);
    expect(read.home.articleCount).toBe(site.articles.length);
    // Feed items keep their dates as dates, and every speaker has a feed.
    expect(read.feeds.site.items.find((item) => item.pubDate)?.pubDate).toBeInstanceOf(Date);
    expect([...read.feeds.speakers.keys()]).toEqual(site.speakers.map((s) => s.id));
    expect(() => readOncePages(path.join(scratch(), "never.v8"))).toThrow("one-off pages");
  });

  test("it is a small part of the site's data: no article bodies, no quote pages", async () => {
    const dir = scratch();
    await writeSiteData(path.join(dir, "site.v8"), { site });
    const once = writeOncePages(path.join(dir, "once.v8"), oncePagesOf(site));
    const whole = readFileSync(path.join(dir, "site.v8"));
    expect(once.length).toBeLessThan(whole.length / 2);
    const firstBody = site.articles[0]?.plainText.slice(200, 260) ?? "";
    expect(firstBody.length).toBeGreaterThan(20);
    expect(whole.includes(Buffer.from(firstBody, "utf16le")) || whole.includes(Buffer.from(firstBody))).toBe(true);
    expect(once.includes(Buffer.from(firstBody, "utf16le")) || once.includes(Buffer.from(firstBody))).toBe(false);
  });
});
