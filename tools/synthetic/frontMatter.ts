import { Document, isMap, isSeq, visit } from "yaml";
import type { PolicyInput } from "../../src/lib/schemas/policy.ts";

/** The front matter of a synthetic article, in the order editors write it. */
export interface SyntheticFrontMatter {
  /** Headline. */
  title: string;
  /** Summary bullets (left out when empty). */
  deck: string[];
  /** ISO 8601 with +09:00, or null when undated. */
  published: string | null;
  /** What is known about the date, when undated. */
  dateNote?: string;
  /** The outlet. */
  outlet: string;
  /** Byline, when there is one. */
  reporter?: string;
  /** Registered speakers quoted, in order of first quote. */
  speakers: string[];
  /** Topic ids. */
  topics: string[];
  /** Policy items. */
  policies: PolicyInput[];
  /** Editorial notes. */
  notes?: string[];
}

const FLOW_KEYS = new Set(["speakers", "topics", "keywords"]);

/**
 * Serialises front matter as YAML between `---` lines, the way the shipped articles look: id lists
 * and keywords in flow style (`speakers: [kim-min-su]`), empty lists left out.
 */
export function frontMatterBlock(data: SyntheticFrontMatter): string {
  const plain = Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
  const doc = new Document(plain);
  visit(doc, {
    Pair(_key, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === "string" && FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true;
      if (key === "figures" && isSeq(pair.value))
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
