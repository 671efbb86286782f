import { Document, isSeq } from "yaml";
import { articleFrontMatterSchema } from "../schemas/article.ts";
import type { ImportedFrontMatter } from "./types.ts";

// The schema's field order is the order editors read the front matter in.
const FIELD_ORDER = Object.keys(articleFrontMatterSchema.innerType().shape);
// Short id lists stay on one line, as in the shipped articles: `speakers: [lee-yong-seop]`.
const FLOW_LISTS = new Set(["speakers", "topics"]);

/**
 * Writes an article file: the front matter as YAML (fields in the schema's order, id lists on one
 * line, no line folding), a blank line, then the body.
 */
export function formatArticleFile(frontMatter: ImportedFrontMatter, body: string): string {
  const fields: Record<string, unknown> = frontMatter;
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]),
  );
  const doc = new Document(ordered);
  for (const key of FLOW_LISTS) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.endsWith("\n") ? body : `${body}\n`}`;
}
