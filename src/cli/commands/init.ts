import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newArchiveFiles } from "../../lib/siteConfig/newArchive.ts";
import { EXIT, paint, type CliIo } from "../io.ts";
import { contentDirFor } from "./loadForCli.ts";

/** Flags of `archive init`. */
export interface InitFlags {
  content?: string | undefined;
  json?: boolean | undefined;
}

/** How a folder is shown: relative to the working folder when inside it. */
function shown(io: CliIo, dir: string): string {
  const relative = path.relative(io.cwd, dir);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
}

/** Why `dir` cannot take a new archive (a file, or a folder with something in it), or undefined. */
function refusal(dir: string): string | undefined {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return "it is a file, not a folder";
  const entries = readdirSync(dir);
  if (entries.length > 0) return `it is not empty (${entries.length} ${entries.length === 1 ? "entry" : "entries"})`;
  return undefined;
}

/**
 * `archive init DIR`: writes a new, empty archive into DIR (created when missing; DIR may also come
 * from `--content`): `site.yaml` with placeholders and the example origin, empty registries, and one
 * example article, so that `check` passes and `build` builds it. A folder that is not empty is never
 * written into (exit 1): an archive is not overwritten by accident.
 */
export function init(io: CliIo, flags: InitFlags, words: readonly string[]): number {
  if (words.length > 1) {
    io.err(`init takes one folder, not ${words.length}: npm run archive -- init <dir>\n`);
    return EXIT.usage;
  }
  const dir = words[0] === undefined ? contentDirFor(io, flags.content) : path.resolve(io.cwd, words[0]);
  const name = shown(io, dir);
  const refused = refusal(dir);
  if (refused) {
    io.err(
      `${paint(io, "red", `cannot create an archive in ${name}: ${refused}`)}\n  fix: name a new or empty folder, e.g. npm run archive -- init my-archive (init never overwrites an archive)\n`,
    );
    return EXIT.content;
  }
  const files = newArchiveFiles();
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: "wx" });
  }
  const written = files.map((file) => path.join(name, file.path));
  // The folder as a shell word, for the commands printed below.
  const word = /^[\w./-]+$/u.test(name) ? name : `'${name.replaceAll("'", "'\\''")}'`;
  if (flags.json) {
    io.out(`${JSON.stringify({ ok: true, dir, files: written }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.out(`${written.join("\n")}\n`);
  io.err(
    [
      paint(io, "green", `new archive written to ${name}`),
      "next:",
      `  1. fill in ${path.join(name, "site.yaml")}: name, description, origin (the address the site is served at), publisher`,
      `  2. npm run archive -- check --content ${word}`,
      `  3. add articles (npm run archive -- import <file> --content ${word}), then delete the example article`,
      `  4. npm run build -- --content ${word}`,
      "",
    ].join("\n"),
  );
  return EXIT.ok;
}
