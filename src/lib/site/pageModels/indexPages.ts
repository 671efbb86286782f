// The models of the pages that list a whole collection: `/archive/`, `/speakers/`, `/topics/`,
// `/policies/`. Each holds what its list shows of an item, and no more.
import type { Policy } from "../../schemas/policy.ts";
import type { SiteIndex } from "../siteIndex.ts";
import { articleItem, type ArticleListItem } from "./listPages.ts";

/** `/archive/`: each year with its number of articles, then the articles of no known year. */
export interface ArchiveIndexModel {
  years: { year: number; articleCount: number }[];
  undated: ArticleListItem[];
}

/** The model of `/archive/`. */
export function archiveIndexModel(site: SiteIndex): ArchiveIndexModel {
  return {
    years: [...site.articlesByYear].map(([year, articles]) => ({ year, articleCount: articles.length })),
    undated: site.undatedArticles.map(articleItem),
  };
}

/** A speaker on `/speakers/`: a link, their counts and who they are. */
export interface SpeakerIndexItem {
  id: string;
  name: string;
  description?: string;
  quoteCount: number;
  articleCount: number;
}

/** `/speakers/`: every speaker. */
export interface SpeakersIndexModel {
  speakers: SpeakerIndexItem[];
}

/** The model of `/speakers/`. */
export function speakersIndexModel(site: SiteIndex): SpeakersIndexModel {
  return {
    speakers: site.speakers.map(({ id, name, description }) => ({
      id,
      name,
      ...(description === undefined ? {} : { description }),
      quoteCount: site.quotesBySpeaker.get(id)?.length ?? 0,
      articleCount: site.articlesBySpeaker.get(id)?.length ?? 0,
    })),
  };
}

/** A topic on `/topics/`: a link, its counts and what it covers. */
export interface TopicIndexItem {
  id: string;
  label: string;
  description?: string;
  articleCount: number;
  quoteCount: number;
}

/** `/topics/`: every topic. */
export interface TopicsIndexModel {
  topics: TopicIndexItem[];
}

/** The model of `/topics/`. */
export function topicsIndexModel(site: SiteIndex): TopicsIndexModel {
  return {
    topics: site.topics.map(({ id, label, description }) => ({
      id,
      label,
      ...(description === undefined ? {} : { description }),
      articleCount: site.articlesByTopic.get(id)?.length ?? 0,
      quoteCount: site.quotesByTopic.get(id)?.length ?? 0,
    })),
  };
}

/** A policy item on `/policies/`: a link, its area and its date. */
export type PolicyIndexItem = Pick<Policy, "id" | "title" | "area" | "published">;

/** `/policies/`: every policy item, latest article first. */
export interface PoliciesIndexModel {
  policies: PolicyIndexItem[];
}

/** The model of `/policies/`. */
export function policiesIndexModel(site: SiteIndex): PoliciesIndexModel {
  return {
    policies: site.policies.map(({ id, title, area, published }) => ({
      id,
      title,
      ...(area === undefined ? {} : { area }),
      published,
    })),
  };
}
