import { removePrefix, uniquePrefix, writeOrgTree } from "../../../test/helpers/fixtures";
import { startTestApi, type TestApi } from "../../../test/helpers/api";

describe("Organization API against Neo4j", () => {
  let api: TestApi;
  const prefix = uniquePrefix("org");
  let ids: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    ({ ids } = await writeOrgTree(api.scope, prefix, [
      { slug: "region", name: "Västra Götalandsregionen", kind: "REGION", aliases: ["VGR"] },
      { slug: "styrelse", name: "Regionstyrelsen", kind: "BOARD", parent: "region" },
      { slug: "kontor", name: "Koncernkontoret", kind: "ADMINISTRATION", parent: "region" },
      { slug: "stab", name: "Koncernstab digitalisering", kind: "STAFF", parent: "kontor" },
    ]));
  });
  afterAll(async () => {
    await removePrefix(api.scope, prefix);
    await api.close();
  });

  it("returns an organisation with its parent, its children by name and its citations", async () => {
    const res = await api.gql<{ organization: Record<string, unknown> }>(
      `query($id: ID!) { organization(id: $id) {
         id name kind aliases parent { id } children { id name }
         citations { quote locator document { id title } } } }`,
      { id: ids.kontor },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization).toEqual({
      id: ids.kontor,
      name: "Koncernkontoret",
      kind: "ADMINISTRATION",
      aliases: [],
      parent: { id: ids.region },
      children: [{ id: ids.stab, name: "Koncernstab digitalisering" }],
      citations: [{ quote: "citat om Koncernkontoret", locator: "stycke 1", document: { id: `doc:${prefix}-source`, title: "Testkälla" } }],
    });
  });

  it("keeps Swedish names and aliases exactly as stored", async () => {
    const res = await api.gql<{ organization: { name: string; aliases: string[]; children: Array<{ name: string }> } }>(
      `query($id: ID!) { organization(id: $id) { name aliases children { name } } }`,
      { id: ids.region },
    );
    expect(res.data!.organization.name).toBe("Västra Götalandsregionen");
    expect(res.data!.organization.aliases).toEqual(["VGR"]);
    expect(res.data!.organization.children.map((c) => c.name)).toEqual(["Koncernkontoret", "Regionstyrelsen"]);
  });

  it("resolves node(id) to the right type and null for unknown ids or the wrong type", async () => {
    const res = await api.gql<{ a: { __typename: string; name: string } | null; b: null; c: null; many: Array<{ id: string } | null> }>(
      `query($id: ID!, $doc: ID!) {
         a: node(id: $id) { __typename ... on Organization { name } }
         b: node(id: "org:does-not-exist") { id }
         c: organization(id: $doc) { id }
         many: nodes(ids: [$doc, "org:nope", $id]) { id } }`,
      { id: ids.styrelse, doc: `doc:${prefix}-source` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { __typename: "Organization", name: "Regionstyrelsen" },
      b: null,
      c: null,
      many: [{ id: `doc:${prefix}-source` }, null, { id: ids.styrelse }],
    });
  });

  it("loads nested children with one Neo4j round trip per level", async () => {
    const res = await api.gql(
      `query($id: ID!) { organization(id: $id) { children { name children { name children { name parent { name } } } } } }`,
      { id: ids.region },
    );
    expect(res.errors).toBeUndefined();
    // organization, then one batch per level of children; the third level is empty, so its
    // `parent` is never asked for: four statements in all, not one per organisation.
    expect(res.extensions).toEqual({ debug: { roundTrips: 4 } });
  });
});
