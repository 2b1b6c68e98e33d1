import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, projectRootFrom } from "./projectRoot";

describe("projectRootFrom", () => {
  it("finds the folder with package.json from the sources and from a build's deeper folders", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-root-"));
    try {
      fs.writeFileSync(path.join(root, "package.json"), "{}");
      const source = path.join(root, "src", "server");
      const built = path.join(root, "dist", "src", "server");
      fs.mkdirSync(source, { recursive: true });
      fs.mkdirSync(built, { recursive: true });
      expect(projectRootFrom(source)).toBe(root);
      expect(projectRootFrom(built)).toBe(root);
      expect(projectRootFrom(root)).toBe(root);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("falls back to the working directory when no folder above has a package.json", () => {
    const lone = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-lone-"));
    try {
      // The temporary folder's ancestors (/tmp, /) hold no package.json on this machine.
      expect(fs.existsSync(path.join(path.dirname(lone), "package.json"))).toBe(false);
      expect(projectRootFrom(lone)).toBe(process.cwd());
    } finally {
      fs.rmSync(lone, { recursive: true, force: true });
    }
  });

  it("puts this project's root where its schema, seed and web folders are", () => {
    for (const dir of ["schema", "seed", "web", "neo4j"]) expect(fs.existsSync(path.join(PROJECT_ROOT, dir))).toBe(true);
  });
});
