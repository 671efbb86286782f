// A photo credit: `ⓒ이용섭 블로그 제공`, `(사진=광주시 제공)`, `/연합뉴스`, `광주시 제공`.
const CREDIT = /ⓒ|©|\(c\)|사진\s*[=:]|(?:제공|촬영|출처)\)?$|\/\s*\S+\s*(?:기자)?$/iu;
// A wire photo's credit closing its caption: `… [예시시 제공. 재판매 및 DB 금지]`.
const AGENCY_PHOTO_CREDIT = /\[[^\]]*(?:제공|촬영)[^\]]*(?:재판매|DB 금지)[^\]]*\]$/u;
// Lines that announce themselves as captions.
const CAPTION_START = /^(?:\[사진|\(사진|<사진|〈사진|사진\s*[=:]|\[포토\s*[=:]|이미지 확대\s)/u;

/**
 * True when a line is a photo caption: it starts with `▲`/`△` and carries a photo credit
 * (`▲광주광역시 이용섭 시장 ⓒ이용섭 블로그 제공`), or starts with `[사진=…]`/`(사진=…)`. A `▲`
 * list item without a credit is article text.
 */
export function isPhotoCaption(line: string): boolean {
  if (line.length > 300) return false;
  if (CAPTION_START.test(line) || AGENCY_PHOTO_CREDIT.test(line)) return true;
  return /^[▲△]/u.test(line) && CREDIT.test(line);
}

const WRAPPED = /^[([<〈](.*)[)\]>〉]$/u;

/**
 * The editorial note that stands for a removed caption, in the archive's wording:
 * `원문의 사진과 그 설명(▲… ⓒ… 제공)은 옮기지 않았다.` A caption printed in brackets loses them.
 */
export function captionNote(caption: string): string {
  const text = WRAPPED.exec(caption)?.[1] ?? caption;
  return `원문의 사진과 그 설명(${text})은 옮기지 않았다.`;
}
