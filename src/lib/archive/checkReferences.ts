import type { ParsedArticle } from "../articles/parseArticle.ts";
import { problem, type ContentProblem } from "../errors.ts";

/** The ids an article may point at. */
export interface KnownIds {
  /** Ids in `content/speakers.yaml`. */
  speakers: ReadonlySet<string>;
  /** Ids in `content/topics.yaml`. */
  topics: ReadonlySet<string>;
}

interface Reference {
  id: string;
  path: (string | number)[];
  kind: "speaker" | "topic";
}

function referencesOf(parsed: ParsedArticle): Reference[] {
  const { article } = parsed;
  return [
    ...article.speakers.map((id, i): Reference => ({ id, path: ["speakers", i], kind: "speaker" })),
    ...article.topics.map((id, i): Reference => ({ id, path: ["topics", i], kind: "topic" })),
    ...article.policies.flatMap((policy, p) =>
      policy.topics.map((id, i): Reference => ({ id, path: ["policies", p, "topics", i], kind: "topic" })),
    ),
    ...article.quotes.fix.flatMap((fix, f) =>
      fix.speaker
        ? [{ id: fix.speaker, path: ["quotes", "fix", f, "speaker"], kind: "speaker" } satisfies Reference]
        : [],
    ),
    ...article.quotes.topics.flatMap((choice, c) =>
      choice.topics.map((id, i): Reference => ({ id, path: ["quotes", "topics", c, "topics", i], kind: "topic" })),
    ),
    ...article.quotes.add.flatMap((add, a) =>
      add.speaker
        ? [{ id: add.speaker, path: ["quotes", "add", a, "speaker"], kind: "speaker" } satisfies Reference]
        : [],
    ),
  ];
}

/** Reports every speaker or topic id an article names that the registries do not have. */
export function checkReferences(parsed: ParsedArticle, known: KnownIds): ContentProblem[] {
  return referencesOf(parsed)
    .filter((ref) => !(ref.kind === "speaker" ? known.speakers : known.topics).has(ref.id))
    .map((ref) =>
      problem(
        { file: parsed.article.file, line: parsed.lineOf(ref.path), field: ref.path.join(".") },
        `unknown ${ref.kind} id \`${ref.id}\``,
        `add it to content/${ref.kind}s.yaml, or use an id that is there`,
      ),
    );
}
