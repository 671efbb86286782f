import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getRssString } from "@astrojs/rss";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { astroSiteOrigin } from "../../src/io/siteUrl.ts";
import { ContentError, formatProblem, type ContentProblem } from "../../src/lib/errors.ts";
import { feedChannel } from "../../src/lib/site/feedItems.ts";
import { pageBodyHtml, pageHeadHtml } from "../../src/lib/site/html/layout.ts";
import { webSite } from "../../src/lib/site/jsonLd.ts";
import { html } from "../../src/lib/html/safeHtml.ts";
import type { SiteConfig } from "../../src/lib/schemas/site.ts";
import { EXAMPLE_ORIGIN, isExampleOrigin } from "../../src/lib/siteConfig/exampleOrigin.ts";
import { withOriginOverride } from "../../src/lib/siteConfig/originOverride.ts";
import { parseSiteConfig } from "../../src/lib/siteConfig/parseSiteConfig.ts";
import { scratchDir } from "../support/astroBuild.ts";
import { SHIPPED_SITE } from "../support/siteConfig.ts";

const FILE = "content/site.yaml";

/** A site.yaml with every field; `replace` swaps whole lines (by field name) or adds them. */
function siteYaml(replace: Record<string, string | null> = {}): string {
  const lines: Record<string, string> = {
    name: "name: 목포시장 발언 기록관",
    description: "description: 목포 지역 언론에 실린 목포시장의 말을 기사 원문과 함께 남깁니다.",
    language: "language: ko",
    origin: "origin: https://mokpo-archive.example.org",
    publisher: "publisher:\n  name: 목포 시민 기록 모임\n  contact: records@mokpo-archive.example.org",
    licence: "licence: 기사 원문의 저작권은 각 언론사에 있습니다.",
  };
  for (const [field, line] of Object.entries(replace)) {
    if (line === null) delete lines[field];
    else lines[field] = line;
  }
  return `# 시험용\n${Object.values(lines).join("\n")}\n`;
}

