/**
 * A node written through the API is ranked by its names as a seeded one is
 * (src/domain/searchProps.ts): recorded with an alias, it comes first for that
 * alias among nodes whose titles say it; corrected, the old alias no longer
 * ranks it first. Against the real Neo4j.
 */
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { type Gql, SOURCE, asUser, writtenUnder } from "../../../test/helpers/writeClient";

describe("search ranks written nodes by their names", () => {
  const prefix = uniquePrefix("searchnames");
  const api = useTestApi(writtenUnder(prefix));
  let editor: Gql;
  // One word no other text has: the alias, and the start of the units' names that mention it.
  const word = prefix.split("-")[0]!;

  beforeAll(async () => {
    editor = await asUser(api, ["editor"], "search-names");
  });

  const record = async (slug: string, name: string, aliases: string[] = []) => {
    const res = await editor<{ recordOrganization: { id: string } }>(
      `mutation($input: OrganizationInput!) { recordOrganization(input: $input, reason: "söktest") { id } }`,
      { input: { id: `org:${prefix}-${slug}`, name, kind: "UNIT", aliases, citations: [SOURCE] } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.recordOrganization.id;
  };
  const hits = async (text: string) => {
    const res = await api.gql<{ search: Array<{ node: { id: string } }> }>(`query($t: String!) { search(text: $t, first: 10) { node { id } } }`, { t: text });
    expect(res.errors).toBeUndefined();
    return res.data!.search.map((h) => h.node.id);
  };

  it("ranks the node with the alias first, and follows a correction", async () => {
    // Short names that say the word rank above a long name with it as an alias on text alone.
    const a = await record("a", `${word} rapport`);
    const b = await record("b", `${word} arbetsgrupp`);
    const named = await record("named", "Enheten för uppföljning av införandet av det regionala vårdinformationssystemet", [word]);
    expect(await hits(word)).toEqual([named, expect.any(String), expect.any(String)]);
    expect((await hits(word)).slice(1).sort()).toEqual([a, b].sort());

    const fixed = await editor(
      `mutation($id: ID!, $input: OrganizationInput!) { correctOrganization(id: $id, input: $input, expectedVersion: 1, reason: "nytt alias") { version } }`,
      { id: named, input: { name: "Enheten för uppföljning av införandet av det regionala vårdinformationssystemet", kind: "UNIT", aliases: [`ny${word}`], citations: [SOURCE] } },
    );
    expect(fixed.errors).toBeUndefined();
    // The old alias is gone from every version that search reads: only the units that say the word are found.
    expect((await hits(word)).sort()).toEqual([a, b].sort());
    expect(await hits(`ny${word}`)).toEqual([named]);
  });
});
