import { FixtureGraph, removePrefix, uniquePrefix } from "../../../test/helpers/fixtures";
import { startTestApi, type TestApi } from "../../../test/helpers/api";

describe("Risk API against Neo4j", () => {
  let api: TestApi;
  const g = new FixtureGraph(uniquePrefix("risk"));
  const rapport = g.add("Document", "kpmg", { title: "KPMG:s granskning", kind: "evaluation" });
  const risk = g.add("Risk", "bromsad", { title: "Bromsad digital utveckling", summary: "Utvecklingen står still.", identifiedIn: rapport });

  beforeAll(async () => {
    api = await startTestApi();
    await g.write(api.scope);
  });
  afterAll(async () => {
    await removePrefix(api.scope, g.prefix);
    await api.close();
  });

  it("returns a risk with where it was identified, and the risk from a document (documents are subjects too)", async () => {
    const res = await api.gql(
      `query($r: ID!, $doc: ID!) {
         risk(id: $r) { title summary certainty identifiedIn { __typename ... on Document { title } } citations { document { id } } }
         document(id: $doc) { risks { id } }
         notRisk: risk(id: $doc) { id } }`,
      { r: risk, doc: rapport },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      risk: { title: "Bromsad digital utveckling", summary: "Utvecklingen står still.", certainty: "STATED", identifiedIn: { __typename: "Document", title: "KPMG:s granskning" }, citations: [{ document: { id: g.docId } }] },
      document: { risks: [{ id: risk }] },
      notRisk: null,
    });
  });
});
