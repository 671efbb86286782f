import { foldForMatching } from "../text/normalize.ts";
import { isPhotoCaption } from "./caption.ts";
import { endsLikeSentence, isNumberedHeading } from "./markdownBlock.ts";
import type { SourceLine } from "./types.ts";

/** A block of the article body: a paragraph or a section title, with its source line. */
export interface BodyBlock {
  /** 1-based source line. */
  line: number;
  /** The text as published. */
  text: string;
  /** True for a section title (written as a `##` heading). */
  heading: boolean;
}

/** The article text, and what was taken out of it for the editor. */
export interface ArrangedBody {
  /** The article text. */
  body: BodyBlock[];
  /** Photo captions taken out of the text. */
  captions: string[];
  /** Lines after the end of the article that read like text, so were kept: the editor decides. */
  keptAfterEnd: { line: number; text: string; endLine: number }[];
}

const ELLIPSIS = /(?:…|\.{3})$/u;

/**
 * Sorts the lines from the lead on into the body: photo captions out (kept for the notes), repeated
 * and truncated copies of paragraphs out, section titles marked. After the end of the article (its
 * copyright line, reporter footer, donation or comment block), short lines are removed and lines
 * that read like text are kept for the editor to judge. Records each removal in `removed`.
 */
export function arrangeBody(
  lines: readonly SourceLine[],
  removed: Map<number, string>,
  lead: number,
  endIndex: number | undefined,
): ArrangedBody {
  const body: BodyBlock[] = [];
  const captions: string[] = [];
  const keptAfterEnd: ArrangedBody["keptAfterEnd"] = [];
  const seen = new Map<string, number>();
  const candidates = [...lines.keys()].filter((i) => i >= lead && lines[i]?.text !== "" && !removed.has(i));
  const texts = candidates.map((i) => ({ line: lines[i]?.line ?? 0, folded: foldForMatching(lines[i]?.text ?? "") }));
  for (const i of candidates) {
    const l = lines[i] as SourceLine;
    if (endIndex !== undefined && i > endIndex) {
      const endLine = lines[endIndex]?.line ?? 0;
      if (endsLikeSentence(l.text) && l.text.length > 40) keptAfterEnd.push({ line: l.line, text: l.text, endLine });
      else {
        removed.set(i, `below the end of the article (line ${endLine})`);
        continue;
      }
    }
    if (l.hint === "caption" || isPhotoCaption(l.text)) {
      captions.push(l.text);
      removed.set(i, "photo caption (kept in notes)");
      continue;
    }
    const folded = foldForMatching(l.text);
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      removed.set(i, `duplicated paragraph (same as line ${earlier})`);
      continue;
    }
    const truncated = ELLIPSIS.test(l.text) ? folded.replace(ELLIPSIS, "").trim() : "";
    const fuller =
      truncated.length >= 20 ? texts.find((t) => t.folded !== folded && t.folded.startsWith(truncated)) : undefined;
    if (fuller) {
      removed.set(i, `truncated copy of the paragraph on line ${fuller.line}`);
      continue;
    }
    seen.set(folded, l.line);
    body.push({ line: l.line, text: l.text, heading: l.hint === "heading" || isNumberedHeading(l.text) });
  }
  return { body, captions, keptAfterEnd };
}
