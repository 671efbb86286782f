/**
 * Sources that are not a named person: anonymous ones (`시 관계자는`, `한 시민은`, `측근은`,
 * `공무원 A씨는`) and groups (`광주 국회의원들은`, `시민단체들은`). They are their own kind of source,
 * shown as the text names them, and never carried from or to a named person.
 */

/** What kind of source a phrase names. */
export type SourceKind = "anonymous" | "group";

const PARTICLE = "(?:은|는|이|가|도|들은|들이)";
const END = '(?=[\\s\\u201C\\u201D",…:·]|$)';
// A source word, with up to two words before it (`광주시 한 관계자`, `익명을 요구한 관계자`).
const ANONYMOUS = new RegExp(
  `((?:[가-힣A-Za-z0-9·]+\\s){0,2}(?:관계자|측근|소식통|당직자|참석자|목격자|주민|시민|상인|학부모|지인|[A-Z]씨|[가-힣A-Za-z0-9]+\\s?측))${PARTICLE}?${END}`,
  "gu",
);
const GROUP = new RegExp(`((?:[가-힣A-Za-z0-9·]+\\s){0,2}[가-힣]{2,}들)(?:은|는|이|가|도)?${END}`, "gu");
const MAYBE_SOURCE = /(?:관계자|측근|소식통|당직자|참석자|목격자|주민|시민|상인|학부모|지인|씨|측|들)/u;
// Words that make a plural a group of speakers rather than things (`의원들`, `시민단체들`).
// Heads of offices count too (`광주 구청장들`, `교육감들`), and people by their part (`학부모들`).
const GROUP_HEADS = new RegExp(
  `(?:${[
    ...["의원", "위원", "관계자", "시민", "주민", "단체", "회원", "교수", "학생", "상인", "대표", "후보", "당원"],
    ...["단체장", "기관장", "군수", "시장", "청장", "지사", "교육감", "장관", "총장", "의장", "위원장", "원장"],
    ...["학부모", "교사", "교직원", "농민", "어민", "노동자", "전문가", "공무원", "참석자", "유족", "피해자"],
  ].join("|")})들$`,
  "u",
);

/**
 * The anonymous or group source that is the subject at the end of `head` (the text before a quote),
 * or null. In a headline the particle may be missing (`광주 국회의원들 “…”`).
 */
export function sourceAtEnd(
  head: string,
  headline: boolean,
): { phrase: string; kind: SourceKind; index: number } | null {
  // Most heads name no such source: a cheap look for the source words first.
  if (!MAYBE_SOURCE.test(head)) return null;
  const tail = head.trimEnd();
  // With a subject particle the source may stand anywhere in the head (`시 관계자는 이날 …“`);
  // without one, only a headline's last words before the quote (`광주 국회의원들 “…”`).
  const subjectEnd = (match: RegExpMatchArray): boolean => {
    const particle = match[0].slice((match[1] ?? "").length);
    if (particle !== "") return true;
    return headline && /^\s*[,…:·]*\s*$/u.test(tail.slice((match.index ?? 0) + match[0].length));
  };
  const group = [...tail.matchAll(GROUP)].filter(subjectEnd).at(-1);
  if (group?.[1] && GROUP_HEADS.test(group[1])) return { phrase: group[1], kind: "group", index: group.index ?? 0 };
  const anonymous = [...tail.matchAll(ANONYMOUS)].filter(subjectEnd).at(-1);
  if (anonymous?.[1])
    return {
      phrase: anonymous[1].replace(/^(?:이날|또|한편|특히|그러나|하지만)\s/u, ""),
      kind: "anonymous",
      index: anonymous.index ?? 0,
    };
  return null;
}
