// `npx tsx scripts/clusterQuality.ts [--articles 2000] [--seed 42]`: generates a corpus with planted
// repeats (reprints by other outlets, repeated quotes, near misses), builds it as the site does,
// clusters its quotes (thresholds may be overridden, e.g. `--set windowDays=14 --set containment=0.85`) and prints the pairwise precision and recall of the grouping against the
// planted truth, with the clustering time and the quote count.
import { parseArgs } from "node:util";
import { buildArchive } from "../src/lib/archive/buildArchive.ts";
import { CLUSTER_DEFAULTS, clusterQuotes, type ClusterOptions } from "../src/lib/trace/clusters.ts";
import { generateArchive } from "../tools/synthetic/generateArchive.ts";
import type { RepeatOptions, StatementTruth } from "../tools/synthetic/repeats.ts";

/** Shares of articles with planted repeats: enough pairs to measure, few enough to stay a minority. */
const REPEATS: RepeatOptions = { reprints: 0.08, quotes: 0.08, nearMisses: 0.06 };

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "2000" },
    seed: { type: "string", default: "42" },
    set: { type: "string", multiple: true, default: [] },
    misses: { type: "string", default: "0" },
    wrong: { type: "string", default: "5" },
  },
  strict: true,
});
const count = Number(values.articles);
const seed = Number(values.seed);
const missesToShow = Number(values.misses);
const wrongToShow = Number(values.wrong);
if (
  !Number.isInteger(count) ||
  count < 2 ||
  !Number.isInteger(seed) ||
  !Number.isInteger(missesToShow) ||
  !Number.isInteger(wrongToShow)
) {
  process.stderr.write(
    "usage: npx tsx scripts/clusterQuality.ts [--articles <n ≥ 2>] [--seed <integer>] [--misses <n>] [--wrong <n>] [--set <option>=<number>]…\n",
  );
  process.exit(2);
}

const settings: Partial<ClusterOptions> = {};
for (const pair of values.set) {
  const [key, value] = pair.split("=");
  if (!key || !(key in CLUSTER_DEFAULTS) || !Number.isFinite(Number(value))) {
    process.stderr.write(
      `--set ${pair}: expected <option>=<number>, options ${Object.keys(CLUSTER_DEFAULTS).join(", ")}\n`,
    );
    process.exit(2);
  }
  settings[key as keyof ClusterOptions] = Number(value);
}

const generated = generateArchive({ count, seed, repeats: REPEATS });
const archive = buildArchive({
  speakers: { path: "speakers.yaml", text: generated.speakersYaml },
  topics: { path: "topics.yaml", text: generated.topicsYaml },
  articles: generated.articles,
});

// The truth, by extracted quote: a planted quote is found when the extractor's words are its words.
const squash = (text: string): string => text.normalize("NFC").replace(/\s+/gu, " ").trim();
const statementOf = new Map<string, StatementTruth>();
const plantedByArticle = new Map<string, Map<string, StatementTruth>>();
generated.truth.forEach((article, i) => {
  const byText = new Map<string, StatementTruth>();
  article.quotes.forEach((quote, k) => {
    const mark = generated.statements?.[i]?.[k];
    if (mark) byText.set(squash(quote.text), mark);
  });
  plantedByArticle.set(article.article, byText);
});
let matched = 0;
let matchedInside = 0;
const bodyQuotes = archive.quotes.filter((q) => q.kind === "body");
for (const quote of bodyQuotes) {
  const planted = plantedByArticle.get(quote.article);
  const text = squash(quote.text);
  let mark = planted?.get(text);
  if (!mark && planted) {
    // The extractor may take a little more or less than the planted words (a reporting verb kept,
    // a clause left out): then the planted quote whose words it holds or lies inside, the longest.
    let best = "";
    for (const [words, candidate] of planted)
      if (words.length > best.length && words.length >= 10 && (text.includes(words) || words.includes(text))) {
        best = words;
        mark = candidate;
      }
    if (mark) matchedInside += 1;
  }
  if (mark) {
    statementOf.set(quote.id, mark);
    matched += 1;
  }
}

const articles = new Map(archive.articles.map((a) => [a.id, a]));
const quoteById = new Map(archive.quotes.map((q) => [q.id, q]));

