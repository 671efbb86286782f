import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { scratchDir } from "../support/astroBuild.ts";

// scripts/setup-system.sh (`npm run setup`, run by .ci/run) against stand-ins for apt-get, sudo,
// id and fc-list on a PATH of their own, so each kind of machine can be tried without installing.
const SCRIPT = path.resolve("scripts/setup-system.sh");

interface Machine {
  root: boolean;
  sudo?: boolean;
  aptGet?: boolean;
  chromium?: boolean;
  font?: boolean;
  /** apt-get runs but installs nothing usable. */
  brokenApt?: boolean;
}

function stub(bin: string, name: string, body: string): void {
  writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(path.join(bin, name), 0o755);
}

function run(machine: Machine) {
  const state = scratchDir("setup");
  const bin = path.join(state, "bin");
  mkdirSync(bin);
  for (const tool of ["bash", "env", "chmod"]) {
    const real = ["/usr/bin", "/bin"].map((dir) => path.join(dir, tool)).find((file) => existsSync(file));
    if (real) symlinkSync(real, path.join(bin, tool));
  }
  const chromium = path.join(state, "chromium");
  const font = path.join(state, "font");
  const log = path.join(state, "log");
  writeFileSync(log, "");
  if (machine.chromium) stub(state, "chromium", "echo Chromium");
  if (machine.font) writeFileSync(font, "");
  stub(bin, "id", `echo ${machine.root ? 0 : 1000}`);
  stub(bin, "fc-list", `[[ -e ${font} ]] && echo "Noto Sans CJK KR"; true`);
  if (machine.aptGet !== false)
    stub(
      bin,
      "apt-get",
      `echo "apt-get $* (DEBIAN_FRONTEND=\${DEBIAN_FRONTEND:-})" >> ${log}
if [[ "$*" == *install* && -z "${machine.brokenApt ? "broken" : ""}" ]]; then
  : > ${font}; printf '#!/usr/bin/env bash\\necho Chromium\\n' > ${chromium}; chmod +x ${chromium}
fi`,
    );
  if (machine.sudo) stub(bin, "sudo", `echo "sudo $*" >> ${log}; [[ "$1" == -n ]] && shift; exec "$@"`);
  const result = spawnSync("/bin/bash", [SCRIPT], {
    encoding: "utf8",
    env: { PATH: bin, CHROMIUM_PATH: chromium },
    input: "",
  });
  return { status: result.status, out: result.stdout, err: result.stderr, calls: readFileSync(log, "utf8").trim() };
}

describe("npm run setup installs Chromium and a Hangul font when, and only when, they are missing", () => {
  test("both there: nothing to do, nothing run", () => {
    const result = run({ root: false, chromium: true, font: true });
    expect(result.status).toBe(0);
    expect(result.out).toContain("Chromium");
    expect(result.calls).toBe("");
  });

  test("as root: apt-get update first, then the two packages, without questions", () => {
    const result = run({ root: true });
    expect(result.status).toBe(0);
    expect(result.err).toContain("missing Chromium at");
    expect(result.calls.split("\n")).toEqual([
      "apt-get update -qq (DEBIAN_FRONTEND=)",
      "apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk (DEBIAN_FRONTEND=noninteractive)",
    ]);
    expect(result.out).toContain("setup: installed chromium fonts-noto-cjk");
  });

  test("only the font missing: still installs, and says which is missing", () => {
    const result = run({ root: true, chromium: true });
    expect(result.status).toBe(0);
    expect(result.err).toBe("setup: missing a Hangul font (fc-list :lang=ko finds none)\n");
  });

  test("not root, with sudo: through sudo, which never waits for a password without a terminal", () => {
    const result = run({ root: false, sudo: true });
    expect(result.status).toBe(0);
    expect(result.calls).toMatch(/^sudo -n apt-get update -qq\napt-get update/u);
    expect(result.calls).toContain("sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y");
  });

  test.each([
    [
      "not root, no sudo",
      { root: false },
      "needs root, and sudo is not installed: run `npm run setup` as root, or install them yourself (apt-get install chromium fonts-noto-cjk",
    ],
    ["no apt-get", { root: true, aptGet: false }, "apt-get not found (not a Debian or Ubuntu system)"],
    ["apt-get installs nothing usable", { root: true, brokenApt: true }, "is still missing"],
  ])("%s: a clear message and exit 1", (_name, machine: Machine, message) => {
    const result = run(machine);
    expect(result.status).toBe(1);
    expect(result.err).toContain(message);
    expect(result.err).toContain("CHROMIUM_PATH");
  });
});
