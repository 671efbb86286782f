// fast-check generators of archive content: arbitrary text, and files that are almost right
// (real field names, Korean text, dates near the edge, YAML syntax slips, foreign front matter,
// unclosed delimiters, decomposed Hangul, CRLF, a byte-order mark).
import fc from "fast-check";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

const WORDS = [
  "이용섭",
  "광주시장",
  "혁신",
  "청렴문화",
  "시민",
  "정책",
  "예산",
  "회의",
  "스마트공장",
  "공공기관",
  "복지",
];
const VERBS = ["말했다", "강조했다", "당부했다", "지시했다", "밝혔다", "주문했다"];
const IDS = ["lee-yong-seop", "kim-chul", "a", "integrity", "welfare", "smart-factory", "Bad_Id", "x--y", "이용섭", ""];
const ALIASES = ["이용섭 시장", "이 시장", "이용섭", "김철", "시장", "이", "그는", "“", "", " "];
const MIDDLE_DOTS = ["·", "․", "‧", "ㆍ"];

/** A short run of Korean words, sometimes joined by a middle dot. */
export const koreanText = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), fc.constantFrom(" ", ...MIDDLE_DOTS))
  .map(([words, joint]) => words.join(joint));

/** Text that tends to trouble YAML or Markdown: sigils, quotes, tabs, keywords. */
const trickyText = fc.constantFrom(
  "",
  " ",
  "null",
  "~",
  "yes",
  "0x1F",
  "1e3",
  ":",
  "a: b",
  "- a",
  "#",
  "'",
  '"',
  "[",
  "{",
  "|",
  ">",
  "&a",
  "*a",
  "!!binary",
  "!!js/function 'f'",
  "@",
  "`",
  "%YAML 1.2",
  "\t",
  "\u0000",
  "\uD800",
  "---",
  "...",
);

/** Any short text: Korean, printable ASCII, any code points (lone surrogates too), or a tricky token. */
export const anyText = fc.oneof(
  koreanText,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 10 }),
  trickyText,
);

/** A date or date-time as an editor might write it: ISO 8601 near and past its edges, or not a date at all. */
export const dateText = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      time: fc.option(
        fc.record({
          hour: fc.integer({ min: 0, max: 25 }),
          minute: fc.integer({ min: 0, max: 61 }),
          second: fc.option(fc.integer({ min: 0, max: 61 })),
          fraction: fc.option(fc.integer({ min: 0, max: 999_999 })),
          separator: fc.constantFrom("T", " ", "t"),
          offset: fc.option(
            fc.oneof(
              fc.constantFrom("Z", "z", "+09:00", "-05:00", "+14:00", "-14:00", "+14:01", "+09:60", "+0900"),
              fc
                .record({
                  sign: fc.constantFrom("+", "-"),
                  hours: fc.integer({ min: 0, max: 19 }),
                  minutes: fc.integer({ min: 0, max: 99 }),
                  colon: fc.boolean(),
                })
                .map((o) => `${o.sign}${pad(o.hours)}${o.colon ? ":" : ""}${pad(o.minutes)}`),
            ),
          ),
        }),
      ),
    })
    .map(({ year, month, day, time }) => {
      const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      if (!time) return date;
      const seconds = time.second === null ? "" : `:${pad(time.second)}`;
      const fraction = time.second === null || time.fraction === null ? "" : `.${time.fraction}`;
      return `${date}${time.separator}${pad(time.hour)}:${pad(time.minute)}${seconds}${fraction}${time.offset ?? ""}`;
    }),
  fc.constantFrom(
    "2019-10-02T18:24:00+09:00",
    "2019-10-02 18:24:00",
    "2019.10.02 18:24",
    "2021-01-04",
    "2020-12-31T23:30:00-05:00",
    "2021-01-01T00:30:00+09:00",
    "2020-02-29",
    "2021-02-29",
    "0000-02-29",
    "0099-12-31T23:59:59Z",
    "2019-10-02T24:00",
    "  2019-10-02  ",
    "2019-1-2",
    "２０１９-１０-０２",
    "+002019-10-02",
    "2019",
  ),
  fc.string({ maxLength: 25 }),
);

/** A YAML scalar: plain, double- or single-quoted, a date, a number, a tag or alias, or raw text that may break YAML. */
export const yamlScalar = fc.oneof(
  { weight: 4, arbitrary: koreanText },
  { weight: 2, arbitrary: anyText.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: anyText.map((text) => `'${text.replaceAll("'", "''")}'`) },
  { weight: 1, arbitrary: anyText },
  { weight: 2, arbitrary: dateText },
  { weight: 1, arbitrary: fc.integer().map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "null",
      "true",
      "~",
      "[]",
      "{}",
      "&a 값",
      "*a",
      "*undefined",
      "!!str 2019",
      "!!timestamp 2019-10-02",
      "!!binary aGVsbG8=",
      "!!js/undefined",
      "!!map {a: 1}",
      "|\n  여러 줄\n  본문",
      ">-\n  접힌\n  줄",
    ),
  },
);

