// What a reader and a researcher see of an attribution: a quote the text does not attribute is
// published as 화자 미확인 with the reason, on no speaker's page; a likely one says so and why; the
// data exports carry method, level, cue and candidate; an editor's `quotes: confirm` makes it certain.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildDir, runBuild, scratchDir } from "../support/astroBuild.ts";

// An invented article about the shipped archive's registered speaker (이용섭), with a certain
// quote, a likely one (carried by 이어), and one far from any named speaker (unconfirmed).
const ARTICLE = (confirm: boolean) => `---
title: 예시 정례조회
published: 2020-03-02T10:00:00+09:00
outlet: 예시일보
speakers: [lee-yong-seop]
${confirm ? 'quotes:\n  confirm: ["버스 노선을 다시"]\n' : ""}---

이용섭 광주광역시장은 2일 정례조회에서 “예시 사업을 서두르겠다”고 말했다.

이어 “예산은 충분하다”고 덧붙였다.

시청 앞 광장에서는 이날 행사가 열렸다.

광장에는 시민 수백 명이 모였다.

“버스 노선을 다시 짜겠다”고 밝혔다.
`;

interface QuoteRecord {
  id: string;
  text: string;
  speaker: string | null;
  speakerName: string | null;
  attribution: string;
  attributionLevel: string;
  attributionCue: string | null;
  attributionCandidate: string | null;
}

async function build(name: string, confirm: boolean): Promise<{ site: string; quotes: QuoteRecord[] }> {
  const content = path.join(scratchDir(name), "content");
  cpSync(path.resolve("content"), content, { recursive: true });
  mkdirSync(path.join(content, "articles/2020"), { recursive: true });
  writeFileSync(path.join(content, "articles/2020/2020-attribution-example.md"), ARTICLE(confirm));
  const site = path.join(buildDir(name), "dist");
  const run = await runBuild({ contentDir: content, outDir: site });
  expect(run.status, run.output).toBe(0);
  const data = JSON.parse(readFileSync(path.join(site, "data/quotes.json"), "utf8")) as
    QuoteRecord[] | { quotes: QuoteRecord[] };
  return { site, quotes: Array.isArray(data) ? data : data.quotes };
}

describe("attribution on the built site", () => {
  test("certain, likely and unconfirmed quotes: data, quote pages and the speaker's page", async () => {
    const { site, quotes } = await build("attribution-pages", false);
    const byText = (start: string) => quotes.find((q) => q.text.startsWith(start)) as QuoteRecord;
    expect(byText("예시 사업을")).toMatchObject({
      speaker: "lee-yong-seop",
      attribution: "named",
      attributionLevel: "certain",
      attributionCue: "이용섭 광주광역시장",
    });
    expect(byText("예산은")).toMatchObject({
      speaker: "lee-yong-seop",
      attribution: "continued",
      attributionLevel: "likely",
      attributionCue: "이어",
    });
    const far = byText("버스 노선을");
    expect(far).toMatchObject({
      speaker: null,
      speakerName: null,
      attribution: "carried",
      attributionLevel: "unconfirmed",
      attributionCandidate: "이용섭",
    });
    const csv = readFileSync(path.join(site, "data/quotes.csv"), "utf8");
    expect(csv.split("\n")[0]).toContain("attributionLevel,attributionCue,attributionCandidate,source");

    const farPage = readFileSync(path.join(site, "quotes", far.id, "index.html"), "utf8");
    expect(farPage).toContain("— 화자 미확인");
    expect(farPage).toContain("미확인: 화자가 따로 적혀 있지 않아 앞 문장의 화자로 추정");
    expect(farPage).toContain("추정 후보: 이용섭");
    expect(farPage).not.toContain('href="/speakers/lee-yong-seop/"');
    const likelyPage = readFileSync(path.join(site, "quotes", byText("예산은").id, "index.html"), "utf8");
    expect(likelyPage).toContain("추정: 앞 발언을 잇는 말");
    expect(likelyPage).toContain("(기사 표현: ‘이어’)");

    const speakerPage = readFileSync(path.join(site, "speakers/lee-yong-seop/index.html"), "utf8");
    expect(speakerPage).toContain(`/quotes/${byText("예시 사업을").id}/`);
    expect(speakerPage).not.toContain(`/quotes/${far.id}/`);
  });

  test("quotes: confirm makes the candidate the speaker, and the quote joins the speaker's page", async () => {
    const { site, quotes } = await build("attribution-confirmed", true);
    const far = quotes.find((q) => q.text.startsWith("버스 노선을")) as QuoteRecord;
    expect(far).toMatchObject({ speaker: "lee-yong-seop", attribution: "editor", attributionLevel: "certain" });
    const speakerPage = readFileSync(path.join(site, "speakers/lee-yong-seop/index.html"), "utf8");
    expect(speakerPage).toContain(`/quotes/${far.id}/`);
  });
});
