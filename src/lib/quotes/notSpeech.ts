import type { StatementSpans } from "./statements.ts";

// Quoted words the sentence says were written down, not said: a rule (`…”라고 명시돼 있다`), a title
// or a slogan (`…”라는 해시태그`, `…”라는 제목의`).
const WRITTEN_TAIL =
  /^\s*(?:이?라고|고)\s*(?:명시|규정|적시|기재|표기|적혀|쓰여|새겨)|^\s*(?:이?라는|는|란|이란)\s*(?:제목|해시태그|문구|구호|슬로건|표어|글귀|현수막|팻말|피켓|이름|명칭|조항|규정)/u;
// A quoting particle after the closing mark: what makes a short quoted word speech (`“안 돼”라고`).
const QUOTING = /^\s*(?:이?라고|고|이?라며|며|면서|이?라면서|하고|하며)(?:\s|$|,)/u;

/**
 * Why a quoted statement is not speech, or null when it is: quoted text the sentence says was
 * written (a rule, a title, a hashtag), or a single quoted word or name with no quoting particle
 * (`“연합뉴스” 기사`), which the press marks with double quotes for emphasis.
 */
export function notSpeech(statement: StatementSpans, text: string): "written" | "term" | null {
  if (WRITTEN_TAIL.test(statement.tail)) return "written";
  const only = statement.spans.length === 1 ? statement.spans[0] : undefined;
  if (only) {
    const words = text.slice(only.textStart, only.textEnd).trim();
    if (words.length <= 12 && !/\s/u.test(words) && !QUOTING.test(statement.tail)) return "term";
  }
  return null;
}
