// Peak memory of a process and its descendants, polled from /proc (Linux).
import { readdirSync, readFileSync } from "node:fs";

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // the process or thread ended between listing and reading
  }
}

/** The pids of a process and all its descendants, from every thread's `children` list. */
export function processTree(root: number): number[] {
  const seen = new Set<number>();
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of readText(`/proc/${pid}/task/${task}/children`).split(/\s+/u)) {
        if (child) pending.push(Number(child));
      }
    }
  }
  return [...seen];
}

/** Resident memory of one process in bytes (VmRSS), 0 when it is gone. */
export function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/mu.exec(readText(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Polls the resident memory of a process tree every `intervalMs`; `stop()` returns the peak sum in bytes. */
export function watchPeakMemory(root: number, intervalMs = 200): { stop(): number } {
  let peak = 0;
  const sample = (): void => {
    const total = processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Clock ticks per second in /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by this process's children that have ended and been waited for (and by
 * their own waited-for descendants): user and system time, from /proc/self/stat. Children
 * that detach (the background deletion of an old site) are not counted.
 */
export function finishedChildrenCpu(): { user: number; system: number } {
  const stat = readText("/proc/self/stat");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the command name: state is field 3, cutime field 16, cstime field 17.
  return { user: Number(fields[13]) / TICKS_PER_SECOND, system: Number(fields[14]) / TICKS_PER_SECOND };
}