/** Two quotes for reading: each one's speaker, publication, outlet, planted edit, cluster and words. */
function describePair(x: string, y: string): string {
  const line = (id: string): string => {
    const quote = quoteById.get(id);
    const article = quote ? articles.get(quote.article) : undefined;
    const mark = statementOf.get(id);
    return `  [${quote?.speaker ?? "?"} · ${article?.published?.slice(0, 10) ?? "undated"} · ${article?.outlet ?? "?"} · ${mark?.how ?? "?"} · ${clusterOf.get(id) ?? "no cluster"}] ${quote?.text}`;
  };
  return `${line(x)}\n${line(y)}\n`;
}
const started = performance.now();
const clusters = clusterQuotes(
  archive.quotes,
  (id) => {
    const article = articles.get(id);
    return article ? { published: article.published, outlet: article.outlet } : undefined;
  },
  settings,
);
const elapsed = performance.now() - started;

// Pairwise scores over the quotes whose truth is known (an extracted quote the truth does not know
// is its own statement, so any pair it joins counts against precision).
const clusterOf = new Map<string, string>();
for (const cluster of clusters) for (const member of cluster.members) clusterOf.set(member.quote, cluster.id);
const truthGroups = new Map<string, string[]>();
for (const [id, mark] of statementOf) truthGroups.set(mark.statement, [...(truthGroups.get(mark.statement) ?? []), id]);
let truePairs = 0;
let predictedPairs = 0;
let nearMissJoined = 0;
const wrong: string[] = [];
for (const cluster of clusters) {
  const ids = cluster.members.map((m) => m.quote);
  for (let a = 0; a < ids.length; a += 1)
    for (let b = a + 1; b < ids.length; b += 1) {
      predictedPairs += 1;
      const x = statementOf.get(ids[a] as string);
      const y = statementOf.get(ids[b] as string);
      if (x && y && x.statement === y.statement) truePairs += 1;
      else {
        if (x?.how === "near-miss" || y?.how === "near-miss") nearMissJoined += 1;
        if (wrong.length < wrongToShow) wrong.push(describePair(ids[a] as string, ids[b] as string));
      }
    }
}
// A cluster holds one report per article, so two quotes of one article (the same words printed
// twice) are no pair to find.
const articleOfQuote = (id: string): string | undefined => quoteById.get(id)?.article;
let actualPairs = 0;
let foundPairs = 0;
const missed: string[] = [];
/** Missed pairs by the edits of the two reports (`original+particle`, …). */
const missedByHow = new Map<string, number>();
for (const ids of truthGroups.values())
  for (let a = 0; a < ids.length; a += 1)
    for (let b = a + 1; b < ids.length; b += 1) {
      const x = ids[a] as string;
      const y = ids[b] as string;
      if (articleOfQuote(x) === articleOfQuote(y)) continue;
      actualPairs += 1;
      if (clusterOf.get(x) !== undefined && clusterOf.get(x) === clusterOf.get(y)) foundPairs += 1;
      else {
        const how = [statementOf.get(x)?.how, statementOf.get(y)?.how].sort().join("+");
        missedByHow.set(how, (missedByHow.get(how) ?? 0) + 1);
        if (missed.length < missesToShow) missed.push(describePair(x, y));
      }
    }

const percent = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
const nearMisses = [...statementOf.values()].filter((m) => m.how === "near-miss").length;
const sameWords = [...statementOf.values()].filter((m) => m.how === "same-words").length;
const lines = [
  `corpus: ${count} articles, seed ${seed}, repeats ${JSON.stringify(REPEATS)}`,
  `thresholds: ${JSON.stringify({ ...CLUSTER_DEFAULTS, ...settings })}`,
  `quotes: ${archive.quotes.length} (${bodyQuotes.length} body; ${matched} matched to planted quotes, ${matchedInside} of them by holding or lying inside the planted words)`,
  `truth: ${truthGroups.size} statements, ${actualPairs} same-statement pairs; ${nearMisses} near misses planted; ${sameWords} quotes are one speaker's same words again within 30 days by chance (one statement)`,
  `clusters: ${clusters.length}, ${clusters.reduce((n, c) => n + c.members.length, 0)} quotes, ${predictedPairs} pairs`,
  `precision: ${percent(truePairs, predictedPairs)} (${truePairs}/${predictedPairs}); near-miss pairs joined: ${nearMissJoined}`,
  `recall: ${percent(foundPairs, actualPairs)} (${foundPairs}/${actualPairs})`,
  `clustering time: ${elapsed.toFixed(0)} ms`,
];
process.stdout.write(`${lines.join("\n")}\n`);
if (missedByHow.size > 0)
  process.stdout.write(
    `missed pairs by planted edit: ${[...missedByHow]
      .sort((p, q) => q[1] - p[1])
      .map(([how, n]) => `${how} ${n}`)
      .join(", ")}\n`,
  );
if (wrong.length > 0) process.stdout.write(`some wrong pairs:\n${wrong.join("\n")}`);
if (missed.length > 0) process.stdout.write(`some missed pairs:\n${missed.join("\n")}`);
