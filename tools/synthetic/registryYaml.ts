import { Document, isSeq, visit } from "yaml";
import type { TopicBank } from "./banks/topics.ts";
import type { SyntheticSpeaker } from "./speakers.ts";

const SPEAKERS_HEADER =
  "# Synthetic speaker registry, generated for scale tests (not real people). Each entry: id, name,\n# aliases as the press writes them (longest first), roles over time (oldest first).\n";
const TOPICS_HEADER = "# Synthetic topic registry, generated for scale tests. Each entry: id, label, description.\n";

/** speakers.yaml for the synthetic archive: the registry entries, aliases in flow style. */
export function speakersYaml(speakers: readonly SyntheticSpeaker[]): string {
  const doc = new Document(speakers.map((s) => s.entry));
  visit(doc, {
    Pair(_key, pair) {
      if ((pair.key as { value?: unknown } | null)?.value === "aliases" && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return `${SPEAKERS_HEADER}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

/** site.yaml for the synthetic archive: a name saying what it is, on the example origin. */
export function siteYaml(origin: string): string {
  return [
    "# Synthetic archive, generated for scale tests (not real people or reports).",
    "name: 합성 시험 아카이브",
    "description: 시험용으로 지어낸 기사와 발언을 모았습니다. 실제 인물이나 보도가 아닙니다.",
    "language: ko",
    `origin: ${origin}`,
    "licence: 지어낸 시험용 자료입니다.",
    "",
  ].join("\n");
}

/** topics.yaml for the synthetic archive. */
export function topicsYaml(topics: readonly TopicBank[]): string {
  const doc = new Document(topics.map(({ id, label, description }) => ({ id, label, description })));
  return `${TOPICS_HEADER}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
