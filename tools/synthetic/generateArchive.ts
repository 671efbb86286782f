import { TOPIC_BANK } from "./banks/topics.ts";
import { generateArticle, type ArchiveCast } from "./article.ts";
import { generateOutsiders } from "./outsiders.ts";
import { distinctNames } from "./people.ts";
import { createRng } from "./random.ts";
import { siteYaml, speakersYaml, topicsYaml } from "./registryYaml.ts";
import { EXAMPLE_ORIGIN } from "../../src/lib/siteConfig/exampleOrigin.ts";
import { generateSpeakers } from "./speakers.ts";
import { plantRepeats, type RepeatOptions } from "./repeats.ts";
import type { SyntheticArchive } from "./types.ts";

/** How big a synthetic archive to make, and from which seed. */
export interface ArchiveOptions {
  /** Number of articles. */
  count: number;
  /** Any integer; the same seed and count give byte-identical output. */
  seed: number;
  /**
   * Plant re-reports and near misses (for statement clustering); absent, the archive is exactly
   * what it was before this option existed.
   */
  repeats?: RepeatOptions | undefined;
}

const SPEAKER_COUNT = 40;
const OUTSIDER_COUNT = 40;
const REPORTER_COUNT = 30;

/**
 * The cast of a seeded archive: registered speakers, unregistered people, reporters and topics.
 * It depends on the seed only, never on the count.
 */
export function archiveCast(seed: number): ArchiveCast {
  const names = distinctNames(createRng(seed, "names"), SPEAKER_COUNT + OUTSIDER_COUNT + REPORTER_COUNT);
  return {
    speakers: generateSpeakers(createRng(seed, "speakers"), names.slice(0, SPEAKER_COUNT)),
    outsiders: generateOutsiders(
      createRng(seed, "outsiders"),
      names.slice(SPEAKER_COUNT, SPEAKER_COUNT + OUTSIDER_COUNT),
    ),
    topics: TOPIC_BANK,
    reporters: names.slice(SPEAKER_COUNT + OUTSIDER_COUNT),
  };
}

/**
 * A deterministic synthetic archive of Korean press articles for scale and accuracy tests:
 * speakers.yaml, topics.yaml, site.yaml, `count` articles and the quotes planted in each. Article `i` is drawn
 * from its own stream, so the first `n` articles are the same whatever the count.
 */
export function generateArchive({ count, seed, repeats }: ArchiveOptions): SyntheticArchive {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, not ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  const cast = archiveCast(seed);
  const generated = Array.from({ length: count }, (_, index) =>
    generateArticle(createRng(seed, `article:${index}`), index, cast),
  );
  const registry = {
    speakersYaml: speakersYaml(cast.speakers),
    topicsYaml: topicsYaml(cast.topics),
    siteYaml: siteYaml(EXAMPLE_ORIGIN),
  };
  const files = generated.map((a) => a.file);
  const truth = generated.map((a) => a.truth);
  if (!repeats) return { ...registry, articles: files, truth };
  const planted = plantRepeats(seed, files, truth, repeats);
  return { ...registry, articles: planted.articles, truth: planted.truth, statements: planted.statements };
}
