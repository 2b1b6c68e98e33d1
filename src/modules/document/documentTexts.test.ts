import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDocumentTexts, isSafeFileName, SEED_DOCUMENTS_DIR } from "./documentTexts";

describe("document texts", () => {
  let root: string;
  let dir: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-doctexts-"));
    dir = path.join(root, "documents");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "001_a.txt"), "Regional rapport");
    fs.writeFileSync(path.join(root, "secret.txt"), "hemligt");
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("reads a document by its plain file name", async () => {
    await expect(createDocumentTexts(dir).read("001_a.txt")).resolves.toBe("Regional rapport");
  });

  it.each(["../secret.txt", "..", ".", "", "/etc/passwd", "sub/../../secret.txt", "..\\secret.txt", "001_a.txt\0", ".hidden", "a/b.txt"])(
    "never reads outside its folder: %p is null",
    async (name) => {
      expect(isSafeFileName(dir, name)).toBe(false);
      await expect(createDocumentTexts(dir).read(name)).resolves.toBeNull();
    },
  );

  it("is null for a missing file and caches what it read", async () => {
    const texts = createDocumentTexts(dir);
    await expect(texts.read("saknas.txt")).resolves.toBeNull();
    await texts.read("001_a.txt");
    fs.writeFileSync(path.join(dir, "001_a.txt"), "ändrad");
    await expect(texts.read("001_a.txt")).resolves.toBe("Regional rapport");
  });

  it("finds the seed documents folder of this project", () => {
    expect(fs.existsSync(path.join(SEED_DOCUMENTS_DIR, "001_6c8cf538fd48a3e7.txt"))).toBe(true);
  });
});
