// Entry point of `npm run build [-- --content DIR] [-- --full]`: checks the content, builds the site
// aside and swaps it in only when the build succeeded, so a failed build never leaves the site broken
// or missing. Unchanged pages are kept from the last build unless --full is given.
import { performance } from "node:perf_hooks";
import { readBuildCommandLine } from "../src/cli/buildArgs.ts";

const line = readBuildCommandLine(process.argv.slice(2), { env: process.env, cwd: process.cwd() });

if ("exit" in line) {
  if (line.out) process.stdout.write(line.out);
  if (line.err) process.stderr.write(line.err);
  process.exitCode = line.exit;
} else {
  // Loaded only now, so that a usage error or --help answers at once.
  const { safeBuild } = await import("../src/io/safeBuild/safeBuild.ts");
  process.exitCode = await safeBuild(
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      env: line.build.env,
      cwd: process.cwd(),
      pid: process.pid,
      now: () => performance.now(),
    },
    { full: line.build.full },
  );
}
