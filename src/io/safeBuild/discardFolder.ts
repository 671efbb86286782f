import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

const DELETE_ALL = `const fs = require("node:fs");
for (const dir of process.argv.slice(1)) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }`;

/**
 * Removes a folder without waiting for it: it is renamed into `trash` (instantly, on the same
 * filesystem) and deleted there by a detached process, along with anything an earlier build left
 * in the trash. A large site (a 10,000-article archive has about 150,000 files and folders) takes
 * a minute to delete, which a build need not wait for. Where renaming is not possible the folder is
 * deleted here and now.
 */
export function discardFolder(dir: string, trash: string): void {
  try {
    mkdirSync(trash, { recursive: true });
    renameSync(dir, path.join(trash, `${path.basename(dir)}-${process.pid}-${readdirSync(trash).length}`));
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const doomed = readdirSync(trash).map((name) => path.join(trash, name));
  spawn(process.execPath, ["-e", DELETE_ALL, ...doomed], { detached: true, stdio: "ignore" }).unref();
}
