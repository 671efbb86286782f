// Page models list quotes as cards: only what a list shows, so a page's digest (and whether a
// rebuild renders it again) follows what the page shows, not the rest of each listed quote.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/io/readArchiveSources.ts";
import { quoteListPages } from "../../src/lib/site/pageModels/listPages.ts";
import { quoteCard } from "../../src/lib/site/pageModels/quoteCard.ts";
import { quotePageModel } from "../../src/lib/site/pageModels/quotePage.ts";
import { siteIndexOf } from "../../src/lib/site/siteIndex.ts";

const site = siteIndexOf(loadArchive(path.resolve("content")));
const CARD_FIELDS = ["article", "id", "kind", "level", "published", "speaker", "speakerName", "text"];

describe("quote cards in page models", () => {
  test("a card is what a list shows of a quote, the same object for the same quote", () => {
    const quote = site.quotes[0];
    if (!quote) throw new Error("the shipped archive has quotes");
    expect(Object.keys(quoteCard(quote)).sort()).toEqual(CARD_FIELDS);
    expect(quoteCard(quote)).toEqual({
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker,
      speakerName: quote.speakerName,
      kind: quote.kind,
      article: quote.article,
      published: quote.published,
      level: quote.level,
    });
    expect(quoteCard(quote)).toBe(quoteCard(quote));
  });

  test("a quote page lists the other spans and the speaker's other quotes as cards", () => {
    const withLists = site.quotes
      .map((quote) => quotePageModel(site, quote))
      .find((model) => model.statement.length > 0 && model.more.length > 0);
    if (!withLists) throw new Error("the shipped archive has a quote with both lists");
    for (const card of [...withLists.statement, ...withLists.more.map((item) => item.quote)]) {
      expect(Object.keys(card).sort()).toEqual(CARD_FIELDS);
    }
  });

  test("a listed quote's context is not in the page's data, so changing it leaves the page alone", () => {
    const [first] = quoteListPages(site);
    // A quote from an article's body: its context is a sentence the list does not show.
    const listed = first?.props.page.items.find((item) => item.quote.kind === "body")?.quote;
    if (!listed) throw new Error("the quote list's first page has a quote from an article's body");
    const full = site.quote.get(listed.id);
    expect(full?.context.length).toBeGreaterThan(listed.text.length);
    expect(JSON.stringify(first?.props)).not.toContain(full?.context);
  });
});
