/**
 * Ids derived from a name or title the way the seed's ids are written
 * (seed/FORMAT.md "Ids"): lower-case ASCII, digits and `-`; å/ä→a, ö→o, é→e.
 */
import { foldText } from "../../lib/foldText";

const MAX_SLUG = 60;

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, "");
}

/** The first of `base`, `base-2`, `base-3` … that is not taken. */
export function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
