/**
 * Korean news outlets the importer knows by name: the national, economic, wire, broadcast and Honam
 * regional press, plus the smaller outlets met in real copied pages. The table helps read an outlet
 * (a romanised copyright line, a reporter's e-mail domain, a page address) and spell it the way the
 * outlet spells itself; an outlet missing from it is still read from a dateline or copyright line.
 *
 * Hosts and e-mail domains are filled only where they are known for certain; an empty list means
 * "not known", never "none".
 */

/** The kind of outlet, for reading the table (the finder treats every kind alike). */
export type OutletKind = "wire" | "national" | "economic" | "broadcast" | "regional" | "online";

/** One outlet of the table. */
export interface OutletEntry {
  /** The name as the outlet writes it, the value written to `outlet:` (e.g. `kbc광주방송`, `CNB뉴스`). */
  readonly name: string;
  /** Wire service, national daily, economic daily, broadcaster, regional paper or online outlet. */
  readonly kind: OutletKind;
  /**
   * Other names it goes by in text: English or romanised forms used in copyright lines
   * (`Gwangju Munhwa Broadcasting Corporation`), short forms (`매경닷컴`), names of its local
   * stations (`KBS광주`). Matched ignoring case and spaces. A name written as a web address
   * (`mk.co.kr`) is looked up among the hosts instead.
   */
  readonly aliases: readonly string[];
  /** Web hosts of its pages; a subdomain (`m.yna.co.kr`, `news.kbs.co.kr`) matches its host. */
  readonly hosts: readonly string[];
  /** E-mail domains of its reporters, when they differ from the hosts (hosts count as e-mail domains too). */
  readonly emailDomains: readonly string[];
  /** The dateline forms it usually opens an article with, as printed (with a made-up reporter). */
  readonly datelines: readonly string[];
}

/** A portal that republishes other outlets' articles: its copy names the original outlet, never the portal. */
export interface PortalEntry {
  /** The portal's name. */
  readonly name: string;
  /** Names it shows as a site name (`og:site_name`) or masthead. */
  readonly aliases: readonly string[];
  /** Web hosts of its copies. */
  readonly hosts: readonly string[];
}

function entry(
  name: string,
  kind: OutletKind,
  fields: { aliases?: string[]; hosts?: string[]; emailDomains?: string[]; datelines?: string[] } = {},
): OutletEntry {
  return Object.freeze({
    name,
    kind,
    aliases: Object.freeze(fields.aliases ?? []),
    hosts: Object.freeze(fields.hosts ?? []),
    emailDomains: Object.freeze(fields.emailDomains ?? []),
    datelines: Object.freeze(fields.datelines ?? []),
  });
}

