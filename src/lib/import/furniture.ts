/** The kinds of page furniture the importer recognises on a line of its own. */
export type FurnitureCategory =
  | "navigation"
  | "share"
  | "portal"
  | "comments"
  | "subscription"
  | "bank"
  | "tipoff"
  | "copyright"
  | "email"
  | "related";

/** A line recognised as page furniture: its kind and the reason reported to the editor. */
export interface FurnitureMatch {
  /** What kind of furniture. */
  category: FurnitureCategory;
  /** Why it was removed, for the report. */
  reason: string;
}

const REASONS: Record<FurnitureCategory, string> = {
  navigation: "navigation",
  share: "share, print or font-size button",
  portal: "portal control (read aloud, translation, font size, auto summary)",
  comments: "comment widget",
  subscription: "subscription or donation block",
  bank: "bank account (donation block)",
  tipoff: "tip-off link",
  copyright: "copyright line",
  email: "reporter e-mail footer",
  related: "related-article list",
};

/** Furniture that sits below the article: once the text reaches one of these, the article has ended. */
export const END_OF_ARTICLE: ReadonlySet<FurnitureCategory> = new Set([
  "comments",
  "subscription",
  "bank",
  "tipoff",
  "copyright",
  "email",
  "related",
]);

const SNS =
  "페이스북|트위터|엑스|카카오톡|카카오스토리|카카오|밴드|네이버 ?블로그|네이버|라인|텔레그램|링크드인|sns|url|링크|기사|이메일|메일";

