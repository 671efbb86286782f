import { ACTIONS, ADVERBS, CRISES, GOALS, GROUPS, PERIODS, SLOGANS, SUPPORT, type Mood } from "./banks/phrases.ts";
import { amount, growth } from "./figures.ts";
import { josa, particle } from "./hangul.ts";
import { dotJoin, varyDots } from "./middleDots.ts";
import type { Rng } from "./random.ts";
import type { Scene } from "./types.ts";

type Sentence = (rng: Rng, scene: Scene, noun: string) => string;

const otherNoun = (rng: Rng, scene: Scene, noun: string): string =>
  rng.pick([...scene.topic.nouns, ...scene.others.flatMap((t) => t.nouns)].filter((n) => n !== noun));

const SENTENCES: Record<Exclude<Mood, "addition">, readonly Sentence[]> = {
  statement: [
    (_r, s, n) => `${josa(n, "topic")} ${s.place}의 미래를 좌우할 핵심 과제다`,
    (r, _s, n) => `지난 ${r.int(2, 6)}년 동안 ${n} 분야에서 의미 있는 성과를 거뒀다`,
    (r) => `${josa(r.pick(CRISES), "topic")} 위기이자 기회다`,
    (r) => `${josa(r.pick(GROUPS), "subject")} 체감하지 못하는 정책은 의미가 없다`,
    (_r, s) => `${josa(s.place, "topic")} 역사의 고비마다 가야 할 길을 제시했다`,
    (r) => `지금은 ${josa(r.pick(CRISES), "object")} 극복하기 위해 모든 역량을 결집해야 할 때다`,
    (r, s, n) => `${josa(n, "and")} ${josa(otherNoun(r, s, n), "topic")} 따로 갈 수 없는 문제다`,
    (r) => `현장에 답이 있고 ${r.pick(GROUPS)}의 목소리에 길이 있다`,
    (r, s, n) => `${dotJoin(r, [n, otherNoun(r, s, n)])} 분야의 경쟁력이 곧 ${s.place}의 경쟁력이다`,
    (r, _s, n) => `${r.pick(GROUPS)} ${r.int(3, 20)}명 가운데 ${r.int(2, 19)}명이 ${josa(n, "object")} 원하고 있다`,
    (r, s, n) => {
      const g = growth(r, r.pick(s.topic.units));
      return `${n} 관련 지표가 ${g.from}에서 ${josa(g.to, "direction")} 늘었다`;
    },
    (r, s) =>
      `${r.pick(SUPPORT)} 없이는 ${josa(varyDots(r, r.pick(GOALS)), "subject")} 될 수 없다는 것이 ${s.body}의 판단이다`,
    (r, _s, n) => {
      const slogan = varyDots(r, r.pick(SLOGANS));
      return `‘${slogan}’${particle(slogan, "copula") === "이다" ? "이라는" : "라는"} 구호에 그쳐서는 안 되고 ${n} 현장에서 증명돼야 한다`;
    },
    (r) =>
      `${r.pick(["불과 2년 전에는", "몇 년 전만 해도", "처음 시작할 때는"])} 상상조차 할 수 없었던 정책들이 현실화됐다`,
  ],
  promise: [
    (r, _s, n) =>
      `${josa(r.pick(GROUPS), "subject")} 체감할 수 있도록 ${josa(n, "object")} ${r.pick(ADVERBS)} ${r.pick(ACTIONS)}하겠다`,
    (r, s, n) => {
      const [p0, p1] = r.pick(PERIODS);
      const g = growth(r, "억원");
      return `${n} 예산을 ${p0} ${g.from}에서 ${p1} ${josa(g.to, "direction")} 대폭 늘리겠다${r.chance(0.3) ? `. ${s.body}의 역량을 여기에 모으겠다` : ""}`;
    },
    (r, s) => `${josa(s.place, "object")} ${josa(varyDots(r, r.pick(GOALS)), "direction")} 우뚝 세우겠다`,
    (r, _s, n) => `${r.pick(GROUPS)}의 목소리에 귀 기울여 ${n} 정책을 다시 설계하겠다`,
    (r, s, n) =>
      `${s.year + r.int(1, 6)}년까지 ${n} ${josa(amount(r, r.pick(s.topic.units.filter((u) => u !== "%").concat("곳"))), "object")} 새로 확보하겠다`,
    (r, s, n) =>
      `${josa(n, "and")} ${josa(otherNoun(r, s, n), "object")} 묶어 ‘${varyDots(r, r.pick(SLOGANS))}’의 기틀을 다지겠다`,
    (r, _s, n) => `${r.pick(GROUPS)}의 삶을 바꾸는 ${n}에 ${r.pick(ADVERBS)} 나서겠다`,
    (_r, _s, n) => `더 이상 ${n}에서 뒤처지지 않도록 모든 행정력을 집중하겠다`,
    (r, _s, n) => `${n}에 대해서는 ${r.pick(["무관용 원칙으로", "원칙대로", "끝까지 책임지고"])} 대응하겠다`,
  ],
  request: [
    (r, s) =>
      `${josa(s.place, "subject")} ${josa(varyDots(r, r.pick(GOALS)), "subject")} 되도록 ${r.pick(ADVERBS)} 노력해 달라`,
    (r, _s, n) => `직원 여러분은 ${n} 현장을 ${r.pick(ADVERBS)} 챙겨 주기 바란다`,
    (r, _s, n) => `${josa(n, "object")} ${r.pick(ADVERBS)} ${r.pick(ACTIONS)}해 ${r.pick(GROUPS)}의 불편을 덜어 달라`,
    (r, _s, n) => `${n} 추진 과정에서 ${r.pick(GROUPS)}의 의견을 충분히 들어야 한다`,
    (_r, _s, n) => `주먹구구식 탁상행정이 되지 않도록 ${n} 점검을 강화해 달라`,
    (r, _s, n) =>
      `관계 ${dotJoin(r, ["기관", "단체"])}와 긴밀히 협력해 ${josa(n, "object")} ${r.pick(ACTIONS)}해 주기 바란다`,
    (r) => `${r.pick(CRISES)} 상황에서 ${r.pick(GROUPS)}의 어려움을 덜 수 있는 대책을 마련해 달라`,
    (r, s, n) =>
      `${josa(s.body, "and")} ${r.pick(["자치구", "시의회", "시민사회", "정부"])}가 함께 ${josa(n, "object")} 챙겨야 한다`,
    (r) => `${josa(r.pick(SUPPORT), "and")} 연대의 힘으로 함께 열어가자`,
  ],
};

/**
 * The words of one quote: one to three sentences about the scene's topic (the first naming `noun`),
 * the last in the given mood; inner sentences end with `. `, the last has no full stop, as Korean
 * press prints a quote before `”고`.
 */
export function quoteWords(rng: Rng, scene: Scene, noun: string, mood: Mood): string {
  const last = mood === "addition" ? rng.pick(["statement", "promise"] as const) : mood;
  const count = rng.pick([1, 1, 2, 2, 2, 3]);
  const sentences: string[] = [];
  for (let i = 0; i < count - 1; i += 1) {
    const kind = rng.pick(["statement", "statement", "promise"] as const);
    sentences.push(rng.pick(SENTENCES[kind])(rng, scene, i === 0 ? noun : otherNoun(rng, scene, noun)));
  }
  sentences.push(rng.pick(SENTENCES[last])(rng, scene, count === 1 ? noun : otherNoun(rng, scene, noun)));
  return sentences.join(". ");
}
