import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import { astroBuild, buildDir } from "../support/astroBuild.ts";
import { parsePage, referencesOf, sitePages } from "../support/siteFiles.ts";

// A real build of a generated archive big enough to paginate: long lists must stay navigable.
let pages: Map<string, string>;
let outDir = "";

beforeAll(async () => {
  const content = path.join(buildDir("generated-content"), "content");
  const archive = generateArchive({ count: 160, seed: 5 });
  mkdirSync(content, { recursive: true });
  writeFileSync(path.join(content, "speakers.yaml"), archive.speakersYaml);
  writeFileSync(path.join(content, "topics.yaml"), archive.topicsYaml);
  writeFileSync(path.join(content, "site.yaml"), archive.siteYaml);
  for (const file of archive.articles) {
    mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    writeFileSync(path.join(content, file.path), file.text);
  }
  const run = await astroBuild({ contentDir: content });
  if (run.status !== 0) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
  outDir = run.outDir;
  pages = sitePages(outDir);
}, 300_000);

const origin = "https://press-archive.example";

test("long lists are paginated with every page linked by number", () => {
  const quotes = JSON.parse(readFileSync(path.join(outDir, "data/quotes.json"), "utf8")) as { id: string }[];
  const pageCount = Math.ceil(quotes.length / 100);
  expect(pageCount).toBeGreaterThan(1);
  const first = referencesOf(parsePage(pages.get("/quotes/") ?? ""));
  for (let n = 2; n <= pageCount; n += 1) expect(first).toContain(`/quotes/page/${n}/`);
});

test("every quote, speaker, topic and policy page is reachable from home in at most three clicks, and no link is broken", () => {
  const depth = new Map<string, number>([["/", 0]]);
  let frontier = ["/"];
  const broken: string[] = [];
  for (let clicks = 1; clicks <= 3; clicks += 1) {
    const next: string[] = [];
    for (const url of frontier) {
      for (const ref of referencesOf(parsePage(pages.get(url) ?? ""))) {
        const target = new URL(ref, `${origin}${url}`);
        if (target.origin !== origin || /\.(xml|json|csv|txt|css|js)$/u.test(target.pathname)) continue;
        // Other files (the favicon) are not pages: they must exist in the output.
        if (/\.[a-z0-9]+$/iu.test(target.pathname)) {
          if (!existsSync(path.join(outDir, target.pathname))) broken.push(`${url} → ${ref}`);
          continue;
        }
        if (!pages.has(target.pathname)) broken.push(`${url} → ${ref}`);
        else if (!depth.has(target.pathname)) {
          depth.set(target.pathname, clicks);
          next.push(target.pathname);
        }
      }
    }
    frontier = next;
  }
  expect(broken).toEqual([]);
  const wanted = [...pages.keys()].filter(
    (url) => /^\/(quotes|speakers|topics|policies)\/[^/]+\/$/u.test(url) && !url.startsWith("/quotes/page/"),
  );
  expect(wanted.length).toBeGreaterThan(500);
  expect(wanted.filter((url) => !depth.has(url))).toEqual([]);
});
