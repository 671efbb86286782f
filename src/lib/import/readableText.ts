import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What Mozilla Readability takes for a saved page's article: its title and its text, white space collapsed. */
export interface ReadableText {
  /** The article's title as Readability reads it (the page title without the site's name). */
  title: string;
  /** The article's text, every run of white space one space. */
  flatText: string;
}

/** Below this many characters Readability's pick is not trusted (a page it could not read). */
const MIN_ARTICLE_CHARS = 200;

/** Every run of white space as one space, ends trimmed: how page text and article text are compared. */
export function flatten(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * The article of a saved news page as Mozilla Readability finds it (the algorithm behind Firefox's
 * Reader View, over a linkedom DOM): which of the page's text is the article, and which is menus,
 * headers, sidebars and footers. Null when it finds no article of a credible length.
 */
export function readableText(html: string): ReadableText | null {
  const { document } = parseHTML(html);
  // Readability types its argument as the browser's Document; linkedom's implements what it uses.
  const article = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const flatText = flatten(article?.textContent ?? "");
  if (article === null || flatText.length < MIN_ARTICLE_CHARS) return null;
  return { title: flatten(article.title ?? ""), flatText };
}
