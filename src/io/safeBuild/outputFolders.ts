import path from "node:path";

/** The folders one safe build works with: the final site and two neighbours on the same filesystem. */
export interface OutputFolders {
  /** Where the site lives: `ARCHIVE_OUT_DIR` when set, otherwise `dist/`. */
  final: string;
  /** Where Astro writes this build (`dist.tmp-<pid>`), next to the final folder so the swap is a rename. */
  temporary: string;
  /** Where the previous site waits during the swap (`dist.old-<pid>`), removed once the new one is in. */
  aside: string;
}

/** Resolves the output folders of a build from the environment, the working folder and the process id. */
export function outputFolders(env: Record<string, string | undefined>, cwd: string, pid: number): OutputFolders {
  const final = path.resolve(cwd, env["ARCHIVE_OUT_DIR"] ?? "dist");
  const sibling = (label: string): string => path.join(path.dirname(final), `${path.basename(final)}.${label}-${pid}`);
  return { final, temporary: sibling("tmp"), aside: sibling("old") };
}
