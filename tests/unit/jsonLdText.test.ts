import { describe, expect, test } from "vitest";
import { jsonLdText } from "../../src/lib/site/jsonLd.ts";

describe("jsonLdText: JSON-LD for a script element", () => {
  test("JSON without `<` or line separators is written as JSON.stringify writes it", () => {
    const data = { "@type": "Quotation", text: "경제·산업 “말”이다 > & '" };
    expect(jsonLdText(data)).toBe(JSON.stringify(data));
  });

  test("`<` and the line and paragraph separators are escaped, every one, and the JSON reads back the same", () => {
    const data = [{ text: "</script><b>가\u2028나\u2029다</b> <!--" }];
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<\u2028\u2029]/u);
    expect(text).toContain("\\u003c/script>\\u003cb>가\\u2028나\\u2029다\\u003c/b> \\u003c!--");
    expect(JSON.parse(text)).toEqual(data);
  });
});
