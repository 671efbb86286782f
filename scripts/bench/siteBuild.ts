// Our site's build as `npm run build` runs it, on a benchmark content folder, measured.
import { measureBuild, SAFE_BUILD_SCRIPT, type BuildMeasurement } from "./measureBuild.ts";
import { PROJECT_ROOT, type BuildFolders } from "./paths.ts";

/** Builds the site of `contentDir` into `folders` (cold when they were cleared first), measured. */
export async function siteBuild(contentDir: string, folders: BuildFolders): Promise<BuildMeasurement> {
  return measureBuild({
    cwd: PROJECT_ROOT,
    script: SAFE_BUILD_SCRIPT,
    env: { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: folders.outDir, ARCHIVE_CACHE_DIR: folders.cacheDir },
    outDir: folders.outDir,
    logFile: folders.logFile,
  });
}
