// Who said it, on the patterns real Korean press text uses (learned from real pages, written here in
// invented sentences): each case is an article's headline, deck and body paragraphs, and the quotes
// it must give, with speaker, method and how sure. A wrong name is the failure to avoid: when the
// text does not decide, the quote stays unconfirmed with no speaker.
import { describe, expect, test } from "vitest";
import { parseArticle } from "../../src/lib/articles/parseArticle.ts";
import { speakerFinder } from "../../src/lib/quotes/attribution.ts";
import { extractQuotes } from "../../src/lib/quotes/extractQuotes.ts";
import type { Quote } from "../../src/lib/schemas/quote.ts";

interface Case {
  title?: string;
  deck?: string[];
  body: string[];
}

/** The quotes of an invented article, as [text, speakerName, method, level]. */
function quotesOf({ title = "예시 기사", deck = [], body }: Case): [string, string | null, string, string][] {
  const front = [
    "---",
    `title: ${JSON.stringify(title)}`,
    ...(deck.length > 0 ? ["deck:", ...deck.map((line) => `  - ${JSON.stringify(line)}`)] : []),
    "published: 2024-05-02T10:00:00+09:00",
    "outlet: 예시일보",
    "---",
    "",
  ];
  const text = [...front, ...body.flatMap((paragraph) => [paragraph, ""])].join("\n");
  const parsed = parseArticle({ path: "articles/2024/pattern-case.md", text });
  return extractQuotes(parsed, speakerFinder([])).quotes.map((q: Quote) => [
    q.text,
    q.speakerName,
    q.attribution,
    q.level,
  ]);
}

const speakers = (c: Case): (string | null)[] => quotesOf(c).map(([, speaker]) => speaker);

describe("a name in the sentence is not always its subject", () => {
  test("a person named inside a modifier (`故 … 대통령 서거`) is not the speaker of the quote after it", () => {
    expect(
      speakers({
        title: "박예시 “새벽부터 마음은 바다로”",
        body: [
          "故 최예시 대통령 서거 10주기 아침에…“승리하고 찾아뵙겠습니다”",
          "박예시 후보는 이날 “오늘은 갈 수 없다.”고 말했다.",
        ],
      }),
    ).toEqual(["박예시 후보", "박예시 후보", "박예시 후보"]);
  });

  test("a name inside single quotes (a post's title) is not the subject", () => {
    expect(
      speakers({
        body: ["윤예시 시장은 ‘오늘은 정예시 작가가 상 받는 날’ 이라는 글을 올려 “도시가 자랑스럽다”고 썼다."],
      }),
    ).toEqual(["윤예시 시장"]);
  });

  test("a name followed by a particle other than the subject's (`김 의원에게`) names no speaker", () => {
    const [quote] = quotesOf({ body: ["김예시 의원에게 “답을 달라”고 요구했다."] });
    expect(quote?.[1]).toBeNull();
  });
});

describe("titles and places real articles use", () => {
  test.each([
    ["정예시 후보는 ", "정예시 후보"],
    ["한예시 당선인은 ", "한예시 당선인"],
    ["오예시 원내대표는 ", "오예시 원내대표"],
    ["방예시 경기 예시시장은 ", "방예시 경기 예시시장"],
    ["더불어민주당 조예시(예시을) 의원은 ", "조예시 의원"],
  ])("%j names %s", (head, name) => {
    expect(speakers({ body: [`${head}“길을 찾겠다”고 말했다.`] })).toEqual([name]);
  });

  test("an organisation word before the name is not part of it (`국힘 소속 김예시 시의원이`)", () => {
    expect(
      speakers({ body: ["국힘 소속 김예시 예시시의원이 발언했다.", "김 의원은 “통합을 서둘러야 한다”고 말했다."] }),
    ).toEqual(["김예시 예시시의원"]);
  });
});

