// The quick build's place in `npm run build` (src/io/safeBuild/safeBuild.ts): once the lock is
// held and the site repaired, an edit to articles' bodies alone is finished here, with the log a
// build prints; any other change is left to the whole build, which is told the fingerprints taken.
import { warningSummaryLines } from "../../lib/warningSummary.ts";
import { archiveSettings } from "../settings.ts";
import { contentOkLine, exampleOriginNotice, plural, shown } from "../safeBuild/logText.ts";
import type { OutputFolders } from "../safeBuild/outputFolders.ts";
import type { BuildIo } from "../safeBuild/safeBuild.ts";
import { findQuickEdit, type NoQuickEdit, type QuickEdit } from "./findQuickEdit.ts";
import { makeQuickEdit, writeQuickEdit, type QuickWork } from "./quickBuild.ts";
import type { SiteCheckRun } from "./siteCheck.ts";

/**
 * Finishes the edit since the last build quickly when only articles' bodies changed: prints what a
 * build prints (the check's counts and warnings, what was written), and returns the exit code.
 * Otherwise returns why not, having written nothing, for the whole build to go on. A failure while
 * looking (a file of the site missing, say) is such a reason too: the whole build makes it again.
 */
export async function finishEdit(
  io: BuildIo,
  folders: OutputFolders,
  files: SiteCheckRun,
): Promise<{ code: number } | NoQuickEdit> {
  const started = io.now();
  const settings = archiveSettings(io.env, io.cwd);
  let found: QuickEdit | NoQuickEdit;
  let made: QuickWork;
  try {
    found = findQuickEdit(settings, io.cwd);
    made = "reason" in found ? found : makeQuickEdit(found, io.cwd, folders.final);
  } catch (error) {
    files.stop();
    return { reason: `looking for a quick edit failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ("reason" in found) {
    files.stop();
    return found;
  }
  if ("reason" in made) {
    files.stop();
    return { reason: made.reason, fingerprints: found.fingerprints };
  }
  // A file of the site changed on disk by hand is made again by a whole build: the quick one leaves it to it.
  const checked = await files.result;
  if (checked?.generation !== found.record.pageRecord)
    return { reason: "the site's records are not the last build's", fingerprints: found.fingerprints };
  if (checked.altered > 0)
    return {
      reason: `${plural(checked.altered, "file")} of the site changed on disk`,
      fingerprints: found.fingerprints,
    };
  const { check } = found.record;
  io.out(contentOkLine({ articles: check.articles, quotes: check.quotes, warnings: check.warnings.total }));
  for (const line of warningSummaryLines(check.warnings)) io.err(`${line}\n`);
  const originWarning = exampleOriginNotice(check.siteConfig.origin, settings.contentDir, io.cwd);
  if (originWarning) io.err(`${originWarning}\n`);
  const lookedAt = io.now();
  const target = shown(io.cwd, folders.final);
  const count = found.edits.length;
  if (count === 0)
    io.out(`archive: nothing changed since the last build: ${target} is left as it is (--full builds all)\n`);
  else {
    io.out(
      `archive: ${plural(count, "article")} changed in ${count === 1 ? "its body" : "their bodies"} alone (quotes, headings and fields as they were): only ${count === 1 ? "its page" : "their pages"} and the search index are updated, nothing else is built (--full builds all)\n`,
    );
    const { update, warning } = writeQuickEdit(found, made, settings, folders);
    if (warning) io.err(`warning: ${warning}\n`);
    io.out(
      `${target} updated in place: ${plural(update.written, "file")} written, ${plural(update.removed, "file")} removed\n`,
    );
  }
  const seconds = (ms: number): string => (ms / 1000).toFixed(1);
  io.out(
    `build ok: ${plural(found.record.pages, "page")} written to ${target} in ${seconds(io.now() - started)} s (check ${seconds(lookedAt - started)} s, update ${seconds(io.now() - lookedAt)} s)\n`,
  );
  if (originWarning) io.out(`${originWarning}\n`);
  return { code: 0 };
}
