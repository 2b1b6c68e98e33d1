/**
 * Folds text for diacritic-insensitive search: lower case, accents and Swedish
 * å/ä/ö to their base letters ("Looström" → "loostrom"), so a search typed
 * without them, or with them, finds both spellings.
 */
export function foldText(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/ø/g, "o").replace(/æ/g, "ae").toLowerCase();
}
