// Who said it when the text names an office: a person's name before the office is the speaker
// (`강기정 광주광역시장은`), an office on its own is not a person (the quote stays unattributed), and
// nothing is carried over an office-only statement to the next quote. Invented sentences.
import { describe, expect, test } from "vitest";
import { attribute, speakerFinder, type Attribution } from "../../src/lib/quotes/attribution.ts";
import { extractQuotes } from "../../src/lib/quotes/extractQuotes.ts";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { officeHolder, officeKey } from "../../src/lib/quotes/officeHolder.ts";

const none = speakerFinder([]);
const alone = (previous: Attribution | null = null) => ({
  finder: none,
  people: () => [],
  previous: () => previous,
  near: () => true,
  headline: false,
});

/** The quotes of an invented article (its headline `title`, its body paragraphs), as [kind, text, speaker]. */
function quotesOf(body: string[], title = "예시"): (string | null)[][] {
  const front = ["---", `title: ${title}`, "published: 2024-01-02T10:00:00+09:00", "outlet: 예시일보", "---", ""];
  const text = [...front, ...body.flatMap((paragraph) => [paragraph, ""])].join("\n");
  const parsed = parseArticle({ path: "articles/2024/attribution-case.md", text });
  return extractQuotes(parsed, none).quotes.map((q) => [q.kind, q.text, q.speakerName]);
}

describe("offices and names before quotes", () => {
  test.each([
    ["강예시 광주광역시장은 ", "강예시 광주광역시장"],
    ["정예시 여수시장은 ", "정예시 여수시장"],
    ["이예시 기획조정실장은 ", "이예시 기획조정실장"],
    ["김예시 전남지사는 ", "김예시 전남지사"],
    ["김예시 의원은 ", "김예시 의원"],
    ["박예시 예시시의회 의장은 ", "박예시 예시시의회 의장"],
  ])("%j names the person: %s", (head, name) => {
    expect(attribute(head, "", alone())).toMatchObject({ speakerName: name, method: "named", level: "certain" });
  });

  test.each([
    ["광주시장은 ", "광주시장"],
    ["이날 여수시장은 ", "여수시장"],
    ["기획조정실장은 ", "기획조정실장"],
    ["광주 북구청장은 ", "북구청장"],
  ])("%j is an office, not a person: no speaker", (head, office) => {
    const previous: Attribution = {
      speaker: "someone",
      speakerName: "다른 사람",
      method: "named",
      level: "certain",
      cue: "다른 사람",
      candidate: null,
      source: "person",
    };
    expect(attribute(head, "", alone(previous))).toEqual({
      speaker: null,
      speakerName: null,
      method: "office",
      level: "unconfirmed",
      cue: office,
      candidate: office,
      source: "office",
    });
  });

  test("the speaker before an office-only statement is not carried past it", () => {
    expect(
      quotesOf([
        "김예시 의원은 “예산을 늘려야 한다”고 말했다.",
        "예시시장은 “검토하겠다”고 답했다.",
        "이어 “시간이 필요하다”고 덧붙였다.",
      ]),
    ).toEqual([
      ["body", "예산을 늘려야 한다", "김예시 의원"],
      ["body", "검토하겠다", null],
      ["body", "시간이 필요하다", null],
    ]);
  });

  test("a surname and title later in the article is the one person named so", () => {
    expect(
      quotesOf(["김예시 예시군수는 2일 군청에서 기자회견을 열었다.", "김 군수는 “다리를 새로 놓겠다”고 밝혔다."]),
    ).toEqual([["body", "다리를 새로 놓겠다", "김예시 예시군수"]]);
  });

  test("a surname and title that fits two people of the article stays unattributed", () => {
    expect(
      quotesOf(["김예시 의원과 김다른 의원이 2일 토론회에 참석했다.", "김 의원은 “예산이 모자라다”고 말했다."]),
    ).toEqual([["body", "예산이 모자라다", null]]);
  });

  test("a headline's bare name is the person the article names so with a title", () => {
    expect(quotesOf(["김예시 예시군수는 2일 군청에서 기자회견을 열었다."], "김예시 “다리를 새로 놓겠다”")).toEqual([
      ["headline", "다리를 새로 놓겠다", "김예시 예시군수"],
    ]);
  });
});

