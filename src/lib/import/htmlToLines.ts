import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { cleanLine } from "./sourceLines.ts";
import type { RemovedLine, SourceLine } from "./types.ts";
import { flatten, readableText, type ReadableText } from "./readableText.ts";
import { readByline } from "./byline.ts";

/** A saved page as numbered text lines, what was dropped with its elements, and its address. */
export interface HtmlLines {
  /** Text lines in reading order; `line` is the page's source line of the block they come from. */
  lines: SourceLine[];
  /** Elements dropped whole (scripts, navigation, footers, sidebars, forms), with their lines. */
  dropped: RemovedLine[];
  /** The page's canonical address (`<link rel="canonical">` or `og:url`), when it gives one. */
  url?: string | undefined;
  /** The site's name (`og:site_name`), when the page gives one. */
  siteName?: string | undefined;
}

// Elements that are never article text. Code is reported by its tag, the rest by its text.
const DROPPED: Readonly<Record<string, string>> = {
  script: "<script> element",
  style: "<style> element",
  noscript: "<noscript> element",
  template: "<template> element",
  iframe: "<iframe> element (embedded page)",
  svg: "<svg> element (icon)",
  nav: "<nav> element (navigation)",
  footer: "<footer> element (page footer)",
  aside: "<aside> element (sidebar: related articles, rankings, ads)",
  form: "<form> element (search, comment or login form)",
  button: "<button> element (page control)",
  select: "<select> element (page control)",
};
const CODE = new Set(["script", "style", "noscript", "template", "iframe", "svg"]);

const BLOCK = new Set(
  (
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary " +
    "table tbody td tfoot th thead tr ul"
  ).split(" "),
);
// Blocks that stand apart from their neighbours by a blank line, as paragraphs do on the page.
const PARAGRAPH = new Set("blockquote dl figure h1 h2 h3 h4 h5 h6 hr ol p pre table ul".split(" "));
const HINTS: Readonly<Record<string, SourceLine["hint"]>> = {
  h1: "headline",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  figcaption: "caption",
};

class Collector {
  readonly lines: SourceLine[] = [];
  readonly dropped: RemovedLine[] = [];
  private lastLine = 1;

  lineOf(nodes: readonly ElementContent[]): number {
    const line = nodes.find((node) => node.position)?.position?.start.line ?? this.lastLine;
    this.lastLine = line;
    return line;
  }

  text(text: string, line: number, hint: SourceLine["hint"]): void {
    // White space between blocks is no text; blank lines inside a block (`<br><br>`) part paragraphs.
    if (cleanLine(text) === "") return;
    for (const raw of text.replace(/^\s*\n|\n\s*$/gu, "").split("\n")) {
      const clean = cleanLine(raw);
      if (clean === "") this.paragraphBreak();
      else this.lines.push(hint === undefined ? { line, text: clean } : { line, text: clean, hint });
    }
  }

  paragraphBreak(): void {
    const last = this.lines.at(-1);
    if (last !== undefined && last.text !== "") this.lines.push({ line: last.line, text: "" });
  }
}

function collapse(text: string): string {
  const flat = cleanLine(text.replace(/\s+/gu, " "));
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

/** Removes every never-text element from the tree, recording each with its line and text. */
function dropFurniture(parent: Root | Element, collector: Collector): void {
  parent.children = parent.children.filter((child) => {
    if (child.type !== "element") return child.type !== "comment";
    if (child.tagName === "head") return false;
    const reason = DROPPED[child.tagName];
    if (reason === undefined) {
      dropFurniture(child, collector);
      return true;
    }
    const text = CODE.has(child.tagName) ? `<${child.tagName}>` : collapse(toText(child));
    if (text !== "") collector.dropped.push({ line: child.position?.start.line ?? 1, text, reason });
    return false;
  }) as typeof parent.children;
}

function hasBlock(element: Element): boolean {
  return element.children.some((child) => child.type === "element" && (BLOCK.has(child.tagName) || hasBlock(child)));
}

function collectChildren(parent: Root | Element, collector: Collector): void {
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const wrapper: Element = { type: "element", tagName: "span", properties: {}, children: run };
    collector.text(toText(wrapper), collector.lineOf(run), undefined);
    run = [];
  };
  for (const child of parent.children) {
    if (child.type === "element" && BLOCK.has(child.tagName)) {
      flush();
      collectBlock(child, collector);
    } else if (child.type === "element" || child.type === "text") {
      run.push(child);
    }
  }
  flush();
}

function collectBlock(element: Element, collector: Collector): void {
  const paragraph = PARAGRAPH.has(element.tagName);
  if (paragraph) collector.paragraphBreak();
  if (hasBlock(element)) collectChildren(element, collector);
  else collector.text(toText(element), collector.lineOf([element]), HINTS[element.tagName]);
  if (paragraph) collector.paragraphBreak();
}

function findElement(parent: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return undefined;
}

function metaContent(tree: Root, property: string): string | undefined {
  const meta = findElement(tree, (e) => e.tagName === "meta" && e.properties["property"] === property);
  const value = meta?.properties["content"];
  return typeof value === "string" && value.trim() !== "" ? cleanLine(value) : undefined;
}

function canonicalUrl(tree: Root): string | undefined {
  const link = findElement(
    tree,
    (e) => e.tagName === "link" && String(e.properties["rel"] ?? "").includes("canonical"),
  );
  const href = link?.properties["href"];
  const value = typeof href === "string" ? href : metaContent(tree, "og:url");
  return value !== undefined && /^https?:\/\//u.test(value) && URL.canParse(value) ? value : undefined;
}

/**
 * Turns a saved news page into text lines for the import pipeline: the page is parsed with
 * hast-util-from-html, scripts, styles, navigation, footers, sidebars and forms are dropped (and
 * reported), and each block's text is taken with hast-util-to-text (the browser's innerText rules).
 * Paragraph-like blocks are separated by blank lines; the first `<h1>` is marked as the headline,
 * `<h2>`–`<h4>` as section titles and `<figcaption>` as a photo caption. Mozilla Readability then
 * says which of those lines are the article: the rest (menus, breadcrumbs, rankings, footers the
 * rules above miss) are dropped and reported. A page Readability cannot read keeps every line.
 */
export function htmlToLines(html: string): HtmlLines {
  const tree = fromHtml(html);
  const url = canonicalUrl(tree);
  const siteName = metaContent(tree, "og:site_name");
  const collector = new Collector();
  dropFurniture(tree, collector);
  collectChildren(tree, collector);
  const readable = readableText(html);
  const lines = readable ? keepArticle(collector, readable) : collector.lines;
  while (lines.at(-1)?.text === "") lines.pop();
  return { lines, dropped: collector.dropped, url, siteName };
}

/**
 * The page's lines that Readability counts as the article (its text holds them), with the headline,
 * byline lines (Readability often leaves the reporter and the date out) and blank lines; every other
 * line is recorded as dropped, so the editor sees what was left out.
 */
function keepArticle(collector: Collector, readable: ReadableText): SourceLine[] {
  return collector.lines.filter((line) => {
    const flat = flatten(line.text);
    const head = line.hint === "headline" || flat === readable.title || readByline(line.text) !== null;
    if (flat === "" || head || readable.flatText.includes(flat)) {
      return true;
    }
    collector.dropped.push({
      line: line.line,
      text: line.text,
      reason: "outside the article text (Mozilla Readability)",
    });
    return false;
  });
}
