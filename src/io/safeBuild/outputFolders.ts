import path from "node:path";

/** The folders one safe build works with: the final site and two neighbours on the same filesystem. */
export interface OutputFolders {
  /** Where the site lives: `ARCHIVE_OUT_DIR` when set, otherwise `dist/`. */
  final: string;
  /** Where Astro writes this build (`dist.tmp-<pid>`), next to the final folder so the swap is a rename. */
  temporary: string;
  /** Where the previous site waits during the swap (`dist.old-<pid>`), removed once the new one is in. */
  aside: string;
  /**
   * Where Astro writes: `temporary` when that lies inside the project; otherwise `dist.tmp-<pid>` in
   * the project, moved to `temporary` once built. Astro builds an output folder outside its working
   * folder through the project's `.astro/` folder and copies all of that folder into the site (its
   * content modules, and a failed build's manifests with absolute paths).
   */
  astro: string;
}

/** True when Astro, run in `cwd`, writes straight into `dir` (its own test: the path starts with the folder). */
export function astroWritesDirectly(cwd: string, dir: string): boolean {
  return path.resolve(cwd, dir).startsWith(path.resolve(cwd) + path.sep);
}

/** Resolves the output folders of a build from the environment, the working folder and the process id. */
export function outputFolders(env: Record<string, string | undefined>, cwd: string, pid: number): OutputFolders {
  const final = path.resolve(cwd, env["ARCHIVE_OUT_DIR"] ?? "dist");
  const sibling = (label: string): string => path.join(path.dirname(final), `${path.basename(final)}.${label}-${pid}`);
  const temporary = sibling("tmp");
  const astro = astroWritesDirectly(cwd, temporary) ? temporary : path.join(cwd, `dist.tmp-${pid}`);
  return { final, temporary, aside: sibling("old"), astro };
}
