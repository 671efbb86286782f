import type { Quote } from "../schemas/quote.ts";

/** The speaker as a page names them: the name, or `화자 미확인` when no one is confirmed. */
export function speakerLabel(quote: Pick<Quote, "speakerName"> & Partial<Pick<Quote, "level">>): string {
  return quote.level === "unconfirmed" || quote.speakerName === null ? "화자 미확인" : quote.speakerName;
}

/** How sure, in the page's words. */
export const LEVEL_LABEL: Record<Quote["level"], string> = {
  certain: "확실",
  likely: "추정",
  unconfirmed: "미확인",
};

const HOW: Record<Quote["attribution"], string> = {
  named: "기사 문장이 발언 앞에서 화자를 이름과 직함으로 밝힘",
  after: "기사 문장이 발언 뒤에서 화자를 밝힘",
  reference: "기사가 앞서 이름을 밝힌 사람을 성과 직함으로 가리킴",
  label: "방송 원고의 발언자 표시",
  source: "기사가 이름을 밝히지 않은 취재원 또는 집단",
  subject: "문장의 주어인 기관",
  continued: "앞 발언을 잇는 말(이어, 또한, 그는 등)로 앞 화자를 이어받음",
  carried: "화자가 따로 적혀 있지 않아 앞 문장의 화자로 추정",
  headline: "제목·부제의 발언으로, 제목이 밝힌 화자(또는 본문의 유일한 화자)로 추정",
  repeated: "같은 말이 기사 다른 곳에서 화자와 함께 인용됨",
  office: "기사가 이름 없이 직책만 밝힘",
  role: "기사가 직책만 밝혔으나, 기사 날짜에 그 직책을 맡은 사람이 인물 목록에 하나뿐이고 기사에도 나옴",
  question: "질문으로 인용된 말이라 답한 사람의 발언이 아님",
  unknown: "기사에서 화자를 찾지 못함",
  editor: "편집자가 확인함",
};

/**
 * Why the page names this speaker (or no one), in one Korean sentence: how it was found, the words
 * of the article that named them, and the editor's guess for an unconfirmed quote.
 */
export function attributionEvidence(quote: Pick<Quote, "attribution" | "cue" | "candidate" | "level">): string {
  const cue = quote.cue ? ` (기사 표현: ‘${quote.cue}’)` : "";
  const candidate =
    quote.level === "unconfirmed" && quote.candidate ? ` 추정 후보: ${quote.candidate}. 편집자 확인 전입니다.` : "";
  return `${LEVEL_LABEL[quote.level]}: ${HOW[quote.attribution]}${cue}.${candidate}`;
}