function problemsOf(text: string): readonly ContentProblem[] {
  try {
    parseSiteConfig({ path: FILE, text });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("site.yaml: the archive's identity", () => {
  test("a complete file is read, its origin as https://host and its text as NFC", () => {
    const { config, warnings } = parseSiteConfig({
      path: FILE,
      text: siteYaml({
        origin: "origin: HTTPS://Mokpo-Archive.Example.org/",
        name: "name: 목포시장 발언 기록관".normalize("NFD"),
      }),
    });
    expect(config).toEqual({
      name: "목포시장 발언 기록관",
      description: "목포 지역 언론에 실린 목포시장의 말을 기사 원문과 함께 남깁니다.",
      language: "ko",
      origin: "https://mokpo-archive.example.org",
      publisher: { name: "목포 시민 기록 모임", contact: "records@mokpo-archive.example.org" },
      licence: "기사 원문의 저작권은 각 언론사에 있습니다.",
    });
    // Decomposed Hangul is read as NFC, with the usual warning at its line.
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([[2, "warning"]]);
  });

  test("language defaults to ko; the publisher may be left out", () => {
    const { config } = parseSiteConfig({ path: FILE, text: siteYaml({ language: null, publisher: null }) });
    expect(config.language).toBe("ko");
    expect(config.publisher).toBeUndefined();
  });

  test("the shipped archive's site.yaml keeps today's name, introduction and origin", () => {
    expect(SHIPPED_SITE.name).toBe("광주시장 언론 발언 아카이브");
    expect(SHIPPED_SITE.description).toBe("언론에 실린 광주광역시장의 발언을 기사 원문과 함께 모았습니다.");
    expect(SHIPPED_SITE.origin).toBe("https://press-archive.example");
  });

  test.each([
    ["plain http", "origin: http://mokpo-archive.example.org", 5, "origin", /must start with https:\/\//u],
    ["a path", "origin: https://mokpo-archive.example.org/archive/", 5, "origin", /has a path \(`\/archive\/`\)/u],
    ["a query", "origin: https://mokpo-archive.example.org/?lang=ko", 5, "origin", /has a query/u],
    ["a fragment", "origin: https://mokpo-archive.example.org#top", 5, "origin", /has a fragment/u],
    ["no scheme", "origin: mokpo-archive.example.org", 5, "origin", /does not start with https:\/\//u],
    ["javascript:", "origin: javascript:alert(1)", 5, "origin", /`javascript:` addresses are not web addresses/u],
    ["a user name", "origin: https://me@mokpo-archive.example.org", 5, "origin", /user name or password/u],
    ["a number as the name", "name: 2024", 2, "name", /`name` should be string, not number/u],
    ["a list as the description", "description: [가, 나]", 3, "description", /should be string, not array/u],
    ["an empty name", 'name: ""', 2, "name", /must not be empty/u],
    ["a language that is not a tag", "language: 한국어", 4, "language", /language tag such as `ko`/u],
    [
      "a contact that is neither",
      "publisher:\n  name: 모임\n  contact: 전화 061-000-0000",
      8,
      "publisher.contact",
      /neither an e-mail address nor a web address/u,
    ],
    ["a misspelt field", "licence: 가\nlicense: 나", 10, "license", /unknown field license/u],
  ])("%s is refused at its line, naming the field and the fix", (_name, line, expectedLine, field, message) => {
    const key = /^(\w+):/u.exec(line)?.[1] ?? "";
    const problems = problemsOf(siteYaml({ [key]: line }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: expectedLine, field, severity: "error" });
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.fix).not.toBe("");
    expect(formatProblem(problems[0]!)).toMatch(
      new RegExp(`^${FILE}:${expectedLine} \\[${field.replace(".", "\\.")}\\] error: `, "u"),
    );
  });

  test.each([
    ["name", /add `name:` with the archive's name/u],
    ["description", /add `description:`/u],
    ["origin", /add `origin:` with the address the site is served at/u],
    ["licence", /add `licence:`/u],
  ])("a missing %s is an error saying what to write", (field, fix) => {
    const problems = problemsOf(siteYaml({ [field]: null }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field, message: `required field \`${field}\` is missing` });
    expect(problems[0]?.fix).toMatch(fix);
  });

  test.each([
    ["an empty file", ""],
    ["a list", "- name: 가\n"],
    ["a bare word", "목포\n"],
  ])("%s is not a site description", (_name, text) => {
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 1, message: "the file must be a YAML mapping of the site's fields" }),
    ]);
  });

  test("broken YAML is a problem at its line, not an exception", () => {
    const problems = problemsOf("name: 가\ndescription: [나\n");
    expect(problems[0]).toMatchObject({ file: FILE, severity: "error" });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  test("init's TODO placeholders are warnings at their lines, each naming its field", () => {
    const { warnings } = parseSiteConfig({
      path: FILE,
      text: siteYaml({
        name: 'name: "TODO: 아카이브 이름"',
        publisher: "publisher:\n  name: 모임\n  contact: TODO@example.org",
      }),
    });
    expect(warnings.map((w) => [w.line, w.field, w.severity])).toEqual([
      [2, "name", "warning"],
      [8, "publisher.contact", "warning"],
    ]);
  });
});

describe("a content folder's site.yaml goes through the archive's checks", () => {
  function folder(site: string | undefined): string {
    const dir = path.join(scratchDir("site-config"), "content");
    mkdirSync(path.join(dir, "articles"), { recursive: true });
    writeFileSync(path.join(dir, "speakers.yaml"), "[]\n");
    writeFileSync(path.join(dir, "topics.yaml"), "[]\n");
    if (site !== undefined) writeFileSync(path.join(dir, "site.yaml"), site);
    return dir;
  }

  function loadProblems(dir: string): readonly ContentProblem[] {
    try {
      loadArchive(dir, path.dirname(dir));
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    return [];
  }

  test("the archive carries its identity", () => {
    const dir = folder(siteYaml());
    expect(loadArchive(dir, path.dirname(dir)).siteConfig.name).toBe("목포시장 발언 기록관");
  });

  test("without site.yaml the archive is refused, and the fix names init", () => {
    const problems = loadProblems(folder(undefined));
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/site.yaml",
        severity: "error",
        message: expect.stringContaining("the content folder has no site.yaml"),
        fix: expect.stringContaining("npm run archive -- init"),
      }),
    ]);
  });

  test("a bad field is named with the content folder's path", () => {
    const problems = loadProblems(folder(siteYaml({ origin: "origin: http://mokpo.example.org" })));
    expect(problems).toEqual([expect.objectContaining({ file: "content/site.yaml", line: 5, field: "origin" })]);
  });

  test("Astro's origin is site.yaml's, or ARCHIVE_SITE_URL's; the example origin when the file is unusable", () => {
    const dir = folder(siteYaml());
    const root = path.dirname(dir);
    expect(astroSiteOrigin({}, root)).toBe("https://mokpo-archive.example.org");
    expect(astroSiteOrigin({ ARCHIVE_SITE_URL: "https://preview.example.net/" }, root)).toBe(
      "https://preview.example.net",
    );
    rmSync(path.join(dir, "site.yaml"));
    expect(astroSiteOrigin({}, root)).toBe(EXAMPLE_ORIGIN);
  });
});