describe("an office alone, through the registry's roles at the article's date", () => {
  const registry = speakerFinder([
    {
      id: "lee-ye-si",
      name: "이예시",
      aliases: ["이예시 시장"],
      roles: [{ title: "예시광역시장", organisation: "예시광역시", from: "2018-07-01", to: "2022-06-30" }],
    },
  ]);
  const quotesAt = (published: string, body: string[], speakers: string[] = []) => {
    const front = ["---", "title: 예시", `published: ${published}`, "outlet: 예시일보"];
    const list = speakers.length > 0 ? [`speakers: [${speakers.join(", ")}]`] : [];
    const text = [...front, ...list, "---", "", ...body.flatMap((p) => [p, ""])].join("\n");
    const parsed = parseArticle({ path: `articles/${published.slice(0, 4)}/office-case.md`, text });
    return extractQuotes(parsed, registry).quotes.map((q) => [q.speaker, q.attribution, q.level]);
  };
  const QUOTE = "예시시장은 “버스를 늘리겠다”고 말했다.";

  test("is the one holder that day when the article also names them (likely)", () => {
    expect(quotesAt("2020-03-02T10:00:00+09:00", ["이예시 시장이 2일 회의를 열었다.", QUOTE])).toEqual([
      ["lee-ye-si", "role", "likely"],
    ]);
    expect(quotesAt("2020-03-02T10:00:00+09:00", [QUOTE], ["lee-ye-si"])).toEqual([["lee-ye-si", "role", "likely"]]);
  });

  test("stays unconfirmed outside the term, when the article never names the holder, or speaks of another 예시시", () => {
    expect(quotesAt("2023-03-02T10:00:00+09:00", ["이예시 시장이 회의를 열었다.", QUOTE])).toEqual([
      [null, "office", "unconfirmed"],
    ]);
    expect(quotesAt("2020-03-02T10:00:00+09:00", [QUOTE])).toEqual([[null, "office", "unconfirmed"]]);
    expect(
      quotesAt("2020-03-02T10:00:00+09:00", ["경기 예시시의 행사에 이예시 시장도 왔다.", QUOTE], ["lee-ye-si"]),
    ).toEqual([[null, "office", "unconfirmed"]]);
  });
});

describe("a registered short alias (`이 시장`) stands for its person only where the article names them", () => {
  const registry = speakerFinder([{ id: "lee-ye-si", name: "이예시", aliases: ["이예시 시장", "이 시장"], roles: [] }]);
  const quotes = (body: string[], speakers = "") => {
    const front = [
      "---",
      "title: 예시",
      "published: 2020-03-02T10:00:00+09:00",
      "outlet: 예시일보",
      speakers,
      "---",
      "",
    ];
    const parsed = parseArticle({ path: "articles/2020/alias-case.md", text: [...front, ...body].join("\n\n") });
    return extractQuotes(parsed, registry).quotes.map((q) => [q.speaker, q.level, q.candidate]);
  };

  test("certain when the article names 이예시 in full, or lists them in speakers:", () => {
    expect(quotes(["이예시 시장이 회의를 열었다.", "이 시장은 “늘리겠다”고 말했다."])).toEqual([
      ["lee-ye-si", "certain", null],
    ]);
    expect(quotes(["이 시장은 “늘리겠다”고 말했다."], "speakers: [lee-ye-si]")).toEqual([
      ["lee-ye-si", "certain", null],
    ]);
  });

  test("unconfirmed, with the registered person as the candidate, when it never does", () => {
    expect(quotes(["이 시장은 “늘리겠다”고 말했다."])).toEqual([[null, "unconfirmed", "이예시"]]);
  });
});

describe("a province's office under its short names", () => {
  test.each(["전남지사", "전남도지사", "전라남도지사", "전남 도지사"])(
    "`%s` is the registry's `전라남도지사` of the day",
    (office) => {
      const holder = officeHolder(
        [
          {
            id: "kim-ye-si",
            name: "김예시",
            aliases: [],
            roles: [{ title: "전라남도지사", organisation: "전라남도", from: "2018-07-01" }],
          },
        ],
        office,
        "2020-03-02",
      );
      expect(holder?.speaker.id).toBe("kim-ye-si");
    },
  );

  test("another province's governor is not that office", () => {
    expect(officeKey("전북지사")).not.toBe(officeKey("전라남도지사"));
    expect(officeKey("경기도교육감")).toBe(officeKey("경기교육감"));
    expect(officeKey("전남교육감")).not.toBe(officeKey("전라남도지사"));
  });
});
