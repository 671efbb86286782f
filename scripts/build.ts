// Entry point of `npm run build`: checks the content, builds the site aside and swaps it in only
// when the build succeeded, so a failed build never leaves the site broken or missing.
import { performance } from "node:perf_hooks";
import { safeBuild } from "../src/io/safeBuild/safeBuild.ts";

process.exitCode = await safeBuild({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  pid: process.pid,
  now: () => performance.now(),
});