// Each pattern is matched against the whole line (a list bullet removed): furniture is a line of its
// own, so a sentence that merely mentions comments or sharing is never taken for it.
const RULES: readonly (readonly [FurnitureCategory, RegExp])[] = [
  [
    "navigation",
    /^(?:메인 ?화면으로|메인 ?화면|메인으로|홈으로|홈|home|전체 ?메뉴|메뉴|메뉴 ?(?:열기|닫기)|검색|기사 ?검색|검색어를 입력하세요|맨 ?위로|위로 ?가기|top|상단으로|이전 ?기사|다음 ?기사|이전글|다음글|목록|목록으로|뒤로 ?가기|(?:본문|주메뉴) ?바로가기)$/iu,
  ],
  ["navigation", /^(?:홈|home)\s*[>›»]/iu],
  // A section name on its own line, above the headline: `정치`, `사회`.
  [
    "navigation",
    /^(?:정치|경제|사회|문화|국제|스포츠|연예|오피니언|사설|칼럼|지역|전국|생활|교육|행정|자치|의회|it|과학|산업|기획|인물|포토|영상)$/iu,
  ],
  // A section breadcrumb: `정치 국회·정당`, `사회 행정/자치`.
  [
    "navigation",
    /^(?:정치|경제|사회|문화|국제|스포츠|연예|오피니언|지역|전국|생활|교육|행정|자치|의회|산업)\s+\S*[·/>›]\S*$/u,
  ],
  ["share", new RegExp(`^(?:${SNS})? ?(?:공유|공유하기|보내기|기사보내기)$`, "iu")],
  ["share", new RegExp(`^(?:${SNS})$`, "iu")],
  ["share", /^이 (?:기사|콘텐츠)를 공유(?:합니다|하세요)\.?$/u],
  // A row of share and utility buttons copied as one line: `인쇄 메일 url 공유 - +`.
  [
    "share",
    /^(?:(?:인쇄|메일|이메일|url|공유|스크랩|전송|보관|기사목록|오탈자 ?제보|후원하기|페이스북|트위터|카카오톡|카카오스토리|밴드|[-+]|가가)\s*){2,}$/iu,
  ],
  ["share", /^(?:전송|보관|기사 ?목록|오탈자 ?제보|(?:기사 ?)?메일 ?전송|기사 ?수정|기사 ?제보|SNS 기사보내기)$/iu],
  // Portal copies (Daum, Naver) and aggregators wrap the article in their own controls.
  ["portal", /^음성 ?재생(?: ?설정)?$/u],
  ["portal", /^번역 ?beta\b/iu],
  ["portal", /^글자 ?크기 ?설정(?:\s|$)/u],
  ["portal", /^이 글자 ?크기로 변경됩니다\.?$/u],
  ["portal", /^\(예시\) 가장 빠른 뉴스가 있고/u],
  ["portal", /^자동 ?요약(?:\s|$).*요약한 결과입니다\.?$/u],
  ["portal", /^전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다\.?$/u],
  ["portal", /주요 문장 추출 기술을 사용하여 .{0,30}요약한 결과입니다/u],
  [
    "portal",
    /^(?:3줄 ?요약|본문 ?전체 ?읽기|알림 문구가 한줄로 들어가는 영역입니다|광고 ?로드중|검색 ?입력폼|.{1,12} 상단 메뉴|제보 검색어 입력 영역 열기)$/u,
  ],
  [
    "share",
    /^(?:인쇄|인쇄하기|프린트|스크랩|스크랩하기|(?:url|링크|주소) ?복사(?:하기)?|기사 ?저장|북마크|(?:글자|글씨) ?크기(?: ?(?:조절|변경))?|(?:본문 )?(?:글씨|글자) ?(?:크게|작게)|가\+|가-|가가|확대|축소|좋아요|싫어요)$/iu,
  ],
  ["comments", /^(?:전체 ?)?댓글\s*[\d,]*\s*개?$/u],
  ["comments", /^댓글 ?(?:쓰기|삭제|보기|달기|작성|등록|닫기|수정|더보기|접기)$/u],
  ["comments", /^(?:등록|최신순|추천순|과거순|공감순|답글|답글 ?(?:쓰기|보기)|삭제|수정|신고|신고하기|취소|더보기)$/u],
  ["comments", /삭제하시겠습니까\??$/u],
  ["comments", /^삭제한 댓글은/u],
  ["comments", /댓글을 (?:남기실|작성하실|다실|쓰실|작성할|남길) 수 있습니다\.?$/u],
  ["comments", /^계정을 선택하시면/u],
  ["comments", /^(?:로그인|로그아웃|회원가입|로그인 ?후 .{0,30}|.{0,30}로그인이 필요합니다\.?)$/u],
  ["comments", /^(?:여러분의 의견을 남겨주세요|※ ?댓글 작성시 .*|\(\d+\)|\d+\s*\/\s*\d{3,4})$/u],
  [
    "subscription",
    /^(?:(?:cms ?)?정기 ?후원(?:하기)?|후원|후원하기|기사 ?후원하기|구독|구독하기|뉴스레터(?: 구독(?:하기)?)?|결제|결제하기|후원 ?회원(?: ?가입)?)$/iu,
  ],
  ["subscription", /구독료를 내고 싶습니다/u],
  ["subscription", /^[+-]?\s?[\d,]+\s?원?(?:\s?(?:추가|후원|결제))?$/u],
  ["subscription", /cms ?정기 ?후원/iu],
  ["subscription", /결제가 원활히 진행되지 않을 수 있습니다/u],
  ["bank", /(?:은행|농협|우체국|신협|새마을금고|카카오뱅크)\s*\d{2,}[\d-]{6,}/u],
  ["bank", /예금주/u],
  ["tipoff", /(?:제보하기|(?:기사|뉴스) ?제보)$/u],
  ["tipoff", /^제보$/u],
  ["copyright", /^[<(\[〈《]?\s*(?:ⓒ|©|\(c\)\s|copyright\b|저작권자)/iu],
  ["copyright", /무단\s?전재|재배포\s?금지|all rights reserved/iu],
  [
    "related",
    /^(?:관련\s?(?:기사|뉴스)|연관\s?기사|함께 (?:보면 좋은|볼만한) (?:기사|뉴스)|많이 본 (?:기사|뉴스)|인기\s?기사|주요\s?뉴스|최신\s?기사|이 시각 (?:주요|많이 본) 뉴스)(?:\s*더보기)?$/u,
  ],
];

const MAX_FURNITURE_LENGTH = 150;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const BULLET = /^[•●◦▪∙‣]\s*/u;

/** The line without a leading list bullet (`• 인쇄하기` → `인쇄하기`). */
export function withoutBullet(text: string): string {
  return text.trim().replace(BULLET, "");
}

/** True when the line holds an e-mail address. */
export function hasEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * Recognises a line of page furniture: navigation, share and font-size buttons, comment widgets,
 * subscription and donation blocks, bank details, tip-off links, copyright lines, reporter e-mail
 * footers, related-article headings. Returns null for anything else (article text included).
 */
export function classifyFurniture(line: string): FurnitureMatch | null {
  const text = withoutBullet(line);
  // A paragraph this long is article text, whatever words it contains.
  if (text.length > MAX_FURNITURE_LENGTH) return null;
  for (const [category, pattern] of RULES) {
    if (pattern.test(text)) return { category, reason: REASONS[category] };
  }
  // A short line with an address that is not a sentence: `노현서 기자 nohs@example.com`.
  if (text.length <= 80 && EMAIL.test(text) && !/다\.?["”’']?$/u.test(text)) {
    return { category: "email", reason: REASONS.email };
  }
  return null;
}
