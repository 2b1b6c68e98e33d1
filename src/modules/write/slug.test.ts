import { firstFree, slugify } from "./slug";

describe("slugify", () => {
  it("writes Swedish names the way the seed ids are written", () => {
    expect(slugify("Västra Götalandsregionen")).toBe("vastra-gotalandsregionen");
    expect(slugify("Pausöverenskommelse mellan VGR och Oracle")).toBe("pausoverenskommelse-mellan-vgr-och-oracle");
    expect(slugify("  Ny tidplan – södra området!  ")).toBe("ny-tidplan-sodra-omradet");
  });

  it("leaves nothing of an injection string but letters, digits and dashes", () => {
    expect(slugify("x'}) DETACH DELETE n //")).toBe("x-detach-delete-n");
    expect(slugify("!!!")).toBe("");
  });
});

describe("firstFree", () => {
  it("adds -2, -3 … while the id is taken", () => {
    expect(firstFree("org:a", new Set())).toBe("org:a");
    expect(firstFree("org:a", new Set(["org:a", "org:a-2"]))).toBe("org:a-3");
  });
});
