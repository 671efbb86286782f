import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * A SHA-256 over `seed` and every file of `sources` (files or folders, relative to `projectRoot`,
 * missing ones skipped): each file's relative path and bytes, in sorted order.
 */
export function sourcesHash(projectRoot: string, sources: readonly string[], seed = ""): string {
  const hash = createHash("sha256").update(seed).update("\0");
  for (const source of sources) {
    const full = path.join(projectRoot, source);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, encoding: "utf8" })
          .map((entry) => path.join(source, entry))
          .sort()
      : [source];
    for (const file of files) {
      const absolute = path.join(projectRoot, file);
      if (statSync(absolute).isFile()) hash.update(file).update("\0").update(readFileSync(absolute)).update("\0");
    }
  }
  return hash.digest("hex");
}

/**
 * A fingerprint of the code that turns content into data: every file under `src/lib/` and the
 * lockfile (which pins the Markdown and YAML libraries). Anything kept between builds is keyed on
 * it, so changing the parser or upgrading a dependency starts afresh. Undefined when the project's
 * sources are not there to read (nothing is kept then).
 */
export function parserCodeVersion(projectRoot: string): string | undefined {
  if (!existsSync(path.join(projectRoot, "src/lib"))) return undefined;
  return sourcesHash(projectRoot, ["src/lib", "package-lock.json"]);
}
