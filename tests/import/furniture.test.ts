import { expect, test } from "vitest";
import { classifyFurniture } from "../../src/lib/import/furniture.ts";

test.each([
  ["메인화면으로", "navigation"],
  ["홈 > 행정 > 시정", "navigation"],
  ["정치", "navigation"],
  ["  • 페이스북 공유하기", "share"],
  ["• 카카오스토리 공유하기", "share"],
  ["이 기사를 공유합니다", "share"],
  ["• 인쇄하기", "share"],
  ["• 본문 글씨 크게", "share"],
  ["가-", "share"],
  ["URL 복사", "share"],
  ["댓글 0", "comments"],
  ["전체댓글 0", "comments"],
  ["댓글쓰기", "comments"],
  ["댓글삭제", "comments"],
  ["등록", "comments"],
  ["• 최신순", "comments"],
  ["삭제한 댓글은 다시 복구할 수 없습니다.", "comments"],
  ["그래도 삭제하시겠습니까?", "comments"],
  ["계정을 선택하시면 로그인·계정인증을 통해", "comments"],
  ["댓글을 남기실 수 있습니다.", "comments"],
  ["정기후원", "subscription"],
  ["이 기사의 구독료를 내고 싶습니다.", "subscription"],
  ["+1,000 원 추가", "subscription"],
  ["-10,000 원 추가", "subscription"],
  ["10,000", "subscription"],
  ["결제하기", "subscription"],
  ["매번 결제가 번거롭다면 CMS 정기후원하기", "subscription"],
  ["일부 인터넷 환경에서는 결제가 원활히 진행되지 않을 수 있습니다.", "subscription"],
  ["kb국민은행343601-04-082252 [예금주 프레시안협동조합(후원금)]으로 계좌이체도 가능합니다.", "bank"],
  ["프레시안에 제보하기제보하기", "tipoff"],
  ["ⓒ광주N광주 noljagwangju@gmail.com", "copyright"],
  ["<저작권자 © 예시일보 무단전재 및 재배포 금지>", "copyright"],
  ["Copyright © 2023 예시일보. All rights reserved.", "copyright"],
  ["hong@example.com", "email"],
  ["/예시일보 박솔잎 solip@example.com", "email"],
  ["관련기사", "related"],
  ["많이 본 뉴스", "related"],
])("%j is furniture: %s", (line, category) => {
  expect(classifyFurniture(line)?.category).toBe(category);
});

// Sentences of article text that mention comments, sharing, donations or copyright stay.
test.each([
  "이용섭 시장은 “혁신의 성과는 시민들의 지지로부터 나온다”면서 “시민사회, 관계 기관․단체 등 시민과의 소통을 통한 혁신이 되도록 적극 노력해 달라”고 주문했다.",
  "시는 시민 댓글 3천 건을 모두 공개했다.",
  "정보를 공유하기 위해 협의회를 열었다.",
  "시민단체는 정기후원 회원이 늘었다고 밝혔다.",
  "1. 시 공공기관, 시정 청렴문화, 용역 등 공공 분야",
  "▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공",
  "문의는 시 정책과 이메일 policy@example.go.kr로 하면 된다.",
  "혁신추진위 시정혁신권고․제안에 대한 시의 추진상황은 다음과 같다.",
])("%j is not furniture", (line) => {
  expect(classifyFurniture(line)).toBeNull();
});
