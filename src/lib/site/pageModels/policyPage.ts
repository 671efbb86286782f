import type { Policy } from "../../schemas/policy.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { Topic } from "../../schemas/topic.ts";
import type { SiteIndex } from "../siteIndex.ts";
import { articleRef, type ArticleRef } from "./articleRef.ts";

/** Everything a policy item's page shows: the page renders from this alone. */
export interface PolicyPageModel {
  policy: Policy;
  article: ArticleRef | null;
  quotes: Quote[];
  topics: Topic[];
}

/** The model of a policy item's page. */
export function policyPageModel(site: SiteIndex, policy: Policy): PolicyPageModel {
  const article = site.article.get(policy.article);
  return {
    policy,
    article: article ? articleRef(article) : null,
    quotes: policy.quotes.flatMap((id) => site.quote.get(id) ?? []),
    topics: policy.topics.flatMap((id) => site.topic.get(id) ?? []),
  };
}
