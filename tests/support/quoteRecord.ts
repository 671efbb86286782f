import type { Quote } from "../../src/lib/schemas/quote.ts";

/**
 * A body quote record as the build makes one, certain and by a named person, with `fields`
 * replacing any of its values: for tests of what pages and steps do with a quote.
 */
export function quoteRecord(fields: Partial<Quote> = {}): Quote {
  return {
    id: "2019-10-02-a--0abc",
    text: "광주는 혁신의 길을 제시했다",
    speaker: "lee-yong-seop",
    speakerName: "이용섭",
    article: "2019-10-02-a",
    published: "2019-10-02T18:24:00+09:00",
    kind: "body",
    statement: "s1",
    part: 0,
    verb: "당부했다",
    position: null,
    context: "아울러 “광주는 혁신의 길을 제시했다”면서 당부했다.",
    origin: "extracted",
    attribution: "named",
    level: "certain",
    cue: null,
    candidate: null,
    source: "person",
    policies: [],
    topics: [],
    topicBasis: "article",
    headlineMatch: null,
    cluster: null,
    ...fields,
  };
}
