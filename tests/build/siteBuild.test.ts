import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { astroBuild, scratchDir, treeContents, type BuildRun } from "../support/astroBuild.ts";

const SHIPPED = path.resolve("content");
const SEED_2019 = "2019-10-02-innovation-committee-report";
const SEED_2021 = "2021-new-year-assembly";

describe("a real astro build of the shipped archive", () => {
  let utc: BuildRun;
  let seoul: BuildRun;
  beforeAll(async () => {
    [utc, seoul] = await Promise.all([
      astroBuild({ contentDir: SHIPPED, tz: "UTC" }),
      astroBuild({ contentDir: SHIPPED, tz: "Asia/Seoul" }),
    ]);
  });

  test("succeeds", () => {
    expect(utc.output).not.toMatch(/\berror\b/iu);
    expect(utc.status).toBe(0);
  });

  test.each([SEED_2019, SEED_2021])("writes a page for article %s", (id) => {
    const html = readFileSync(path.join(utc.outDir, "articles", id, "index.html"), "utf8");
    expect(html).toContain('<html lang="ko"');
    const data = JSON.parse(readFileSync(path.join(utc.outDir, "data/articles.json"), "utf8")) as {
      id: string;
      title: string;
    }[];
    expect(html).toContain(`<h1>${data.find((a) => a.id === id)?.title}</h1>`);
  });

  test("the 2019 article page shows its KST time and body text", () => {
    const html = readFileSync(path.join(utc.outDir, "articles", SEED_2019, "index.html"), "utf8");
    expect(html).toContain('<time datetime="2019-10-02T18:24:00+09:00">2019년 10월 2일 18:24</time>');
    expect(html).toContain("노현서 기자");
    expect(html).toContain('<meta name="citation_publication_date" content="2019/10/02">');
    expect(html).toContain('<meta name="citation_author" content="노현서">');
    expect(html).toContain("스마트공장에 대한 내년도 재정투자를 올해 5억원에서 40억원으로 대폭 확대하는");
    expect(html).not.toContain("댓글삭제");
  });

  test("the undated 2021 article says its date is unknown instead of inventing one", () => {
    const html = readFileSync(path.join(utc.outDir, "articles", SEED_2021, "index.html"), "utf8");
    expect(html).toContain("게재일 미상");
    expect(html).not.toContain("<time");
    expect(html).not.toContain("정기후원");
  });

  test("the home page lists every article, newest first, linked", () => {
    const html = readFileSync(path.join(utc.outDir, "index.html"), "utf8");
    const first = html.indexOf(`href="/articles/${SEED_2021}/"`);
    const second = html.indexOf(`href="/articles/${SEED_2019}/"`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });

  test("/data/articles.json has every article with its public fields", () => {
    const data = JSON.parse(readFileSync(path.join(utc.outDir, "data/articles.json"), "utf8")) as Record<
      string,
      unknown
    >[];
    expect(data.map((a) => a["id"])).toEqual([SEED_2021, SEED_2019]);
    expect(data[1]).toEqual({
      id: SEED_2019,
      title: "이용섭 광주시장, 혁신추진위 시정혁신 추진상황 보고회 주재",
      published: "2019-10-02T18:24:00+09:00",
      outlet: "광주N광주",
      reporter: "노현서",
      speakers: ["lee-yong-seop"],
      topics: expect.arrayContaining(["administrative-innovation", "integrity"]),
      url: `https://press-archive.example/articles/${SEED_2019}/`,
      sourceUrl: null,
      corrections: [],
    });
    expect(data[0]).toMatchObject({ id: SEED_2021, published: null, reporter: null, outlet: "프레시안" });
  });

  test.each(["articles", "quotes", "speakers", "topics", "policies"])(
    "/data/%s.json and .csv hold the same records",
    (name) => {
      const json = JSON.parse(readFileSync(path.join(utc.outDir, `data/${name}.json`), "utf8")) as { id: string }[];
      const csv = readFileSync(path.join(utc.outDir, `data/${name}.csv`), "utf8");
      expect(csv.startsWith("\uFEFFid,")).toBe(true);
      expect(json.length).toBeGreaterThan(0);
      for (const record of json) expect(csv).toContain(`\r\n${record.id},`);
    },
  );

  test("/data/quotes.json has every quote with speaker, article, date and page URL", () => {
    const quotes = JSON.parse(readFileSync(path.join(utc.outDir, "data/quotes.json"), "utf8")) as Record<
      string,
      unknown
    >[];
    const speakers = JSON.parse(readFileSync(path.join(utc.outDir, "data/speakers.json"), "utf8")) as {
      id: string;
      name: string;
    }[];
    expect(quotes).toHaveLength(18);
    expect(speakers).toEqual([expect.objectContaining({ id: "lee-yong-seop", name: "이용섭" })]);
    const first2019 = quotes.find((q) => q["article"] === SEED_2019);
    expect(first2019).toMatchObject({
      text: "혁신의 성과는 시민들의 지지로부터 나온다",
      speaker: "lee-yong-seop",
      published: "2019-10-02T18:24:00+09:00",
      verb: "주문했다",
      url: expect.stringMatching(
        /^https:\/\/press-archive\.example\/quotes\/2019-10-02-innovation-committee-report--[a-z0-9]+\/$/u,
      ),
    });
    for (const quote of quotes) expect(speakers.map((s) => s.id)).toContain(quote["speaker"]);
    expect(first2019).toMatchObject({ topics: ["administrative-innovation"], topicBasis: "own", cluster: null });
    const headline = quotes.find((q) => q["kind"] === "headline");
    expect(headline).toMatchObject({
      headlineClass: "reworded",
      headlineBodyQuote: expect.stringMatching(/^2021-new-year-assembly--[a-z0-9]+$/u),
    });
    expect(quotes.find((q) => q["id"] === headline?.["headlineBodyQuote"])?.["text"]).toContain(
      "2021년은 혁신행정 소통행정 청렴행정으로",
    );
  });

  test("a quote page shows its sentence with the quote marked inside its own quotation marks", () => {
    const quotes = JSON.parse(readFileSync(path.join(utc.outDir, "data/quotes.json"), "utf8")) as {
      id: string;
      text: string;
      kind: string;
      context: string;
    }[];
    const quote = quotes.find((q) => q.kind === "body" && q.context.includes(`“${q.text}”`));
    expect(quote).toBeDefined();
    if (!quote) return;
    // A closing mark is kept on one line with its particle (`<span class="nowrap">”고</span>`).
    const html = readFileSync(path.join(utc.outDir, "quotes", quote.id, "index.html"), "utf8").replace(
      /<span class="nowrap">([^<]*)<\/span>/gu,
      "$1",
    );
    const [before = "", after = ""] = quote.context.split(`“${quote.text}”`);
    expect(html).toContain(`<p class="context">${before}“<mark>${quote.text}</mark>”${after}</p>`);
  });

  test("/data/policies.json has the smart-factory item with its figures and article", () => {
    const policies = JSON.parse(readFileSync(path.join(utc.outDir, "data/policies.json"), "utf8")) as Record<
      string,
      unknown
    >[];
    expect(policies.find((p) => p["id"] === "smart-factory-investment")).toMatchObject({
      title: "스마트공장 재정투자 확대",
      article: SEED_2019,
      figures: [{ label: "스마트공장 재정투자", from: "5억원", to: "40억원", period: "올해(2019년) → 내년도(2020년)" }],
      url: "https://press-archive.example/policies/smart-factory-investment/",
    });
  });

  test("TZ=UTC and TZ=Asia/Seoul give identical sites", () => {
    expect(seoul.status).toBe(0);
    expect(treeContents(seoul.outDir)).toEqual(treeContents(utc.outDir));
  });
});

describe("a build of bad content fails, naming the file, line and field", () => {
  function brokenCopy(edit: (dir: string) => void): string {
    const dir = path.join(scratchDir("content"), "content");
    cpSync(SHIPPED, dir, { recursive: true });
    edit(dir);
    return dir;
  }

  test.each([
    [
      "malformed front matter",
      (dir: string) =>
        writeFileSync(path.join(dir, "articles/2021/broken.md"), "---\ntitle: [unclosed\noutlet: x\n---\n본문\n"),
      /articles\/2021\/broken\.md:\d+ error: YAML syntax error/u,
    ],
    [
      "a missing required field",
      (dir: string) => {
        const file = path.join(dir, "articles/2019", `${SEED_2019}.md`);
        writeFileSync(file, readFileSync(file, "utf8").replace(/^outlet: .*\n/mu, ""));
      },
      new RegExp(`articles/2019/${SEED_2019}\\.md:\\d+ \\[outlet\\] error: required field \`outlet\` is missing`, "u"),
    ],
    [
      "---js front matter",
      (dir: string) =>
        writeFileSync(
          path.join(dir, "articles/2021/evil.md"),
          `---js\n{ title: require("fs").writeFileSync("${path.join(dir, "PWNED")}", "x") }\n---\n본문\n`,
        ),
      /articles\/2021\/evil\.md:1 error: front matter marked as `js` is refused/u,
    ],
  ])("%s", async (_name, edit, expected) => {
    const dir = brokenCopy(edit);
    const run = await astroBuild({ contentDir: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(expected);
    expect(existsSync(path.join(dir, "PWNED"))).toBe(false);
    expect(existsSync(path.join(run.outDir, "index.html"))).toBe(false);
  });
});
