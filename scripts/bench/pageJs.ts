// JavaScript that content pages ship, read from the built HTML: external module scripts and inline
// scripts, gzip-sized (JSON-LD and other data blocks are not JavaScript).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/giu;
const DATA_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json/iu;
const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/iu;

/** Gzip bytes of the JavaScript one built page ships (its inline scripts and the files its scripts load). */
export function pageJsGzip(siteDir: string, htmlFile: string): number {
  const html = readFileSync(htmlFile, "utf8");
  let bytes = 0;
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (DATA_TYPE.test(attributes)) continue;
    const src = SRC.exec(attributes)?.[1];
    if (src) bytes += gzipSync(readFileSync(path.join(siteDir, src.split(/[?#]/u)[0] ?? ""))).length;
    else if (body.trim()) bytes += gzipSync(body).length;
  }
  return bytes;
}

/** What the content pages ship as JavaScript. */
export interface ContentJs {
  /** The largest content page (by HTML bytes), relative to the site folder. */
  largestPage: string;
  /** Its JavaScript, gzip bytes. */
  largestPageJsGzip: number;
  /** Content pages checked, and how many of them ship any JavaScript. */
  pagesChecked: number;
  pagesWithJs: number;
}

/** Content pages: every HTML page but the search page (which is the one page meant to run a script). */
export function contentJs(siteDir: string, htmlFiles: readonly string[]): ContentJs {
  const content = htmlFiles.filter((file) => !file.startsWith(`search${path.sep}`));
  let largest = { file: "", size: -1 };
  let pagesWithJs = 0;
  for (const file of content) {
    const full = path.join(siteDir, file);
    const size = statSync(full).size;
    if (size > largest.size) largest = { file, size };
    if (pageJsGzip(siteDir, full) > 0) pagesWithJs += 1;
  }
  return {
    largestPage: largest.file,
    largestPageJsGzip: largest.file ? pageJsGzip(siteDir, path.join(siteDir, largest.file)) : 0,
    pagesChecked: content.length,
    pagesWithJs,
  };
}
