// One page dialect: every page is a function from its model to markup (src/lib/site/html/), and the
// dev server and the build write the same page from it. `npm run build` writes the quote, article and
// policy pages in its page workers and the rest through Astro; `astro dev` renders every page through
// the route files. Here both run on the shipped archive, and every page the build wrote is asked of
// the dev server: the two documents are the same but for the dev server's own script tags.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runBuild, scratchDir, type BuildRun } from "../support/astroBuild.ts";
import { startDevServer, type DevServer } from "../support/devServer.ts";
import { sitePages } from "../support/siteFiles.ts";

let build: BuildRun;
let built = new Map<string, string>();
let dev: DevServer;

/**
 * A document with its module scripts' addresses left out: the dev server adds its client
 * (`/@vite/client`) and serves the search page's script from its source, where the build links its
 * bundle in `/_astro/`. Everything else must be the same.
 */
function withoutScriptAddresses(html: string): string {
  return html
    .replace(/<script type="module" src="\/@vite\/client"><\/script>/gu, "")
    .replace(/<script type="module" src="[^"]*"><\/script>/gu, '<script type="module" src="…"></script>');
}

beforeAll(async () => {
  const contentDir = path.resolve("content");
  build = await runBuild({ contentDir, outDir: path.join(scratchDir("dialect-build"), "dist") });
  built = sitePages(build.outDir);
  dev = await startDevServer({ contentDir, cacheDir: path.join(scratchDir("dialect-dev-cache"), "cache") });
}, 300_000);

afterAll(() => dev?.stop());

describe("every page type is written the same by `astro dev` and by `npm run build`", () => {
  test("the build wrote a page of every type", () => {
    expect(build.status).toBe(0);
    const types = [
      /^\/$/u,
      /^\/quotes\/$/u,
      /^\/quotes\/[^/]+--[^/]+\/$/u,
      /^\/articles\/[^/]+\/$/u,
      /^\/policies\/$/u,
      /^\/policies\/[^/]+\/$/u,
      /^\/speakers\/$/u,
      /^\/speakers\/[^/]+\/$/u,
      /^\/topics\/$/u,
      /^\/topics\/[^/]+\/$/u,
      /^\/archive\/$/u,
      /^\/archive\/\d{4}\/$/u,
      /^\/corrections\/$/u,
      /^\/search\/$/u,
      /^\/404\.html$/u,
    ];
    for (const type of types)
      expect(
        [...built.keys()].some((url) => type.test(url)),
        String(type),
      ).toBe(true);
  });

  test("each page the build wrote, asked of the dev server, is the same document", async () => {
    const differing: string[] = [];
    let compared = 0;
    for (const [url, html] of built) {
      if (url === "/404.html") continue;
      const response = await fetch(dev.origin + encodeURI(url));
      expect(response.status, url).toBe(200);
      const served = await response.text();
      if (withoutScriptAddresses(served) !== withoutScriptAddresses(html)) differing.push(url);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(40);
    expect(differing).toEqual([]);
  }, 180_000);

  test("the stylesheet, the data exports and the feeds are served at the addresses pages link, as built", async () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: "utf8" })
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) =>
        /^(?:styles\/[^/]+\.css|data\/[^/]+\.(?:json|csv)|(?:speakers|topics)\/[^/]+\/rss\.xml|corrections\.xml)$/u.test(
          file,
        ),
      );
    expect(files.filter((file) => file.startsWith("styles/"))).toHaveLength(1);
    expect(files.filter((file) => file.startsWith("data/"))).toHaveLength(10);
    for (const file of files) {
      const response = await fetch(`${dev.origin}/${file}`);
      expect(response.status, file).toBe(200);
      // Bytes, not text: the CSV files start with a byte-order mark (for spreadsheets), which text() drops.
      const served = Buffer.from(await response.arrayBuffer());
      const written = readFileSync(path.join(build.outDir, file));
      // The feeds carry the time they were made: compare them without it.
      const undated = (bytes: Buffer): string =>
        bytes.toString("utf8").replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/gu, "");
      if (file.endsWith(".xml")) expect(undated(served), file).toBe(undated(written));
      else expect(served.equals(written), file).toBe(true);
    }
  });

  test("the not-found page the dev server shows is the build's 404.html", async () => {
    const response = await fetch(`${dev.origin}/${encodeURIComponent("없는-쪽")}/`);
    expect(response.status).toBe(404);
    const served = withoutScriptAddresses(await response.text());
    const page = withoutScriptAddresses(built.get("/404.html") ?? "");
    // The 404 page's own path is where it was asked for: compare from the body on.
    expect(served.slice(served.indexOf("<body>"))).toBe(page.slice(page.indexOf("<body>")));
  });
});
