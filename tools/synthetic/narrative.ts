import { AGENCIES, VENUES } from "./banks/places.ts";
import { ACTIONS, ADVERBS, ATTENDEES, EVENTS, GROUPS, PERIODS, SLOGANS } from "./banks/phrases.ts";
import type { TopicBank } from "./banks/topics.ts";
import { amount, type Movement } from "./figures.ts";
import { josa } from "./hangul.ts";
import { dotJoin, varyDots } from "./middleDots.ts";
import type { Rng } from "./random.ts";
import type { Scene } from "./types.ts";

const objectParticle = (word: string): string => josa(word, "object").slice(word.length);

/** The parts of a topic label split at its middle dot (`경제·산업` → `경제`, `산업`). */
export function labelParts(topic: TopicBank): string[] {
  return topic.label.split("\u00B7");
}

/** A topic's label with a drawn middle-dot variant (`경제․산업`). */
export function printedLabel(rng: Rng, topic: TopicBank): string {
  return dotJoin(rng, labelParts(topic));
}

const nounsOf = (rng: Rng, scene: Scene, n: number): string[] =>
  rng.sample([...scene.topic.nouns, ...scene.others.flatMap((t) => t.nouns)], n);

/** The name of the meeting an article reports (`스마트공장 추진상황 보고회`). */
export function eventName(rng: Rng, topic: TopicBank): string {
  const subject = rng.chance(0.5) ? topic.label.split("\u00B7").join("") : rng.pick(topic.nouns);
  return `${subject} ${rng.pick(EVENTS)}`;
}

/**
 * The lead paragraph: optional dateline, the body, the day, the venue, who chaired it, who came,
 * and the event in ‘…’ (`광주시는 2일 시청 3층 중회의실에서 김민수 시장 주재로 … ‘…’를 가졌다.`).
 */
export function leadParagraph(rng: Rng, scene: Scene, chair: string | null, dateline: string | null): string {
  const attendees = rng.sample(ATTENDEES, rng.int(2, 3)).map((a) => varyDots(rng, a));
  const chaired = chair ? ` ${chair} 주재로` : "";
  return `${dateline ? `${dateline} ` : ""}${josa(scene.body, "topic")} ${scene.day}일 ${rng.pick(VENUES)}에서${chaired} ${attendees.join(", ")} 등이 참석한 가운데 ‘${scene.event}’${objectParticle(scene.event)} 가졌다.`;
}

type Paragraph = (rng: Rng, scene: Scene) => string;

