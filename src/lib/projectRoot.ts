/**
 * The project's root folder (the one holding package.json, schema/, seed/,
 * web/ and neo4j/), found from a file's own folder. The same code runs from
 * the TypeScript sources (src/, seed/, bench/: tests and `tsx`) and from the
 * compiled build (dist/src/, dist/seed/, dist/bench/: `npm start`, `npm run
 * bench`), one or two levels deeper, so no file may assume its depth.
 */
import fs from "node:fs";
import path from "node:path";

/** The nearest folder at or above `from` that holds a package.json; the working directory when none does. */
export function projectRootFrom(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** This project's root. */
export const PROJECT_ROOT = projectRootFrom(__dirname);
