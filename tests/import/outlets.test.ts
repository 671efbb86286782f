// The outlet of an imported article: one row per form a real page names its outlet in. Every text
// here is invented (made-up towns, people and sentences) and only copies the *shape* of real pages:
// the same dateline, copyright, byline or footer form.
import { describe, expect, test } from "vitest";
import { arrangeLines } from "../../src/lib/import/arrangeLines.ts";
import { outletCandidates, settle, type Candidate } from "../../src/lib/import/attribution.ts";
import { readDateline } from "../../src/lib/import/dateline.ts";
import { readCopyrightLine } from "../../src/lib/import/outlets/copyrightLine.ts";
import {
  canonicalOutletName,
  foldOutletName,
  outletByName,
  outletOfEmail,
  outletOfHost,
  sameOutlet,
} from "../../src/lib/import/outlets/outletIndex.ts";
import { FREE_MAIL_DOMAINS, OUTLETS, PORTALS } from "../../src/lib/import/outlets/outletTable.ts";
import { textToLines } from "../../src/lib/import/sourceLines.ts";
import type { Undecided } from "../../src/lib/import/types.ts";

const TITLE = "예시시, 강변 산책로 새 단장";
const LEAD = "예시시는 강변 산책로 4㎞ 구간을 새로 단장한다고 3일 밝혔다.";
const MORE = "시 관계자는 “주민 누구나 편히 걷는 길로 만들겠다”고 말했다.";

/** A page: headline, lead and one more paragraph, with lines above, at the start of the lead or below. */
function page({ above = [], lead = "", below = [] }: { above?: string[]; lead?: string; below?: string[] }): string {
  return [...above, TITLE, "", `${lead}${LEAD}`, "", MORE, "", ...below, ""].join("\n");
}

function candidates(text: string, url?: string, siteName?: string): Candidate[] {
  const arranged = arrangeLines(textToLines(text));
  if (arranged === null) throw new Error("no arrangement");
  return outletCandidates(arranged, arranged.body[0]?.text, siteName, url);
}