/** Background and policy paragraphs, each one to three sentences, in the style of a city press release. */
export const NARRATIVE: readonly Paragraph[] = [
  (r, s) => {
    const nouns = nounsOf(r, s, 3);
    return `이날 ${josa(s.event, "topic")} ${nouns.join(", ")} 등 ${r.int(3, 15)}건의 ${printedLabel(r, s.topic)} 분야 ${dotJoin(r, ["권고", "제안"])}에 대한 추진상황을 점검하고 구체화 방안을 논의하기 위해 마련됐다.`;
  },
  (r, s) => {
    const groups = [s.topic, ...s.others].slice(0, 3).map((t) => `▲${printedLabel(r, t)}`);
    return `${s.place}혁신추진위는 그동안 ${groups.join(" ")} 등 ${groups.length}개 분과위원회를 구성해 ${dotJoin(r, ["워크숍", "포럼"])} 등 ${r.int(12, 80)}회에 걸쳐 ${dotJoin(r, ["관계기관", "단체"])}, ${r.pick(GROUPS)} 등의 의견을 들었다.`;
  },
  (r, s) => {
    const [noun = "", noun2 = "", noun3 = ""] = nounsOf(r, s, 3);
    return `또 ${noun} 도입, ${noun2} 강화, ${noun3} 확대 등을 통해 ${r.pick(GROUPS)}의 ${dotJoin(r, ["투명", "공정"])}성을 높여 나가고 있다.`;
  },
  (r, s) =>
    `아울러 정부에 ${r.pick(s.topic.nouns)} 지정을 신청하는 등 정부정책에 선제적으로 대응해 ${s.place} 지역 ${dotJoin(r, labelParts(s.topic))} 구조의 경쟁력을 높일 방침이다.`,
  (r, s) => {
    const [noun = "", noun2 = ""] = nounsOf(r, s, 2);
    return `${josa(s.body, "topic")} ${josa(noun, "object")} ${r.pick(ADVERBS)} ${r.pick(ACTIONS)}하는 한편, ${r.pick(AGENCIES)}, ${r.pick(AGENCIES)} 등 지역 내 기관과의 협업을 활성화해 ${noun2} 분야 혁신을 본격화해 나갈 계획이다.`;
  },
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `${s.body}에 따르면 ${s.year - 1}년 기준 ${s.place} 지역 ${r.pick(GROUPS)} ${amount(r, "명")} 가운데 ${amount(r, "%")}가 ${noun} 관련 지원을 받은 것으로 나타났다. 이는 전년보다 ${r.int(2, 30)}% 늘어난 수치다.`;
  },
  (r, s) =>
    `${s.body}의 설명을 들은 위원들은 ${r.pick(s.topic.nouns)} 실행은 당장의 성과도 중요하지만 앞으로 5년, 10년을 내다보는 계획이 되어야 하며 실현 가능성 등을 면밀히 분석해 ${josa(r.pick(GROUPS), "subject")} 체감할 수 있도록 해 달라고 요청했다.`,
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `${josa(noun, "topic")} ${s.year - r.int(1, 4)}년 시범사업으로 시작해 현재 ${amount(r, "곳")}에서 운영되고 있으며, ${r.pick(["올해", "내년", "하반기"])}부터 ${josa(varyDots(r, r.pick(["전 자치구", "읍·면·동", "산업단지", "공공기관"])), "direction")} 확대된다.`;
  },
  (r, s) => {
    const slogan = varyDots(r, r.pick(SLOGANS));
    return `${josa(s.place, "topic")} 그동안 ‘${slogan}’${objectParticle(slogan)} 내걸고 ${dotJoin(r, r.sample(labelParts(s.topic).concat(["행정", "복지", "교통", "환경"]), 3))} 등 각 분야에서 ${r.pick(GROUPS)} 중심의 정책을 펼쳐 왔다.`;
  },
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `특히 ${josa(noun, "topic")} ${r.pick(["다른 지자체의 벤치마킹 대상이 되고 있다", "정부 평가에서 우수사례로 선정됐다", "전국 최초로 도입된 제도다", "시민 만족도 조사에서 높은 점수를 받았다"])}.`;
  },
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `${josa(s.body, "topic")} 이를 위해 ${josa(r.pick(["전담 추진단", "민관 협의체", "전문가 자문단", "시민 모니터링단"]), "object")} 꾸리고 ${noun} 관련 조례 개정도 추진한다.`;
  },
  (r, s) => {
    const [a = "", b = ""] = nounsOf(r, s, 2);
    return `${a} 사업은 ${r.pick(["국비", "시비", "민간자본"])} ${amount(r, "억원")} 등 총 ${josa(amount(r, "억원"), "subject")} 투입되며, ${josa(b, "and")} 연계해 ${r.pick(["단계적으로", "권역별로", "시범지구부터"])} 추진된다.`;
  },
  (r, s) =>
    `${josa(s.place, "topic")} ${s.year - r.int(1, 3)}년 ${r.pick(["행정안전부", "국토교통부", "보건복지부", "산업통상자원부"])} 공모에서 ${josa(r.pick(s.topic.nouns), "subject")} 선정되면서 사업 추진에 탄력을 받게 됐다.`,
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `지역 ${dotJoin(r, ["시민사회", "전문가"])} 그룹은 ${josa(noun, "subject")} 실효를 거두려면 ${josa(r.pick(["예산의 지속성", "주민 참여", "성과 평가", "부서 간 협업"]), "subject")} 관건이라고 지적했다.`;
  },
  (r, s) =>
    `${josa(s.body, "topic")} ${r.pick(["상반기", "하반기", "연말"])}까지 ${amount(r, "곳")}의 ${r.pick(s.topic.nouns)} 현장을 점검하고, 점검 결과를 토대로 ${josa(r.pick(["개선 과제", "보완 대책", "중장기 로드맵"]), "object")} 마련할 예정이다.`,
  (r, s) => {
    const noun = r.pick(s.topic.nouns);
    return `앞서 ${josa(s.body, "topic")} 지난 ${r.int(1, 12)}월 ${josa(noun, "object")} 위한 ${r.pick(["업무협약을 체결했다", "기본계획을 발표했다", "실행계획을 확정했다", "종합대책을 내놓았다"])}.`;
  },
  (r, s) =>
    `이 자리에는 ${r.pick(["시의원", "구청장", "유관기관장", "대학 총장", "기업 대표"])} 등 ${r.int(20, 300)}여 명이 함께해 ${r.pick(s.topic.nouns)}에 대한 높은 관심을 보였다.`,
  (r, s) => {
    const [a = "", b = "", c = ""] = nounsOf(r, s, 3);
    return `${s.body} 관계자는 ${josa(a, "and")} ${b}, ${c} 등 주요 사업의 성과가 ${r.pick(["가시화되고 있다", "시민 체감으로 이어지고 있다", "점차 나타나고 있다"])}며 후속 조치를 서두르겠다고 설명했다.`;
  },
];

