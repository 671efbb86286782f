// Which code a benchmark measured: the commit, and whether the site's sources had uncommitted changes.
import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "./paths.ts";

/** The commit checked out and the site sources changed since (read-only git queries). */
export function codeVersion(): { commit: string; changedSources: string[] } {
  // Only the end is trimmed: a porcelain line starts with its status, a space when unstaged (` M file`).
  const git = (...args: string[]): string =>
    spawnSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8" }).stdout?.trimEnd() ?? "";
  const changed = git("status", "--porcelain", "--", "src", "tools", "astro.config.mjs", "package.json");
  return {
    commit: git("rev-parse", "--short", "HEAD") || "unknown",
    changedSources: changed ? changed.split("\n").map((line) => line.slice(3)) : [],
  };
}
