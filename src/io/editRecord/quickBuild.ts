// `npm run build` after an edit to articles' bodies alone (src/io/editRecord/findQuickEdit.ts): the
// site's data, every other page, the feeds and the exports are what the last build made of the same
// data, so only each edited article's page and the search index's few files holding its words are
// made, staged and renamed into the site (src/io/safeBuild/updateInPlace.ts, whose journal lets
// the next build finish an update a kill stopped), and the records are brought up to date. The
// site is byte for byte the one a full build writes (tests/build/rebuild.test.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { paths } from "../../lib/exports/paths.ts";
import { chunkOf, type IndexTally } from "../../lib/search/buildIndex.ts";
import { searchDocuments, type SearchDoc } from "../../lib/search/documents.ts";
import { patchDocumentText, type PatchableIndex } from "../../lib/search/patchIndex.ts";
import { indexFiles } from "../../lib/search/store.ts";
import { feedSummary } from "../../lib/site/feedItems.ts";
import { documentHtml, documentParts } from "../../lib/site/html/document.ts";
import { articlePageModel, articlePageSite } from "../../lib/site/pageModels/articlePage.ts";
import { pageFileOf } from "../../lib/site/pageFile.ts";
import { articleRoute } from "../../lib/site/workerRoutes.ts";
import { bodyDigest } from "../articleBodies.ts";
import { buildPageContext } from "../pageRender/pageContext.ts";
import { pageRecordFile } from "../pageReuse/buildReuse.ts";
import { writePageEdits, type EditedPage } from "../pageReuse/manifest.ts";
import { pageDigest } from "../pageReuse/pageDigest.ts";
import { pageFingerprint } from "../pageReuse/pageFingerprint.ts";
import { SEARCH_INDEX_DIR } from "../search/searchIndexFiles.ts";
import type { ArchiveSettings } from "../settings.ts";
import type { OutputFolders } from "../safeBuild/outputFolders.ts";
import { updateInPlace, type SiteUpdate } from "../safeBuild/updateInPlace.ts";
import { dropEditRecord, writeEditRecord } from "./editRecord.ts";
import type { QuickEdit } from "./findQuickEdit.ts";

/** A page made by a quick build, and what the page record says of it. */
interface MadePage {
  file: string;
  html: string;
  digest: string;
  body: string;
}

/** What a quick build made, before anything is written: its pages and index files, or why it cannot. */
export type QuickWork = { pages: MadePage[]; index: Map<string, string>; tally: IndexTally } | { reason: string };

/** The site's search index as a patch reads it: the files of `site`, or those a patch before gave. */
function indexOf(site: string, tally: IndexTally, patched: ReadonlyMap<string, string>): PatchableIndex {
  const read = <T>(file: string): T =>
    JSON.parse(patched.get(file) ?? readFileSync(path.join(site, SEARCH_INDEX_DIR, file), "utf8")) as T;
  return {
    meta: read(indexFiles.meta),
    tally,
    shard: (n) => read(indexFiles.shard(n)),
    chunk: (key) => read(indexFiles.chunk(key)),
  };
}

/**
 * Makes each edited article's page and patches the search index for its new text, in memory. An
 * edit that changes what a feed says of the article (its first words, when it has no deck), or
 * that the index cannot take as a patch, is left to a build.
 */
export function makeQuickEdit(edit: QuickEdit, projectRoot: string, site: string): QuickWork {
  const { siteConfig } = edit.record.check;
  const { version } = edit;
  const { context, origin } = buildPageContext(projectRoot, siteConfig);
  const index = new Map<string, string>();
  let tally = edit.record.search;
  const pages: MadePage[] = [];
  for (const { file, inputs, index: at, body } of edit.edits) {
    const listed = inputs.article;
    const searched = indexOf(site, tally, index);
    const n = searched.meta.ranges.article[0] + at;
    const place = chunkOf(searched.meta, n);
    const before: SearchDoc | undefined = searched.chunk(place.key)[place.offset];
    // The index holds the deck and the body's text: without a deck, the text is the body's.
    const feedBefore = feedSummary({
      deck: listed.deck,
      plainText: listed.deck.length > 0 ? "" : (before?.text ?? ""),
    });
    if (feedSummary({ deck: listed.deck, plainText: body.plainText }) !== feedBefore)
      return { reason: `the feeds show the first words of ${file}` };
    const [doc] = searchDocuments({ articles: [{ ...listed, ...body }], quotes: [], policies: [] });
    const patch = doc ? patchDocumentText(searched, n, doc) : { cannot: `${file} gives no search document` };
    if ("cannot" in patch) return { reason: patch.cannot };
    for (const [name, text] of patch.files) index.set(name, text);
    tally = patch.tally;
    const model = articlePageModel(articlePageSite(inputs, body), listed);
    const url = paths.article(listed.id);
    const page = pageFileOf(url);
    pages.push({
      file: page,
      html: documentHtml(documentParts(articleRoute.render(model, origin), url, context)),
      digest: pageDigest(version, page, model),
      body: bodyDigest(body),
    });
  }
  return { pages, index, tally };
}

/**
 * Writes what a quick build made into the site: the edit record goes first (a build killed from
 * here on leaves none, and the next build is a whole one), the files are staged and renamed in,
 * then the page record and a new edit record are written. Returns what the update did and a
 * warning when a record could not be written (the site is in place by then).
 */
export function writeQuickEdit(
  edit: QuickEdit,
  made: Extract<QuickWork, { pages: MadePage[] }>,
  settings: ArchiveSettings,
  folders: OutputFolders,
): { update: SiteUpdate; warning: string | undefined } {
  dropEditRecord(settings.cacheDir);
  rmSync(folders.site, { recursive: true, force: true });
  const stage = (file: string, text: string): void => {
    const target = path.join(folders.site, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  for (const page of made.pages) stage(page.file, page.html);
  for (const [file, text] of made.index) stage(path.join(SEARCH_INDEX_DIR, file), text);
  const update = updateInPlace(folders.final, folders.site, []);
  const edited: Record<string, EditedPage> = {};
  for (const page of made.pages) {
    const print = pageFingerprint(path.join(folders.final, page.file));
    if (print) edited[page.file] = { digest: page.digest, body: page.body, print };
  }
  try {
    writePageEdits(pageRecordFile(settings.cacheDir), edit.record.pageRecord, edited);
  } catch (error) {
    // The page record still has the pages' old files: the next build finds them changed, and makes them again.
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      update,
      warning: `the page-reuse record could not be updated (${reason}): the next build makes the edited pages again`,
    };
  }
  const bodies = { ...edit.record.bodies };
  for (const { file, body } of edit.edits) bodies[file] = bodyDigest(body);
  const index = { ...edit.record.index };
  for (const file of made.index.keys()) {
    const inSite = path.join(SEARCH_INDEX_DIR, file);
    index[inSite] = pageFingerprint(path.join(folders.final, inSite)) ?? "";
  }
  const warning = writeEditRecord(settings.cacheDir, {
    ...edit.record,
    sources: edit.fingerprints,
    search: made.tally,
    bodies,
    index,
  });
  return { update, warning };
}
