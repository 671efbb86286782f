import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { proposalYaml, speakerProposals } from "../../lib/registry/speakerProposals.ts";
import { EXIT, type CliIo } from "../io.ts";
import { contentDirFor, loadForCli, printProblems } from "./loadForCli.ts";

/**
 * `archive speakers`: the people the archive quotes by name who are not in `speakers.yaml`, as
 * entries to add (printed as YAML); with `--add`, appended to `speakers.yaml` in one step. The
 * registry is loaded again after the addition; if it no longer checks (an alias another entry
 * already has), the file is put back as it was and the problems are printed.
 */
export function speakers(
  io: CliIo,
  flags: { content?: string | undefined; json?: boolean | undefined; add?: boolean | undefined },
): number {
  const contentDir = contentDirFor(io, flags.content);
  const loaded = loadForCli(io, contentDir);
  if ("problems" in loaded) {
    printProblems(io, loaded.problems);
    return EXIT.content;
  }
  const { archive } = loaded;
  const proposals = speakerProposals(archive.quotes, archive.articles, archive.speakers);
  if (flags.json) io.out(`${JSON.stringify(proposals, null, 2)}\n`);
  if (proposals.length === 0) {
    io.err("every person the archive quotes by name is in speakers.yaml\n");
    return EXIT.ok;
  }
  const yaml = proposals.map(proposalYaml).join("\n");
  if (!flags.json && !flags.add) io.out(`${yaml}\n`);
  if (!flags.add) {
    io.err(
      `${proposals.length} people quoted by name are not in speakers.yaml (${proposals.map((p) => p.name).join(", ")}); ` +
        "check the entries above, then `npm run archive -- speakers --add` appends them (or paste the ones you want)\n",
    );
    return EXIT.ok;
  }
  const file = path.join(contentDir, "speakers.yaml");
  const before = readFileSync(file, "utf8");
  appendFileSync(file, `${before.endsWith("\n") || before === "" ? "" : "\n"}\n${yaml}\n`);
  const after = loadForCli(io, contentDir);
  if ("problems" in after) {
    writeFileSync(file, before);
    io.err("the proposed entries do not check against speakers.yaml, so it was left as it was:\n");
    printProblems(io, after.problems);
    return EXIT.content;
  }
  io.err(`added ${proposals.length} people to ${file}: ${proposals.map((p) => `${p.name} (${p.id})`).join(", ")}\n`);
  return EXIT.ok;
}
