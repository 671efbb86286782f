// The registry grows with the archive: `archive speakers` proposes an entry for each person quoted
// by name who is not in speakers.yaml (one per name and organisation), `--add` appends them in one
// step and the quotes then link to the new entries; an addition that would clash is undone.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli } from "../support/runCli.ts";

const ARTICLE = `---
title: 예시군 의회 임시회
published: 2023-04-05T10:00:00+09:00
outlet: 예시일보
---

김예시 예시군수는 5일 “다리를 새로 놓겠다”고 말했다.

김 군수는 “예산은 확보했다”고 덧붙였다.

박예시 예시당 국회의원은 “법을 고치겠다”고 밝혔다.

박예시 다른당 의원은 “반대한다”고 맞섰다.

시 관계자는 “검토하겠다”고 말했다.
`;

function archiveWith(article: string, speakersYaml?: string): string {
  const content = path.join(mkdtempSync(path.join(os.tmpdir(), "speakers-")), "content");
  cpSync(path.resolve("content"), content, { recursive: true });
  mkdirSync(path.join(content, "articles/2023"), { recursive: true });
  writeFileSync(path.join(content, "articles/2023/2023-04-05-example.md"), article);
  if (speakersYaml !== undefined)
    writeFileSync(
      path.join(content, "speakers.yaml"),
      `${readFileSync(path.join(content, "speakers.yaml"), "utf8")}${speakersYaml}`,
    );
  return content;
}

describe("npm run archive -- speakers", () => {
  test("proposes one entry per person and organisation, never an anonymous source", async () => {
    const content = archiveWith(ARTICLE);
    const result = await runCli(["speakers", "--json", "--content", content]);
    expect(result.code, result.err).toBe(0);
    const proposals = JSON.parse(result.out) as { id: string; name: string; aliases: string[]; role: unknown }[];
    expect(proposals.map((p) => [p.name, p.aliases, p.role])).toEqual([
      ["김예시", ["김예시 예시군수", "김예시"], { title: "예시군수", organisation: "예시군", from: "2023-04-05" }],
      ["박예시", ["박예시 다른당 의원", "박예시"], { title: "의원", organisation: "다른당", from: "2023-04-05" }],
      [
        "박예시",
        ["박예시 예시당 국회의원", "박예시"],
        { title: "국회의원", organisation: "예시당", from: "2023-04-05" },
      ],
    ]);
    expect(new Set(proposals.map((p) => p.id)).size).toBe(3);
    expect(result.out).not.toContain("관계자");
  });

  test("--add appends them in one step; the archive checks and the quotes link to the new entries", async () => {
    const content = archiveWith(ARTICLE.replace(/\n박예시 다른당 의원은[^\n]*\n/u, "\n"));
    const added = await runCli(["speakers", "--add", "--content", content]);
    expect(added.code, added.err).toBe(0);
    expect(added.err).toMatch(/^added 2 people to .*speakers\.yaml: 김예시 \(kim-ye-si\), 박예시 \(park-ye-si\)\n$/u);
    const registry = readFileSync(path.join(content, "speakers.yaml"), "utf8");
    expect(registry).toContain("- id: kim-ye-si\n  name: 김예시\n  aliases:\n    - 김예시 예시군수\n    - 김예시\n");
    const report = await runCli(["report", "--json", "--content", content]);
    const quotes = (JSON.parse(report.out) as { quotes: { text: string; speaker: string | null }[] }[]).flatMap(
      (a) => a.quotes,
    );
    expect(quotes.find((q) => q.text === "예산은 확보했다")?.speaker).toBe("kim-ye-si");
    expect((await runCli(["speakers", "--content", content])).err).toContain("every person the archive quotes");
  });

  test("an addition that clashes with the registry is undone and reported", async () => {
    const existing = "- id: park-other\n  name: 박예시\n  aliases:\n    - 박예시 교수\n";
    const content = archiveWith(ARTICLE, existing);
    const result = await runCli(["speakers", "--add", "--content", content]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("left as it was");
    expect(readFileSync(path.join(content, "speakers.yaml"), "utf8")).toBe(
      `${readFileSync(path.resolve("content/speakers.yaml"), "utf8")}${existing}`,
    );
  });
});
