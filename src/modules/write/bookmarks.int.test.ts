/**
 * Reading your own writes across requests (docs/deployment.md): a mutation's
 * response carries the bookmarks of its writes in `extensions.bookmark`; a
 * later request that sends them back in `x-neo4j-bookmark` reads at least that
 * state, on whichever server answers. A header the database did not issue is
 * refused with a clear error, not a 500.
 */
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { SOURCE, asUser, writtenUnder } from "../../../test/helpers/writeClient";

describe("bookmarks: read your own writes", () => {
  const prefix = uniquePrefix("bookmark");
  const api = useTestApi(writtenUnder(prefix));

  it("returns the write's bookmark, and a read sending it back sees the write", async () => {
    const editor = await asUser(api, ["editor"], "bookmark-test");
    const id = `org:${prefix}-enhet`;
    const rec = await editor<{ recordOrganization: { id: string } }>(
      `mutation($input: OrganizationInput!) { recordOrganization(input: $input, reason: "bokmärke") { id } }`,
      { input: { id, name: "Bokmärkesenheten", kind: "UNIT", citations: [SOURCE] } },
    );
    expect(rec.errors).toBeUndefined();
    const bookmark = (rec.extensions as { bookmark?: unknown } | undefined)?.bookmark;
    expect(Array.isArray(bookmark) && bookmark.length > 0 && bookmark.every((b) => typeof b === "string" && b.length > 0)).toBe(true);

    const read = await api.gql<{ organization: { name: string } | null }>(`query($id: ID!) { organization(id: $id) { name } }`, { id }, { "x-neo4j-bookmark": (bookmark as string[]).join(",") });
    expect(read.errors).toBeUndefined();
    expect(read.data!.organization).toEqual({ name: "Bokmärkesenheten" });
    // Reads carry no bookmark of their own.
    expect((read.extensions as { bookmark?: unknown } | undefined)?.bookmark).toBeUndefined();
  });

  it("refuses a bookmark the database did not issue, and too many of them, as bad input", async () => {
    const forged = await api.gql(`{ organization(id: "org:vgr") { name } }`, {}, { "x-neo4j-bookmark": "FB:not-a-bookmark" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(forged.errors?.[0]?.message).toContain("x-neo4j-bookmark");

    const many = await api.gql(`{ organization(id: "org:vgr") { name } }`, {}, { "x-neo4j-bookmark": Array.from({ length: 17 }, (_, i) => `b${i}`).join(",") });
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.message).toContain("at most 16 bookmarks");
  });
});
