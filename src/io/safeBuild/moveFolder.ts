import { cpSync, renameSync, rmSync } from "node:fs";

/**
 * Moves a folder to `to` (which must not exist): one rename on the same filesystem, otherwise a copy
 * followed by the removal of the original (a half-made copy is removed before the error is rethrown).
 */
export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  try {
    cpSync(from, to, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
  } catch (error) {
    rmSync(to, { recursive: true, force: true });
    throw error;
  }
  rmSync(from, { recursive: true, force: true });
}
