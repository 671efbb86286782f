import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";

/** What `astro build` ended with: its exit code, or the signal that stopped it. */
export interface AstroExit {
  /** The exit code; for a build stopped by a signal, 128 plus the signal's number (the shell's convention). */
  code: number;
  /** The signal that stopped the build, if one did. */
  signal: NodeJS.Signals | null;
}

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * A larger young generation for the Astro process: rendering thousands of pages makes short-lived
 * garbage, and fewer, larger scavenges cost less CPU; larger still raised the peak memory more than
 * it saved (README, "Builds").
 */
const YOUNG_GENERATION = "--max-semi-space-size=32";

/**
 * Runs `astro build` in a child process, in `cwd` with the environment `env` (which names the build
 * plan: where it writes, what it renders). Its output streams straight through. A SIGINT, SIGTERM or
 * SIGHUP sent to this process is passed on to the build, and this process stays alive until the
 * build has stopped, so the caller can still clean up.
 */
export function runAstroBuild(options: {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Stops the build (SIGTERM) when aborted: the caller has failed and will not use it. */
  signal?: AbortSignal | undefined;
}): Promise<AstroExit> {
  const astro = path.join(options.cwd, "node_modules/astro/astro.js");
  const env = {
    ASTRO_TELEMETRY_DISABLED: "1",
    ...options.env,
    NODE_OPTIONS: [YOUNG_GENERATION, options.env["NODE_OPTIONS"]].filter(Boolean).join(" "),
  };
  const child = spawn(process.execPath, [astro, "build"], {
    cwd: options.cwd,
    env,
    ...(options.signal ? { signal: options.signal } : {}),
    stdio: "inherit",
  });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    const finish = (result: AstroExit): void => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(result);
    };
    child.on("error", () => finish({ code: 1, signal: null }));
    // "close" comes once the build has exited and all it printed has been passed on.
    child.on("close", (code, signal) => {
      finish(signal === null ? { code: code ?? 1, signal } : { code: 128 + constants.signals[signal], signal });
    });
  });
}
