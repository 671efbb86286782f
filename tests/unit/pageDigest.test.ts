import { describe, expect, test } from "vitest";
import { pageDigest } from "../../src/io/pageReuse/pageDigest.ts";

describe("pageDigest: one page's version, file and model", () => {
  const model = { a: "경제·산업", n: [1, null, true] };

  test("the digest of a page is the one earlier builds recorded (their pages are reused)", () => {
    expect(pageDigest("v1", "quotes/가/index.html", model)).toBe("/zvnnA+4jSHtMdvFqee+Ic+j1vE=");
    expect(pageDigest("", "", null)).toBe("PKPkkkh1Qn6CLSZc6z+D3Qy6450=");
  });

  test("the same model gives the same digest; any change to the model, the file or the version changes it", () => {
    const digest = pageDigest("v1", "quotes/가/index.html", model);
    expect(pageDigest("v1", "quotes/가/index.html", structuredClone(model))).toBe(digest);
    expect(pageDigest("v1", "quotes/가/index.html", { ...model, a: "경제\u2024산업" })).not.toBe(digest);
    expect(pageDigest("v1", "quotes/나/index.html", model)).not.toBe(digest);
    expect(pageDigest("v2", "quotes/가/index.html", model)).not.toBe(digest);
  });

  test("the version and the file are kept apart: moving a character from one to the other changes it", () => {
    expect(pageDigest("v1", "a", model)).not.toBe(pageDigest("v", "1a", model));
  });
});
