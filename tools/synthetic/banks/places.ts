/** A metropolitan city or province: how the press names it and its council. */
export interface Region {
  /** Official name, e.g. `광주광역시`. */
  full: string;
  /** Short name, e.g. `광주`. */
  short: string;
  /** The name with 시/도 as in `광주시는`. */
  city: string;
  /** True for a province (도지사), false for a city (시장). */
  province: boolean;
  /** Its districts or counties. */
  districts: readonly string[];
}

/** The regions the synthetic archive covers, Gwangju and its neighbours first. */
export const REGIONS: readonly Region[] = [
  {
    full: "광주광역시",
    short: "광주",
    city: "광주시",
    province: false,
    districts: ["동구", "서구", "남구", "북구", "광산구"],
  },
  {
    full: "전라남도",
    short: "전남",
    city: "전남도",
    province: true,
    districts: ["담양군", "화순군", "장성군", "영광군", "해남군", "보성군"],
  },
  {
    full: "전라북도",
    short: "전북",
    city: "전북도",
    province: true,
    districts: ["완주군", "진안군", "고창군", "부안군"],
  },
  {
    full: "부산광역시",
    short: "부산",
    city: "부산시",
    province: false,
    districts: ["해운대구", "수영구", "사하구", "금정구"],
  },
  { full: "대전광역시", short: "대전", city: "대전시", province: false, districts: ["유성구", "대덕구", "중구"] },
  { full: "대구광역시", short: "대구", city: "대구시", province: false, districts: ["수성구", "달서구", "달성군"] },
  { full: "울산광역시", short: "울산", city: "울산시", province: false, districts: ["울주군", "남구", "동구"] },
];

/** Government ministries, with what the press calls their minister. */
export const MINISTRIES = [
  "행정안전부",
  "산업통상자원부",
  "보건복지부",
  "국토교통부",
  "과학기술정보통신부",
  "문화체육관광부",
  "환경부",
  "고용노동부",
  "중소벤처기업부",
  "교육부",
] as const;

/** Where a meeting or briefing takes place (`시청 3층 중회의실에서`). */
export const VENUES = [
  "시청 3층 중회의실",
  "시청 대회의실",
  "시청 시민홀",
  "김대중컨벤션센터",
  "시의회 본회의장",
  "도청 서재필실",
  "구청 상황실",
  "국립아시아문화전당",
  "시민협치회의실",
  "청년센터 다목적홀",
  "산업단지 비즈니스센터",
  "종합상황실",
] as const;

/** Universities whose professors the press quotes. */
export const UNIVERSITIES = ["전남대", "조선대", "호남대", "광주대", "순천대", "목포대"] as const;

/** Public bodies narrative paragraphs cooperate with. */
export const AGENCIES = [
  "중소벤처기업청",
  "고용노동청",
  "지방국토관리청",
  "지방환경청",
  "문화재단",
  "테크노파크",
  "정보문화산업진흥원",
  "신용보증재단",
  "관광재단",
  "여성가족재단",
  "사회서비스원",
  "경제자유구역청",
] as const;
