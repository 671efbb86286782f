import { readFileSync, writeFileSync } from "node:fs";
import type { BuildPlan } from "./buildPlan.ts";

/** Writes the plan where the Astro build will read it. */
export function writeBuildPlan(file: string, plan: BuildPlan): void {
  writeFileSync(file, JSON.stringify(plan, null, 2));
}

/** Reads a plan written by {@link writeBuildPlan}; throws naming the file when it cannot. */
export function readBuildPlan(file: string): BuildPlan {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as BuildPlan;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the build plan ${file} (ARCHIVE_BUILD_PLAN) could not be read: ${reason}; run \`npm run build\` again`,
    );
  }
}
