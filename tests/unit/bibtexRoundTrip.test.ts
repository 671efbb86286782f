import { parse, type Entry } from "@retorquere/bibtex-parser";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bibtex } from "../../src/lib/citations/bibtex.ts";
import type { Citable } from "../../src/lib/citations/citable.ts";

const ARCHIVE_URL = "https://press-archive.example/quotes/2019-10-02-report--1weavdf/";

/** A dated quote citation whose every free-text field holds `text`. */
function citable(text: string, overrides: Partial<Citable> = {}): Citable {
  return {
    id: "2019-10-02-report--1weavdf",
    article: { title: text, outlet: text, reporter: text, published: "2019-10-02T18:24:00+09:00", url: undefined },
    quote: { text, speakerName: text },
    archiveUrl: ARCHIVE_URL,
    ...overrides,
  };
}

/**
 * Classic BibTeX (and biber's btparse) count every brace, a backslash before it or not: an entry is
 * readable only if its braces balance and the outer pair is not closed before the end.
 */
function bracesBalance(entry: string): boolean {
  let depth = 0;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === "{") depth++;
    else if (entry[i] === "}") {
      depth--;
      if (depth < 0 || (depth === 0 && i !== entry.length - 1)) return false;
    }
  }
  return depth === 0;
}

/**
 * LaTeX reads `~ ^ $ & # _ %` and `\` as active or command characters: once the escapes are taken
 * out (`\textbackslash{}` and the like, `\%`, `\{` and the like), none may remain in a field. The url
 * field is read verbatim and is left out.
 */
function noActiveCharacters(entry: string): boolean {
  return entry
    .split("\n")
    .slice(1, -1)
    .filter((line) => !line.startsWith("  url = "))
    .every((line) => !/[~^$&#_%\\]/u.test(line.replace(/\\text[a-z]+\{\}|\\[%&#_${}]/gu, "")));
}

/** Parses one entry with a real BibTeX parser that turns LaTeX back into Unicode text. */
function readBack(entry: string): Entry {
  // `language = {korean}` marks the entry as not English, so no sentence-casing of the title.
  const library = parse(entry, { languageAsLangid: true });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

/**
 * What BibTeX keeps of a text: runs of spaces and control characters read as one space. White space
 * at either end is dropped (the parser trims any Unicode white space there; the schemas trim it too).
 */
function asBibtexReads(text: string): string {
  return text.replace(/[\p{Cc} ]+/gu, " ").trim();
}

function expectSameFields(text: string): void {
  const entry = bibtex(citable(text));
  expect(bracesBalance(entry)).toBe(true);
  expect(noActiveCharacters(entry)).toBe(true);
  const { key, fields } = readBack(entry);
  const read = asBibtexReads(text);
  expect(key).toBe("2019-10-02-report--1weavdf");
  expect(fields.title).toBe(read);
  expect(fields.author).toEqual([{ name: read }]);
  expect(fields.journal).toBe(read);
  expect(fields.note).toBe(asBibtexReads(`${text}: “${text}”`));
  expect(fields.url).toBe(ARCHIVE_URL);
  expect(fields.year).toBe("2019");
}

describe("hostile text reads back as written", () => {
  test.each([
    ["{"],
    ["}"],
    ["~"],
    ["^"],
    ["\\"],
    ["%"],
    ["&"],
    ["#"],
    ["_"],
    ["$"],
    ["nested {braces {inside}} here"],
    ["unbalanced { brace"],
    ["unbalanced } brace"],
    ["trailing backslash \\"],
    ["\\textbf{not a command}"],
    ["50% & #1_$ ~ ^"],
    ["이용섭 광주시장 “혁신의 성과는 시민들의 지지로부터 나온다”"],
    ["‘광주형 일자리’ 협약"],
    ["2019--2020 ‘예산’ ''인용'' ``역따옴표''"],
    ["<b>굵게</b> | 막대"],
    ["a and b, c"],
    ["이름 기자"],
  ])("%s", (text) => {
    expectSameFields(text);
  });
});

describe("the url field", () => {
  test.each([
    [ARCHIVE_URL, ARCHIVE_URL],
    ["https://x.example/a?q=50%25&b=1#frag_1~x", "https://x.example/a?q=50%25&b=1#frag_1~x"],
    ["https://x.example/{a}?b={c}", "https://x.example/%7Ba%7D?b=%7Bc%7D"],
    ["https://x.example/a}b", "https://x.example/a%7Db"],
    ["https://x.example/a\\b", "https://x.example/a%5Cb"],
  ])("%s", (archiveUrl, expected) => {
    const entry = bibtex(citable("제목", { archiveUrl }));
    expect(bracesBalance(entry)).toBe(true);
    expect(readBack(entry).fields.url).toBe(expected);
  });
});

describe("the entry key", () => {
  test("every id the schemas allow is used as the key unchanged", () => {
    const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-\d+)?)?$/u);
    fc.assert(
      fc.property(id, (value) => {
        expect(readBack(bibtex(citable("제목", { id: value }))).key).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  test.each([["a b"], ["a,b"], ["a{b}"], ["a%b"], ["a}"], [""], ["광주"]])("an id like %j is refused", (id) => {
    expect(() => bibtex(citable("제목", { id }))).toThrow();
  });
});

describe("arbitrary Unicode titles, reporters and quotes", () => {
  const specials = fc.constantFrom(..."{}~^\\%&#_$<>|-'`!?,@\" \t\n\r\u00a0");
  const anyCodePoint = fc.string({ unit: "binary", minLength: 1, maxLength: 1 });
  // Text that is all spaces or control characters is an empty field to BibTeX (schemas refuse it).
  const text = fc
    .string({ unit: fc.oneof(specials, anyCodePoint, fc.constantFrom("광", "주", "“", "”")), maxLength: 40 })
    .filter((value) => asBibtexReads(value) !== "");

  test("read back as written (up to BibTeX's own whitespace rule)", () => {
    fc.assert(
      fc.property(text, (value) => {
        expectSameFields(value);
      }),
      { numRuns: 200 },
    );
  });
});
