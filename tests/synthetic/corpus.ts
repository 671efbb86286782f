import { buildArchive, type Archive } from "../../src/lib/archive/buildArchive.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import type { SyntheticArchive } from "../../tools/synthetic/types.ts";

/** A generated archive and what buildArchive makes of it. */
export interface BuiltCorpus {
  generated: SyntheticArchive;
  archive: Archive;
}

/** Generates `count` articles from `seed` and builds them as the site would. */
export function buildCorpus(count: number, seed: number): BuiltCorpus {
  const generated = generateArchive({ count, seed });
  const archive = buildArchive({
    speakers: { path: "speakers.yaml", text: generated.speakersYaml },
    topics: { path: "topics.yaml", text: generated.topicsYaml },
    articles: generated.articles,
  });
  return { generated, archive };
}
