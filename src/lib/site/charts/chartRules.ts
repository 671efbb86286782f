import { paths } from "../../exports/paths.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { SiteIndex } from "../siteIndex.ts";
import { timelineChart, type TimelineChart } from "./timeline.ts";

/** The wording of a speaker page's chart: its series are topics. */
export const SPEAKER_CHART = {
  id: "speaker-chart",
  seriesName: "주제",
  countingNote: "주제가 여럿인 발언은 그중 이 인물이 가장 자주 말한 주제 하나로 셉니다.",
} as const;

/** The wording of a topic page's chart: its series are speakers. */
export const TOPIC_CHART = { id: "topic-chart", seriesName: "인물" } as const;

/**
 * A speaker's quotes over time by topic: each quote under the one of its topics the speaker is
 * quoted on most; the four most quoted topics drawn apart, `그 밖의 주제` the rest, `주제 없음` quotes
 * filed under none. Linear in the speaker's quotes.
 */
export function speakerTimeline(site: Pick<SiteIndex, "topic">, quotes: readonly Quote[]): TimelineChart | null {
  return timelineChart(quotes, {
    keysOf: (quote) => quote.topics,
    infoOf: (id) => ({ label: site.topic.get(id)?.label ?? id, href: paths.topic(id) }),
    otherLabel: "그 밖의 주제",
    noneLabel: "주제 없음",
  });
}

/** Key of a quote's speaker on a topic's chart: the registry id, or the name the article gives. */
const NAME_PREFIX = "name:";

/**
 * A topic's quotes over time by speaker: the four most quoted speakers drawn apart (a registered
 * speaker by id, with a link; anyone else by the name the article gives), `그 밖의 인물` the rest,
 * `화자 미확인` the quotes whose speaker is not confirmed. Linear in the topic's quotes.
 */
export function topicTimeline(site: Pick<SiteIndex, "speaker">, quotes: readonly Quote[]): TimelineChart | null {
  return timelineChart(quotes, {
    keysOf: (quote) =>
      quote.level === "unconfirmed"
        ? []
        : quote.speaker !== null
          ? [quote.speaker]
          : quote.speakerName !== null
            ? [`${NAME_PREFIX}${quote.speakerName}`]
            : [],
    infoOf: (key) =>
      key.startsWith(NAME_PREFIX)
        ? { label: key.slice(NAME_PREFIX.length) }
        : { label: site.speaker.get(key)?.name ?? key, href: paths.speaker(key) },
    otherLabel: "그 밖의 인물",
    noneLabel: "화자 미확인",
  });
}
