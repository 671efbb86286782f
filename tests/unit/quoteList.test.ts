import { describe, expect, test } from "vitest";
import type { QuoteCard } from "../../src/lib/site/pageModels/quoteCard.ts";
import { quoteCardHtml, quoteListHtml } from "../../src/lib/site/html/quoteList.ts";

const card: QuoteCard = {
  id: "2019-10-02-a--1",
  text: "시민의 삶을 바꾸는 <정책>과 “약속” & '실천'",
  speaker: "lee-yong-seop",
  speakerName: "이용섭",
  kind: "body",
  article: "2019-10-02-a",
  published: "2019-10-02T18:24:00+09:00",
  level: "certain",
};

describe("quoteCardHtml: one card of a quote list", () => {
  test("the quote links to its page; speaker, article and date follow, each in a span (the separator stays out of the links), text escaped", () => {
    const html = quoteCardHtml({ quote: card, articleTitle: "광주시 <예산> & 정책" }, false).html;
    expect(html).toBe(
      '<li class="quote-card"> <a class="quote-text" href="/quotes/2019-10-02-a--1/">' +
        "“시민의 삶을 바꾸는 &lt;정책&gt;과 “약속” &amp; &#39;실천&#39;”</a> " +
        '<p class="quote-meta"><span><a href="/speakers/lee-yong-seop/">이용섭</a></span> ' +
        '<span><a href="/articles/2019-10-02-a/">광주시 &lt;예산&gt; &amp; 정책</a></span> <span>2019년 10월 2일 18:24</span></p> </li>',
    );
  });

  test("beside the speaker's own quotes the speaker is left out; a headline says so; no title, no article link", () => {
    const html = quoteCardHtml({ quote: { ...card, kind: "headline" } }, true).html;
    expect(html).not.toContain("/speakers/");
    expect(html).not.toContain("/articles/");
    expect(html).toContain('<p class="quote-meta"><span>기사 제목</span> <span>2019년 10월 2일 18:24</span></p>');
  });

  test("an inferred speaker is marked 추정; an unconfirmed quote names no one: 화자 미확인", () => {
    const likely = quoteCardHtml({ quote: { ...card, level: "likely" } }, false).html;
    expect(likely).toContain('</a></span> <span title="화자를 문맥으로 추정">추정</span> ');
    expect(quoteCardHtml({ quote: card }, false).html).not.toContain("추정");
    const unconfirmed = quoteCardHtml(
      { quote: { ...card, speaker: null, speakerName: null, level: "unconfirmed" } },
      false,
    );
    expect(unconfirmed.html).toContain("<span>화자 미확인</span>");
  });

  test("a quote without a known speaker names the speaker as written, or 화자 미확인; no date, 게재일 미상", () => {
    const named = quoteCardHtml({ quote: { ...card, speaker: null, speakerName: "김 & 박" } }, false).html;
    expect(named).toContain("<span>김 &amp; 박</span>");
    const unknown = quoteCardHtml(
      { quote: { ...card, speaker: null, speakerName: null, published: null } },
      false,
    ).html;
    expect(unknown).toContain("<span>화자 미확인</span> <span>게재일 미상</span>");
  });

  test("a long quote is cut to an excerpt", () => {
    const html = quoteCardHtml({ quote: { ...card, text: "가".repeat(300) } }, false).html;
    expect(html).toContain(`“${"가".repeat(140)}…”`);
  });
});

describe("quoteListHtml: a list of cards", () => {
  test("the cards in order inside one list; an empty list is an empty list", () => {
    const second = { ...card, id: "2019-10-02-a--2", text: "둘째 발언" };
    const list = quoteListHtml([{ quote: card }, { quote: second }], true).html;
    expect(list.startsWith('<ul class="quote-list">')).toBe(true);
    expect(list.indexOf("/quotes/2019-10-02-a--1/")).toBeLessThan(list.indexOf("/quotes/2019-10-02-a--2/"));
    expect(list.match(/<li class="quote-card">/g)).toHaveLength(2);
    expect(quoteListHtml([]).html).toBe('<ul class="quote-list"></ul>');
  });
});
