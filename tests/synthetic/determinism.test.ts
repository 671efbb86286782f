import { describe, expect, test } from "vitest";
import { generateArchive, type ArchiveOptions } from "../../tools/synthetic/generateArchive.ts";
import { createRng, mulberry32 } from "../../tools/synthetic/random.ts";

const serialise = (options: ArchiveOptions): string => JSON.stringify(generateArchive(options));

describe("generateArchive is deterministic", () => {
  test.each([
    { name: "same count and seed", a: { count: 40, seed: 42 }, b: { count: 40, seed: 42 }, same: true },
    { name: "same negative seed", a: { count: 25, seed: -7 }, b: { count: 25, seed: -7 }, same: true },
    { name: "seed 42 against 43", a: { count: 40, seed: 42 }, b: { count: 40, seed: 43 }, same: false },
    { name: "seed 0 against 1", a: { count: 10, seed: 0 }, b: { count: 10, seed: 1 }, same: false },
  ])("$name → identical: $same", ({ a, b, same }) => {
    const first = serialise(a);
    const second = serialise(b);
    if (same) expect(second).toBe(first);
    else expect(second).not.toBe(first);
  });

  test.each([
    { seed: 42, part: "speakersYaml" as const },
    { seed: 42, part: "articles" as const },
    { seed: 42, part: "truth" as const },
  ])("a different seed changes $part", ({ seed, part }) => {
    const one = generateArchive({ count: 20, seed })[part];
    const other = generateArchive({ count: 20, seed: seed + 1 })[part];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(one));
  });

  test.each([
    { small: 5, large: 30, seed: 42 },
    { small: 1, large: 12, seed: 2024 },
  ])("the first $small of $large articles (seed $seed) do not depend on the count", ({ small, large, seed }) => {
    const few = generateArchive({ count: small, seed });
    const many = generateArchive({ count: large, seed });
    expect(many.articles.slice(0, small)).toEqual(few.articles);
    expect(many.truth.slice(0, small)).toEqual(few.truth);
    expect(many.speakersYaml).toBe(few.speakersYaml);
  });

  test.each([
    { count: -1, seed: 1 },
    { count: 1.5, seed: 1 },
    { count: 3, seed: 0.5 },
  ])("refuses count $count with seed $seed", (options) => {
    expect(() => generateArchive(options)).toThrow(/must be/u);
  });
});

describe("the seeded random source", () => {
  test.each([{ seed: 1 }, { seed: 42 }, { seed: 4294967295 }])("mulberry32($seed) repeats itself", ({ seed }) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    const draws = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(50);
  });

  test.each([
    { a: [42, "article:1"], b: [42, "article:2"] },
    { a: [42, "speakers"], b: [43, "speakers"] },
  ] as const)("streams $a and $b differ", ({ a, b }) => {
    const one = createRng(a[0], a[1]);
    const two = createRng(b[0], b[1]);
    expect(Array.from({ length: 5 }, () => two.next())).not.toEqual(Array.from({ length: 5 }, () => one.next()));
  });
});
