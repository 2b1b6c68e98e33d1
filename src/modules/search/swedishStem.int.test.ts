/**
 * The stems and stop words of src/lib/swedishStems.ts (stored as each node's
 * `searchStems`, asked by luceneQuery.ts) stand in for Lucene's Swedish
 * analyzer, which the search index does not run: they must agree with it.
 * Lucene is the one Neo4j loads (neo4j/target/lib); a small Java program
 * (test/helpers/LuceneSwedish.java) runs its SwedishAnalyzer over every word
 * of the seed graph's data files.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureLauncherBuilt } from "../../neo4j/embedded";
import { swedishStem } from "../../lib/swedishStems";

const ROOT = path.resolve(__dirname, "..", "..", "..");

function seedWords(): string[] {
  const dir = path.join(ROOT, "seed", "data");
  const words = new Set<string>();
  for (const file of fs.readdirSync(dir)) {
    for (const w of fs.readFileSync(path.join(dir, file), "utf8").match(/\p{L}+/gu) ?? []) words.add(w.toLowerCase());
  }
  return [...words].sort();
}

describe("Swedish stems", () => {
  it("are Lucene's SwedishAnalyzer's for every word of the seed data, stop words included", () => {
    ensureLauncherBuilt();
    const words = seedWords();
    expect(words.length).toBeGreaterThan(1000);
    expect(words).toEqual(expect.arrayContaining(["och", "beslutet", "överenskommelsen"]));
    const java = spawnSync(
      "java",
      ["-cp", path.join(ROOT, "neo4j", "target", "lib", "*"), path.join(ROOT, "test", "helpers", "LuceneSwedish.java")],
      { input: words.join("\n") + "\n", encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(java.stderr).toBe("");
    expect(java.status).toBe(0);
    const lucene = new Map(java.stdout.trimEnd().split("\n").map((line) => line.split("\t") as [string, string]));
    expect(lucene.size).toBe(words.length);
    const differ = words.filter((w) => swedishStem(w) !== lucene.get(w));
    expect(differ.map((w) => ({ word: w, lucene: lucene.get(w), ours: swedishStem(w) }))).toEqual([]);
  });
});