describe("later references", () => {
  test("`그는` stands for the person the text named last, even in a sentence with no quote", () => {
    expect(
      quotesOf({
        body: ["예시시의 방예시 시장이 재선 도전을 선언했다. 그는 “내일을 열겠다”고 약속했다."],
      }),
    ).toEqual([["내일을 열겠다", "방예시 시장", "continued", "likely"]]);
  });

  test("`그는` after another person's possessive in its own sentence is that person", () => {
    expect(
      speakers({
        body: [
          "김예시 의원이 “속이 탄다”고 했다. 함께 일했던 최예시 전 지사가 판결을 받은 뒤다.",
          "오늘 김 의원의 글을 보면 그는 “말이 나오지 않는다”고 적었다.",
        ],
      }),
    ).toEqual(["김예시 의원", "김예시 의원"]);
  });

  test("a surname and title with no full name in the text is kept as the text gives it, as likely", () => {
    expect(quotesOf({ body: ["문 당선인은 “현장을 먼저 보겠다”고 말했다."] })).toEqual([
      ["현장을 먼저 보겠다", "문 당선인", "reference", "likely"],
    ]);
  });

  test("a short reference that fits two people is unconfirmed, with both as the candidate", () => {
    expect(
      quotesOf({
        body: ["김예시 의원과 김다른 의원이 토론회에 나왔다.", "김 의원은 “예산이 모자라다”고 말했다."],
      }),
    ).toEqual([["예산이 모자라다", null, "reference", "unconfirmed"]]);
  });

  test("continuation words real articles use (그리고, 더불어, `그러면서,`) carry the speaker", () => {
    expect(
      speakers({
        body: [
          "이예시 부의장은 “말씀드리겠다”며 말문을 열었다.",
          "그리고 “바뀌지 않는다”고 말했다.",
          "더불어 “투명해야 한다”고 지적했다.",
          "그러면서, “공개하라”고 요구했다.",
        ],
      }),
    ).toEqual(["이예시 부의장", "이예시 부의장", "이예시 부의장", "이예시 부의장"]);
  });

  test("the subject of a sentence speaks its second statement (`“질문”는 질문에 “답”이라며`)", () => {
    expect(
      quotesOf({
        body: ["윤예시 시장은 본지 발행인과의 인터뷰에서 “성직자 같다”는 질문에 “시정의 핵심은 민생”이라며 답했다."],
      }),
    ).toEqual([
      ["성직자 같다", null, "question", "unconfirmed"],
      ["시정의 핵심은 민생", "윤예시 시장", "named", "certain"],
    ]);
  });
});

describe("headlines and display copy", () => {
  test("headline forms: name and title with a comma or an ellipsis, a bare name, a surname and title", () => {
    expect(
      speakers({
        title: "정예시 예시시장, “논란의 본질은 밀실”",
        deck: ["-지역이 키운 존재감,,,“내용 공개해야”"],
        body: ["정예시 예시시장이 입장문을 냈다."],
      }),
    ).toEqual(["정예시 예시시장", "정예시 예시시장"]);
    expect(speakers({ title: "김 총리 “예시는 제 고향”", body: ["김예시 국무총리가 예시시를 찾았다."] })).toEqual([
      "김예시 국무총리",
    ]);
    expect(speakers({ title: "방예시 경기 예시시장…“자족도시 열겠다”", body: ["방예시 시장이 말했다."] })).toEqual([
      "방예시 경기 예시시장",
    ]);
  });

  test("a group in the headline is a group source, not a person", () => {
    const [quote] = quotesOf({ title: "예시 국회의원들 “상임위 다시 짜야”", body: ["의원들이 모였다."] });
    expect(quote).toEqual(["상임위 다시 짜야", "예시 국회의원들", "source", "certain"]);
  });

  test("summary lines of bare quotes under a headline speak for the headline's speaker (likely)", () => {
    expect(
      quotesOf({
        title: "[아침 인터뷰] 김예시 “본사, 서울에 있을 이유 없다”",
        body: [
          '\\- "최예시 지사, 본사 이전 제안..시의적절"',
          '\\- "법안 심사에 속도 내겠다"',
          "■ 출연 : 김예시 예시당 국회의원",
        ],
      }),
    ).toEqual([
      ["본사, 서울에 있을 이유 없다", "김예시 예시당 국회의원", "reference", "certain"],
      ["최예시 지사, 본사 이전 제안..시의적절", "김예시 예시당 국회의원", "headline", "likely"],
      ["법안 심사에 속도 내겠다", "김예시 예시당 국회의원", "headline", "likely"],
    ]);
  });

  test("a headline quote with no speaker takes the body's one speaker when it shares their words", () => {
    expect(
      quotesOf({
        title: '"낡은 관행 끝내고 대개혁" 강조',
        body: ['강예시 시장은 "낡은 관행을 끝낼 때"라고 말했다.', '그는 "대개혁의 길에 들어섰다"고 밝혔다.'],
      })[0],
    ).toEqual(["낡은 관행 끝내고 대개혁", "강예시 시장", "headline", "likely"]);
  });

  test("a headline quote is not given to the body's speaker when it shares none of their words", () => {
    expect(
      quotesOf({
        title: '"주차난 해결이 먼저" 주민 목소리',
        body: ['강예시 시장은 "예산을 늘리겠다"고 말했다.'],
      })[0]?.[1],
    ).toBeNull();
  });

  test("the headline printed again in the body is not a second quote", () => {
    expect(
      quotesOf({
        title: "[레터] 신예시 “민생이 먼저”",
        body: ["■ 출연자 : 신예시 예시구 예비후보", '신예시 "민생이 먼저"'],
      }).length,
    ).toBe(1);
  });

  test("a bare quote that the article repeats later with its speaker is that speaker's (likely)", () => {
    expect(
      quotesOf({
        body: [
          '"무슨 말을 해야 할까"',
          '예시당 고예시 의원이 심경을 밝혔다. 그는 글에 "무슨 말을 해야 할까"라고 적었다.',
        ],
      }).map(([, speaker, method]) => [speaker, method]),
    ).toEqual([
      ["고예시 의원", "repeated"],
      ["고예시 의원", "continued"],
    ]);
  });
});

