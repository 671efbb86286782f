import { ACTIONS } from "./banks/phrases.ts";
import type { TopicBank } from "./banks/topics.ts";
import { growth, type Movement } from "./figures.ts";
import { labelParts, pickPeriod } from "./narrative.ts";
import { dotJoin } from "./middleDots.ts";
import { josa } from "./hangul.ts";
import type { Rng } from "./random.ts";
import type { PolicyInput } from "../../src/lib/schemas/policy.ts";

/** A policy item of an article, and what the body says about it. */
export interface PlannedPolicy {
  /** The front-matter entry. */
  input: PolicyInput;
  /** The policy noun the body and quotes use (also its keyword). */
  noun: string;
  /** What the figure measures (`재정투자`). */
  measure: string;
  /** The figure's movement. */
  figure: Movement;
  /** The periods it moves between (`올해` → `내년도`). */
  period: readonly [string, string];
}

const MEASURES = ["재정투자", "지원 예산", "사업비", "지원 규모", "목표"] as const;

/**
 * Zero to three policy items for an article, from its topics. Ids are unique across the archive
 * because they carry the article's index: `economy-industry-00042-1`.
 */
export function planPolicies(rng: Rng, topics: readonly TopicBank[], index: number): PlannedPolicy[] {
  const count = rng.pick([0, 0, 1, 1, 1, 2, 2, 3]);
  return Array.from({ length: count }, (_, k): PlannedPolicy => {
    const topic = topics[k % topics.length] as TopicBank;
    const noun = rng.pick(topic.nouns);
    const action = rng.pick(ACTIONS);
    const unit = rng.pick(topic.units);
    const measure = unit === "억원" ? rng.pick(MEASURES) : "목표";
    const figure = growth(rng, unit);
    const period = pickPeriod(rng);
    const area = `${dotJoin(rng, labelParts(topic))} 분야`;
    const extra = topics.filter((t) => t !== topic && rng.chance(0.3)).map((t) => t.id);
    return {
      noun,
      measure,
      figure,
      period,
      input: {
        id: `${topic.id}-${String(index).padStart(5, "0")}-${k + 1}`,
        title: `${noun} ${measure} ${action}`,
        area,
        summary: `${noun}에 대한 ${period[1]} ${josa(measure, "object")} ${period[0]} ${figure.from}에서 ${figure.to}까지 ${action}.`,
        topics: [topic.id, ...extra],
        figures: [{ label: `${noun} ${measure}`, from: figure.from, to: figure.to }],
        keywords: [noun],
      },
    };
  });
}
