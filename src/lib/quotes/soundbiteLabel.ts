// A broadcast script's soundbite label on its own line (`싱크-김예시/군수`, `인터뷰: 김예시 / 순천시장`).
const LABEL =
  /^\s*(?:싱크|씽크|인터뷰|녹취|SYNC|sync)\s*[-:)]\s*([가-힣]{2,4})\s*\/\s*([가-힣A-Za-z0-9·\s]{1,30}?)\s*$/u;

/**
 * The person a soundbite label names (`싱크-김예시/군수` → `김예시 군수`) and the label itself, for the
 * quote on the line after it; null when the line is not such a label.
 */
export function soundbiteLabel(line: string): { person: string; cue: string } | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const [cue, name = "", title = ""] = match;
  return { person: `${name} ${title}`.trim(), cue: cue.trim() };
}
