/**
 * The reporting verb of a statement: the last word of the text after its last quote, up to the
 * end of the sentence (`”고 감사의 마음을 전했다.` → `전했다`). In body text it must be a finite
 * verb ending in 다; in a headline the bare noun (`강조`) is kept.
 */
export function reportingVerb(tail: string, headline = false): string | null {
  const last = (tail.match(/[가-힣]+/gu) ?? []).at(-1);
  return last && (headline || last.endsWith("다")) ? last : null;
}
