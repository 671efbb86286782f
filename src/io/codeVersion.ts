import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * A fingerprint of the code that turns content into data: every file under `src/lib/` and the
 * lockfile (which pins the Markdown and YAML libraries). Anything kept between builds is keyed on
 * it, so changing the parser or upgrading a dependency starts afresh. Undefined when the project's
 * sources are not there to read (nothing is kept then).
 */
export function parserCodeVersion(projectRoot: string): string | undefined {
  const lib = path.join(projectRoot, "src/lib");
  const lockfile = path.join(projectRoot, "package-lock.json");
  if (!existsSync(lib)) return undefined;
  const hash = createHash("sha256");
  const files = readdirSync(lib, { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".ts"))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(lib, file)))
      .update("\0");
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest("hex");
}
