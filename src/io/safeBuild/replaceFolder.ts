import { existsSync, renameSync, rmSync } from "node:fs";

/**
 * Puts `next` in place of `final`: the old folder is renamed to `aside`, the new one renamed in,
 * then the old one deleted. Each step is a rename on one filesystem, so `final` is always either
 * the old site or the new one. When renaming the new one in fails, the old one is put back and
 * the error rethrown. A `final` that does not exist yet is simply created by the rename. The old
 * site is handed to `discard` (by default deleted at once).
 */
export function replaceFolder(
  folders: { final: string; next: string; aside: string },
  discard: (dir: string) => void = (dir) => rmSync(dir, { recursive: true, force: true }),
): void {
  const { final, next, aside } = folders;
  const hadOld = existsSync(final);
  if (hadOld) {
    rmSync(aside, { recursive: true, force: true });
    renameSync(final, aside);
  }
  try {
    renameSync(next, final);
  } catch (error) {
    if (hadOld) renameSync(aside, final);
    throw error;
  }
  if (hadOld) discard(aside);
}
