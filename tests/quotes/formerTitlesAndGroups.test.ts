// Who said it when the text names a former office (`한예전 전 예시시장은`), a title alone (`이날
// 시장은`), a short reference after the quote (`“…”라고 박 의원은 말했다.`) or a group of office
// heads (`예시 구청장들은`). Each of these once gave the words to another person. Invented sentences.
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { speakerFinder } from "../../src/lib/quotes/attribution.ts";
import { extractQuotes } from "../../src/lib/quotes/extractQuotes.ts";

// 강예시 holds 예시광역시장 on the articles' date; 한예전 held it before; 전예시 is an 의원 whose
// registry lists the short alias `전 의원`.
const registry = speakerFinder([
  {
    id: "kang-ye-si",
    name: "강예시",
    aliases: ["강예시 예시광역시장", "강예시 예시시장", "강예시 시장"],
    roles: [{ title: "예시광역시장", organisation: "예시광역시", from: "2018-07-01", to: "2022-06-30" }],
  },
  {
    id: "han-ye-jeon",
    name: "한예전",
    aliases: ["한예전 예시광역시장", "한예전 예시시장", "한예전 시장"],
    roles: [{ title: "예시광역시장", organisation: "예시광역시", from: "2014-07-01", to: "2018-06-30" }],
  },
  { id: "jeon-ye-si", name: "전예시", aliases: ["전예시 의원", "전 의원"], roles: [] },
]);

/** The body quotes of an invented article dated 2020-03-02, as [speaker id or name, method, level, source]. */
function quotesOf(body: string[], speakers: string[] = ["kang-ye-si"]): (string | null)[][] {
  const front = [
    "---",
    "title: 예시",
    "published: 2020-03-02T10:00:00+09:00",
    "outlet: 예시일보",
    `speakers: [${speakers.join(", ")}]`,
    "---",
    "",
  ];
  const parsed = parseArticle({ path: "articles/2020/former-case.md", text: [...front, ...body].join("\n\n") });
  return extractQuotes(parsed, registry).quotes.map((q) => [
    q.speaker ?? q.speakerName,
    q.attribution,
    q.level,
    q.source,
  ]);
}

const last = (body: string[], speakers?: string[]) => quotesOf(body, speakers).at(-1);
const MAYOR = "강예시 예시광역시장은 “복지를 늘리겠다”고 말했다.";

describe("a former office (`전`) is not the office of the day", () => {
  test("`한예전 전 예시시장은` is 한예전 (the registry's `한예전 예시시장`), not the mayor of the day", () => {
    expect(last([MAYOR, "한예전 전 예시시장은 “예산을 먼저 따져야 한다”고 말했다."])).toEqual([
      "han-ye-jeon",
      "named",
      "certain",
      "person",
    ]);
  });

  test("`한예전 전 시장은` and then `한 전 시장은` are 한예전 too", () => {
    const quotes = quotesOf([
      MAYOR,
      "한예전 전 시장은 “예산을 먼저 따져야 한다”고 말했다.",
      "한 전 시장은 “빚이 늘었다”고 덧붙였다.",
    ]);
    expect(quotes.slice(1).map(([who, method]) => [who, method])).toEqual([
      ["han-ye-jeon", "named"],
      ["han-ye-jeon", "reference"],
    ]);
  });

  test("`강 전 시장은` is not 강예시, who is mayor now (a short reference keeps 전)", () => {
    expect(last([MAYOR, "강 전 시장은 “예산을 먼저 따져야 한다”고 말했다."])?.[2]).not.toBe("certain");
    expect(last([MAYOR, "강 전 시장은 “예산을 먼저 따져야 한다”고 말했다."])?.[0]).not.toBe("kang-ye-si");
  });

  test("an unregistered former council member is their own speaker, not the one before", () => {
    expect(last([MAYOR, "박예시 전 예시시의회 의원은 “예산이 모자란다”고 말했다."])).toEqual([
      "박예시 전 예시시의회 의원",
      "named",
      "certain",
      "person",
    ]);
  });

  test.each([
    ["최은영 전 의원은 “예산이 모자란다”고 말했다.", "최은영 전 의원"],
    ["“예산이 모자란다”고 최은영 전 국회의원은 말했다.", "최은영 전 국회의원"],
  ])("`전 의원` after a name is no registered `전 의원`: %s", (sentence, name) => {
    expect(last(["전예시 의원이 회의를 열었다.", MAYOR, sentence], ["jeon-ye-si"])?.[0]).toBe(name);
  });

  test("`이 전 의원은` is no registered `전 의원` either: it stays as written, a surname and a title", () => {
    expect(last(["전예시 의원이 회의를 열었다.", "이 전 의원은 “예산이 모자란다”고 말했다."], ["jeon-ye-si"])).toEqual([
      "이 전 의원",
      "reference",
      "likely",
      "person",
    ]);
  });

  test("but `전 의원` after a particle or a time word is the 전 의원 (`질문에 전 의원은`, `이날 전 의원은`)", () => {
    const named = ["전예시 의원이 회의를 열었다.", MAYOR];
    expect(last([...named, "“왜 늦느냐”는 질문에 전 의원은 “곧 한다”고 답했다."], ["jeon-ye-si"])?.[0]).toBe(
      "jeon-ye-si",
    );
    expect(last([...named, "이날 전 의원은 “곧 한다”고 말했다."], ["jeon-ye-si"])?.[0]).toBe("jeon-ye-si");
    expect(last([...named, "“곧 한다”고 전 의원은 말했다."], ["jeon-ye-si"])?.[0]).toBe("jeon-ye-si");
  });

  test("`이주희 전 시장은` never gives the speaker `전 시장`", () => {
    expect(last(["이주희 전 시장은 “빚이 늘었다”고 말했다."], [])?.[0]).toBe("이주희 전 시장");
  });

  test("an office written as former with no name (`전 예시시장은`) stays unconfirmed", () => {
    expect(last([MAYOR, "전 예시시장은 “예산을 먼저 따져야 한다”고 말했다."])).toEqual([
      null,
      "office",
      "unconfirmed",
      "office",
    ]);
  });
});

