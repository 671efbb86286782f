// Entry point of `npm run build [-- --full]`: checks the content, builds the site aside and swaps it
// in only when the build succeeded, so a failed build never leaves the site broken or missing.
// Unchanged pages are kept from the last build unless --full is given.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { safeBuild } from "../src/io/safeBuild/safeBuild.ts";

const { values } = parseArgs({ options: { full: { type: "boolean", default: false } }, strict: true });

process.exitCode = await safeBuild(
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    pid: process.pid,
    now: () => performance.now(),
  },
  { full: values.full },
);
