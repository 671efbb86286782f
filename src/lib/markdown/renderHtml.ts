import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { EXIT, visit } from "unist-util-visit";
import type { BodyAnchors } from "./bodyAnchors.ts";
import { guardingRange } from "./bodyLimits.ts";
import { plainProseHtml } from "./plainProseHtml.ts";
import { rehypeAnchors } from "./rehypeAnchors.ts";

// Raw HTML in Markdown is parsed (rehype-raw) and then sanitised with GitHub's schema
// (rehype-sanitize): no script, no event handler, no `javascript:` URL. Our own anchors (heading
// ids, quote marks) are added after sanitising, so they keep their plain ids.
const toHastWithRaw = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .freeze();
// Most bodies hold no raw HTML: they skip the costly re-parse by parse5, and are still sanitised.
const toHastPlain = unified().use(remarkRehype).use(rehypeSanitize).freeze();

function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, "html", () => {
    found = true;
    return EXIT;
  });
  return found;
}
const stringifier = unified().use(rehypeStringify).freeze();

/**
 * Renders any body tree through the unified pipeline (raw HTML parsed and sanitised, anchors
 * added). {@link renderHtml} uses it for whatever is not plain prose; tests hold the direct path to it.
 */
export function pipelineHtml(tree: Root, anchors: BodyAnchors): string {
  const hast = (hasRawHtml(tree) ? toHastWithRaw : toHastPlain).runSync(tree) as HastRoot;
  rehypeAnchors(anchors)(hast);
  return stringifier.stringify(hast);
}

/**
 * Renders a parsed body tree to sanitised HTML with heading ids from its outline and quote anchors.
 * Throws a BodyLimitError (see bodyLimits.ts) if the pipeline still overflows the stack.
 */
export function renderHtml(tree: Root, anchors: BodyAnchors): string {
  // Most bodies are plain prose, whose HTML is written directly (the same HTML: see plainProseHtml.ts).
  return plainProseHtml(tree, anchors) ?? guardingRange(() => pipelineHtml(tree, anchors));
}
