// Each article page's inputs (src/lib/site/pageModels/articlePage.ts: the article without its body,
// and its speakers, topics, quotes and policy items), kept beside the checked site's data
// (src/io/checkedSite.ts): a quick build (src/io/editRecord/) makes the page of an article whose
// body alone changed from its inputs, without reading the whole site's data. One file holds them
// all, each in V8's serialization (exact, as the site's data file is); another says where each is.
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, renameSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { articlePageInputs, type ArticlePageInputs } from "../lib/site/pageModels/articlePage.ts";
import type { SiteIndex } from "../lib/site/siteIndex.ts";
import { writeWhole } from "./writeWhole.ts";

/** Where one article's inputs are in the inputs file (offset, length, SHA-1 of the bytes), and the article's place among the site's articles. */
type InputsPlace = [offset: number, length: number, sha1: string, index: number];

/** One article's page inputs, and its place (from 0) among the site's articles, in their order. */
export interface ArticleInputs {
  inputs: ArticlePageInputs;
  index: number;
}

const placesFileOf = (file: string): string => `${file}.places.json`;

const sha1 = (bytes: Buffer): string => createHash("sha1").update(bytes).digest("base64");

/** Writes the page inputs of every article of `site` into `file` (whole or not at all), by the article's content-relative file. */
export function writeArticlePageInputs(file: string, site: SiteIndex): void {
  const places: Record<string, InputsPlace> = {};
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    let offset = 0;
    for (const [index, article] of site.articles.entries()) {
      const bytes = serialize(articlePageInputs(site, article));
      writeSync(fd, bytes);
      places[article.file] = [offset, bytes.length, sha1(bytes), index];
      offset += bytes.length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  writeWhole(placesFileOf(file), JSON.stringify(places));
}

/**
 * Reads the inputs of the articles whose content-relative files are `files` from `file`; undefined
 * when one is missing or its bytes are not the ones written (a damaged file).
 */
export function readArticlePageInputs(file: string, files: readonly string[]): Map<string, ArticleInputs> | undefined {
  try {
    const places = JSON.parse(readFileSync(placesFileOf(file), "utf8")) as Record<string, InputsPlace | undefined>;
    const fd = openSync(file, "r");
    try {
      const inputs = new Map<string, ArticleInputs>();
      for (const name of files) {
        const place = places[name];
        if (!place) return undefined;
        const [offset, length, digest, index] = place;
        const bytes = Buffer.alloc(length);
        if (readSync(fd, bytes, 0, length, offset) !== length || sha1(bytes) !== digest) return undefined;
        inputs.set(name, { inputs: deserialize(bytes) as ArticlePageInputs, index });
      }
      return inputs;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