/** A paragraph reporting a policy item's figure (`스마트공장에 대한 내년도 재정투자를 올해 5억원에서 40억원으로 대폭 확대`). */
export function figureParagraph(
  rng: Rng,
  scene: Scene,
  noun: string,
  label: string,
  figure: Movement,
  period: readonly [string, string],
): string {
  return `${josa(scene.body, "topic")} ${noun}에 대한 ${period[1]} ${label}${objectParticle(label)} ${period[0]} ${figure.from}에서 ${josa(figure.to, "direction")} 대폭 확대하는 한편, ${rng.pick(AGENCIES)}, ${rng.pick(AGENCIES)} 등 지역 내 기관과의 협업을 활성화하는 등 ${noun} 혁신을 본격화해 나갈 계획이다.`;
}

/** Indirect speech naming a speaker, with no quote marks (`김 시장은 … 당부했다.`). */
export function indirectParagraph(rng: Rng, scene: Scene, name: string): string {
  const nouns = rng.sample(scene.topic.nouns, 3);
  return rng.chance(0.5)
    ? `${josa(name, "topic")} 금년 한해 ${nouns.length}대 시정가치인 ‘${dotJoin(rng, nouns)}’${objectParticle(nouns.at(-1) ?? "")} 생활화해줄 것을 당부했다.`
    : `${josa(name, "topic")} ${josa(nouns[0] ?? "", "object")} ${rng.pick(ADVERBS)} ${rng.pick(ACTIONS)}해줄 것을 ${rng.pick(["주문했다", "당부했다", "지시했다"])}.`;
}

/** The closing `한편 …` paragraph. */
export function closingParagraph(rng: Rng, scene: Scene): string {
  const event = rng.pick(EVENTS);
  return `한편 ${josa(scene.body, "topic")} ${rng.int(1, 12)}월에 ${josa(rng.pick(GROUPS), "and")} 함께하는 ${event}${objectParticle(event)} 열어 ${rng.pick(scene.topic.nouns)} 추진 방향을 재정립해 나갈 계획이다.`;
}

/** A `## n. …` section heading naming two policy nouns and the topic's area. */
export function sectionHeading(rng: Rng, index: number, topic: TopicBank): string {
  const [a = "", b = ""] = rng.sample(topic.nouns, 2);
  return `## ${index}. ${a}, ${b} 등 ${printedLabel(rng, topic)} 분야`;
}

/** A period pair (`올해` → `내년도`) for a figure. */
export function pickPeriod(rng: Rng): readonly [string, string] {
  return rng.pick(PERIODS);
}
