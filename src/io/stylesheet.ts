import { readFileSync } from "node:fs";
import path from "node:path";

/** Where the site's stylesheet is kept in the project. */
const STYLESHEET_SOURCE = "src/styles/global.css";

/** The text of the site's stylesheet, read from the project at `projectRoot`. */
export function readStylesheet(projectRoot: string): string {
  return readFileSync(path.join(projectRoot, STYLESHEET_SOURCE), "utf8");
}