const idText = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...IDS) }, { weight: 1, arbitrary: yamlScalar });

/** A YAML list of `item`s, in block or flow style, indented for a field at `indent`. */
function yamlList(item: fc.Arbitrary<string>, indent: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(item, { maxLength: 3 }), fc.boolean())
    .map(([items, block]) =>
      block && items.length > 0 ? items.map((i) => `\n${indent}  - ${i}`).join("") : `[${items.join(", ")}]`,
    );
}

/** A YAML mapping of optional fields, as a block under a field at `indent` (or a list item when `dash`). */
function yamlObject(fields: Record<string, fc.Arbitrary<string>>, indent: string, dash = false): fc.Arbitrary<string> {
  const entries = Object.entries(fields).map(([name, value]) => fc.option(value.map((v) => `${name}: ${v}`)));
  return fc.tuple(...entries).map((lines) => {
    const present = lines.filter((line): line is string => line !== null);
    if (present.length === 0) return "{}";
    return present.map((line, i) => `\n${indent}${dash && i === 0 ? "- " : dash ? "  " : ""}${line}`).join("");
  });
}

function yamlObjectList(fields: Record<string, fc.Arbitrary<string>>, indent: string): fc.Arbitrary<string> {
  return fc
    .array(yamlObject(fields, `${indent}  `, true), { maxLength: 2 })
    .map((items) => (items.length === 0 ? "[]" : items.join("")));
}

/**
 * Generators of whole content files. `care` sets how often each part is right: at 1 about a third
 * of the articles parse; higher values make mostly valid files (for archives, where one bad file
 * fails the whole build).
 */
