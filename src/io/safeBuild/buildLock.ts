import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** What a lock file says of the build holding it. */
interface LockOwner {
  pid: number;
  started: string;
}

const POLL_MS = 250;

/** True when a process with this id is running (on this machine). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" ? { pid: owner.pid, started: String(owner.started ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of one output folder, so that two builds never write the same site, cache and
 * page-reuse record at once. While another live build holds it, `onWait` is told once (with its
 * process id and start time) and the call waits; a lock whose build is gone (killed) is taken
 * over. Resolves to the function that releases it. `now` gives the start time written in the lock.
 */
export async function acquireBuildLock(
  file: string,
  options: { pid: number; now: () => Date; onWait: (owner: LockOwner) => void; pollMs?: number },
): Promise<() => void> {
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, JSON.stringify({ pid: options.pid, started: options.now().toISOString() }), { flag: "wx" });
      return () => {
        if (readOwner(file)?.pid === options.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(file);
    if (!owner || !isAlive(owner.pid) || owner.pid === options.pid) {
      // A build that was killed, or a lock file cut short while it was written: not a live build.
      rmSync(file, { force: true });
      continue;
    }
    if (!told) {
      options.onWait(owner);
      told = true;
    }
    await sleep(options.pollMs ?? POLL_MS);
  }
}