describe("broadcast scripts and interviews", () => {
  test("a soundbite label line names the speaker of the quote under it", () => {
    expect(
      quotesOf({
        body: [
          "박 시장은 윤예시 시장과 협약을 맺었습니다.",
          "싱크-박예시/ 서울시장",
          '"서로 의지하겠습니다."',
          "윤예시 예시시장도 협력을 강화하겠다고 밝혔습니다.",
          "싱크-윤예시/예시시장",
          '"기대가 큽니다."',
        ],
      }),
    ).toEqual([
      ["서로 의지하겠습니다.", "박예시 서울시장", "label", "certain"],
      ["기대가 큽니다.", "윤예시 예시시장", "label", "certain"],
    ]);
  });

  test("answers after an interviewer's question lines keep the interviewee", () => {
    expect(
      speakers({
        body: [
          "문 당선인은 31년간 공직에 있었다.",
          "―생활환경 정비에 나선 이유는….",
          "“도로와 인도를 먼저 고치겠다.”",
          "광고 로드중",
          "―경제 활성화 방안은….",
          "“상황실을 만들겠다.”",
        ],
      }),
    ).toEqual(["문 당선인", "문 당선인"]);
  });
});

describe("sources that are not a named person", () => {
  test.each([
    ["시 관계자는 ", "시 관계자"],
    ["한 시민은 ", "한 시민"],
    ["예시구청 측은 ", "예시구청 측"],
    ["공무원 A씨는 ", "공무원 A씨"],
    ["예시 시민단체들은 ", "예시 시민단체들"],
  ])("%j is its own source", (head, phrase) => {
    const [quote] = quotesOf({ body: ["김예시 의원은 “먼저 말하겠다”고 했다.", `${head}“반대한다”고 말했다.`] }).slice(
      1,
    );
    expect(quote).toEqual(["반대한다", phrase, "source", "certain"]);
  });

  test("an anonymous source is never carried to the next quote, nor a person to it", () => {
    expect(
      speakers({
        body: [
          "김예시 의원은 “먼저 말하겠다”고 했다.",
          "시 관계자는 “검토 중”이라고 말했다.",
          "이어 “결론은 다음 달”이라고 덧붙였다.",
        ],
      }),
    ).toEqual(["김예시 의원", "시 관계자", null]);
  });

  test("an organisation as the sentence's subject speaks as itself (likely)", () => {
    expect(quotesOf({ body: ["총리실은 “순회의 시작을 알린다”고 설명했다."] })).toEqual([
      ["순회의 시작을 알린다", "총리실", "subject", "likely"],
    ]);
  });
});

describe("broken and misused marks", () => {
  test("reversed curly marks (`” …“고`) make one quote, not a fragment", () => {
    expect(
      quotesOf({ body: ["이예시 부의장은 “시장께 드리는 말”이라며 ” 시장은 아직 모르고 있다“고 말했다."] }).map(
        ([text]) => text,
      ),
    ).toEqual(["시장께 드리는 말", "시장은 아직 모르고 있다"]);
  });

  test("a closing mark used as the opening (`”하지만 …”고`) is read as the opening", () => {
    expect(
      quotesOf({ body: ["이예시 부의장은 “짓고 뜯었다”며 ”하지만 아무도 쓰지 않았다.”고 비판했다."] }).map(
        ([text]) => text,
      ),
    ).toEqual(["짓고 뜯었다", "하지만 아무도 쓰지 않았다."]);
  });

  test('a straight mark followed by a quoting particle is a closing mark, never a one-word quote (`"고`)', () => {
    expect(
      quotesOf({ body: ["김예시 지사도", '"정신을 이어받아', '더 잘 사는 시대를 열겠다"고'] }).map(([t]) => t),
    ).toEqual(["정신을 이어받아"]);
  });

  test("quoted words that were written (a rule, a hashtag) and single quoted names are not speech", () => {
    expect(
      quotesOf({
        body: [
          "기본조례 제5조에 따르면 “시장은 답변서를 제출하여야 한다”라고 명시되어 있다.",
          "고 의원은 “진실은 돌아온다”라는 해시태그를 남겼다.",
          "“예시뉴스” 기사 내용을 요약한 결과입니다.",
        ],
      }),
    ).toEqual([]);
  });
});
