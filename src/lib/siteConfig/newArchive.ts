// What `npm run archive -- init DIR` writes: a content folder that checks and builds as it is, with
// the archive's identity left for the editor to fill in (every placeholder holds PLACEHOLDER_MARK,
// which `check` warns about) on the example origin (which `build` warns about), empty registries,
// and one invented example article showing the article format.
import { EXAMPLE_ORIGIN } from "./exampleOrigin.ts";
import { PLACEHOLDER_MARK } from "./parseSiteConfig.ts";

/** One file of a new archive: its path inside the content folder and its text. */
export interface NewArchiveFile {
  path: string;
  text: string;
}

const SITE_YAML = `# The archive's identity: what the site calls itself, what it collects, where it is served and who
# runs it. Every page title and header, the home page, the feeds, the JSON-LD, the sitemap,
# robots.txt, citations and the data exports take it from here. Replace each ${PLACEHOLDER_MARK} value:
# \`npm run archive -- check\` warns until none is left.
name: "${PLACEHOLDER_MARK}: 아카이브 이름 (예: 예시군수 언론 발언 아카이브)"
# The home page's introduction, and the description of pages without their own and of /rss.xml.
description: "${PLACEHOLDER_MARK}: 이 아카이브가 모으는 것을 한두 문장으로 (예: 언론에 실린 예시군수의 발언을 기사 원문과 함께 모았습니다.)"
# The language of the pages (<html lang>, the feeds, Open Graph): a BCP 47 tag.
language: ko
# The address the site is served at: https:// and the host, no path. While it is an example
# address, \`npm run build\` warns. ARCHIVE_SITE_URL replaces it for one build (a preview deploy).
origin: ${EXAMPLE_ORIGIN}
# Who runs the archive and how readers reach them (an e-mail address or a web address): shown in
# every page's footer. Remove the whole block to show none.
publisher:
  name: "${PLACEHOLDER_MARK}: 운영하는 사람이나 단체의 이름"
  contact: ${PLACEHOLDER_MARK}@example.org
# Shown in every page's footer and as the feeds' <copyright>.
licence: 기사 원문의 저작권은 각 언론사에 있습니다. 이 사이트는 발언과 출처를 기록합니다.
`;

const SPEAKERS_YAML = `# People quoted in the archive. Each entry: id (used in URLs and in articles' \`speakers:\`), name,
# aliases (how the press names the person in running text; the quote extractor matches these,
# longest first), roles (offices over time, oldest first: from/to as YYYY, YYYY-MM or YYYY-MM-DD).
# For example:
# - id: hong-gil-dong
#   name: 홍길동
#   nameLatin: Hong Gil-dong
#   aliases: [홍길동 예시군수, 홍길동 군수, 홍 군수, 홍길동]
#   roles:
#     - title: 예시군수
#       organisation: 예시군
#       from: 2022-07-01
#   description: 민선 8기 예시군수.
[]
`;

const TOPICS_YAML = `# Subjects articles, quotes and policy items are filed under. Each entry: id (used in URLs and in
# articles' \`topics:\`), label (the Korean name readers see), description. For example:
# - id: libraries
#   label: 도서관
#   description: 공공도서관과 작은 도서관 정책.
[]
`;

/** The example article's path: its year folder is the KST year of its \`published\`. */
export const EXAMPLE_ARTICLE_PATH = "articles/2025/2025-03-04-example-village-libraries.md";

const EXAMPLE_ARTICLE = `---
# An example article written by \`archive init\` to show the format: invented, not a real report.
# Delete it once the archive has articles of its own (README: content model lists every field).
title: 예시군, 주민이 고른 마을 도서관 세 곳 올해 연다
deck:
  - 빈 면사무소 건물 고쳐 작은 도서관으로
  - 저녁 9시까지 문 열어 달라는 요청도
published: 2025-03-04T10:30:00+09:00
outlet: 예시일보
reporter: 홍길순
# speakers: [hong-gil-dong]   # ids from speakers.yaml
# topics: [libraries]         # ids from topics.yaml
notes:
  - 형식을 보여 주려고 지어낸 예시 기사입니다. 실제 보도가 아닙니다.
---
예시군은 주민 제안 공모에서 가장 많은 표를 얻은 마을 도서관 사업을 올해 안에 마무리한다고 4일 밝혔다.

군은 읍내와 두 면의 비어 있던 면사무소 건물을 고쳐 작은 도서관 세 곳을 연다. 서가와 열람석, 아이들이 앉아 책을 읽을 수 있는 마루방을 들인다.

## 주민 제안에서 시작

사업은 지난해 주민 제안 공모에서 시작됐다. 공모에는 마흔 건이 넘는 제안이 들어왔고, 도서관 제안이 가장 많은 표를 받았다.

군 관계자는 “아이들이 걸어서 갈 수 있는 곳에 책 읽을 자리를 만드는 것이 목표”라고 말했다.

제안을 낸 주민들은 저녁 시간 개방도 요청했다. 한 주민은 “일을 마치고 들를 수 있게 저녁에도 문을 열면 좋겠다”고 했다.
`;

/** Every file of a new, empty archive, in the order they are written. */
export function newArchiveFiles(): NewArchiveFile[] {
  return [
    { path: "site.yaml", text: SITE_YAML },
    { path: "speakers.yaml", text: SPEAKERS_YAML },
    { path: "topics.yaml", text: TOPICS_YAML },
    { path: EXAMPLE_ARTICLE_PATH, text: EXAMPLE_ARTICLE },
  ];
}
