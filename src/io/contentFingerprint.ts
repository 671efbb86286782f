import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * A cheap fingerprint of a content folder: every file's path, size and modification time. It
 * changes when a file is added, removed or saved, which is when the dev server must reload the archive.
 */
export function contentFingerprint(contentDir: string): string {
  const entries = readdirSync(contentDir, { recursive: true, encoding: "utf8" }).sort();
  const parts: string[] = [];
  for (const entry of entries) {
    try {
      const stat = statSync(path.join(contentDir, entry));
      if (stat.isFile()) parts.push(`${entry}\0${stat.size}\0${stat.mtimeMs}`);
    } catch {
      parts.push(`${entry}\0gone`);
    }
  }
  return parts.join("\n");
}
