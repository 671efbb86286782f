import { describe, expect, test } from "vitest";
import { rankingWindow } from "../../src/lib/search/rankingWindow.ts";

const filler = (n: number): string => "광주시는 시민과 함께 ".repeat(n);

describe("the stretch of a long text that ranks a hit", () => {
  test("a short text is scored whole", () => {
    expect(rankingWindow("역학조사를 과감하게", [[0, 4]], 240)).toBe("역학조사를 과감하게");
  });

  test("the window holds the densest matches, not the first", () => {
    const text = `${filler(30)}역학조사${filler(30)}역학조사를 과감하게 하겠습니다${filler(30)}`;
    const lone = text.indexOf("역학조사");
    const pair = text.indexOf("역학조사를");
    const ranges: [number, number][] = [
      [lone, lone + 4],
      [pair, pair + 4],
      [pair + 6, pair + 10],
    ];
    const window = rankingWindow(text, ranges, 60);
    expect(window).toHaveLength(60);
    expect(window).toContain("역학조사를 과감하게");
  });

  test("a text with no match in it (the title matched) is scored from its start", () => {
    const text = filler(40);
    expect(rankingWindow(text, [], 50)).toBe(text.slice(0, 50));
  });

  test("a match near the end still gets a full window", () => {
    const text = `${filler(40)}과감하게`;
    const at = text.indexOf("과감하게");
    const window = rankingWindow(text, [[at, at + 4]], 50);
    expect(window).toHaveLength(50);
    expect(window.endsWith("과감하게")).toBe(true);
  });
});
