import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { scratchDir } from "../support/astroBuild.ts";

// The npm scripts as a new user meets them: no update nag or telemetry notice from Astro in dev or
// preview, one command that sets up the machine, and CI using it.
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe("package.json scripts", () => {
  test.each([
    ["dev", /^ASTRO_TELEMETRY_DISABLED=1 ASTRO_DISABLE_UPDATE_CHECK=true astro dev$/u],
    ["preview", /^ASTRO_TELEMETRY_DISABLED=1 astro preview /u],
    ["typecheck", /^ASTRO_TELEMETRY_DISABLED=1 astro check/u],
    ["setup", /^bash scripts\/setup-system\.sh$/u],
    ["test:all", /^npm run setup && npm test$/u],
  ])("%s is %s", (name, shape) => {
    expect(scripts[name]).toMatch(shape);
  });

  test("the variable dev sets is the one the installed Astro's update check reads", () => {
    const updateCheck = readFileSync("node_modules/astro/dist/core/dev/update-check.js", "utf8");
    expect(updateCheck).toContain('process.env.ASTRO_DISABLE_UPDATE_CHECK !== "true"');
  });

  test(".ci/run sets the machine up with the same script, before npm ci", () => {
    const ci = readFileSync(".ci/run", "utf8");
    expect(ci.indexOf("bash scripts/setup-system.sh")).toBeGreaterThan(0);
    expect(ci.indexOf("bash scripts/setup-system.sh")).toBeLessThan(ci.indexOf("npm ci"));
    expect(ci).not.toMatch(/^\s*apt-get/mu);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/** Starts a command on a built site as a new user would (no Astro config yet, not in CI) and returns what it printed once serving. */
async function firstOutput(command: string, args: string[]): Promise<string> {
  const home = scratchDir("preview-home");
  const site = path.join(scratchDir("preview-site"), "dist");
  mkdirSync(site);
  writeFileSync(path.join(site, "index.html"), "<!doctype html><title>시험</title>");
  const child = spawn(command, args, {
    detached: true,
    // A clean environment: CI variables would hide the notice (Astro never shows it in CI).
    env: {
      PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, ".config"),
      ARCHIVE_OUT_DIR: site,
      NO_COLOR: "1",
    },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise((resolve) => child.on("close", resolve));
  const started = Date.now();
  while (!/Local\s+http:\/\/127\.0\.0\.1:/u.test(output) && Date.now() - started < 60_000 && child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (child.pid) process.kill(-child.pid, "SIGTERM");
  await exited;
  return output;
}

test("npm run preview serves without Astro's telemetry notice (as dev does), which plain astro preview prints", async () => {
  const npm = path.join(path.dirname(process.execPath), "npm");
  const [script, plain] = await Promise.all([
    firstOutput(npm, ["run", "preview", "--", "--port", String(await freePort())]),
    firstOutput(path.resolve("node_modules/.bin/astro"), [
      "preview",
      "--host",
      "127.0.0.1",
      "--port",
      String(await freePort()),
    ]),
  ]);
  expect(script).toMatch(/Local\s+http:\/\/127\.0\.0\.1:/u);
  expect(script).not.toContain("Astro collects anonymous usage data");
  // The control: in this same clean environment, Astro would have printed it.
  expect(plain).toContain("Astro collects anonymous usage data");
}, 120_000);
