/** Who a policy is for (`시민`, `소상공인`). */
export const GROUPS = [
  "시민",
  "청년",
  "어르신",
  "소상공인",
  "중소기업",
  "학부모",
  "농어민",
  "장애인",
  "노동자",
  "자영업자",
  "취약계층",
  "직원",
  "공직자",
  "아이들",
  "여성",
  "관광객",
  "예술인",
  "이주민",
] as const;

/** How a measure is to be carried out (`속도감 있게`). */
export const ADVERBS = [
  "적극",
  "신속하게",
  "차질 없이",
  "체계적으로",
  "선제적으로",
  "꼼꼼하게",
  "과감하게",
  "속도감 있게",
  "책임감을 갖고",
  "현장 중심으로",
  "빈틈없이",
  "끝까지",
  "흔들림 없이",
  "면밀하게",
] as const;

/** What a measure does to a policy noun (`확대`, `구축`); each takes 하다. */
export const ACTIONS = [
  "확대",
  "추진",
  "강화",
  "도입",
  "구축",
  "개선",
  "점검",
  "마련",
  "지원",
  "확충",
  "조성",
  "운영",
  "신설",
  "정비",
  "재정립",
  "고도화",
  "활성화",
  "내실화",
] as const;

/** What a city wants to become (`대한민국의 미래`). */
export const GOALS = [
  "대한민국의 미래",
  "살고 싶은 도시",
  "기회의 땅",
  "청년이 돌아오는 도시",
  "아시아 문화중심도시",
  "AI 중심도시",
  "따뜻한 공동체",
  "일자리가 넘치는 도시",
  "안전한 도시",
  "민주·인권·평화의 도시",
  "미래 산업의 거점",
  "시민이 행복한 도시",
] as const;

/** Troubles a speaker says must be overcome. */
export const CRISES = [
  "코로나19",
  "경기침체",
  "인구감소",
  "기후위기",
  "고물가",
  "저출산",
  "지역소멸",
  "산업전환",
  "고용위기",
  "재정위기",
] as const;

/** What a speaker asks of citizens and staff. */
export const SUPPORT = ["지지", "협력", "참여", "성원", "동참", "신뢰", "관심"] as const;

/** Single-quoted slogans and event names, printed in ‘…’: emphasis, not quotes. */
export const SLOGANS = [
  "광주의 시간",
  "시민이 주인",
  "현장에 답이 있다",
  "사람 중심",
  "기본이 바로 선 도시",
  "빛의 도시",
  "함께 잘사는 공동체",
  "더 큰 도약",
  "시민과 함께",
  "혁신의 일상화",
  "한 걸음 더",
] as const;

/** Meetings an article reports (`시정혁신 추진상황 보고회`); the topic's label or a noun goes before them. */
export const EVENTS = [
  "추진상황 보고회",
  "정책토론회",
  "현안 점검회의",
  "새해 정례조회",
  "확대간부회의",
  "업무보고회",
  "시민 간담회",
  "성과 공유회",
  "비상대책회의",
  "추진단 출범식",
  "협약식",
  "정책설명회",
] as const;

/** Who attends (`관계공무원, 공공기관장 등`). */
export const ATTENDEES = [
  "관계공무원",
  "공공기관장",
  "실·국장",
  "자치구 부구청장",
  "위원회 위원",
  "시민사회단체 대표",
  "전문가",
  "기업인",
  "청년 대표",
  "시의원",
  "유관기관 관계자",
] as const;

/** Periods a figure moves between (`올해` → `내년도`). */
export const PERIODS = [
  ["올해", "내년도"],
  ["지난해", "올해"],
  ["현재", "2년 후"],
  ["상반기", "하반기"],
  ["올해", "2030년"],
] as const;

/** Reporting verbs, by what the quote does. */
export const VERBS = {
  statement: ["강조했다", "밝혔다", "말했다", "설명했다"],
  promise: ["약속했다", "밝혔다", "강조했다"],
  request: ["당부했다", "주문했다", "지시했다", "강조했다"],
  addition: ["덧붙였다", "말했다", "강조했다"],
} as const;

/** What a quote does: it states, promises, asks, or adds to what was said. */
export type Mood = keyof typeof VERBS;
