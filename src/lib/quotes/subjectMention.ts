import { attribute, type Attribution, type AttributionContext } from "./attribution.ts";
import { sentenceEnds } from "./sentences.ts";

// What a sentence with no quote can tell about who the text is talking about.
const MENTIONS = new Set<Attribution["method"]>(["named", "reference", "source", "office", "continued", "subject"]);

/**
 * The subject the text last names in running text without quotes (`문 당선인은 31년간 공직생활을
 * 했다.`): a person (the one a following `그는`, `이어` or subjectless quote refers to), or an office,
 * anonymous or group source (then no person carries over). Undefined when the text names no subject.
 */
export function subjectMention(
  text: string,
  context: Omit<AttributionContext, "previous" | "near" | "headline">,
): Attribution | undefined {
  if (text.trim() === "") return undefined;
  const ends = [0, ...sentenceEnds(text, [])];
  for (let i = ends.length - 1; i >= 0; i -= 1) {
    const sentence = text.slice(ends[i], ends[i + 1] ?? text.length);
    if (sentence.trim() === "") continue;
    const found = attribute(sentence, "", { ...context, previous: () => null, near: () => false, headline: false });
    if (!MENTIONS.has(found.method)) continue;
    if (found.method === "subject" && found.source !== "organisation") continue;
    return found.method === "continued" && found.speakerName === null ? undefined : found;
  }
  return undefined;
}