describe("the outlet a page names, and where it was read", () => {
  test.each([
    // Datelines.
    ["[광주=뉴시스] place=wire", page({ lead: "[광주=뉴시스] " }), undefined, "뉴시스", /^dateline \(line 3\)$/u],
    ["[서울=뉴시스]name 기자 =", page({ lead: "[서울=뉴시스]한가람 기자 = " }), undefined, "뉴시스", /^dateline/u],
    [
      "(서울=연합뉴스) name 기자 =",
      page({ lead: "(예시=연합뉴스) 한가람 기자 = " }),
      undefined,
      "연합뉴스",
      /^dateline/u,
    ],
    ["【place=뉴스1】", page({ lead: "【예시=뉴스1】 박솔잎 기자 = " }), undefined, "뉴스1", /^dateline/u],
    ["[광주=뉴스핌] name 기자 =", page({ lead: "[광주=뉴스핌] 한가람 기자 = " }), undefined, "뉴스핌", /^dateline/u],
    ["[매일일보] alone", page({ lead: "[매일일보] " }), undefined, "매일일보", /^dateline/u],
    ["[뉴스깜]name 기자=", page({ lead: "[뉴스깜]김한솔 기자= " }), undefined, "뉴스깜", /^dateline/u],
    ["[현장뉴스=name 기자]", page({ lead: "[현장뉴스=조은비 기자] " }), undefined, "현장뉴스", /^dateline/u],
    ["[광주N광주=name 기자]", page({ lead: "[광주N광주=노을 기자] " }), undefined, "광주N광주", /^dateline/u],
    [
      "[광주일등뉴스=name 기자]",
      page({ lead: "[광주일등뉴스=기한별 기자] " }),
      undefined,
      "광주일등뉴스",
      /^dateline/u,
    ],
    ["[예시일보 name 기자]", page({ lead: "[예시일보 한가람 기자] " }), undefined, "예시일보", /^dateline/u],
    ["outlet name 기자 | text", page({ lead: "남도투데이 김한솔 기자 | " }), undefined, "남도투데이", /^dateline/u],
    [
      "a dateline in a paragraph below a portal's summary box",
      page({ below: ["(예시=연합뉴스) 한가람 기자 = 예시시가 강변 산책로를 단장한다."] }),
      undefined,
      "연합뉴스",
      /^dateline \(line 7\)$/u,
    ],
    [
      "a dateline behind markdown residue of a photo table",
      page({ below: ["| [광주=뉴스핌] 한가람 기자 = 예시시장이 산책로를 둘러보고 있다. 2025.12.10 |"] }),
      undefined,
      "뉴스핌",
      /^photo caption's dateline \(line 7\)$/u,
    ],
    // Copyright and footer lines.
    [
      "ⓒoutlet and free mail",
      page({ below: ["ⓒ광주N광주 example.reader@gmail.com"] }),
      undefined,
      "광주N광주",
      /^copyright line \(line 7\)$/u,
    ],
    [
      "저작권자 © outlet 무단전재",
      page({ below: ["저작권자 © 금강일보 무단전재 및 재배포 금지"] }),
      undefined,
      "금강일보",
      /^copyright line/u,
    ],
    [
      "Copyright ⓒ outlet All rights reserved.",
      page({ below: ["Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지"] }),
      undefined,
      "서울신문",
      /^copyright line/u,
    ],
    [
      "[ⓒ outlet & host, 무단전재]",
      page({ below: ["[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"] }),
      undefined,
      "매일경제",
      /^copyright line/u,
    ],
    [
      "an English copyright name",
      page({ below: ["Copyright © Gwangju Munhwa Broadcasting Corporation. All rights reserved."] }),
      undefined,
      "광주MBC",
      /^copyright line/u,
    ],
    [
      "a romanised name in brackets",
      page({ below: ["저작권자 © 현장뉴스(field News) 무단전재 및 재배포 금지"] }),
      undefined,
      "현장뉴스",
      /^copyright line/u,
    ],
    [
      "Korean and English names",
      page({ below: ["저작권자 © 폴리뉴스 Polinews 무단전재 및 재배포 금지"] }),
      undefined,
      "폴리뉴스",
      /^copyright line/u,
    ],
    [
      "an outlet with digits",
      page({ below: ["저작권자 © 뉴스투데이24 무단전재 및 재배포 금지"] }),
      undefined,
      "뉴스투데이24",
      /^copyright line/u,
    ],
    [
      "◎공감언론 wire",
      page({ below: ["◎공감언론 뉴시스 hangaram@newsis.com"] }),
      undefined,
      "뉴시스",
      /^footer line \(line 7\)$/u,
    ],
    [
      "the rights of an interview",
      page({ above: ["■ 인터뷰 자료의 저작권은 KBS라디오에 있습니다. 인용 시 출처를 밝혀 주십시오."] }),
      undefined,
      "KBS",
      /^copyright line \(line 1\)$/u,
    ],
    [
      "an outlet the table does not know is kept as written",
      page({ below: ["저작권자 © 예시타임즈 무단전재 및 재배포 금지"] }),
      undefined,
      "예시타임즈",
      /^copyright line/u,
    ],
    // Credits, e-mail, name lines, bylines.
    [
      "a trailing /wire credit line",
      page({ below: ["/연합뉴스"] }),
      undefined,
      "연합뉴스",
      /^credit line \(line 7\)$/u,
    ],
    [
      "a reporter's e-mail domain",
      page({ above: ["예시=한가람 기자 hangaram@segye.com"] }),
      undefined,
      "세계일보",
      /^reporter's e-mail hangaram@segye\.com \(line 1\)$/u,
    ],
    ["an e-mail sign-off alone", page({ below: ["hangaram@newspim.com"] }), undefined, "뉴스핌", /^reporter's e-mail/u],
    [
      "a reporter card under a broadcast script (free mail is no outlet)",
      page({ below: ["한가람 hangaram@hanmail.net", "광주MBC 취재기자"] }),
      undefined,
      "광주MBC",
      /^reporter card \(line 8\)$/u,
    ],
    [
      "a line that is only the name",
      page({ above: ["세계일보", "검색"] }),
      undefined,
      "세계일보",
      /^line naming only the outlet \(line 1\)$/u,
    ],
    ["a bracketed name line", page({ below: ["[파이낸셜뉴스]"] }), undefined, "파이낸셜뉴스", /^dateline \(line 7\)$/u],
    [
      "the outlet before the reporter on a byline",
      page({ above: ["cnbnews 한가람기자 |  2023.02.14 16:21:37"] }),
      undefined,
      "CNB뉴스",
      /^byline \(line 1\)$/u,
    ],
    [
      "the outlet before the date on a portal's byline",
      page({ above: ["KBS 2023. 4. 12. 18:37"] }),
      undefined,
      "KBS",
      /^byline \(line 1\)$/u,
    ],
    ["a broadcast sign-off", page({ below: ["kbc 한가람입니다."] }), undefined, "kbc광주방송", /^reporter's sign-off/u],
    [
      "a local station's English copyright glued to All rights",
      page({
        below: [
          "Copyright © Yeosu Munhwa Broadcasting Corporation.All rights reserved.",
          "한가람 hangaram@ysmbc.co.kr",
        ],
      }),
      undefined,
      "여수MBC",
      /^copyright line/u,
    ],
    ["a desk credit", page({ below: ["[매경닷컴 속보부]"] }), undefined, "매일경제", /^desk credit/u],
    [
      "a page header naming the outlet",
      page({ above: ["뉴스", "SBS 뉴스 상단 메뉴"] }),
      undefined,
      "SBS",
      /^page header \(line 2\)$/u,
    ],
    [
      "a masthead slogan",
      page({ above: ["본문 바로가기", "국가기간뉴스 통신사 연합뉴스", TITLE] }),
      undefined,
      "연합뉴스",
      /^page header/u,
    ],
    [
      "a portal's credit to the original outlet",
      page({ below: ["예시픽의 문장 추출 기술로 “연합뉴스” 기사 내용을 3줄로 요약한 결과입니다."] }),
      undefined,
      "연합뉴스",
      /^portal's credit/u,
    ],
    [
      "a portal's link to the original",
      page({ below: ["MBC에서 직접 확인하세요. 해당 언론사로 이동합니다."] }),
      undefined,
      "MBC",
      /^portal's credit/u,
    ],
    [
      "the original article's address under a portal copy",
      page({ below: ["기사 원문 - https://imnews.imbc.com/replay/2099/nwdesk/article/1_1.html"] }),
      "https://v.daum.net/v/20990101000000001",
      "MBC",
      /^original article's address/u,
    ],
    [
      "a broadcaster's copyright with its web service",
      page({ below: ["Copyright © MBC&iMBC 무단 전재, 재배포 및 이용(AI학습 포함)금지"] }),
      undefined,
      "MBC",
      /^copyright line/u,
    ],
    [
      "a tip-off link",
      page({ below: ["프레시안에 제보하기제보하기"] }),
      undefined,
      "프레시안",
      /^tip-off or donation link/u,
    ],
    // The page address.
    [
      "the page address",
      page({}),
      "https://www.segye.com/newsView/20990101000001",
      "세계일보",
      /^page address \(www\.segye\.com\)$/u,
    ],
    [
      "a subdomain of a known host",
      page({}),
      "https://m.go.seoul.co.kr/news/2099/01/01/1",
      "서울신문",
      /^page address/u,
    ],
    [
      "a host that only has the name in it",
      page({}),
      "http://kbc-news-test.example.co.kr/view/1",
      "kbc광주방송",
      /“kbc”/u,
    ],
    [
      "a portal copy: the original outlet, not the portal",
      page({ above: ["KBS 2023. 4. 12. 18:37"] }),
      "https://v.daum.net/v/20990101000000001",
      "KBS",
      /^byline/u,
    ],
  ])("%s", (_name, text, url, outlet, from) => {
    const [first] = candidates(text, url);
    expect(first?.value).toBe(outlet);
    expect(first?.from).toMatch(from);
  });
});

describe("what is not an outlet", () => {
  test.each([
    ["a photo credit at the end of a caption", page({ below: ["예시시장이 산책로를 둘러보고 있다. 연합뉴스"] })],
    ["a photo credit after a slash", page({ below: ["예시시장이 산책로를 둘러보고 있다. /사진=뉴시스"] })],
    ["a photo credit in brackets", page({ below: ["[사진=뉴시스] 예시시장이 산책로를 둘러보고 있다."] })],
    [
      "a caption's credit in brackets",
      page({ below: ["예시시장이 산책로를 둘러보고 있다. [예시시 제공. 재판매 및 DB 금지]"] }),
    ],
    ["a reporter's free mail", page({ below: ["한가람 기자 hangaram@hanmail.net"] })],
    ["a ⓒ photo credit of a blog", page({ below: ["ⓒ예시시장 블로그 제공"] })],
    ["a series label in brackets", page({ above: ["[새 단체장에게 듣는다]"] })],
    ["a story label", page({ lead: "[카드뉴스] " })],
    ["an outlet mentioned in the text", page({ lead: "예시MBC 생방송에 출연한 시장은 " })],
    ["a sentence about another paper's article", page({ below: ["시는 “예시일보” 기사가 사실과 다르다고 밝혔다."] })],
    ["a rights notice with no name", page({ below: ["무단전재 및 재배포 금지"] })],
    ["a portal's own copyright", page({ below: ["Copyright © Kakao Corp. All rights reserved."] })],
    ["a portal's address alone", page({}), "https://v.daum.net/v/20990101000000001"],
  ])("%s", (_name, text, url?: string) => {
    expect(candidates(text, url)).toEqual([]);
  });
});

describe("when sources disagree", () => {
  test("the page address beats a wire's credit line, and the editor is asked", () => {
    const found = candidates(page({ below: ["/연합뉴스"] }), "https://www.hankyung.com/article/2099010100001");
    const undecided: Undecided[] = [];
    expect(settle("outlet", found, undecided)).toBe("한국경제");
    expect(undecided).toEqual([
      {
        field: "outlet",
        message:
          "the page address (www.hankyung.com) says “한국경제” but the credit line (line 7) says “연합뉴스”; kept “한국경제”",
      },
    ]);
  });

  test("a wire's credit line alone is kept, and the editor is asked whether the page was another outlet's", () => {
    const undecided: Undecided[] = [];
    expect(settle("outlet", candidates(page({ below: ["/연합뉴스"] })), undecided)).toBe("연합뉴스");
    expect(undecided).toEqual([
      {
        field: "outlet",
        message: expect.stringMatching(
          /^the outlet is read only from the credit line \(line 7\) “\/연합뉴스”, which names the wire/u,
        ),
      },
    ]);
  });

  test("a dateline alone raises no question", () => {
    const undecided: Undecided[] = [];
    expect(
      settle("outlet", candidates(page({ lead: "(광주=연합뉴스) 한가람 기자 = 예시시는 1일 밝혔다." })), undecided),
    ).toBe("연합뉴스");
    expect(undecided).toEqual([]);
  });

  test("the page's copyright line beats its address", () => {
    const text = page({ below: ["[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"] });
    expect(settle("outlet", candidates(text, "https://mbn.co.kr/pages/news/newsView.php?news_seq_no=1"), [])).toBe(
      "매일경제",
    );
  });

  test("a dateline in the lead beats one further down", () => {
    const text = page({
      lead: "(예시=연합뉴스) 한가람 기자 = ",
      below: ["[예시=뉴스1] 예시시장이 산책로를 둘러보고 있다."],
    });
    expect(candidates(text).map((c) => c.value)).toEqual(["연합뉴스", "뉴스1"]);
  });

  test("a wire's dateline in a photo caption counts less than a reporter's e-mail", () => {
    const text = page({
      below: ["| [예시=뉴시스] 예시시장이 산책로를 둘러보고 있다. |", "한가람 기자 hangaram@gwangnam.co.kr"],
    });
    expect(candidates(text).map((c) => c.value)).toEqual(["광남일보", "뉴시스"]);
  });

  test("two names of one outlet are no disagreement", () => {
    const text = page({ above: ["cnbnews 한가람기자 | 2023.02.14 16:21:37"], below: ["저작권자 © CNB뉴스 무단전재"] });
    const undecided: Undecided[] = [];
    const found = candidates(text);
    expect(found.map((c) => c.from)).toEqual(["copyright line (line 8)", "byline (line 1)"]);
    expect(settle("outlet", found, undecided)).toBe("CNB뉴스");
    expect(
      settle(
        "outlet",
        [
          { value: "cnbnews", from: "a" },
          { value: "CNB뉴스", from: "b" },
        ],
        undecided,
      ),
    ).toBe("cnbnews");
    expect(
      settle(
        "outlet",
        [
          { value: "Polinews", from: "a" },
          { value: "폴리뉴스", from: "b" },
        ],
        undecided,
      ),
    ).toBe("Polinews");
    expect(undecided).toEqual([]);
  });

  test("two outlets are a disagreement, and the strongest is kept", () => {
    const text = page({ lead: "[광주=뉴시스] ", below: ["저작권자 © 예시일보 무단전재 및 재배포 금지"] });
    const undecided: Undecided[] = [];
    expect(settle("outlet", candidates(text), undecided)).toBe("예시일보");
    expect(undecided[0]?.message).toBe(
      "the copyright line (line 7) says “예시일보” but the dateline (line 3) says “뉴시스”; kept “예시일보”",
    );
  });

  test("the site name of a saved page counts, a portal's does not", () => {
    expect(candidates(page({}), undefined, "KBS 뉴스")).toEqual([
      { value: "KBS", from: "page's site name (og:site_name)" },
    ]);
    expect(candidates(page({}), undefined, "다음뉴스")).toEqual([]);
  });
});

describe("names, hosts and e-mail domains through the table", () => {
  test.each([
    ["Gwangju Munhwa Broadcasting Corporation", "광주MBC"],
    ["cnbnews", "CNB뉴스"],
    ["매경닷컴", "매일경제"],
    ["mk.co.kr", "매일경제"],
    ["field News", "현장뉴스"],
    ["Polinews", "폴리뉴스"],
    ["KBS라디오", "KBS"],
    ["KBS1라디오", "KBS"],
    ["광주MBC뉴스", "광주MBC"],
    ["뉴시스통신사", "뉴시스"],
    ["kbc", "kbc광주방송"],
    ["예시타임즈", "예시타임즈"],
  ])("%s is written %s", (name, canonical) => {
    expect(canonicalOutletName(name)).toBe(canonical);
  });

  test.each([
    ["news.kbs.co.kr", "KBS"],
    ["m.yna.co.kr", "연합뉴스"],
    ["mobile.newsis.com", "뉴시스"],
    ["kjmbc.co.kr", "광주MBC"],
    ["www.gwangnam.co.kr", "광남일보"],
    ["unknown.example.com", undefined],
  ])("the host %s is %s", (host, name) => {
    expect(outletOfHost(host)?.name).toBe(name);
  });

  test.each([
    ["hangaram@segye.com", "세계일보"],
    ["hangaram@newspim.com", "뉴스핌"],
    ["hangaram@mbc.co.kr", "MBC"],
    ["hangaram@mokpombc.co.kr", "목포MBC"],
    ["hangaram@hanmail.net", undefined],
    ["hangaram@gmail.com", undefined],
    ["hangaram@naver.com", undefined],
  ])("the address %s is %s", (address, name) => {
    expect(outletOfEmail(address)?.name).toBe(name);
  });

  test("sameOutlet compares through the table", () => {
    expect(sameOutlet("매경닷컴", "매일경제")).toBe(true);
    expect(sameOutlet("MBC", "광주MBC")).toBe(false);
  });
});

describe("the outlet table", () => {
  const names = OUTLETS.flatMap((o) => [o.name, ...o.aliases]);
  const PLAIN_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/u;

  test("is frozen data", () => {
    expect(Object.isFrozen(OUTLETS)).toBe(true);
    for (const o of OUTLETS) {
      expect(Object.isFrozen(o)).toBe(true);
      expect(Object.isFrozen(o.aliases)).toBe(true);
      expect(Object.isFrozen(o.hosts)).toBe(true);
    }
  });

  test("no name or alias is given twice (ignoring case and spaces), nor is a portal's", () => {
    const folded = names.map(foldOutletName);
    expect(folded.filter((n, i) => folded.indexOf(n) !== i)).toEqual([]);
    const portalNames = PORTALS.flatMap((p) => [p.name, ...p.aliases]).map(foldOutletName);
    expect(folded.filter((n) => portalNames.includes(n))).toEqual([]);
  });

  test("names are NFC and trimmed", () => {
    for (const n of names) {
      expect(n).toBe(n.normalize("NFC").trim());
      expect(n.length).toBeGreaterThan(1);
    }
  });

  test("no host or e-mail domain is given twice", () => {
    const domains = OUTLETS.flatMap((o) => [...o.hosts, ...o.emailDomains]);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
  });

  test("every host and e-mail domain is a plain lower-case hostname, not a portal's or free mail", () => {
    const portalHosts = PORTALS.flatMap((p) => p.hosts);
    for (const domain of OUTLETS.flatMap((o) => [...o.hosts, ...o.emailDomains])) {
      expect(domain).toMatch(PLAIN_HOST);
      expect(domain.startsWith("www.")).toBe(false);
      expect(portalHosts.some((h) => domain === h || domain.endsWith(`.${h}`))).toBe(false);
      expect(FREE_MAIL_DOMAINS).not.toContain(domain);
    }
    for (const domain of [...portalHosts, ...FREE_MAIL_DOMAINS]) expect(domain).toMatch(PLAIN_HOST);
  });

  test.each(OUTLETS.flatMap((o) => o.datelines.map((d) => [o.name, d] as const)))(
    "%s: the dateline form %j is read as it",
    (name, form) => {
      const dateline = readDateline(`${form} 예시시는 3일 산책로를 새로 단장한다고 밝혔다.`);
      expect(dateline).not.toBeNull();
      expect(outletByName(dateline?.outlet ?? "")?.name).toBe(name);
    },
  );

  test.each([
    // The wire services, the national and economic dailies and broadcasters, and the Honam press.
    ..."연합뉴스 뉴시스 뉴스1 뉴스핌 조선일보 중앙일보 동아일보 한겨레 경향신문 한국일보 서울신문 국민일보 세계일보".split(
      " ",
    ),
    ..."매일경제 한국경제 서울경제 파이낸셜뉴스 머니투데이 KBS MBC SBS JTBC YTN MBN 광주MBC 여수MBC 목포MBC kbc광주방송".split(
      " ",
    ),
    ..."광주일보 전남일보 무등일보 광남일보 남도일보 광주매일신문 전남매일 전라일보".split(" "),
    // Every outlet of the development set.
    ..."금강일보 CNB뉴스 광주일등뉴스 특급뉴스 기호일보 폴리뉴스 현장뉴스 뉴스투데이24 광주뉴스".split(" "),
  ])("lists %s", (name) => {
    expect(OUTLETS.some((o) => o.name === name)).toBe(true);
  });

  test.each([
    ["ⓒ 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지", "뉴스1"],
    ["저작권자© 예시 슬로건의 종합뉴스통신사 뉴스핌(Newspim), 무단 전재-재배포 금지", "뉴스핌"],
    ["<저작권자 ⓒ '예시 슬로건' 머니투데이, 무단전재 및 재배포 금지>", "머니투데이"],
    ["ⓒ예시 슬로건 미디어 이데일리 - 무단전재 & 재배포 금지", "이데일리"],
    ["※ 저작권자 ⓒ 파이낸셜뉴스, 무단전재-재배포 금지", "파이낸셜뉴스"],
    ["Copyright Ⓒ SBS. All rights reserved.", "SBS"],
    ["Copyright by JTBC(https://news.jtbc.co.kr) and its partners. All Rights Reserved.", "JTBC"],
    ["[저작권자(c) YTN 무단전재, 재배포 금지]", "YTN"],
    ["< Copyright ⓒ MBN(www.mbn.co.kr) 무단전재 및 재배포 금지 >", "MBN"],
    ["- Copyrights ⓒ 광주일보 - www.kwangju.co.kr", "광주일보"],
    ["저작권자 © CBS 노컷뉴스 무단전재 및 재배포 금지", "노컷뉴스"],
    ["ⓒ경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 및 재배포 금지", "경향신문"],
    ["Copyright ⓒ Hankookilbo 신문사", "한국일보"],
    ["<저작권자(c) 연합뉴스TV, 무단 전재-재배포 금지>", "연합뉴스TV"],
    ["Copyright © MBC&iMBC 무단 전재, 재배포 금지", "MBC"],
    ["Copyright ⓒ 2099 광주드림. All rights reserved.", "광주드림"],
    ["ⓒ 무등일보 & mdilbo.com, 무단 전재 및 재배포 금지", "무등일보"],
  ])("the copyright line %j names %s", (line, outlet) => {
    expect(canonicalOutletName(readCopyrightLine(line)?.name ?? "")).toBe(outlet);
  });

  test("reads every copyright form into the name as written", () => {
    expect(readCopyrightLine("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>")).toEqual({
      name: "뉴시스통신사",
      kind: "copyright",
    });
    expect(readCopyrightLine("Copyright © 2099 Example Daily. All rights reserved.")?.name).toBe("Example Daily");
    expect(readCopyrightLine("예시일보 기사를 무단 전재한 업체가 적발됐다.")).toBeNull();
  });
});
