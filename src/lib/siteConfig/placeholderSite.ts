import type { SiteConfig } from "../schemas/site.ts";
import { EXAMPLE_ORIGIN } from "./exampleOrigin.ts";

/**
 * The identity of an archive assembled in memory without a `site.yaml` (tests, benchmarks, the
 * synthetic corpus): a neutral name on the example origin. An archive read from a content folder
 * never gets it: there a missing `site.yaml` is an error (src/io/readArchiveSources.ts).
 */
export const PLACEHOLDER_SITE: SiteConfig = {
  name: "언론 발언 아카이브",
  description: "언론에 실린 발언을 기사 원문과 함께 모았습니다.",
  language: "ko",
  origin: EXAMPLE_ORIGIN,
  licence: "기사 원문의 저작권은 각 언론사에 있습니다.",
};