describe("a title alone as the subject is the one person with that title", () => {
  const COUNCIL = "박예시 예시시의회 의원은 “예산이 모자란다”고 말했다.";

  test.each(["이날 시장은", "또한 시장은", "시장은"])(
    "`%s` after another speaker is the mayor the article names",
    (subject) => {
      expect(last([MAYOR, COUNCIL, `${subject} “예산은 충분하다”고 말했다.`])?.slice(0, 3)).toEqual([
        "kang-ye-si",
        "reference",
        "likely",
      ]);
    },
  );

  test("unconfirmed when the article names two mayors, or none", () => {
    const twoMayors = [MAYOR, "정예시 다른시장은 “반대한다”고 말했다.", COUNCIL, "이날 시장은 “충분하다”고 말했다."];
    expect(last(twoMayors)?.[2]).toBe("unconfirmed");
    expect(last([COUNCIL, "이날 시장은 “충분하다”고 말했다."], [])?.[2]).toBe("unconfirmed");
  });

  test("a deputy (`부시장`) is no 시장, and `신임 시장은` is not read as the one named", () => {
    expect(last(["이예시 부시장은 “챙기겠다”고 말했다.", COUNCIL, "이날 시장은 “충분하다”고 말했다."], [])?.[2]).toBe(
      "unconfirmed",
    );
    expect(last([MAYOR, COUNCIL, "신임 시장은 “충분하다”고 말했다."])?.[0]).not.toBe("kang-ye-si");
  });
});

describe("a short reference after the quote", () => {
  test("`“…”라고 박 의원은 말했다.` is 박 의원, not the speaker before", () => {
    expect(
      last([
        "박예시 예시시의회 의원은 “예산이 모자란다”고 말했다.",
        MAYOR,
        "“예산을 다시 짜야 한다”라고 박 의원은 말했다.",
      ]),
    ).toEqual(["박예시 예시시의회 의원", "after", "certain", "person"]);
  });

  test("unconfirmed when two people fit it", () => {
    const body = [
      "박예시 예시시의회 의원은 “모자란다”고 말했다.",
      "박다른 예시구의회 의원은 “넉넉하다”고 말했다.",
      MAYOR,
      "“다시 짜야 한다”고 박 의원은 말했다.",
    ];
    expect(last(body)?.[2]).toBe("unconfirmed");
  });
});

describe("groups of office heads and of people by their part", () => {
  test.each([
    ["예시 구청장들은", "예시 구청장들"],
    ["도내 교육감들은", "도내 교육감들"],
    ["학부모들은", "학부모들"],
  ])("`%s` is a group source, not the person before", (subject, phrase) => {
    expect(last([MAYOR, `${subject} “몫을 늘려 달라”고 요구했다.`])).toEqual([phrase, "source", "certain", "group"]);
  });
});