export function contentArbitraries(care: number) {
  /** Mostly `good`, now and then `other` (so that both valid and invalid files come out often). */
  function mostly<T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<T>, weight = 6): fc.Arbitrary<T> {
    return fc.oneof({ weight: weight * care, arbitrary: good }, { weight: 1, arbitrary: other });
  }

  const SPEAKER_IDS = fc.constantFrom("lee-yong-seop", "kim-chul");
  const TOPIC_IDS = fc.constantFrom("integrity", "welfare");
  /** A piece of text likely to be part of a quote in the generated bodies (for quote overrides). */
  const quotePiece = mostly(fc.constantFrom(...WORDS), yamlScalar, 3);

  const policy = {
    id: mostly(fc.constantFrom("smart-factory", "welfare-model"), idText),
    title: mostly(koreanText, yamlScalar),
    area: yamlScalar,
    summary: yamlScalar,
    topics: mostly(yamlList(TOPIC_IDS, "      "), yamlList(idText, "      ")),
    figures: yamlObjectList(
      {
        label: mostly(koreanText, yamlScalar),
        from: yamlScalar,
        to: mostly(koreanText, yamlScalar),
        period: yamlScalar,
      },
      "    ",
    ),
    keywords: mostly(yamlList(fc.constantFrom(...WORDS), "      "), yamlList(yamlScalar, "      ")),
  };

  const quoteOverrides = yamlObject(
    {
      fix: yamlObjectList(
        { match: quotePiece, speaker: mostly(SPEAKER_IDS, idText), speakerName: yamlScalar, verb: yamlScalar },
        "  ",
      ),
      exclude: yamlList(quotePiece, "  "),
      add: yamlObjectList(
        { text: quotePiece, speaker: mostly(SPEAKER_IDS, idText), speakerName: yamlScalar, verb: yamlScalar },
        "  ",
      ),
    },
    "  ",
  );

  const goodDate = mostly(
    fc.constantFrom("2021-01-04", "2021-06-30T10:00:00+09:00", "2021-03-01 09:00", "2021-01-01T00:30:00+09:00"),
    fc.constantFrom("2020-12-31T16:00:00Z", "2020-12-31T14:59:59Z", "2019-10-02T18:24:00+09:00"),
  );

  /** The value of each front-matter field: mostly what the schema wants, sometimes anything. */
  const FIELD_VALUES: Record<string, fc.Arbitrary<string>> = {
    title: mostly(koreanText, yamlScalar),
    deck: mostly(yamlList(koreanText, ""), yamlList(yamlScalar, "")),
    published: mostly(goodDate, fc.oneof(dateText, fc.constant("null"), yamlScalar)),
    dateNote: mostly(koreanText, yamlScalar),
    outlet: mostly(koreanText, yamlScalar),
    reporter: mostly(koreanText, yamlScalar),
    url: mostly(
      fc.constant("https://example.com/a"),
      fc.oneof(fc.constantFrom("http://x", "javascript:alert(1)", "ftp://x/y", "example.com"), yamlScalar),
    ),
    retrieved: mostly(goodDate, dateText),
    speakers: mostly(yamlList(SPEAKER_IDS, ""), yamlList(idText, "")),
    topics: mostly(yamlList(TOPIC_IDS, ""), yamlList(idText, "")),
    policies: mostly(fc.constant("[]"), yamlObjectList(policy, ""), 2),
    quotes: mostly(fc.constant("{}"), quoteOverrides, 1),
    notes: mostly(yamlList(koreanText, ""), yamlList(yamlScalar, "")),
  };

  const REQUIRED = ["title", "outlet", "published"];
  const OPTIONAL = Object.keys(FIELD_VALUES).filter((name) => !REQUIRED.includes(name));

  /** Lines that are YAML slips, anchors and aliases, or keys that are not fields. */
  const yamlSlip = fc.oneof(
    fc.constantFrom(
      "  bad indent: x",
      "\ttab: x",
      "key without colon",
      ": value",
      "- list item at the top",
      "? [complex, key]\n: value",
      "title: 두 번째 제목",
      "&anchor",
      "key: [unclosed",
      "key: {a: 1",
      "'unterminated",
      "%YAML 1.1",
      "<<: {title: 병합}",
      "titel: 오타",
      "__proto__: {title: x}",
      "constructor: x",
      "toString: x",
    ),
    fc
      .integer({ min: 1, max: 80 })
      .map((n) => `notes: &a [별칭]\ndeck: [${Array.from({ length: n }, () => "*a").join(", ")}]`),
    anyText,
  );

  /** Front matter lines: the required fields (each now and then missing), some optional ones, sometimes a slip. */
  const frontMatterLines = fc
    .tuple(
      fc.tuple(...REQUIRED.map((name) => fc.option(fc.constant(name), { freq: 10 * care }))),
      fc.shuffledSubarray(OPTIONAL, { maxLength: 5 }),
      fc.oneof(
        { weight: 4 * care, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(yamlSlip, { minLength: 1, maxLength: 2 }) },
      ),
      fc.nat(),
    )
    .chain(([required, optional, slips, at]) => {
      const names = [...required.filter((name): name is string => name !== null), ...optional];
      return fc
        .tuple(...names.map((name) => (FIELD_VALUES[name] ?? yamlScalar).map((v) => `${name}: ${v}`)))
        .map((lines) => {
          const all = [...lines];
          for (const slip of slips) all.splice(at % (all.length + 1), 0, slip);
          return all.join("\n");
        });
    });

  /** A paragraph of article text: plain, with quotes of every kind, a heading, raw HTML, or anything. */
  const paragraph = fc.oneof(
    koreanText.map((t) => `${t}.`),
    fc
      .tuple(fc.constantFrom(...ALIASES), koreanText, fc.constantFrom(...VERBS), fc.constantFrom("은", "는", ""))
      .map(([who, said, verb, particle]) => `${who}${particle} “${said}”라고 ${verb}.`),
    fc.tuple(koreanText, koreanText).map(([a, b]) => `이어 “${a}”면서 “${b}”고 주문했다.`),
    koreanText.map((t) => `그는 "${t}"고 말했다.`),
    koreanText.map((t) => `“${t}"고 밝혔다.`),
    koreanText.map((t) => `이 시장은 “${t}`),
    koreanText.map((t) => `‘${t}’ 사업을 추진한다.`),
    koreanText.map((t) => `## ${t}`),
    fc.constantFrom(
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "[링크](javascript:alert(1))",
      "**“강조”**이라고",
      "---",
      "- 목록\n- 항목",
      "> 인용",
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "```\n코드\n```",
    ),
    anyText,
  );

  const body = fc.array(paragraph, { maxLength: 5 }).map((ps) => ps.join("\n\n"));

  /** Text-level changes: decomposed Hangul, CRLF line ends, a byte-order mark. */
  const encoding = fc.record({ nfd: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean() });

  function encode(text: string, how: { nfd: boolean; crlf: boolean; bom: boolean }): string {
    const nfd = how.nfd ? text.normalize("NFD") : text;
    const crlf = how.crlf ? nfd.replaceAll("\n", "\r\n") : nfd;
    return how.bom ? `\uFEFF${crlf}` : crlf;
  }

  /** A whole article file that is nearly right: front matter in (mostly) YAML between delimiters, then a body. */
  const nearArticle = fc
    .record({
      open: mostly(
        fc.constant("---"),
        fc.constantFrom("---js", "--- js", "---yaml", "---json", "---toml", "----", "--", "---  ", ""),
        12,
      ),
      close: mostly(fc.constant("---"), fc.constantFrom("--- ", "---\t", "", "...", "----", "---x"), 12),
      lines: frontMatterLines,
      body,
      encoding,
    })
    .map(({ open, close, lines, body: text, encoding: how }) =>
      encode(`${open}\n${lines}\n${close}${close === "" ? "" : "\n"}\n${text}\n`, how),
    );

  /** One office in `roles`: mostly well formed. */
  const role = mostly(
    fc
      .record({ title: koreanText, organisation: koreanText, from: fc.constantFrom("2018-07-01", "2008-05", "2014") })
      .map((r) => `\n    - title: ${r.title}\n      organisation: ${r.organisation}\n      from: ${r.from}`),
    yamlObjectList({ title: yamlScalar, organisation: yamlScalar, from: dateText, to: dateText }, "  "),
  );

  /** A speaker entry: id, name, aliases (as the press names the person) and roles, mostly well formed. */
  const speakerEntry = fc
    .record({
      id: mostly(SPEAKER_IDS, idText),
      name: mostly(fc.constantFrom("이용섭", "김철"), yamlScalar),
      aliases: mostly(
        yamlList(fc.constantFrom("이용섭 시장", "이 시장", "이용섭", "김철 의원"), "  "),
        yamlList(
          fc.oneof(
            fc.constantFrom(...ALIASES).map((alias) => JSON.stringify(alias)),
            yamlScalar,
          ),
          "  ",
        ),
      ),
      roles: mostly(role, fc.constant("[]"), 2),
      extra: mostly(
        fc.constant(""),
        fc.oneof(
          yamlScalar.map((v) => `\n  description: ${v}`),
          yamlScalar.map((v) => `\n  nameLatin: ${v}`),
          yamlSlip.map((v) => `\n${v}`),
        ),
        2,
      ),
    })
    .map((e) => `- id: ${e.id}\n  name: ${e.name}\n  aliases: ${e.aliases}\n  roles: ${e.roles}${e.extra}`);

  /** A topic entry: id, label and description, mostly well formed. */
  const topicEntry = fc
    .record({
      id: mostly(TOPIC_IDS, idText),
      label: mostly(koreanText, yamlScalar),
      description: fc.option(mostly(koreanText, yamlScalar)),
    })
    .map(
      (t) => `- id: ${t.id}\n  label: ${t.label}${t.description === null ? "" : `\n  description: ${t.description}`}`,
    );

  /** A registry file of entries (mostly with distinct ids), or now and then any text. */
  function registryText(entry: fc.Arbitrary<string>, ids: string[]): fc.Arbitrary<string> {
    const entries = fc.array(entry, { minLength: 1, maxLength: ids.length + 1 });
    const distinct = entries.filter(
      (list) => new Set(list.map((e) => /^- id: (.*)$/mu.exec(e)?.[1])).size === list.length,
    );
    return mostly(
      fc.tuple(mostly(distinct, entries, 3), encoding).map(([list, how]) => encode(`${list.join("\n")}\n`, how)),
      anyText,
    );
  }

  /** A `speakers.yaml` that is nearly right (entries with ids, names, aliases, roles), or any text. */
  const speakersText = registryText(speakerEntry, ["lee-yong-seop", "kim-chul"]);

  /** A `topics.yaml` that is nearly right (entries with id, label, description), or any text. */
  const topicsText = registryText(topicEntry, ["integrity", "welfare"]);

  /** Where an article file sits: mostly a valid `articles/<year>/<id>.md`, sometimes not. */
  const articlePath = fc
    .tuple(
      mostly(fc.constant("2021"), fc.constantFrom("2019", "2020", "1999", "0000")),
      mostly(fc.constantFrom("2021-a", "2021-b", "2021-c", "x"), fc.constantFrom("Bad_Name", "a--b", "기사", "")),
    )
    .map(([year, id]) => `articles/${year}/${id}.md`);

  return {
    /** A whole article file that is nearly right. */
    nearArticle,
    /** A `speakers.yaml` that is nearly right, or any text. */
    speakersText,
    /** A `topics.yaml` that is nearly right, or any text. */
    topicsText,
    /** Where an article file sits: mostly a valid `articles/<year>/<id>.md`. */
    articlePath,
  };
}