/** The outlets, by kind. */
export const OUTLETS: readonly OutletEntry[] = Object.freeze([
  // Wire services.
  entry("연합뉴스", "wire", {
    aliases: ["Yonhap", "Yonhap News", "Yonhap News Agency"],
    hosts: ["yna.co.kr", "yonhapnews.co.kr"],
    datelines: ["(서울=연합뉴스)", "(광주=연합뉴스) 홍길동 기자 ="],
  }),
  entry("뉴시스", "wire", {
    aliases: ["NEWSIS", "공감언론 뉴시스", "뉴시스통신사"],
    hosts: ["newsis.com"],
    datelines: ["[서울=뉴시스]", "[광주=뉴시스]홍길동 기자 =", "【서울=뉴시스】"],
  }),
  entry("뉴스1", "wire", {
    aliases: ["News1", "뉴스원", "뉴스1코리아"],
    hosts: ["news1.kr"],
    datelines: ["(서울=뉴스1)", "(광주=뉴스1) 홍길동 기자 ="],
  }),
  entry("뉴스핌", "wire", {
    aliases: ["Newspim"],
    hosts: ["newspim.com"],
    datelines: ["[서울=뉴스핌]", "[광주=뉴스핌] 홍길동 기자 ="],
  }),

  // National dailies.
  entry("조선일보", "national", { aliases: ["Chosun Ilbo", "The Chosun Ilbo", "조선닷컴"], hosts: ["chosun.com"] }),
  entry("중앙일보", "national", { aliases: ["JoongAng Ilbo"], hosts: ["joongang.co.kr", "joins.com"] }),
  entry("동아일보", "national", { aliases: ["Dong-A Ilbo", "The Dong-A Ilbo", "동아닷컴"], hosts: ["donga.com"] }),
  entry("한겨레", "national", { aliases: ["한겨레신문", "Hankyoreh", "The Hankyoreh"], hosts: ["hani.co.kr"] }),
  entry("경향신문", "national", { aliases: ["Kyunghyang Shinmun", "경향닷컴"], hosts: ["khan.co.kr"] }),
  entry("한국일보", "national", { aliases: ["Hankook Ilbo", "The Hankook Ilbo"], hosts: ["hankookilbo.com"] }),
  entry("서울신문", "national", { aliases: ["Seoul Shinmun", "The Seoul Shinmun"], hosts: ["seoul.co.kr"] }),
  entry("국민일보", "national", { aliases: ["Kookmin Ilbo", "The Kookmin Ilbo"], hosts: ["kmib.co.kr"] }),
  entry("세계일보", "national", { aliases: ["Segye Ilbo"], hosts: ["segye.com"] }),
  entry("문화일보", "national", { aliases: ["Munhwa Ilbo"], hosts: ["munhwa.com"] }),
  entry("내일신문", "national", { hosts: ["naeil.com"] }),
  entry("아시아투데이", "national", { aliases: ["Asia Today"], hosts: ["asiatoday.co.kr"] }),
  entry("매일일보", "national", { datelines: ["[매일일보]", "[매일일보 홍길동 기자]"] }),

  // Economic dailies.
  entry("매일경제", "economic", {
    aliases: ["매경", "매경닷컴", "매일경제신문", "Maeil Business Newspaper", "Maeil Business", "MK"],
    hosts: ["mk.co.kr"],
  }),
  entry("한국경제", "economic", {
    aliases: ["한경", "한경닷컴", "한국경제신문", "Korea Economic Daily", "The Korea Economic Daily"],
    hosts: ["hankyung.com"],
  }),
  entry("서울경제", "economic", {
    aliases: ["서울경제신문", "Seoul Economic Daily"],
    hosts: ["sedaily.com"],
    datelines: ["[서울경제]"],
  }),
  entry("파이낸셜뉴스", "economic", {
    aliases: ["Financial News"],
    hosts: ["fnnews.com"],
    datelines: ["[파이낸셜뉴스]"],
  }),
  entry("머니투데이", "economic", {
    aliases: ["Money Today", "머투"],
    hosts: ["mt.co.kr"],
    datelines: ["[머니투데이 홍길동 기자]"],
  }),
  entry("아시아경제", "economic", {
    aliases: ["Asia Economy"],
    hosts: ["asiae.co.kr"],
    datelines: ["[아시아경제 홍길동 기자]"],
  }),
  entry("헤럴드경제", "economic", {
    aliases: ["Herald Economy"],
    hosts: ["heraldcorp.com"],
    datelines: ["[헤럴드경제=홍길동 기자]"],
  }),
  entry("이데일리", "economic", {
    aliases: ["Edaily"],
    hosts: ["edaily.co.kr"],
    datelines: ["[이데일리 홍길동 기자]"],
  }),
  entry("아주경제", "economic", { hosts: ["ajunews.com"] }),
  entry("전자신문", "economic", { aliases: ["etnews", "Electronic Times"], hosts: ["etnews.com"] }),
  entry("디지털타임스", "economic", { aliases: ["Digital Times"], hosts: ["dt.co.kr"] }),
  entry("뉴스토마토", "economic", { aliases: ["News Tomato"], hosts: ["newstomato.com"] }),

  // Broadcasters.
  entry("KBS", "broadcast", {
    aliases: [
      "한국방송공사",
      "한국방송",
      "Korean Broadcasting System",
      "KBS1",
      "KBS2",
      "KBS광주",
      "KBS광주방송총국",
      "KBS목포",
      "KBS순천",
    ],
    hosts: ["kbs.co.kr"],
  }),
  entry("MBC", "broadcast", {
    aliases: ["문화방송", "Munhwa Broadcasting Corporation"],
    hosts: ["imbc.com"],
    emailDomains: ["mbc.co.kr"],
  }),
  entry("SBS", "broadcast", { aliases: ["Seoul Broadcasting System"], hosts: ["sbs.co.kr"] }),
  entry("JTBC", "broadcast", { hosts: ["jtbc.co.kr"] }),
  entry("YTN", "broadcast", { hosts: ["ytn.co.kr"] }),
  entry("MBN", "broadcast", { aliases: ["매일방송"], hosts: ["mbn.co.kr"] }),
  entry("채널A", "broadcast", { aliases: ["Channel A"], hosts: ["ichannela.com"] }),
  entry("TV조선", "broadcast", { aliases: ["TV CHOSUN"], hosts: ["tvchosun.com"] }),
  entry("연합뉴스TV", "broadcast", { aliases: ["Yonhap News TV"], hosts: ["yonhapnewstv.co.kr"] }),
  entry("한국경제TV", "broadcast", { aliases: ["한경TV"], hosts: ["wowtv.co.kr"] }),
  entry("EBS", "broadcast", { aliases: ["한국교육방송공사"], hosts: ["ebs.co.kr"] }),
  entry("CBS", "broadcast", { aliases: ["기독교방송"], hosts: ["cbs.co.kr"] }),
  entry("노컷뉴스", "online", { aliases: ["CBS노컷뉴스", "Nocut News"], hosts: ["nocutnews.co.kr"] }),
  entry("광주MBC", "broadcast", {
    aliases: ["광주문화방송", "Gwangju Munhwa Broadcasting Corporation", "Gwangju MBC", "kjmbc"],
    hosts: ["kjmbc.co.kr"],
  }),
  entry("여수MBC", "broadcast", {
    aliases: ["여수문화방송", "Yeosu Munhwa Broadcasting Corporation", "Yeosu MBC"],
    hosts: ["ysmbc.co.kr"],
  }),
  entry("목포MBC", "broadcast", {
    aliases: ["목포문화방송", "Mokpo MBC"],
    hosts: ["mpmbc.co.kr"],
    emailDomains: ["mokpombc.co.kr"],
  }),
  entry("전주MBC", "broadcast", { aliases: ["전주문화방송", "Jeonju MBC"] }),
  entry("kbc광주방송", "broadcast", {
    aliases: ["kbc", "광주방송", "광주KBC"],
    hosts: ["ikbc.co.kr"],
  }),
  entry("JTV전주방송", "broadcast", { aliases: ["JTV", "전주방송"] }),
  entry("KNN", "broadcast", { hosts: ["knn.co.kr"] }),
  entry("TBC", "broadcast", { aliases: ["대구방송"], hosts: ["tbc.co.kr"] }),
  entry("TJB", "broadcast", { aliases: ["대전방송"], hosts: ["tjb.co.kr"] }),

  // Honam regional press.
  entry("광주일보", "regional", { aliases: ["Kwangju Ilbo"], hosts: ["kwangju.co.kr"] }),
  entry("전남일보", "regional", { aliases: ["Jeonnam Ilbo"], hosts: ["jnilbo.com"] }),
  entry("무등일보", "regional", { aliases: ["Mudeung Ilbo"], hosts: ["mdilbo.com", "moodeungilbo.co.kr"] }),
  entry("광남일보", "regional", { aliases: ["Gwangnam Ilbo"], hosts: ["gwangnam.co.kr"] }),
  entry("남도일보", "regional", { aliases: ["Namdo Ilbo"], hosts: ["namdonews.com"] }),
  entry("광주매일신문", "regional", { aliases: ["광주매일"], hosts: ["kjdaily.com"] }),
  entry("전남매일", "regional", { aliases: ["전남매일신문", "Jeonnam Maeil"], hosts: ["jndn.com"] }),
  entry("광주드림", "regional", { hosts: ["gjdream.com"] }),
  entry("전라일보", "regional", { hosts: ["jeollailbo.com"] }),
  entry("전북일보", "regional", { hosts: ["jjan.kr"] }),
  entry("전북도민일보", "regional", { hosts: ["domin.co.kr"] }),

  // Other regional papers and online outlets met in copied pages.
  entry("금강일보", "regional", { hosts: ["ggilbo.com"] }),
  entry("기호일보", "regional", { hosts: ["kihoilbo.co.kr"] }),
  entry("광주뉴스", "regional", { hosts: ["gjnews.net"] }),
  entry("광주N광주", "online", { datelines: ["[광주N광주=홍길동 기자]"] }),
  entry("광주일등뉴스", "online", { hosts: ["igj.co.kr"], datelines: ["[광주일등뉴스=홍길동 기자]"] }),
  entry("뉴스깜", "online", { datelines: ["[뉴스깜]홍길동 기자="] }),
  entry("현장뉴스", "online", {
    aliases: ["field News"],
    hosts: ["fieldnews.co.kr"],
    datelines: ["[현장뉴스=홍길동 기자]"],
  }),
  entry("뉴스투데이24", "online", { hosts: ["newstoday.or.kr"] }),
  entry("CNB뉴스", "online", { aliases: ["cnbnews"], hosts: ["cnbnews.com"] }),
  entry("특급뉴스", "online", { hosts: ["expressnews.co.kr"] }),
  entry("폴리뉴스", "online", { aliases: ["Polinews"], hosts: ["polinews.co.kr"] }),
  entry("프레시안", "online", { aliases: ["Pressian"], hosts: ["pressian.com"] }),
  entry("오마이뉴스", "online", { aliases: ["OhmyNews"], hosts: ["ohmynews.com"] }),
]);

