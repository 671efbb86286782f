import type { Article } from "../schemas/article.ts";
import type { Policy } from "../schemas/policy.ts";
import type { Quote } from "../schemas/quote.ts";
import type { Topic } from "../schemas/topic.ts";
import { foldForMatching } from "../text/normalize.ts";

// Keywords and texts are compared folded (NFC, one middle dot, one quote mark), without spaces and
// in lower case: `청렴 행정` finds `청렴행정`, `ai` finds `AI`.
const comparable = (text: string): string => foldForMatching(text).replace(/\s+/gu, "").toLowerCase();

/** The topics whose keywords a text contains, in registry order. */
export type TopicMatcher = (text: string) => string[];

/**
 * A matcher over the registry's topic keywords. A topic's label counts as one of its keywords
 * (`청렴행정`); a topic matches when any keyword occurs in the text once its `notKeywords`
 * (`복지부동`, which holds `복지`) are taken out.
 */
export function topicMatcher(
  topics: readonly Pick<Topic, "id" | "label" | "keywords" | "notKeywords">[],
): TopicMatcher {
  const table = topics.map((topic) => ({
    id: topic.id,
    keywords: [...new Set([topic.label, ...topic.keywords].map(comparable).filter((k) => k.length > 0))],
    notKeywords: topic.notKeywords.map(comparable).filter((k) => k.length > 0),
  }));
  // Every keyword by its first code unit: a text is read once, not once per keyword.
  const byFirst = new Map<number, { topic: number; keyword: string }[]>();
  table.forEach((topic, index) => {
    for (const keyword of topic.keywords) {
      const first = keyword.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push({ topic: index, keyword });
      else byFirst.set(first, [{ topic: index, keyword }]);
    }
  });
  return (text) => {
    const haystack = comparable(text);
    // Topics with a keyword somewhere in the whole text. Taking the notKeywords out (each replaced by
    // a space) only removes text, and a keyword has no space: no other topic can match.
    const found = new Uint8Array(table.length);
    for (let at = 0; at < haystack.length; at += 1) {
      const list = byFirst.get(haystack.charCodeAt(at));
      if (!list) continue;
      for (const { topic, keyword } of list)
        if (found[topic] === 0 && haystack.startsWith(keyword, at)) found[topic] = 1;
    }
    const ids: string[] = [];
    table.forEach((topic, index) => {
      if (found[index] === 0) return;
      if (topic.notKeywords.length === 0) ids.push(topic.id);
      else {
        const left = topic.notKeywords.reduce((rest, word) => rest.replaceAll(word, " "), haystack);
        if (topic.keywords.some((k) => left.includes(k))) ids.push(topic.id);
      }
    });
    return ids;
  };
}

/**
 * Files each quote under the topics its own words support: the topics whose keywords its words
 * contain and those of the policy items it speaks of, or, when there are none, the topics whose
 * keywords its sentence contains (`own`). When nothing
 * matches it falls back to its article's topics (`article`). A quote whose topics an editor chose
 * (`quotes: topics:` in front matter, basis `editor`) is left as it is. Linear in the quotes.
 */
export function fileQuoteTopics(
  quotes: readonly Quote[],
  articles: ReadonlyMap<string, Pick<Article, "topics">>,
  policies: ReadonlyMap<string, Pick<Policy, "topics">>,
  matcher: TopicMatcher,
): Quote[] {
  return quotes.map((quote) => {
    if (quote.topicBasis === "editor") return quote;
    const ofPolicies = quote.policies.flatMap((id) => policies.get(id)?.topics ?? []);
    let own = [...new Set([...matcher(quote.text), ...ofPolicies])];
    if (own.length === 0) own = matcher(quote.context);
    if (own.length > 0) return { ...quote, topics: own, topicBasis: "own" };
    return { ...quote, topics: [...(articles.get(quote.article)?.topics ?? [])], topicBasis: "article" };
  });
}
