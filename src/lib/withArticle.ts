/**
 * A concept label (src/domain/concepts.ts) with its English indefinite article,
 * for error messages: "a Person", "an Organization". The article follows the
 * sound, which for these labels is the first letter; a label such as "User"
 * (a "you" sound) would need an exception here.
 */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
}
