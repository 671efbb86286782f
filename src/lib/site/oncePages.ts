// The pages an archive has once (home, the indexes, search, corrections) and its feeds, as models:
// what Astro renders besides the worker routes (src/lib/site/workerRoutes.ts). Under `npm run build`
// the content worker makes them from the site's data and hands Astro this small value instead of the
// whole archive; under `astro dev` they are made from the dev server's archive. Either way the route
// files render them with the same page functions.
import type { SiteConfig } from "../schemas/site.ts";
import { correctionFeedChannel } from "./correctionFeed.ts";
import { archiveCorrections } from "./corrections.ts";
import { feedChannel, type FeedChannel } from "./feedItems.ts";
import { correctionsPageModel, type CorrectionsPageModel } from "./pageModels/corrections.ts";
import { homePageModel, type HomePageModel } from "./pageModels/homePage.ts";
import {
  archiveIndexModel,
  policiesIndexModel,
  speakersIndexModel,
  topicsIndexModel,
  type ArchiveIndexModel,
  type PoliciesIndexModel,
  type SpeakersIndexModel,
  type TopicsIndexModel,
} from "./pageModels/indexPages.ts";
import { searchPageModel, type SearchPageModel } from "./pageModels/searchPage.ts";
import type { SiteIndex } from "./siteIndex.ts";

/** The archive's feeds as RSS channels: the whole archive's, the corrections', one per speaker and per topic (by id, in registry order). */
export interface FeedChannels {
  site: FeedChannel;
  corrections: FeedChannel;
  speakers: Map<string, FeedChannel>;
  topics: Map<string, FeedChannel>;
}

/** Everything Astro renders under `npm run build`: the site's identity, the one-off pages' models and the feeds. */
export interface OncePages {
  siteConfig: SiteConfig;
  home: HomePageModel;
  archiveIndex: ArchiveIndexModel;
  speakersIndex: SpeakersIndexModel;
  topicsIndex: TopicsIndexModel;
  policiesIndex: PoliciesIndexModel;
  corrections: CorrectionsPageModel;
  search: SearchPageModel;
  feeds: FeedChannels;
}

/** The one-off pages' models and the feeds of `site`. */
export function oncePagesOf(site: SiteIndex): OncePages {
  const config = site.siteConfig;
  return {
    siteConfig: config,
    home: homePageModel(site),
    archiveIndex: archiveIndexModel(site),
    speakersIndex: speakersIndexModel(site),
    topicsIndex: topicsIndexModel(site),
    policiesIndex: policiesIndexModel(site),
    corrections: correctionsPageModel(site),
    search: searchPageModel(site),
    feeds: {
      site: feedChannel({ subject: null, description: config.description, site: config, articles: site.articles }),
      corrections: correctionFeedChannel({ site: config, corrections: archiveCorrections(site.articles) }),
      speakers: new Map(
        site.speakers.map((speaker) => [
          speaker.id,
          feedChannel({
            subject: speaker.name,
            description: `${speaker.name} 관련 기사`,
            site: config,
            articles: site.articlesBySpeaker.get(speaker.id) ?? [],
          }),
        ]),
      ),
      topics: new Map(
        site.topics.map((topic) => [
          topic.id,
          feedChannel({
            subject: topic.label,
            description: `주제 ${topic.label} 관련 기사`,
            site: config,
            articles: site.articlesByTopic.get(topic.id) ?? [],
          }),
        ]),
      ),
    },
  };
}
