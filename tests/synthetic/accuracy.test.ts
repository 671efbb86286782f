import { expect, test } from "vitest";
import { agreementWithTruth, describeMisses } from "../../tools/synthetic/agreement.ts";
import { buildCorpus } from "./corpus.ts";

// The extractor (src/lib/quotes/) against the quotes the generator planted, article by article: the
// same text, and the same speaker (the id; for an unregistered speaker, the name as written).
test.each([
  { count: 200, seed: 42 },
  { count: 200, seed: 2024 },
])(
  "the extractor finds ≥ 99% of the planted quotes of $count articles (seed $seed) with the right speaker",
  ({ count, seed }) => {
    const { generated, archive } = buildCorpus(count, seed);
    const agreement = agreementWithTruth(generated.truth, archive.quotes);
    const failing = [...agreement.byPattern]
      .filter(([, t]) => t.right < t.planted)
      .map(([p, t]) => `${p}: ${t.right}/${t.planted}`);
    console.log(
      `seed ${seed}: ${agreement.right}/${agreement.planted} planted quotes right (${(agreement.ratio * 100).toFixed(2)}%), ` +
        `${agreement.found} found by text, ${agreement.extra} extra; patterns with misses: ${failing.join("; ") || "none"}`,
    );
    expect(agreement.planted).toBeGreaterThan(count);
    expect(agreement.ratio, `missed or misattributed:\n${describeMisses(agreement.misses)}`).toBeGreaterThanOrEqual(
      0.99,
    );
  },
);

const truthOf = (speaker: string | null, speakerName: string) => [
  { article: "a", quotes: [{ text: "혁신하겠다", speaker, speakerName, pattern: "named curly registered" }] },
];
const quoteOf = (
  speaker: string | null,
  speakerName: string | null,
  text = "혁신하겠다",
  kind: "body" | "headline" = "body",
) => ({
  id: "a--x",
  text,
  speaker,
  speakerName,
  article: "a",
  published: null,
  kind,
  statement: "a--x",
  part: 0,
  verb: "강조했다",
  position: kind === "body" ? { line: 1, offset: 0, paragraph: 0 } : null,
  context: "",
  origin: "extracted" as const,
  attribution: "named" as const,
  level: "certain" as const,
  cue: null,
  candidate: null,
  source: "person" as const,
  policies: [],
  topics: [],
  topicBasis: "article" as const,
  headlineMatch: null,
  cluster: null,
});

test.each([
  {
    case: "same text, same id",
    truth: truthOf("kim", "김민수"),
    quotes: [quoteOf("kim", "김민수")],
    right: 1,
    found: 1,
    extra: 0,
  },
  {
    case: "same text, other id",
    truth: truthOf("kim", "김민수"),
    quotes: [quoteOf("lee", "이영희")],
    right: 0,
    found: 1,
    extra: 0,
  },
  {
    case: "unregistered, same name",
    truth: truthOf(null, "박영희 광주시의회 의원"),
    quotes: [quoteOf(null, "박영희 광주시의회 의원")],
    right: 1,
    found: 1,
    extra: 0,
  },
  {
    case: "unregistered, other name",
    truth: truthOf(null, "박영희 광주대 교수"),
    quotes: [quoteOf(null, "광주대 교수")],
    right: 0,
    found: 1,
    extra: 0,
  },
  {
    case: "text not found",
    truth: truthOf("kim", "김민수"),
    quotes: [quoteOf("kim", "김민수", "다른 말")],
    right: 0,
    found: 0,
    extra: 1,
  },
  {
    case: "headline quotes are not body quotes",
    truth: truthOf("kim", "김민수"),
    quotes: [quoteOf("kim", "김민수", "혁신하겠다", "headline")],
    right: 0,
    found: 0,
    extra: 0,
  },
])("agreementWithTruth: $case", ({ truth, quotes, right, found, extra }) => {
  const agreement = agreementWithTruth(truth, quotes);
  expect({
    right: agreement.right,
    found: agreement.found,
    extra: agreement.extra,
    misses: agreement.misses.length,
  }).toEqual({
    right,
    found,
    extra,
    misses: 1 - right,
  });
});
