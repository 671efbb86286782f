// The article cache stores a unit's texts found in its file as places in it: unpacked with that
// file, the unit is the one packed, field order included.
import { describe, expect, test } from "vitest";
import { packUnit, unpackUnit } from "../../src/io/packedUnit.ts";
import { articleUnit, unitContextOf, type ArticleUnit } from "../../src/lib/archive/articleUnit.ts";
import { generateArchive } from "../../tools/synthetic/generateArchive.ts";
import { quoteRecord } from "../support/quoteRecord.ts";

const synthetic = generateArchive({ count: 40, seed: 11 });
const context = unitContextOf(
  { path: "speakers.yaml", text: synthetic.speakersYaml },
  { path: "topics.yaml", text: synthetic.topicsYaml },
);

describe("packUnit and unpackUnit", () => {
  test("parsed articles come back equal, field order included, with their texts left out", () => {
    if (!context) throw new Error("the synthetic registries do not parse");
    let quotes = 0;
    for (const file of synthetic.articles) {
      const unit = articleUnit(file, context);
      quotes += unit.quotes.length;
      const packed = packUnit(unit, file.text);
      expect(packed.unit.article?.body).toBe("");
      packed.unit.quotes.forEach((quote, i) => {
        if ((unit.quotes[i]?.text.length ?? 0) >= 16) expect(quote.text).toBe("");
      });
      const again = unpackUnit(structuredClone(packed), file.text);
      expect(again).toEqual(unit);
      expect(JSON.stringify(again)).toBe(JSON.stringify(unit));
    }
    // Articles with many quotes (every quote's place is kept, not only the first few).
    expect(quotes).toBeGreaterThan(synthetic.articles.length * 3);
  });

  test("texts not in the file, short or all Latin-1 are kept as they are", () => {
    const text =
      "---\ntitle: 가\n---\n시장은 “광주는 혁신과 연대의 길을 제시했다”면서 당부했다. Seoul is the capital city of Korea.";
    const unit: ArticleUnit = {
      quotes: [
        quoteRecord({
          text: "광주는 혁신과 연대의 길을 제시했다",
          context: "이 문장은 파일에 없는 문맥입니다, 길게 씁니다.",
        }),
        quoteRecord({ text: "Seoul is the capital city of Korea", context: "짧은 문맥" }),
      ],
      warnings: [],
      problems: [],
    };
    const packed = packUnit(unit, text);
    expect(packed.unit.quotes.map((q) => [q.text, q.context])).toEqual([
      ["", unit.quotes[0]?.context],
      ["Seoul is the capital city of Korea", "짧은 문맥"],
    ]);
    expect(unpackUnit(packed, text)).toEqual(unit);
  });
});