/** Portals whose copies carry other outlets' articles. */
export const PORTALS: readonly PortalEntry[] = Object.freeze([
  Object.freeze({
    name: "다음",
    aliases: Object.freeze(["Daum", "다음뉴스", "Kakao", "Kakao Corp", "카카오"]),
    hosts: Object.freeze(["daum.net"]),
  }),
  Object.freeze({
    name: "네이버",
    aliases: Object.freeze(["NAVER", "네이버 뉴스", "NAVER Corp", "Naver Corporation"]),
    hosts: Object.freeze(["naver.com", "naver.me"]),
  }),
  Object.freeze({ name: "뉴스픽", aliases: Object.freeze(["newspic"]), hosts: Object.freeze(["newspic.kr"]) }),
  Object.freeze({ name: "네이트", aliases: Object.freeze(["네이트 뉴스"]), hosts: Object.freeze(["nate.com"]) }),
  Object.freeze({ name: "줌", aliases: Object.freeze(["ZUM", "줌 뉴스"]), hosts: Object.freeze(["zum.com"]) }),
]);

/** Free e-mail services: a reporter's address there says nothing about the outlet. */
export const FREE_MAIL_DOMAINS: readonly string[] = Object.freeze([
  "hanmail.net",
  "daum.net",
  "naver.com",
  "nate.com",
  "gmail.com",
  "kakao.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "icloud.com",
  "yahoo.com",
  "yahoo.co.kr",
  "korea.com",
  "empal.com",
  "paran.com",
  "chol.com",
  "dreamwiz.com",
  "hanmir.com",
  "lycos.co.kr",
]);