describe("ARCHIVE_SITE_URL: the origin of one build", () => {
  test("replaces site.yaml's origin, read as https://host", () => {
    expect(withOriginOverride(SHIPPED_SITE, "https://Preview-42.example.net/").origin).toBe(
      "https://preview-42.example.net",
    );
    expect(withOriginOverride(SHIPPED_SITE, undefined)).toBe(SHIPPED_SITE);
    expect(withOriginOverride(SHIPPED_SITE, "")).toBe(SHIPPED_SITE);
  });

  test.each(["not a url", "http://preview.example.net", "https://preview.example.net/archive"])(
    "%j is refused, naming the variable and the fix",
    (value) => {
      expect(() => withOriginOverride(SHIPPED_SITE, value)).toThrow(ContentError);
      try {
        withOriginOverride(SHIPPED_SITE, value);
      } catch (error) {
        const [found] = (error as ContentError).problems;
        expect(found).toMatchObject({ file: "ARCHIVE_SITE_URL", severity: "error" });
        expect(found?.message).toContain(JSON.stringify(value));
        expect(found?.fix).toMatch(/unset it to build for site\.yaml's origin/u);
      }
    },
  );
});

test.each([
  ["https://press-archive.example", true],
  ["https://mokpo-archive.example.org", true],
  ["https://example.com", true],
  ["https://preview.test", true],
  ["https://archive.localhost", true],
  ["https://mokpo-archive.kr", false],
  ["https://example.org.kr", false],
  ["https://notexample.org", false],
])("%s is an example origin: %s", (origin, example) => {
  expect(isExampleOrigin(origin)).toBe(example);
});

describe("what the site shows of its identity", () => {
  const site: SiteConfig = {
    name: "목포시장 발언 <기록관>",
    description: "목포 지역 언론에 실린 목포시장의 말.",
    language: "en-GB",
    origin: "https://mokpo-archive.example.org",
    publisher: { name: "목포 시민 기록 모임", contact: "records@mokpo-archive.example.org" },
    licence: "CC BY 4.0 & 각 언론사 <저작권>",
  };

  test("the head: title, description, canonical URL, feed title and Open Graph on the site's name, language and origin", () => {
    const head = pageHeadHtml({ title: "한바다" }, "/speakers/han-ba-da/", site).html;
    expect(head).toContain("<title>한바다 — 목포시장 발언 &lt;기록관&gt;</title>");
    expect(head).toContain('<meta name="description" content="목포 지역 언론에 실린 목포시장의 말.">');
    expect(head).toContain('<link rel="canonical" href="https://mokpo-archive.example.org/speakers/han-ba-da/">');
    expect(head).toContain('title="목포시장 발언 &lt;기록관&gt; 새 기사"');
    expect(head).toContain('<meta property="og:locale" content="en_GB">');
    expect(head).toContain('<meta property="og:site_name" content="목포시장 발언 &lt;기록관&gt;">');
    expect(head).not.toMatch(/광주|press-archive\.example/u);
  });

  test("the header names the site; the footer gives its licence line and who runs it", () => {
    const body = pageBodyHtml({}, "/", html`<p>본문</p>`, site).html;
    expect(body).toContain('<a class="site-name" href="/">목포시장 발언 &lt;기록관&gt;</a>');
    expect(body).toContain("<p>CC BY 4.0 &amp; 각 언론사 &lt;저작권&gt;</p>");
    expect(body).toContain(
      '<p>운영: 목포 시민 기록 모임 · 연락처: <a href="mailto:records@mokpo-archive.example.org">records@mokpo-archive.example.org</a></p>',
    );
    const web = pageBodyHtml({}, "/", html``, {
      ...site,
      publisher: { name: "모임", contact: "https://m.example.org/" },
    });
    expect(web.html).toContain('<a href="https://m.example.org/">https://m.example.org/</a>');
    expect(pageBodyHtml({}, "/", html``, { ...site, publisher: undefined }).html).not.toContain("운영:");
  });

  test("the home page's JSON-LD is a WebSite with its publisher and licence", () => {
    expect(webSite(site)).toEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": "https://mokpo-archive.example.org/",
      name: "목포시장 발언 <기록관>",
      description: "목포 지역 언론에 실린 목포시장의 말.",
      inLanguage: "en-GB",
      url: "https://mokpo-archive.example.org/",
      publisher: { "@type": "Organization", name: "목포 시민 기록 모임", email: "records@mokpo-archive.example.org" },
      copyrightNotice: "CC BY 4.0 & 각 언론사 <저작권>",
    });
  });

  test("a feed's channel: the site's name, origin, language and licence line (escaped)", async () => {
    const xml = await getRssString(
      feedChannel({ subject: "한바다", description: "한바다 관련 기사", site, articles: [] }),
    );
    expect(xml).toContain("<title>한바다 — 목포시장 발언 &lt;기록관&gt;</title>");
    expect(xml).toContain("<link>https://mokpo-archive.example.org/</link>");
    expect(xml).toContain("<language>en-GB</language>");
    expect(xml).toContain("<copyright>CC BY 4.0 &amp; 각 언론사 &lt;저작권&gt;</copyright>");
  });
});
